import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The JavaScript a browser must fetch before the first screen: the entry script of
 * `dist/web/index.html` and every chunk it imports statically, transitively (dynamic
 * `import()`s of lazy routes are not followed). Sizes are gzip level 9, as served compressed.
 */
export function initialJavaScript(distDir: string): { files: { file: string; bytes: number; gzip: number }[]; gzipTotal: number } {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = entries.map((src) => path.join(distDir, src));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'`()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(path.resolve(path.dirname(file), m[1]!));
    }
  }
  const files = [...seen].map((file) => {
    const content = fs.readFileSync(file);
    return { file: path.relative(distDir, file), bytes: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
  });
  return { files, gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0) };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const result = initialJavaScript(path.resolve(process.argv[2] ?? 'dist/web'));
  for (const f of result.files)
    console.log(`${f.file.padEnd(48)} ${String(f.bytes).padStart(8)} B  ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip`);
  console.log(`initial JavaScript: ${(result.gzipTotal / 1024).toFixed(1)} KB gzip`);
}

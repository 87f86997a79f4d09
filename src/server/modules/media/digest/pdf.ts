import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's command, if one is installed (SIMPUL_SOFFICE names another). */
export function findConverter(): string | null {
  const candidates = [
    process.env.SIMPUL_SOFFICE,
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
  ];
  return candidates.find((c): c is string => !!c && fs.existsSync(c)) ?? null;
}

/**
 * A DOCX converted to PDF by LibreOffice headless (the conventions' first option: the Word file is
 * the one rendering, so the PDF shows the same document). Each conversion gets its own profile
 * folder: two conversions sharing one would wait on its lock. Returns null without LibreOffice Writer.
 */
export async function docxToPdf(docx: Uint8Array, timeoutMs = 90_000): Promise<Uint8Array | null> {
  const soffice = findConverter();
  if (!soffice) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-pdf-'));
  try {
    const input = path.join(dir, 'digest.docx');
    fs.writeFileSync(input, docx);
    await run(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      {
        timeout: timeoutMs,
      },
    );
    // LibreOffice without its Writer component exits 0 and writes nothing: that is "no converter" too.
    const output = path.join(dir, 'digest.pdf');
    return fs.existsSync(output) ? new Uint8Array(fs.readFileSync(output)) : null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

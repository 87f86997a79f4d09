import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { ROOT, SIMPUL_BIN, type Target } from './targets';
import type { DemoAccount } from './types';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The real server, `simpul serve`, as a child process of the harness. */
export class BenchServer {
  private readonly cookies = new Map<DemoAccount, string>();
  private log = '';
  private exited: string | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    const keep = (d: Buffer) => {
      this.log = (this.log + d.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', (code, signal) => {
      this.exited = signal ?? `exit ${code}`;
    });
  }

  get pid(): number {
    return this.child.pid!;
  }
  get url(): string {
    return `http://${HOST}:${this.port}`;
  }
  /** The origin the server trusts for sign-in (its default base URL). */
  get origin(): string {
    return `http://localhost:${this.port}`;
  }
  get output(): string {
    return this.log;
  }

  /** Starts `simpul serve --demo` (the demo is already loaded, so it only keeps demo mode) and waits for /healthz. */
  static async start(target: Target): Promise<BenchServer> {
    const port = await freePort();
    const child = spawn(process.execPath, [SIMPUL_BIN, 'serve', '--demo', '--port', String(port), ...target.cliArgs], {
      cwd: ROOT,
      env: target.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new BenchServer(child, port);
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (server.exited) throw new Error(`the server stopped while starting (${server.exited}):\n${server.output}`);
      try {
        const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (res.status === 200) return server;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await server.stop();
    throw new Error(`the server did not answer /healthz within ${START_TIMEOUT_MS / 1000} s:\n${server.output}`);
  }

  /** Signs in a demo account once and keeps its session cookie. */
  async cookieFor(account: DemoAccount): Promise<string> {
    const known = this.cookies.get(account);
    if (known) return known;
    const res = await fetch(`${this.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: this.origin },
      body: JSON.stringify({ email: `${account}@simpul.demo`, password: 'Simpul-Demo-2021' }),
    });
    if (!res.ok) throw new Error(`sign-in as ${account}@simpul.demo failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    if (!cookie) throw new Error(`sign-in as ${account}@simpul.demo gave no session cookie`);
    this.cookies.set(account, cookie);
    return cookie;
  }

  /** Headers for a request as `account` (anonymous when absent). */
  async headers(account: DemoAccount | undefined, json: boolean): Promise<Record<string, string>> {
    const headers: Record<string, string> = { Accept: 'application/json', Origin: this.origin };
    if (json) headers['Content-Type'] = 'application/json';
    if (account) headers.Cookie = await this.cookieFor(account);
    return headers;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const done = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(timer);
  }
}

/** Resident memory of a process in kB: current and peak since start or the last resetPeak(). */
export async function readMemory(pid: number): Promise<{ rssKb: number; peakKb: number | undefined }> {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => {
      const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) : undefined;
    };
    return { rssKb: field('VmRSS') ?? 0, peakKb: field('VmHWM') };
  } catch {
    // No /proc (macOS): ps reports the resident size in kB.
    const out = await new Promise<string>((resolve) => execFile('ps', ['-o', 'rss=', '-p', String(pid)], (_e, stdout) => resolve(stdout)));
    return { rssKb: Number(out.trim()) || 0, peakKb: undefined };
  }
}

/** Linux: writing 5 to clear_refs resets the process's peak RSS (VmHWM) to its current RSS. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples the RSS every `intervalMs` until stopped; returns the largest value seen, in kB. */
export function sampleMemory(pid: number, intervalMs = 100): { stop(): Promise<number> } {
  let peak = 0;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    peak = Math.max(peak, (await readMemory(pid)).rssKb);
    busy = false;
  };
  const timer = setInterval(tick, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await tick();
      return peak;
    },
  };
}

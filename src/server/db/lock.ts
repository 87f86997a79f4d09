import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An exclusive lock on a PGlite data folder. PGlite has no lock between processes and two
 * processes writing one folder destroy it, so the folder carries a lock file naming its holder.
 * The file is created with O_EXCL (atomic); a lock whose process is gone is taken over.
 */
export interface FolderLockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export class FolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: FolderLockHolder,
  ) {
    super(
      `Folder data ${dataDir} sedang dipakai oleh proses ${holder.pid} (${holder.command}) sejak ${holder.since}. ` +
        `Hentikan proses itu dahulu, atau gunakan --data-dir lain. / ` +
        `The data folder ${dataDir} is in use by process ${holder.pid} (${holder.command}) since ${holder.since}.`,
    );
    this.name = 'FolderLockedError';
  }
}

const LOCK_NAME = 'simpul.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): FolderLockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as FolderLockHolder;
  } catch {
    return undefined;
  }
}

/** Takes the lock or throws FolderLockedError. Returns the function that releases it. */
export function lockDataFolder(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const me: FolderLockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: process.argv.slice(1).join(' ').slice(0, 200) || 'node',
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const holder = readHolder(file);
        if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && holder.host === me.host && !isAlive(holder.pid)) {
        fs.rmSync(file, { force: true }); // stale: its process died without releasing
        continue;
      }
      if (holder?.pid === process.pid) throw new FolderLockedError(dataDir, holder);
      throw new FolderLockedError(dataDir, holder ?? { pid: -1, host: '?', command: '?', since: '?' });
    }
  }
  throw new FolderLockedError(dataDir, readHolder(file) ?? { pid: -1, host: '?', command: '?', since: '?' });
}

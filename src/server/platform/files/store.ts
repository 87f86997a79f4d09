import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where file bytes live. The local folder is the default; an S3-compatible store implements the
 * same three calls.
 */
export interface FileStore {
  put(bytes: Uint8Array): Promise<{ key: string; sha256: string }>;
  get(key: string): Promise<Uint8Array>;
  remove(key: string): Promise<void>;
}

export function createLocalFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('invalid storage key');
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomUUID();
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes, { flag: 'wx' });
      return { key, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    async get(key) {
      return new Uint8Array(await fs.readFile(pathOf(key)));
    },
    async remove(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}

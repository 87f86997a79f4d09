import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords';

// argon2id with OWASP's recommended minimum cost (m=19 MiB, t=2, p=1).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(data: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(data.hash, data.password);
  } catch {
    return false;
  }
}

/**
 * The password policy of docs/security.md: length only (no composition rules, no expiry), and
 * not one of the common or breached passwords of the list shipped with Simpul.
 */
export function isAcceptablePassword(password: string): boolean {
  if ([...password].length < MIN_PASSWORD_LENGTH) return false;
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded)) return false;
  // A single character repeated, or a plain run like 123456789012, is as weak as a listed one.
  if (/^(.)\1+$/.test(folded)) return false;
  if ('0123456789012345678901234567890'.includes(folded) || 'abcdefghijklmnopqrstuvwxyz'.includes(folded)) return false;
  return true;
}

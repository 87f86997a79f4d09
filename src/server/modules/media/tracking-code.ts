import { randomBytes } from 'node:crypto';

/** Crockford's base-32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 28; // 28 × 5 = 140 bits of randomness (spec 90: tokens in public links ≥ 128 bits)

/** A tracking code for a request filed without an account, in groups of four: `7K3M-…`. */
export function newTrackingCode(): string {
  const bytes = randomBytes(LENGTH);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]);
  return Array.from({ length: LENGTH / 4 }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}

/** A code as typed back: case, spaces and dashes ignored; O read as 0 and I or L as 1. Null if it cannot be one. */
export function normalizeTrackingCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (raw.length !== LENGTH || [...raw].some((c) => !ALPHABET.includes(c))) return null;
  return Array.from({ length: LENGTH / 4 }, (_, i) => raw.slice(i * 4, i * 4 + 4)).join('-');
}

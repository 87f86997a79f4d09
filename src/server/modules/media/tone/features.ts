import { NEGATIVE_STEMS, POSITIVE_STEMS } from './lexicon';
import { NEGATORS, stem } from './stemmer';

/** Features are hashed into this many buckets (2^18): no vocabulary to store, any word has a place. */
export const DIMENSIONS = 1 << 18;

/** Lower case, accents off, anything but letters and digits a space; `-nya` and friends stay on the word (the stemmer takes them). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** FNV-1a, 32 bits: fast and good enough to spread feature names over the buckets. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Lexicon {
  positive: number;
  negative: number;
}

/** Lexicon hits, with a negator (tidak, belum …) turning the next word's polarity around. */
export function lexiconHits(tokens: string[]): Lexicon {
  let positive = 0;
  let negative = 0;
  tokens.forEach((token, i) => {
    const s = stem(token);
    const negated = i > 0 && NEGATORS.has(tokens[i - 1]!);
    if (POSITIVE_STEMS.has(s)) negated ? negative++ : positive++;
    else if (NEGATIVE_STEMS.has(s)) negated ? positive++ : negative++;
  });
  return { positive, negative };
}

/** A sparse vector: bucket indices and their values, L2-normalized. */
export interface SparseVector {
  index: Uint32Array;
  value: Float32Array;
}

/**
 * The features of a text: each word as written, its stem, pairs of neighbouring stems, the
 * character 3- to 5-grams of each word (they catch affixes and spellings the stemmer misses), and
 * the lexicon's two counts. Binary weights, then L2 normalization, so long and short texts weigh alike.
 */
export function featurize(text: string): SparseVector {
  const tokens = words(text);
  const counts = new Map<number, number>();
  const add = (name: string, v = 1) => {
    const h = hash(name) & (DIMENSIONS - 1);
    counts.set(h, Math.max(counts.get(h) ?? 0, v));
  };
  const stems = tokens.map(stem);
  tokens.forEach((token, i) => {
    add(`w:${token}`);
    add(`s:${stems[i]}`);
    if (i > 0) add(`b:${stems[i - 1]}_${stems[i]}`);
    const padded = ` ${token} `;
    for (let n = 3; n <= 5; n++) for (let k = 0; k + n <= padded.length; k++) add(`c:${padded.slice(k, k + n)}`);
  });
  const lex = lexiconHits(tokens);
  if (lex.positive) add('lex:positive', Math.min(3, lex.positive));
  if (lex.negative) add('lex:negative', Math.min(3, lex.negative));
  const index = new Uint32Array(counts.size);
  const value = new Float32Array(counts.size);
  let norm = 0;
  let i = 0;
  for (const [k, v] of counts) {
    index[i] = k;
    value[i] = v;
    norm += v * v;
    i++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < value.length; j++) value[j] = (value[j] ?? 0) * scale;
  return { index, value };
}

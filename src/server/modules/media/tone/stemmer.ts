/**
 * A light stemmer for Indonesian, after Nazief and Adriani's order of removal but without their
 * root dictionary (which would have to ship and be maintained): particles (-lah, -kah, -tah, -pun),
 * possessives (-ku, -mu, -nya), derivational suffixes (-kan, -an, -i), then up to two prefixes
 * (di-, ke-, se-, ter-, ber-, per-, me(N)-, pe(N)-) with the usual sound changes undone
 * (menyita → sita, memeriksa → periksa, menerbitkan → terbit). Without a dictionary it sometimes
 * cuts too much; the classifier also sees each word as written, so a wrong stem costs little.
 */

const MIN_STEM = 3;

function stripParticle(w: string): string {
  const m = /^(.{3,}?)(lah|kah|tah|pun)$/.exec(w);
  return m ? m[1]! : w;
}

function stripPossessive(w: string): string {
  const m = /^(.{3,}?)(nya|ku|mu)$/.exec(w);
  return m ? m[1]! : w;
}

function stripSuffix(w: string): string {
  // ke-…-an is one affix around the root (kebijakan = ke + bijak + an), not -kan.
  if (w.length >= 7 && w.endsWith('kan') && !w.startsWith('ke')) return w.slice(0, -3);
  // -an: not in short words, where it is usually part of the root (jalan, makan).
  if (w.length >= 7 && w.endsWith('an')) return w.slice(0, -2);
  // -i: not after s (apresiasi, regulasi) or another vowel, which are roots ending in i.
  if (w.length >= 6 && w.endsWith('i') && !/[siaueo]i$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Each rule: the prefix pattern, and the root it leaves (with a first sound restored where the prefix ate it). */
const PREFIX_RULES: [RegExp, (m: RegExpExecArray) => string, boolean][] = [
  [/^meny([aiueo].*)$/, (m) => `s${m[1]}`, true],
  [/^peny([aiueo].*)$/, (m) => `s${m[1]}`, true],
  [/^meng([aiueo].*)$/, (m) => m[1]!, false],
  [/^peng([aiueo].*)$/, (m) => m[1]!, false],
  [/^meng([gkh].*)$/, (m) => m[1]!, false],
  [/^peng([gkh].*)$/, (m) => m[1]!, false],
  [/^mem([aiueo].*)$/, (m) => `p${m[1]}`, true],
  [/^pem([aiueo].*)$/, (m) => `p${m[1]}`, true],
  [/^mem([bpf].*)$/, (m) => m[1]!, false],
  [/^pem([bpf].*)$/, (m) => m[1]!, false],
  [/^men([aiueo].*)$/, (m) => `t${m[1]}`, true],
  [/^pen([aiueo].*)$/, (m) => `t${m[1]}`, true],
  [/^men([cdjtsz].*)$/, (m) => m[1]!, false],
  [/^pen([cdjtz].*)$/, (m) => m[1]!, false],
  [/^ber(.*)$/, (m) => m[1]!, false],
  [/^be(r.*)$/, (m) => m[1]!, false],
  [/^ter(.*)$/, (m) => m[1]!, false],
  [/^per(.*)$/, (m) => m[1]!, false],
  [/^me([lrwy].*)$/, (m) => m[1]!, false],
  [/^pe([lrwy].*)$/, (m) => m[1]!, false],
  [/^di(.*)$/, (m) => m[1]!, false],
  [/^ke(.*)$/, (m) => m[1]!, false],
  [/^se(.*)$/, (m) => m[1]!, false],
];

/** One prefix off; `restored` when its first sound was put back (memeriksa → periksa): that root is final. */
function stripPrefix(w: string): { out: string; restored: boolean } {
  for (const [re, rewrite, restored] of PREFIX_RULES) {
    const m = re.exec(w);
    if (m) {
      const out = rewrite(m);
      if (out.length >= MIN_STEM) return { out, restored };
    }
  }
  return { out: w, restored: false };
}

const cache = new Map<string, string>();

/** The stem of a lower-case word (numbers and very short words are returned as they are). */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = stripPossessive(stripParticle(word));
  const beforeSuffix = w;
  w = stripSuffix(w);
  const first = stripPrefix(w);
  // A second prefix only after one that took nothing back (mempertanyakan → pertanya → tanya).
  const prefixed = first.out !== w && !first.restored ? stripPrefix(first.out).out : first.out;
  // A word that lost only a suffix but has no prefix keeps its suffix: "-an"/"-i" alone are
  // too often part of the root (pangan, kosmetik-an is not a word, izin, uji).
  const out = prefixed === w && w !== beforeSuffix && !beforeSuffix.endsWith('kan') ? beforeSuffix : prefixed;
  if (cache.size < 200_000) cache.set(word, out);
  return out;
}

/** Words that reverse the polarity of the next word (tidak transparan, belum berhasil). */
export const NEGATORS = new Set(['tidak', 'tak', 'belum', 'bukan', 'tanpa', 'kurang']);

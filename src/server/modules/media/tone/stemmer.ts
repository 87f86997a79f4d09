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
  if (w.length >= 7 && w.endsWith('kan')) return w.slice(0, -3);
  // -an: not in short words, where it is usually part of the root (jalan, makan).
  if (w.length >= 7 && w.endsWith('an')) return w.slice(0, -2);
  // -i: not after s (apresiasi, regulasi) or another vowel, which are roots ending in i.
  if (w.length >= 6 && w.endsWith('i') && !/[siaueo]i$/.test(w)) return w.slice(0, -1);
  return w;
}

function stripPrefix(w: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^meny([aiueo].*)$/, (m) => `s${m[1]}`],
    [/^peny([aiueo].*)$/, (m) => `s${m[1]}`],
    [/^meng([aiueo].*)$/, (m) => m[1]!],
    [/^peng([aiueo].*)$/, (m) => m[1]!],
    [/^meng([gkh].*)$/, (m) => m[1]!],
    [/^peng([gkh].*)$/, (m) => m[1]!],
    [/^mem([aiueo].*)$/, (m) => `p${m[1]}`],
    [/^pem([aiueo].*)$/, (m) => `p${m[1]}`],
    [/^mem([bpf].*)$/, (m) => m[1]!],
    [/^pem([bpf].*)$/, (m) => m[1]!],
    [/^men([aiueo].*)$/, (m) => `t${m[1]}`],
    [/^pen([aiueo].*)$/, (m) => `t${m[1]}`],
    [/^men([cdjtsz].*)$/, (m) => m[1]!],
    [/^pen([cdjtz].*)$/, (m) => m[1]!],
    [/^me([lrwy].*)$/, (m) => m[1]!],
    [/^pe([lrwy].*)$/, (m) => m[1]!],
    [/^ber(.*)$/, (m) => m[1]!],
    [/^be(r.*)$/, (m) => m[1]!],
    [/^ter(.*)$/, (m) => m[1]!],
    [/^per(.*)$/, (m) => m[1]!],
    [/^di(.*)$/, (m) => m[1]!],
    [/^ke(.*)$/, (m) => m[1]!],
    [/^se(.*)$/, (m) => m[1]!],
  ];
  for (const [re, rewrite] of rules) {
    const m = re.exec(w);
    if (m) {
      const out = rewrite(m);
      if (out.length >= MIN_STEM) return out;
    }
  }
  return w;
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
  let prefixed = stripPrefix(w);
  if (prefixed !== w) prefixed = stripPrefix(prefixed);
  // A word that lost only a suffix but has no prefix keeps its suffix: "-an"/"-i" alone are
  // too often part of the root (pangan, kosmetik-an is not a word, izin, uji).
  const out = prefixed === w && w !== beforeSuffix && !beforeSuffix.endsWith('kan') ? beforeSuffix : prefixed;
  if (cache.size < 200_000) cache.set(word, out);
  return out;
}

/** Words that reverse the polarity of the next word (tidak transparan, belum berhasil). */
export const NEGATORS = new Set(['tidak', 'tak', 'belum', 'bukan', 'tanpa', 'kurang']);

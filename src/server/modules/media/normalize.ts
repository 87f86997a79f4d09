/**
 * Keys that make two records "the same" for duplicate detection and lookups. They are stored
 * beside the values, so the database compares them with plain indexes.
 */

const JAKARTA_OFFSET_MS = 7 * 3_600_000; // Asia/Jakarta has had no daylight saving since 1964

/** The calendar day of a moment in Asia/Jakarta, `YYYY-MM-DD`. */
export function jakartaDate(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight of a Jakarta calendar day, as a moment. */
export function jakartaMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - JAKARTA_OFFSET_MS);
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Lower case, accents removed, anything but letters and digits folded to one space. */
export function foldText(value: string): string {
  // Most text is plain ASCII: the Unicode path is ten times slower, and an import folds 40.000 keys.
  if (/^[\x20-\x7e]*$/.test(value)) {
    return value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An outlet's name as a key: `Kabar Andalas`, `KABAR  ANDALAS.` and `kabar-andalas` are one outlet. */
export function nameKey(name: string): string {
  return foldText(name);
}

/** A short clause after a dash or bar at the end of a headline: an outlet's signature, or one like it. */
const TRAILING_CLAUSE = /\s+[-|–—]\s+[^-|–—]{1,30}$/;
/** Signatures stack (`… — Rp2 Miliar - Kabar Baru`); a headline is not all clauses. */
const MAX_TRAILING_CLAUSES = 3;

/**
 * A title as a key for syndication: an outlet's trailing signature (`… - Kabar Andalas`,
 * `… | Warta 24`) is dropped, then the text is folded. Two outlets carrying one story under the
 * same headline within a few days give the same key.
 *
 * A signature cannot be told from the headline's own last clause (`… di Sragen — Rp2 Miliar`), so
 * every short trailing clause goes, as long as 20 characters remain: the headline and its copy
 * with a signature added then lose the same clauses and meet on one key.
 */
export function titleKey(title: string): string {
  let t = title.trim();
  for (let i = 0; i < MAX_TRAILING_CLAUSES; i++) {
    const clause = TRAILING_CLAUSE.exec(t);
    if (!clause || clause.index < 20) break;
    t = t.slice(0, clause.index);
  }
  return foldText(t);
}

/** Query parameters that only track the reader and never change the page. */
const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|igshid|mc_cid|mc_eid|ref|amp|output)$/i;

/**
 * A URL as a key: no scheme, no `www.`/`m.`/`amp.`, no tracking parameters, no fragment, no
 * trailing slash or `/amp`; the remaining parameters sorted. Returns null for something that is
 * not an http(s) URL.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^(www|m|amp|mobile)\./, '');
  const params = [...parsed.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAMS.test(k))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`);
  let path = decodePath(parsed.pathname).replace(/\/amp\/?$/i, '/');
  path = path.replace(/\/+$/, '');
  return `${host}${path}${params.length ? `?${params.join('&')}` : ''}`;
}

/**
 * A path with its percent-escapes decoded, so `/berita/obat%20ilegal` and `/berita/obat ilegal` are
 * one key. A `%` that starts no valid escape (`/diskon-100%-obat`, which browsers and the URL parser
 * leave as it is) stays as written instead of making the whole link fail, as `decodeURIComponent` would.
 */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run; // bytes that are not UTF-8: keep the escapes
      }
    });
  }
}

/** An issue tag as people type it: trimmed, inner spaces folded, first letter kept as written. */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ');
}

/** Tags without blanks and without repeats (compared case-insensitively). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

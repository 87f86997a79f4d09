import { FeedReadError } from './failure';

/**
 * RSS 2.0 and Atom, read without an XML library: a feed is a list of items with a few simple
 * elements, and anything that is not one is refused with a reason (the poll log shows it).
 */
export interface FeedItem {
  title: string;
  link: string | null;
  summary: string | null;
  publishedAt: Date | null;
  author: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(\w+);/g, (m, name: string) => ENTITIES[name] ?? m);
}

/** An element's text: CDATA kept as written, markup inside dropped (summaries often hold HTML). */
function textOf(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const cdata = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, inner: string) => inner.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  const withoutTags = decode(cdata.replace(/<[^>]+>/g, ' ')).replace(/<[^>]+>/g, ' ');
  const clean = withoutTags.replace(/\s+/g, ' ').trim();
  return clean || null;
}

function element(block: string, names: string[]): string | undefined {
  for (const name of names) {
    const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(block);
    if (m) return m[1];
  }
  return undefined;
}

function date(raw: string | null): Date | null {
  if (!raw) return null;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The items of an RSS or Atom document; throws a FeedReadError (`not_feed`, `truncated`) for anything else. */
export function parseFeed(xml: string): FeedItem[] {
  const head = xml.slice(0, 2000);
  const isRss = /<rss[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head);
  const isAtom = /<feed[\s>]/i.test(head);
  if (!isRss && !isAtom) throw new FeedReadError('not_feed', 'bukan RSS atau Atom / not an RSS or Atom document');
  const blocks = xml.match(isAtom ? /<entry[\s>][\s\S]*?<\/entry>/gi : /<item[\s>][\s\S]*?<\/item>/gi) ?? [];
  if (blocks.length === 0 && !/<\/(channel|feed)>/i.test(xml))
    throw new FeedReadError('truncated', 'dokumen terpotong / truncated document');
  return blocks.flatMap((block) => {
    const title = textOf(element(block, ['title']));
    if (!title) return [];
    let link = textOf(element(block, ['link', 'guid']));
    if (isAtom || !link) {
      const href = /<link[^>]*?href="([^"]+)"[^>]*>/i.exec(block);
      if (href) link = decode(href[1]!);
    }
    const author = textOf(element(block, ['dc:creator', 'author']));
    return [
      {
        title,
        link: link && /^https?:\/\//i.test(link) ? link : null,
        summary: textOf(element(block, ['description', 'summary', 'content:encoded', 'content'])),
        publishedAt: date(textOf(element(block, ['pubDate', 'published', 'updated', 'dc:date']))),
        author: author?.slice(0, 200) ?? null,
      },
    ];
  });
}

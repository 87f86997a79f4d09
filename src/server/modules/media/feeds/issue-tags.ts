import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { words } from '../tone/features';
import { stem } from '../tone/stemmer';

/**
 * Issue tags for items read from feeds, which arrive without any. The vocabulary is the bureau's
 * own: the issues its counted news carried over the past year, most used first. An item gets an
 * issue when every word of the issue that says something (three letters or more, not a function
 * word) is in its title or summary, compared by stem — "Kosmetik Ilegal" tags "Ribuan kosmetik
 * ilegal disita", and "Vaksin COVID-19" needs both "vaksin" and "covid". At most three, the most
 * specific (most words) first; staff correct them on the item as with any other field.
 */

/** The issues a year of news carried, at most this many (a poll needs only the living vocabulary). */
const VOCABULARY_SIZE = 500;
const MAX_TAGS = 3;
const FUNCTION_WORDS = new Set([
  'dan',
  'yang',
  'untuk',
  'dari',
  'dengan',
  'pada',
  'atas',
  'oleh',
  'dalam',
  'bagi',
  'serta',
  'atau',
  'the',
  'and',
]);

export interface IssueMatcher {
  issue: string;
  stems: string[];
}

function contentStems(text: string): string[] {
  return [
    ...new Set(
      words(text)
        .filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w))
        .map(stem),
    ),
  ];
}

export function issueMatcher(issue: string): IssueMatcher {
  return { issue, stems: contentStems(issue) };
}

/** The issues of the counted news published in the year before `now`, most used first. */
export async function loadIssueVocabulary(db: DbOrTx, now: Date): Promise<IssueMatcher[]> {
  const since = new Date(now.getTime() - 365 * 86_400_000);
  const rows = await queryRows<{ issue: string }>(
    db,
    sql`SELECT issue FROM media_news, unnest(issues) AS issue
        WHERE published_at >= ${since.toISOString()} AND published_at <= ${now.toISOString()} AND duplicate_of_id IS NULL
        GROUP BY issue ORDER BY count(*) DESC, issue LIMIT ${VOCABULARY_SIZE}`,
  );
  return rows.map((r) => issueMatcher(r.issue)).filter((m) => m.stems.length > 0);
}

/** The issues whose every content word is in the text: the most specific first, then the most used. */
export function tagIssues(text: string, vocabulary: readonly IssueMatcher[]): string[] {
  const present = new Set(contentStems(text));
  return vocabulary
    .map((m, rank) => ({ m, rank }))
    .filter(({ m }) => m.stems.every((s) => present.has(s)))
    .sort((a, b) => b.m.stems.length - a.m.stems.length || a.rank - b.rank)
    .slice(0, MAX_TAGS)
    .map(({ m }) => m.issue);
}

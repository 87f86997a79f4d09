import { and, between, desc, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { TTone } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { mediaNews } from '../schema';
import type { LabelledText } from './model';

/** Most recent confirmed items a training run reads: a year and a half at 2021's volume. */
export const MAX_TRAINING_ITEMS = 60_000;

/** FNV-1a of an id: the same item always falls on the same side of the split. */
function bucket(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 1000;
}

export interface LabelledItem extends LabelledText {
  id: string;
}

/**
 * Items with a confirmed tone, split into training and held-out test sets by a hash of their id
 * (stable across runs, so a model's test items never were its training items). Only the first item
 * of each duplicate group: a syndicated copy on each side would inflate the scores.
 */
export async function loadLabelledItems(db: DbOrTx, options: { year?: number; testShare: number; titlesOnly?: boolean }) {
  const where: (SQL | undefined)[] = [isNotNull(mediaNews.tone), isNull(mediaNews.duplicateOfId)];
  if (options.year) where.push(between(mediaNews.publishedDate, `${options.year}-01-01`, `${options.year}-12-31`));
  const rows = await db
    .select({ id: mediaNews.id, title: mediaNews.title, summary: mediaNews.summary, tone: mediaNews.tone })
    .from(mediaNews)
    .where(and(...where))
    .orderBy(desc(mediaNews.publishedAt), desc(mediaNews.id))
    .limit(MAX_TRAINING_ITEMS);
  const train: LabelledItem[] = [];
  const test: LabelledItem[] = [];
  for (const r of rows) {
    const item = { id: r.id, text: textOf(r.title, options.titlesOnly ? null : r.summary), label: r.tone as TTone };
    (bucket(r.id) < options.testShare * 1000 ? test : train).push(item);
  }
  return { train, test };
}

/** What the classifier reads of an item: its title and summary. */
export function textOf(title: string, summary: string | null): string {
  return summary ? `${title}\n${summary}` : title;
}

export const exportLabelledItems = loadLabelledItems;

import { and, desc, eq, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/types';
import { defineJob } from '../../../platform/jobs/types';
import { mediaNews, mediaToneModels } from '../schema';
import { arrayLiteral, chunks } from '../sql-arrays';
import { trainAndEvaluate } from './benchmark';
import { loadLabelledItems, textOf } from './export';
import { loadSuggester } from './suggester';

/** Below this many confirmed labels a trained model is no better than the lexicon. */
export const MIN_TRAINING_LABELS = 200;
const TEST_SHARE = 0.2;
/** Older models keep their scores (the model page shows the trend) but not their 3 MB of weights. */
const MODELS_WITH_WEIGHTS = 3;

export type RetrainResult =
  | { trained: false; reason: 'too_few_labels' | 'one_class'; labels: number }
  | { trained: true; modelId: string; accuracy: number; macroF1: number; trainItems: number; testItems: number; resuggested: number };

/**
 * Trains a model on the confirmed labels (80%), scores it on the held-out 20%, makes it the active
 * model, and refreshes the suggestion of every item still waiting for a tone.
 */
export async function retrainToneModel(db: Db): Promise<RetrainResult> {
  const { train, test } = await loadLabelledItems(db, { testShare: TEST_SHARE });
  const labels = train.length + test.length;
  if (train.length < MIN_TRAINING_LABELS || test.length === 0) return { trained: false, reason: 'too_few_labels', labels };
  if (new Set(train.map((t) => t.label)).size < 2) return { trained: false, reason: 'one_class', labels };
  const { model, report } = trainAndEvaluate(train, test);
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.update(mediaToneModels).set({ active: false }).where(eq(mediaToneModels.active, true));
    await tx.insert(mediaToneModels).values({
      id,
      trainItems: train.length,
      testItems: test.length,
      accuracy: report.accuracy,
      macroF1: report.macroF1,
      metrics: { perClass: report.perClass, confusion: report.confusion, lexicon: report.lexicon, itemsPerSecond: report.itemsPerSecond },
      weights: model.serialize(),
      active: true,
      trainSeconds: report.trainSeconds,
    });
    const keep = tx
      .select({ id: mediaToneModels.id })
      .from(mediaToneModels)
      .orderBy(desc(mediaToneModels.trainedAt))
      .limit(MODELS_WITH_WEIGHTS);
    await tx
      .update(mediaToneModels)
      .set({ weights: new Uint8Array(0) })
      .where(and(ne(mediaToneModels.id, id), notInArray(mediaToneModels.id, keep)));
  });
  const resuggested = await refreshSuggestions(db);
  return {
    trained: true,
    modelId: id,
    accuracy: report.accuracy,
    macroF1: report.macroF1,
    trainItems: train.length,
    testItems: test.length,
    resuggested,
  };
}

/** Suggests again, with the active model, the tone of the items that still have none (newest 20.000). */
export async function refreshSuggestions(db: Db): Promise<number> {
  const suggester = await loadSuggester(db);
  const waiting = await db
    .select({ id: mediaNews.id, title: mediaNews.title, summary: mediaNews.summary })
    .from(mediaNews)
    .where(isNull(mediaNews.tone))
    .orderBy(desc(mediaNews.publishedAt))
    .limit(20_000);
  for (const part of chunks(waiting, 2_000)) {
    const s = part.map((r) => suggester.suggest(textOf(r.title, r.summary)));
    await db.execute(sql`
      UPDATE media_news n SET suggested_tone = u.tone, suggested_score = u.score, suggestion_model_id = ${suggester.modelId}
      FROM unnest(${arrayLiteral(part.map((r) => r.id))}::text[], ${arrayLiteral(s.map((x) => x.tone))}::text[],
                  ${arrayLiteral(s.map((x) => x.score))}::float8[]) AS u(id, tone, score)
      WHERE n.id = u.id AND n.tone IS NULL`);
  }
  return waiting.length;
}

/** Retrains every night, when the day's labels are in. */
export const retrainToneJob = defineJob({
  name: 'media.tone-retrain',
  cron: '30 1 * * *',
  leaseMs: 60 * 60_000,
  async run({ db, logger }) {
    const result = await retrainToneModel(db);
    logger.info({ result }, 'tone model retrained');
  },
});

import { desc, eq } from 'drizzle-orm';
import type { TTone } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { mediaToneModels } from '../schema';
import { lexiconTone, ToneModel } from './model';

/** Suggests a tone for a text; `modelId` names the trained model, null for the built-in lexicon. */
export interface ToneSuggester {
  modelId: string | null;
  suggest(text: string): { tone: TTone; score: number };
}

export const LEXICON_SUGGESTER: ToneSuggester = { modelId: null, suggest: lexiconTone };

// The active model's weights, loaded once per process and replaced when a newer model is active.
let cached: { id: string; model: ToneModel } | null = null;

/** The active trained model, or the lexicon when none has been trained yet. */
export async function loadSuggester(db: DbOrTx): Promise<ToneSuggester> {
  const [active] = await db
    .select({ id: mediaToneModels.id })
    .from(mediaToneModels)
    .where(eq(mediaToneModels.active, true))
    .orderBy(desc(mediaToneModels.trainedAt))
    .limit(1);
  if (!active) return LEXICON_SUGGESTER;
  if (cached?.id !== active.id) {
    const [row] = await db.select({ weights: mediaToneModels.weights }).from(mediaToneModels).where(eq(mediaToneModels.id, active.id));
    if (!row) return LEXICON_SUGGESTER;
    cached = { id: active.id, model: ToneModel.deserialize(row.weights) };
  }
  const model = cached.model;
  return { modelId: active.id, suggest: (text) => model.predict(text) };
}

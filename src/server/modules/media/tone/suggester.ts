import type { TTone } from '../../../../shared/media';

/** Suggests a tone for a text; `modelId` names the trained model, null for the built-in lexicon. */
export interface ToneSuggester {
  modelId: string | null;
  suggest(text: string): { tone: TTone; score: number };
}

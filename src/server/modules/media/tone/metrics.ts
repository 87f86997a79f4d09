import { TONES, type TTone } from '../../../../shared/media';

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  accuracy: number;
  macroF1: number;
  perClass: Record<TTone, ClassScores>;
  /** confusion[actual][predicted], in the order positive, neutral, negative. */
  confusion: number[][];
  items: number;
}

/** Accuracy, per-class precision/recall/F1, their unweighted mean (macro-F1) and the confusion matrix. */
export function evaluate(actual: TTone[], predicted: TTone[]): Evaluation {
  const confusion = TONES.map(() => TONES.map(() => 0));
  actual.forEach((a, i) => {
    confusion[TONES.indexOf(a)]![TONES.indexOf(predicted[i]!)]!++;
  });
  const perClass = {} as Record<TTone, ClassScores>;
  TONES.forEach((tone, c) => {
    const tp = confusion[c]![c]!;
    const support = confusion[c]!.reduce((a, b) => a + b, 0);
    const predictedAs = confusion.reduce((a, row) => a + row[c]!, 0);
    const precision = predictedAs ? tp / predictedAs : 0;
    const recall = support ? tp / support : 0;
    perClass[tone] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  });
  const present = TONES.filter((t) => perClass[t].support > 0);
  const correct = TONES.reduce((a, _, c) => a + confusion[c]![c]!, 0);
  return {
    accuracy: actual.length ? correct / actual.length : 0,
    macroF1: present.length ? present.reduce((a, t) => a + perClass[t].f1, 0) / present.length : 0,
    perClass,
    confusion,
    items: actual.length,
  };
}

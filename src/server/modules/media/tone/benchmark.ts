import { performance } from 'node:perf_hooks';
import { type Evaluation, evaluate } from './metrics';
import { type LabelledText, lexiconTone, ToneModel, type TrainOptions } from './model';

export interface ToneReport extends Omit<Evaluation, 'confusion' | 'items'> {
  trainSeconds: number;
  itemsPerSecond: number;
  confusion: number[][];
  trainItems: number;
  testItems: number;
  lexicon: { accuracy: number; macroF1: number };
}

/** Trains on one set, scores the other: the figures of `simpul tone evaluate` and of the model page. */
export function trainAndEvaluate(train: LabelledText[], test: LabelledText[], options: TrainOptions = {}) {
  const t0 = performance.now();
  const model = ToneModel.train(train, options);
  const trainSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const predicted = test.map((item) => model.predict(item.text).tone);
  const seconds = (performance.now() - t1) / 1000;
  const scores = evaluate(
    test.map((i) => i.label),
    predicted,
  );
  const lexicon = evaluate(
    test.map((i) => i.label),
    test.map((i) => lexiconTone(i.text).tone),
  );
  const report: ToneReport = {
    accuracy: scores.accuracy,
    macroF1: scores.macroF1,
    perClass: scores.perClass,
    trainSeconds,
    itemsPerSecond: seconds > 0 ? test.length / seconds : 0,
    confusion: scores.confusion,
    trainItems: train.length,
    testItems: test.length,
    lexicon: { accuracy: lexicon.accuracy, macroF1: lexicon.macroF1 },
  };
  return { model, report };
}

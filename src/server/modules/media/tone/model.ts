import { TONES, type TTone } from '../../../../shared/media';
import { DIMENSIONS, featurize, lexiconHits, type SparseVector, words } from './features';

const K = TONES.length;

export interface LabelledText {
  text: string;
  label: TTone;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** Upper bound of a class's weight: balancing 66 negatives against 36.000 others would otherwise explode the steps. */
  maxClassWeight?: number;
  seed?: number;
}

/**
 * Multinomial logistic regression over hashed sparse features, trained by stochastic gradient
 * descent with AdaGrad step sizes and class weights inversely proportional to class frequency
 * (macro-F1 counts the rare negative class as much as the others).
 */
export class ToneModel {
  constructor(
    readonly weights: Float32Array,
    readonly bias: Float32Array,
  ) {}

  static train(items: LabelledText[], options: TrainOptions = {}): ToneModel {
    const epochs = options.epochs ?? 6;
    const rate = options.learningRate ?? 0.5;
    const weights = new Float32Array(K * DIMENSIONS);
    const bias = new Float32Array(K);
    const gradSq = new Float32Array(K * DIMENSIONS).fill(1e-6);
    const biasSq = new Float32Array(K).fill(1e-6);
    const vectors = items.map((i) => featurize(i.text));
    const labels = items.map((i) => TONES.indexOf(i.label));
    const counts = TONES.map((_, c) => labels.filter((l) => l === c).length);
    const classWeight = counts.map((n) => (n ? Math.min(options.maxClassWeight ?? 20, items.length / (K * n)) : 0));
    const order = items.map((_, i) => i);
    let seed = options.seed ?? 7;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 4_294_967_296;
    };
    const model = new ToneModel(weights, bias);
    const p = new Float64Array(K);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const n of order) {
        const x = vectors[n]!;
        model.probabilities(x, p);
        const w = classWeight[labels[n]!]!;
        for (let c = 0; c < K; c++) {
          const g = w * (p[c]! - (c === labels[n] ? 1 : 0));
          if (g === 0) continue;
          biasSq[c]! += g * g;
          bias[c]! -= (rate * g) / Math.sqrt(biasSq[c]!);
          const base = c * DIMENSIONS;
          for (let k = 0; k < x.index.length; k++) {
            const at = base + x.index[k]!;
            const gk = g * x.value[k]!;
            gradSq[at]! += gk * gk;
            weights[at]! -= (rate * gk) / Math.sqrt(gradSq[at]!);
          }
        }
      }
    }
    return model;
  }

  probabilities(x: SparseVector, out: Float64Array = new Float64Array(K)): Float64Array {
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < K; c++) {
      let s = this.bias[c]!;
      const base = c * DIMENSIONS;
      for (let k = 0; k < x.index.length; k++) s += this.weights[base + x.index[k]!]! * x.value[k]!;
      out[c] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let c = 0; c < K; c++) {
      out[c] = Math.exp(out[c]! - max);
      sum += out[c]!;
    }
    for (let c = 0; c < K; c++) out[c] = out[c]! / sum;
    return out;
  }

  predict(text: string): { tone: TTone; score: number } {
    const p = this.probabilities(featurize(text));
    let best = 0;
    for (let c = 1; c < K; c++) if (p[c]! > p[best]!) best = c;
    return { tone: TONES[best]!, score: p[best]! };
  }

  /** The weights as bytes: 3 × 2^18 + 3 float32 values (3 MB), stored with the model's scores. */
  serialize(): Uint8Array {
    const all = new Float32Array(this.weights.length + K);
    all.set(this.weights, 0);
    all.set(this.bias, this.weights.length);
    return new Uint8Array(all.buffer);
  }

  static deserialize(bytes: Uint8Array): ToneModel {
    const copy = new Uint8Array(bytes); // aligned for Float32Array
    const all = new Float32Array(copy.buffer, 0, copy.byteLength / 4);
    if (all.length !== K * DIMENSIONS + K) throw new Error('tone model: unexpected size');
    return new ToneModel(all.subarray(0, K * DIMENSIONS), all.subarray(K * DIMENSIONS));
  }
}

/**
 * The day-one rule, before any label exists: more critical than appreciative words is negative,
 * any appreciative word positive, otherwise neutral (a story that merely mentions the agency).
 */
export function lexiconTone(text: string): { tone: TTone; score: number } {
  const { positive, negative } = lexiconHits(words(text));
  if (negative > positive) return { tone: 'negative', score: Math.min(0.9, 0.5 + 0.1 * (negative - positive)) };
  if (positive > 0) return { tone: 'positive', score: Math.min(0.9, 0.5 + 0.1 * (positive - negative)) };
  return { tone: 'neutral', score: 0.5 };
}

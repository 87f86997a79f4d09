/**
 * Sample sizes for a survey of a known population (spec 50, "Sample size"), as SKM practice
 * computes them. Both round up: a fraction of a respondent is one more respondent to find.
 */

/** χ² for one degree of freedom at 95% confidence, as the Krejcie–Morgan table uses. */
export const CHI_SQUARE_95 = 3.841;
/** The population proportion that gives the largest sample (the cautious choice). */
export const PROPORTION = 0.5;

function checkInputs(population: number, margin: number) {
  if (!Number.isInteger(population) || population < 1) throw new RangeError('population must be a whole number ≥ 1');
  if (!(margin > 0 && margin < 1)) throw new RangeError('margin of error must be between 0 and 1 (e.g. 0.05)');
}

/**
 * Krejcie & Morgan (1970): n = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), with χ² = 3,841 and P = 0,5.
 * `margin` is d as a fraction (0.05 for 5%).
 */
export function krejcieMorgan(population: number, margin: number): number {
  checkInputs(population, margin);
  const pq = PROPORTION * (1 - PROPORTION);
  const n = (CHI_SQUARE_95 * population * pq) / (margin ** 2 * (population - 1) + CHI_SQUARE_95 * pq);
  // 1e-9 keeps a value such as 44.0000000001 (a float artefact) from becoming 45.
  return Math.min(population, Math.ceil(n - 1e-9));
}

/** Slovin: n = N / (1 + N·e²). */
export function slovin(population: number, margin: number): number {
  checkInputs(population, margin);
  return Math.min(population, Math.ceil(population / (1 + population * margin ** 2) - 1e-9));
}

export interface SampleProgress {
  required: number;
  collected: number;
  /** collected / required × 100, capped at nothing: over-collection shows as more than 100. */
  pct: number;
  remaining: number;
}

export function sampleProgress(required: number, collected: number): SampleProgress {
  return {
    required,
    collected,
    pct: required > 0 ? (collected / required) * 100 : 0,
    remaining: Math.max(0, required - collected),
  };
}

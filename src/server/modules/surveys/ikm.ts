import { roundHalfAwayFromZero } from '../../../shared/format';
import type { Localized } from '../../../shared/i18n/localized';

/**
 * The public-service satisfaction index (IKM, *Indeks Kepuasan Masyarakat*) as prescribed by
 * Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017
 * tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik:
 *
 * - each element (*unsur*) is answered on a scale of 1–4;
 * - NRR (*nilai rata-rata*) of an element = the sum of its answers / the number of answers;
 * - every element weighs the same: weight = 1 / the number of elements filled in
 *   (the regulation: "total unsur yang terisi");
 * - weighted NRR = Σ NRR × weight; IKM = weighted NRR × 25 (the conversion to 25–100).
 *
 * A missing answer is left out of its element's mean, never counted as 0: each element carries
 * its own count of answers. Pure functions, no I/O: the API, the measures, the computation sheet
 * and `simpul ikm` all compute through here.
 */

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 4;
/** The conversion from the 1–4 scale to the 25–100 index. */
export const IKM_FACTOR = 25;

export type QualityGrade = 'A' | 'B' | 'C' | 'D';

export interface QualityBand {
  grade: QualityGrade;
  /** The regulation's intervals, as printed in its table (inclusive). */
  nrr: [number, number];
  ikm: [number, number];
  performance: Localized;
}

/**
 * The regulation's conversion table (nilai persepsi, nilai interval, nilai interval konversi,
 * mutu pelayanan, kinerja unit pelayanan), best first. The NRR intervals leave gaps
 * (3,064 … 3,0644; 3,532 … 3,5324) because they are the IKM intervals divided by 25: the grade is
 * therefore read from the IKM as published, rounded to two decimals, which closes every gap.
 */
export const IKM_BANDS: readonly QualityBand[] = [
  { grade: 'A', nrr: [3.5324, 4], ikm: [88.31, 100], performance: { id: 'Sangat baik', en: 'Very good' } },
  { grade: 'B', nrr: [3.0644, 3.532], ikm: [76.61, 88.3], performance: { id: 'Baik', en: 'Good' } },
  { grade: 'C', nrr: [2.6, 3.064], ikm: [65, 76.6], performance: { id: 'Kurang baik', en: 'Poor' } },
  { grade: 'D', nrr: [1, 2.5996], ikm: [25, 64.99], performance: { id: 'Tidak baik', en: 'Not good' } },
];

/** The band of an index: its value rounded half away from zero to 2 decimals, against the IKM intervals. */
export function qualityOf(ikm: number): QualityBand {
  const shown = roundHalfAwayFromZero(ikm, 2);
  return IKM_BANDS.find((band) => shown >= band.ikm[0]) ?? IKM_BANDS[IKM_BANDS.length - 1]!;
}

/** One answer: a value 1–4, or nothing (not answered). */
export type Answer = number | null | undefined;

/** Whether a value is an answer the regulation's scale allows (a whole number 1–4). */
export function isLikertValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= LIKERT_MIN && value <= LIKERT_MAX;
}

export interface ElementScore {
  code: string;
  /** Answers counted (missing ones left out). */
  answers: number;
  /** Respondents who left this element empty. */
  missing: number;
  sum: number;
  /** Sum / answers; null when nobody answered. */
  nrr: number | null;
  /** NRR × 25. */
  index: number | null;
  /** 1 / the number of elements answered by someone; 0 for an element nobody answered. */
  weight: number;
  /** NRR × weight. */
  weightedNrr: number | null;
}

export interface IkmResult {
  /** Rows with at least one answer among the elements. */
  respondents: number;
  elements: ElementScore[];
  weightedNrr: number | null;
  ikm: number | null;
  quality: QualityGrade | null;
  performance: Localized | null;
  /** The elements with the highest and lowest NRR (ties: the first in the survey's order). */
  highest: string | null;
  lowest: string | null;
}

/**
 * Scores each element (in the order given: the survey's own) over rows of answers keyed by
 * element code. Throws a RangeError on a value outside 1–4: callers validate input first, so
 * this only guards against a bug feeding wrong data into a published index.
 */
export function scoreElements(
  codes: readonly string[],
  rows: readonly Record<string, Answer>[],
): Omit<ElementScore, 'weight' | 'weightedNrr'>[] {
  return codes.map((code) => {
    let answers = 0;
    let sum = 0;
    for (const row of rows) {
      const value = row[code];
      if (value === null || value === undefined) continue;
      if (!isLikertValue(value)) throw new RangeError(`${code}: ${String(value)} is outside ${LIKERT_MIN}–${LIKERT_MAX}`);
      answers++;
      sum += value;
    }
    const nrr = answers > 0 ? sum / answers : null;
    return { code, answers, missing: rows.length - answers, sum, nrr, index: nrr === null ? null : nrr * IKM_FACTOR };
  });
}

/** The IKM of rows of answers on the given elements. */
export function computeIkm(codes: readonly string[], rows: readonly Record<string, Answer>[]): IkmResult {
  const counted = rows.filter((row) => codes.some((code) => row[code] !== null && row[code] !== undefined));
  const scores = scoreElements(codes, counted);
  const filled = scores.filter((s) => s.nrr !== null);
  const weight = filled.length ? 1 / filled.length : 0;
  const elements: ElementScore[] = scores.map((s) => ({
    ...s,
    weight: s.nrr === null ? 0 : weight,
    weightedNrr: s.nrr === null ? null : s.nrr * weight,
  }));
  if (!filled.length) {
    return {
      respondents: counted.length,
      elements,
      weightedNrr: null,
      ikm: null,
      quality: null,
      performance: null,
      highest: null,
      lowest: null,
    };
  }
  // Σ NRR × 1/n, summed before dividing: the same value with one rounding instead of n.
  const weightedNrr = filled.reduce((total, e) => total + e.nrr!, 0) / filled.length;
  const ikm = weightedNrr * IKM_FACTOR;
  const band = qualityOf(ikm);
  let highest = filled[0]!;
  let lowest = filled[0]!;
  for (const s of filled) {
    if (s.nrr! > highest.nrr!) highest = s;
    if (s.nrr! < lowest.nrr!) lowest = s;
  }
  return {
    respondents: counted.length,
    elements,
    weightedNrr,
    ikm,
    quality: band.grade,
    performance: band.performance,
    highest: highest.code,
    lowest: lowest.code,
  };
}

/** The mean of ratings on the 1–4 scale (internal satisfaction), missing ones left out. */
export function meanRating(values: readonly Answer[]): { count: number; sum: number; mean: number | null } {
  let count = 0;
  let sum = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (!isLikertValue(value)) throw new RangeError(`${String(value)} is outside ${LIKERT_MIN}–${LIKERT_MAX}`);
    count++;
    sum += value;
  }
  return { count, sum, mean: count ? sum / count : null };
}

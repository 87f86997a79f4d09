import { describe, expect, it } from 'vitest';
import { computeIkm, IKM_BANDS, meanRating, qualityOf } from './ikm';
import { analyseImportance, quadrantOf } from './importance';
import { krejcieMorgan, sampleProgress, slovin } from './sample-size';

const U = ['U1', 'U2', 'U3'];

describe('IKM (PermenPANRB 14/2017)', () => {
  it('computes NRR, weights 1/n, weighted NRR and IKM = × 25 by hand', () => {
    const rows = [
      { U1: 4, U2: 3, U3: 2 },
      { U1: 3, U2: 3, U3: 2 },
      { U1: 3, U2: 2, U3: 1 },
      { U1: 4, U2: 4, U3: 3 },
    ];
    const r = computeIkm(U, rows);
    // U1: 14/4 = 3,5; U2: 12/4 = 3; U3: 8/4 = 2. Weight 1/3 each; weighted NRR = 8,5/3; IKM = 70,8333.
    expect(r.respondents).toBe(4);
    expect(r.elements.map((e) => e.nrr)).toEqual([3.5, 3, 2]);
    expect(r.elements.map((e) => e.index)).toEqual([87.5, 75, 50]);
    for (const e of r.elements) expect(e.weight).toBeCloseTo(1 / 3, 12);
    expect(r.weightedNrr).toBeCloseTo(8.5 / 3, 12);
    expect(r.ikm).toBeCloseTo((8.5 / 3) * 25, 10);
    expect(r.quality).toBe('C');
    expect(r.performance?.id).toBe('Kurang baik');
    expect(r.highest).toBe('U1');
    expect(r.lowest).toBe('U3');
  });

  it('leaves a missing answer out of its element (never 0) and shows the count', () => {
    const rows = [
      { U1: 4, U2: null, U3: 2 },
      { U1: 2, U3: 2 },
      { U1: 3, U2: 4, U3: '' as unknown as null },
    ];
    // '' is not an answer the engine accepts: callers map empty cells to null first.
    expect(() => computeIkm(U, rows)).toThrow(RangeError);
    const clean = [
      { U1: 4, U2: null, U3: 2 },
      { U1: 2, U3: 2 },
      { U1: 3, U2: 4, U3: null },
    ];
    const r = computeIkm(U, clean);
    expect(r.elements.map((e) => [e.answers, e.missing])).toEqual([
      [3, 0],
      [1, 2],
      [2, 1],
    ]);
    // U2 is 4/1 = 4 (had it counted the empties as 0 it would be 4/3).
    expect(r.elements[1]!.nrr).toBe(4);
    expect(r.ikm).toBeCloseTo(((3 + 4 + 2) / 3) * 25, 10);
  });

  it('gives the weight only to elements somebody answered, and nothing for no answers at all', () => {
    const r = computeIkm(U, [{ U1: 4, U2: 2 }]);
    expect(r.elements.map((e) => e.weight)).toEqual([0.5, 0.5, 0]);
    expect(r.elements[2]!.nrr).toBeNull();
    expect(r.ikm).toBe(75);
    const none = computeIkm(U, [{}, { U1: null }]);
    expect(none).toMatchObject({ respondents: 0, ikm: null, quality: null, weightedNrr: null });
  });

  it('handles a single respondent, all-1 and all-4', () => {
    expect(computeIkm(U, [{ U1: 3, U2: 3, U3: 3 }])).toMatchObject({ respondents: 1, ikm: 75, quality: 'C' });
    const ones = computeIkm(
      U,
      Array.from({ length: 7 }, () => ({ U1: 1, U2: 1, U3: 1 })),
    );
    expect(ones).toMatchObject({ respondents: 7, weightedNrr: 1, ikm: 25, quality: 'D' });
    expect(ones.performance?.en).toBe('Not good');
    const fours = computeIkm(
      U,
      Array.from({ length: 7 }, () => ({ U1: 4, U2: 4, U3: 4 })),
    );
    expect(fours).toMatchObject({ weightedNrr: 4, ikm: 100, quality: 'A' });
  });

  it('refuses values outside 1–4 and fractions', () => {
    for (const bad of [0, 5, -1, 2.5, Number.NaN]) expect(() => computeIkm(['U1'], [{ U1: bad }])).toThrow(RangeError);
  });

  it('reads the grade at the band edges as the index is published (2 decimals)', () => {
    const cases: [number, string][] = [
      [25, 'D'],
      [64.99, 'D'],
      [64.994999, 'D'],
      [64.995, 'C'],
      [65, 'C'],
      [76.6, 'C'],
      [76.604, 'C'],
      [76.61, 'B'],
      [88.3, 'B'],
      [88.31, 'A'],
      [100, 'A'],
    ];
    for (const [ikm, grade] of cases) expect(qualityOf(ikm).grade, String(ikm)).toBe(grade);
    // The bands are the regulation's: each NRR interval is its IKM interval / 25.
    for (const band of IKM_BANDS) {
      expect(band.nrr[0] * 25).toBeCloseTo(band.ikm[0], 2);
      expect(band.nrr[1] * 25).toBeCloseTo(band.ikm[1], 2);
    }
  });

  it('reproduces the 2021 media survey from the element sums of 71 respondents: 1.959 / (71 × 9) × 25 = 76,64', () => {
    const sums = [218, 211, 206, 234, 213, 229, 211, 219, 218];
    const codes = sums.map((_, i) => `U${i + 1}`);
    // Any answers with these sums: spread each sum over 71 respondents as 3s, then 4s or 2s.
    const rows = Array.from({ length: 71 }, (_, r) =>
      Object.fromEntries(codes.map((code, i) => [code, r < Math.abs(sums[i]! - 213) ? (sums[i]! > 213 ? 4 : 2) : 3])),
    );
    const result = computeIkm(codes, rows);
    expect(result.elements.map((e) => e.sum)).toEqual(sums);
    expect(result.ikm).toBeCloseTo((1959 / (71 * 9)) * 25, 10);
    expect(Math.round(result.ikm! * 100) / 100).toBe(76.64);
    expect(result.quality).toBe('B');
  });

  it('averages ratings for the internal index, missing ones left out', () => {
    expect(meanRating([4, 4, 3, null, undefined, 4])).toEqual({ count: 4, sum: 15, mean: 3.75 });
    expect(meanRating([]).mean).toBeNull();
  });
});

describe('importance–performance', () => {
  it('gives expectation index, gap, conformity Tki and quadrants with axes at the means', () => {
    const rows = [
      { expectation: { U1: 4, U2: 4, U3: 2 }, satisfaction: { U1: 2, U2: 4, U3: 3 } },
      { expectation: { U1: 4, U2: 3, U3: 2 }, satisfaction: { U1: 2, U2: 4, U3: 3 } },
    ];
    const a = analyseImportance(U, rows);
    // Expectation NRR 4; 3,5; 2 (mean 19/6). Satisfaction NRR 2; 4; 3 (mean 3).
    expect(a.axes!.expectation).toBeCloseTo(9.5 / 3, 12);
    expect(a.axes!.satisfaction).toBe(3);
    const [u1, u2, u3] = a.elements;
    expect(u1).toMatchObject({ expectationIndex: 100, satisfactionIndex: 50, gap: -50, conformity: 50, quadrant: 'I' });
    expect(u2).toMatchObject({ expectationIndex: 87.5, satisfactionIndex: 100, gap: 12.5, quadrant: 'II' });
    expect(u2!.conformity).toBeCloseTo((4 / 3.5) * 100, 10);
    expect(u3).toMatchObject({ expectationIndex: 50, satisfactionIndex: 75, gap: 25, conformity: 150, quadrant: 'IV' });
    expect(a.conformity).toBeCloseTo((50 + (4 / 3.5) * 100 + 150) / 3, 10);
  });

  it('places each quadrant, an element on an axis counting as high', () => {
    const axes = { expectation: 3, satisfaction: 3 };
    expect(quadrantOf(3.5, 2.5, axes)).toBe('I');
    expect(quadrantOf(3.5, 3.5, axes)).toBe('II');
    expect(quadrantOf(2.5, 2.5, axes)).toBe('III');
    expect(quadrantOf(2.5, 3.5, axes)).toBe('IV');
    expect(quadrantOf(3, 3, axes)).toBe('II');
  });

  it('has no gap, conformity or quadrant for an element without expectation answers', () => {
    const a = analyseImportance(['U1', 'U2'], [{ expectation: { U1: 3 }, satisfaction: { U1: 3, U2: 4 } }]);
    expect(a.elements[1]).toMatchObject({ expectationNrr: null, gap: null, conformity: null, quadrant: null });
    expect(a.elements[0]!.quadrant).toBe('II');
  });
});

describe('sample size', () => {
  it('matches the Krejcie–Morgan table and Slovin', () => {
    // Krejcie & Morgan (1970), table at d = 0,05: N 100 → 80; 1.000 → 278; 10.000 → 370; 1.000.000 → 384.
    expect(krejcieMorgan(100, 0.05)).toBe(80);
    expect(krejcieMorgan(1000, 0.05)).toBe(278);
    expect(krejcieMorgan(10000, 0.05)).toBe(370);
    expect(krejcieMorgan(1_000_000, 0.05)).toBe(384);
    expect(krejcieMorgan(10, 0.05)).toBe(10);
    // Slovin: 1.000 / (1 + 1.000 × 0,0025) = 285,7 → 286; 200 / (1 + 200 × 0,01) = 66,7 → 67.
    expect(slovin(1000, 0.05)).toBe(286);
    expect(slovin(200, 0.1)).toBe(67);
    expect(() => slovin(0, 0.05)).toThrow(RangeError);
    expect(() => krejcieMorgan(100, 0)).toThrow(RangeError);
  });

  it('reports progress against the required sample', () => {
    expect(sampleProgress(80, 20)).toEqual({ required: 80, collected: 20, pct: 25, remaining: 60 });
    expect(sampleProgress(80, 100).remaining).toBe(0);
  });
});

import type { Localized } from '../../../shared/i18n/localized';
import { type Answer, IKM_FACTOR, scoreElements } from './ikm';

/**
 * Importance–performance analysis of paired items: for each element, what respondents expected
 * (importance) beside how satisfied they were (performance). The Cartesian diagram puts
 * expectation on the x-axis and satisfaction on the y-axis, with its axes at the means of the
 * elements' NRRs; the four quadrants are the usual reading of an SKM report:
 *
 * - I   top priority: important, but satisfaction below the mean (improve first);
 * - II  keep up: important and satisfying;
 * - III low priority: neither very important nor satisfying;
 * - IV  overdone: satisfying beyond its importance.
 *
 * An element exactly on an axis counts as "high" on that axis.
 */
export type Quadrant = 'I' | 'II' | 'III' | 'IV';

export const QUADRANT_LABELS: Record<Quadrant, Localized> = {
  I: { id: 'Prioritas utama', en: 'Top priority' },
  II: { id: 'Pertahankan prestasi', en: 'Keep up the good work' },
  III: { id: 'Prioritas rendah', en: 'Low priority' },
  IV: { id: 'Berlebihan', en: 'Possibly overdone' },
};

export interface ElementComparison {
  code: string;
  expectationAnswers: number;
  satisfactionAnswers: number;
  expectationNrr: number | null;
  satisfactionNrr: number | null;
  expectationIndex: number | null;
  satisfactionIndex: number | null;
  /** Satisfaction index − expectation index (negative: expectations not met). */
  gap: number | null;
  /** Conformity Tki = satisfaction / expectation × 100 (%), on the means, so missing answers do not bias it. */
  conformity: number | null;
  quadrant: Quadrant | null;
}

export interface ImportanceAnalysis {
  elements: ElementComparison[];
  /** Where the diagram's axes cross: the means of the elements' NRRs. */
  axes: { expectation: number; satisfaction: number } | null;
  /** Mean conformity over the elements that have both. */
  conformity: number | null;
}

export function quadrantOf(expectation: number, satisfaction: number, axes: { expectation: number; satisfaction: number }): Quadrant {
  const important = expectation >= axes.expectation;
  const satisfying = satisfaction >= axes.satisfaction;
  if (important) return satisfying ? 'II' : 'I';
  return satisfying ? 'IV' : 'III';
}

/**
 * Compares expectation and satisfaction per element. Each row carries both answers of a
 * respondent, keyed by element code, in two maps.
 */
export function analyseImportance(
  codes: readonly string[],
  rows: readonly { expectation: Record<string, Answer>; satisfaction: Record<string, Answer> }[],
): ImportanceAnalysis {
  const expected = scoreElements(
    codes,
    rows.map((r) => r.expectation),
  );
  const satisfied = scoreElements(
    codes,
    rows.map((r) => r.satisfaction),
  );
  const paired = codes.map((code, i) => {
    const e = expected[i]!;
    const s = satisfied[i]!;
    return { code, e, s, both: e.nrr !== null && s.nrr !== null };
  });
  const complete = paired.filter((p) => p.both);
  const axes = complete.length
    ? {
        expectation: complete.reduce((t, p) => t + p.e.nrr!, 0) / complete.length,
        satisfaction: complete.reduce((t, p) => t + p.s.nrr!, 0) / complete.length,
      }
    : null;
  const elements = paired.map(({ code, e, s, both }): ElementComparison => {
    const expectationIndex = e.nrr === null ? null : e.nrr * IKM_FACTOR;
    const satisfactionIndex = s.nrr === null ? null : s.nrr * IKM_FACTOR;
    return {
      code,
      expectationAnswers: e.answers,
      satisfactionAnswers: s.answers,
      expectationNrr: e.nrr,
      satisfactionNrr: s.nrr,
      expectationIndex,
      satisfactionIndex,
      gap: both ? satisfactionIndex! - expectationIndex! : null,
      conformity: both ? (s.nrr! / e.nrr!) * 100 : null,
      quadrant: both && axes ? quadrantOf(e.nrr!, s.nrr!, axes) : null,
    };
  });
  const conformities = elements.filter((e) => e.conformity !== null).map((e) => e.conformity!);
  return {
    elements,
    axes,
    conformity: conformities.length ? conformities.reduce((a, b) => a + b, 0) / conformities.length : null,
  };
}

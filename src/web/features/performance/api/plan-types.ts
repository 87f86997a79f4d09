import type { TCreateIndicatorRequest } from '../../../../shared/performance';

/*
 * The plan editor's data as `GET /api/performance/years/{year}/plan` returns it. The route's
 * OpenAPI schema declares goals and indicators loosely (any fields beside id and code), so the
 * fields the editor reads are named here, from the presenter in routes/get-plan.ts.
 */

export interface PlanGoal {
  id: string;
  code: string;
  statement: string;
  statementEn: string | null;
  sortOrder: number;
}

export interface PlanIndicator {
  id: string;
  goalId: string;
  year: number;
  code: string;
  name: string;
  nameEn: string | null;
  definition: string;
  unit: string;
  decimals: number;
  direction: TCreateIndicatorRequest['direction'];
  bandLow: number | null;
  bandHigh: number | null;
  source: 'measure' | 'manual';
  measureKey: string | null;
  /** The measure's parameters by key, e.g. `{ surveyCode }`. */
  measureParams: Record<string, string> | null;
  quarterlyRule: 'same' | 'cumulative';
  responsibleUnitId: string | null;
  weight: number;
  evidenceRequired: boolean;
  sourceNote: string | null;
  sortOrder: number;
  /** Period (0 = year, 1–4 = quarter) → target value. */
  targets: Partial<Record<'0' | '1' | '2' | '3' | '4', number>>;
  budget: { ceiling: number; realized: number; note: string | null } | null;
}

export interface PlanMeasure {
  key: string;
  label: { id: string; en: string };
  unit: string;
  /** What the indicator must choose for the measure (which survey), with the year's choices. */
  params: { key: string; label: { id: string; en: string }; perYear: boolean; options: { value: string; label: string }[] }[];
}

export interface PlanData {
  year: number;
  goals: PlanGoal[];
  indicators: PlanIndicator[];
  measures: PlanMeasure[];
}

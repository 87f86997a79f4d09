import { apportion } from './random';

/**
 * BPOM's 2021 media figures (reference JSON `media`, annual report section E.1–E.2), and how the
 * demo reconciles the monthly table with the annual totals (README beside this file).
 */
export const NEWS_TOTALS = { positive: 15_083, neutral: 20_782, negative: 66 } as const;
export const NEWS_BY_GROUP = { online: 32_547, print: 2_600, electronic: 784 } as const;
/** The report does not split elektronik; the demo takes three TV items for each radio item. */
export const ELECTRONIC_SPLIT = { tv: 588, radio: 196 } as const;

/** The report's monthly table as printed: positive, neutral, negative, total. */
export const NEWS_BY_MONTH_PRINTED: readonly (readonly [number, number, number, number])[] = [
  [1887, 2203, 1, 4091],
  [1142, 1615, 1, 2758],
  [1240, 2678, 0, 3918],
  [1255, 2819, 7, 4081],
  [947, 1751, 0, 2698],
  [1065, 1331, 26, 2422],
  [1566, 2678, 16, 4260],
  [981, 1094, 2, 2077],
  [1173, 1171, 0, 2344],
  [1301, 1119, 1, 2432],
  [1084, 1327, 12, 2432],
  [1084, 1327, 0, 2411],
];

export interface MonthTones {
  month: number;
  positive: number;
  neutral: number;
  negative: number;
  total: number;
}

/**
 * The demo's month-by-month tones. Kept from the table: every month's printed total (October's
 * and November's too, whose rows do not add up across) and every month's negatives. The printed
 * totals sum to 35.924, seven short of the text's 35.931: December, whose positive and neutral
 * values repeat November's, takes the seven. The text's annual positives exceed the table's by
 * 358: they are spread over the months in proportion to each month's total, and each month's
 * neutrals are what is left. The result matches the three annual totals exactly.
 */
export function reconciledMonths(): MonthTones[] {
  const totals = NEWS_BY_MONTH_PRINTED.map((r, i) => r[3] + (i === 11 ? 7 : 0));
  const printedPositive = NEWS_BY_MONTH_PRINTED.reduce((a, r) => a + r[0], 0);
  const extra = apportion(NEWS_TOTALS.positive - printedPositive, totals);
  return NEWS_BY_MONTH_PRINTED.map((r, i) => {
    const positive = r[0] + extra[i]!;
    const negative = r[2];
    return { month: i + 1, positive, neutral: totals[i]! - positive - negative, negative, total: totals[i]! };
  });
}

/** Interview requests (IKK9): 88 received, 58 fulfilled — see the README for the 59 of the breakdown. */
export const INTERVIEWS = { received: 88, direct: 20, written: 30, talkshow: 8 } as const;
/** The 30 declined, by the reasons the report gives (the split is the demo's). */
export const DECLINES = { already_answered: 13, outside_mandate: 8, no_statement_yet: 6, schedule_impossible: 3 } as const;

/** Press releases (48, April's 10 the peak) and clarifications (18, June's 4 the peak), per month. */
export const RELEASES_BY_MONTH = [5, 4, 4, 10, 3, 4, 5, 3, 3, 2, 3, 2] as const;
export const CLARIFICATIONS_BY_MONTH = [1, 1, 2, 2, 2, 4, 2, 1, 2, 1, 0, 0] as const;
/** Actual news (berita aktual) from covered strategic activities. */
export const ACTUAL_NEWS = 343;

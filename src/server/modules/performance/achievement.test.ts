import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import {
  achievementPct,
  budgetAchievementPct,
  categoryOf,
  efficiency,
  overallAchievement,
  projectYearEnd,
  suggestTarget,
} from './achievement';

describe('achievementPct', () => {
  it('higher is better: realization / target', () => {
    expect(achievementPct({ direction: 'higher', target: 84, realization: 88.49 })).toBeCloseTo(105.3452, 4);
    expect(achievementPct({ direction: 'higher', target: 2, realization: 1 })).toBe(50);
  });

  it('lower is better: (2 × target − realization) / target, floored at 0', () => {
    expect(achievementPct({ direction: 'lower', target: 10, realization: 8 })).toBe(120);
    expect(achievementPct({ direction: 'lower', target: 10, realization: 12 })).toBe(80);
    expect(achievementPct({ direction: 'lower', target: 10, realization: 25 })).toBe(0);
  });

  it('band: 100 inside, scaled by the distance outside', () => {
    const band = { direction: 'band' as const, target: null, bandLow: 80, bandHigh: 90 };
    expect(achievementPct({ ...band, realization: 80 })).toBe(100);
    expect(achievementPct({ ...band, realization: 90 })).toBe(100);
    expect(achievementPct({ ...band, realization: 72 })).toBe(90);
    expect(achievementPct({ ...band, realization: 99 })).toBe(90);
  });

  it('refuses a target of 0 with a clear message', () => {
    expect(() => achievementPct({ direction: 'higher', target: 0, realization: 5 })).toThrow(AppError);
    try {
      achievementPct({ direction: 'higher', target: 0, realization: 5 });
    } catch (error) {
      expect((error as AppError).options.fields?.[0]?.message).toMatch(/Target 0/);
    }
  });

  it('applies the optional cap, and none by default', () => {
    expect(achievementPct({ direction: 'higher', target: 90, realization: 100 })).toBeCloseTo(111.111, 3);
    expect(achievementPct({ direction: 'higher', target: 90, realization: 120, cap: 120 })).toBe(120);
    expect(achievementPct({ direction: 'higher', target: 90, realization: 100, cap: 120 })).toBeCloseTo(111.111, 3);
  });

  it('gives null without a realization', () => {
    expect(achievementPct({ direction: 'higher', target: 80, realization: null })).toBeNull();
  });
});

describe('categoryOf (default bands, gap at 90 closed)', () => {
  const cases: [number, string][] = [
    [0, 'sangat_kurang'],
    [49.99, 'sangat_kurang'],
    [50, 'kurang'],
    [69.99, 'kurang'],
    [70, 'cukup'],
    [89.99, 'cukup'],
    [90, 'baik'],
    [100.06, 'baik'],
    [110, 'baik'],
    [110.01, 'sangat_baik'],
    [120, 'sangat_baik'],
    [120.01, 'tidak_dapat_disimpulkan'],
  ];
  it.each(cases)('%s%% is %s', (pct, key) => {
    expect(categoryOf(pct)?.key).toBe(key);
  });
  it('labels Baik green in Indonesian', () => {
    expect(categoryOf(100)?.label.id).toBe('Baik');
  });
});

describe('overall, budget and efficiency', () => {
  it('equal weights by default, optional weights', () => {
    expect(overallAchievement([{ achievementPct: 100 }, { achievementPct: 50 }])).toBe(75);
    expect(overallAchievement([{ achievementPct: 100, weight: 2 }, { achievementPct: 50 }])).toBeCloseTo(83.333, 3);
    expect(overallAchievement([{ achievementPct: null }, { achievementPct: 90 }])).toBe(90);
    expect(overallAchievement([])).toBeNull();
  });

  it('IE = performance / budget achievement; IKK13 of 2021 is not efficient', () => {
    expect(efficiency(50, 100)).toEqual({ index: 0.5, level: -0.5, efficient: false });
    const e = efficiency(100, budgetAchievementPct(491_300_000, 491_292_000));
    expect(e?.efficient).toBe(true);
    expect(efficiency(100, 100)?.efficient).toBe(true); // IE = SE is efficient
    expect(efficiency(99, 100, 1)?.efficient).toBe(false);
    expect(budgetAchievementPct(0, 10)).toBeNull();
  });
});

describe('projection and target advice', () => {
  it('projects a count and a rate to the year end', () => {
    expect(projectYearEnd([{ quarter: 2, value: 3 }], true)).toBe(6);
    expect(
      projectYearEnd(
        [
          { quarter: 1, value: 80 },
          { quarter: 2, value: 82 },
        ],
        false,
      ),
    ).toBeCloseTo(86, 6);
    expect(projectYearEnd([{ quarter: 4, value: 88 }], false)).toBe(88);
  });

  it('says a target met by a wide margin was too low', () => {
    const advice = suggestTarget([{ year: 2021, target: 80, realization: 87.01 }], 'higher');
    expect(advice.reason).toBe('target_too_low');
    expect(advice.suggested).toBeCloseTo(87.01, 2);
    expect(suggestTarget([], 'higher').reason).toBe('no_history');
  });
});

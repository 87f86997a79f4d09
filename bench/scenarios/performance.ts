import type { Scenario } from '../types';

/**
 * Performance management: the dashboard of the latest year (five evaluations: the year and its
 * four quarters) and an indicator page (every period, history, other years). With `--scale 10`
 * the demo holds ten years of plans and realizations (2012–2021).
 */
export const performanceScenario: Scenario = {
  name: 'performance',
  description: 'dashboard and indicator page on the years of plans and realizations the demo holds',
  async requests(ctx) {
    const dashboard = await ctx.getJson<{ indicators: { id: string; code: string }[] }>('/api/performance/years/2021/dashboard', 'kepala');
    const ikk8 = dashboard.indicators.find((i) => i.code === 'IKK8') ?? dashboard.indicators[0];
    if (!ikk8) throw new Error('the demo has no 2021 indicators');
    return [
      { name: 'GET /api/performance/years/2021/dashboard', path: '/api/performance/years/2021/dashboard', as: 'kepala' },
      { name: 'GET /api/performance/indicators/{IKK8}', path: `/api/performance/indicators/${ikk8.id}`, as: 'perencana' },
    ];
  },
};

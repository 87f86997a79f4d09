import type { Command } from 'commander';
import { MEASURES } from '../modules/measures';
import { evaluateYear } from '../modules/performance';
import { withServices } from './with-services';

/**
 * `simpul kpi --year YYYY [--quarter Q] --json`: the year's indicators as computed now.
 * Numbers are unrounded; money is whole rupiah.
 */
export function kpiCommand(program: Command) {
  program
    .command('kpi')
    .description('hitung indikator kinerja / compute the performance indicators')
    .requiredOption('--year <year>', 'tahun anggaran / fiscal year', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new Error('--year: 2000–2100');
      return n;
    })
    .option('--quarter <q>', 'triwulan 1–4 (year to date); without it, the year', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 4) throw new Error('--quarter: 1–4');
      return n;
    })
    .option('--json', 'JSON output')
    .action(async (opts: { year: number; quarter?: number; json?: boolean }) => {
      await withServices(async ({ db }) => {
        const evaluation = await evaluateYear(db, MEASURES, opts.year, opts.quarter ?? 0);
        const out = {
          year: evaluation.year,
          ...(opts.quarter ? { quarter: opts.quarter } : {}),
          overall: { achievementPct: evaluation.overall.achievementPct, category: evaluation.overall.category?.label.id ?? null },
          indicators: evaluation.indicators.map((i) => ({
            code: i.code,
            name: i.name,
            unit: i.unit,
            target: i.target,
            realization: i.realization,
            achievementPct: i.achievementPct,
            category: i.category?.label.id ?? null,
            source: i.source,
            measure: i.measure,
            budgetCeiling: i.budgetCeiling,
            budgetRealized: i.budgetRealized,
            budgetAchievementPct: i.budgetAchievementPct,
            efficiencyIndex: i.efficiencyIndex,
            efficient: i.efficient,
          })),
        };
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        const fmt = (v: number | null, d = 2) =>
          v === null ? '—' : v.toLocaleString('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d });
        for (const i of out.indicators) {
          process.stdout.write(
            `${i.code.padEnd(6)} target ${fmt(i.target).padStart(8)}  realisasi ${fmt(i.realization).padStart(8)}  capaian ${fmt(i.achievementPct).padStart(8)}%  ${i.category ?? ''} (${i.source})\n`,
          );
        }
        process.stdout.write(`Capaian rata-rata / overall: ${fmt(out.overall.achievementPct)}% ${out.overall.category ?? ''}\n`);
      });
    });
}

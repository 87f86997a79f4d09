import ExcelJS from 'exceljs';
import type { Lang } from '../../../../shared/i18n/errors';
import type { YearEvaluation } from './evaluate';

const HEADERS = {
  id: {
    table1: 'Tabel 1',
    table1Title: (year: number) => `Tabel 1. Capaian Indikator Kinerja Kegiatan Tahun ${year}`,
    cols1: ['No', 'Sasaran Kegiatan', 'Kode', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori', 'Sumber'],
    budget: 'Anggaran per IKK',
    cols2: [
      'Kode',
      'Indikator',
      'Target',
      'Realisasi',
      'Capaian (%)',
      'Pagu (Rp)',
      'Realisasi Anggaran (Rp)',
      'Capaian Anggaran (%)',
      'Indeks Efisiensi',
      'Efisien',
    ],
    overall: 'Capaian kinerja rata-rata',
    computed: 'dihitung',
    manual: 'manual',
    yes: 'Ya',
    no: 'Tidak',
  },
  en: {
    table1: 'Table 1',
    table1Title: (year: number) => `Table 1. Achievement of the activity performance indicators, ${year}`,
    cols1: ['No', 'Activity goal', 'Code', 'Indicator', 'Unit', 'Target', 'Realization', 'Achievement (%)', 'Category', 'Source'],
    budget: 'Budget per indicator',
    cols2: [
      'Code',
      'Indicator',
      'Target',
      'Realization',
      'Achievement (%)',
      'Ceiling (Rp)',
      'Budget realized (Rp)',
      'Budget achievement (%)',
      'Efficiency index',
      'Efficient',
    ],
    overall: 'Overall achievement',
    computed: 'computed',
    manual: 'manual',
    yes: 'Yes',
    no: 'No',
  },
};

/**
 * Table 1 and the per-indicator budget table of the annual report, for any year, as XLSX. Values
 * are written at full precision with a two-decimal number format, so a sum in Excel agrees.
 */
export async function table1Workbook(evaluation: YearEvaluation, goals: Map<string, string>, lang: Lang): Promise<Uint8Array> {
  const h = HEADERS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  const sheet = workbook.addWorksheet(h.table1);
  sheet.addRow([h.table1Title(evaluation.year)]).font = { bold: true, size: 12 };
  sheet.addRow([]);
  const header = sheet.addRow(h.cols1);
  header.font = { bold: true };
  evaluation.indicators.forEach((item, i) => {
    const row = sheet.addRow([
      i + 1,
      `${item.goalCode}. ${goals.get(item.goalCode) ?? ''}`,
      item.code,
      lang === 'en' && item.nameEn ? item.nameEn : item.name,
      item.unit,
      item.target,
      item.realization,
      item.achievementPct,
      item.category?.label[lang] ?? '',
      item.source === 'computed' ? h.computed : h.manual,
    ]);
    for (const col of [6, 7, 8]) row.getCell(col).numFmt = '#,##0.00';
  });
  const total = sheet.addRow([
    '',
    '',
    '',
    h.overall,
    '',
    null,
    null,
    evaluation.overall.achievementPct,
    evaluation.overall.category?.label[lang] ?? '',
  ]);
  total.font = { bold: true };
  total.getCell(8).numFmt = '#,##0.00';
  sheet.columns.forEach((col, i) => {
    col.width = [5, 40, 8, 60, 12, 10, 12, 14, 16, 10][i];
  });

  const budget = workbook.addWorksheet(h.budget);
  budget.addRow(h.cols2).font = { bold: true };
  for (const item of evaluation.indicators) {
    const row = budget.addRow([
      item.code,
      lang === 'en' && item.nameEn ? item.nameEn : item.name,
      item.target,
      item.realization,
      item.achievementPct,
      item.budgetCeiling,
      item.budgetRealized,
      item.budgetAchievementPct,
      item.efficiencyIndex,
      item.efficient === null ? '' : item.efficient ? h.yes : h.no,
    ]);
    for (const col of [3, 4, 5, 8, 9]) row.getCell(col).numFmt = '#,##0.00';
    for (const col of [6, 7]) row.getCell(col).numFmt = '#,##0';
  }
  budget.columns.forEach((col, i) => {
    col.width = [8, 60, 10, 12, 14, 18, 20, 18, 14, 10][i];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import { MEDIA_LABELS, type TNewsStatistics } from '../../../../shared/media';
import type { Lang } from '../../../../shared/i18n/errors';

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The statistics as a workbook: the monthly tone table (as in the 2021 report), media types, issues, outlets. */
export async function statisticsWorkbook(stats: TNewsStatistics, lang: Lang): Promise<Uint8Array> {
  const id = lang === 'id';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  const sheet = (name: string, header: string[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    ws.columns.forEach((c) => {
      c.width = 16;
    });
    ws.getColumn(1).width = 36;
    return ws;
  };
  const tones = sheet(id ? 'Tonasi per bulan' : 'Tone per month', [
    id ? 'Bulan' : 'Month',
    MEDIA_LABELS.tone.positive[lang],
    MEDIA_LABELS.tone.neutral[lang],
    MEDIA_LABELS.tone.negative[lang],
    id ? 'Belum bertonasi' : 'Not yet toned',
    'Total',
  ]);
  for (const m of stats.byMonth) tones.addRow([MONTHS[lang][m.month - 1], m.positive, m.neutral, m.negative, m.untoned, m.total]);
  const sum = (k: 'positive' | 'neutral' | 'negative' | 'untoned' | 'total') => stats.byMonth.reduce((a, m) => a + m[k], 0);
  tones.addRow([String(stats.year), sum('positive'), sum('neutral'), sum('negative'), sum('untoned'), sum('total')]).font = { bold: true };
  tones.addRow([]);
  tones.addRow([id ? 'Persentase kualitas pemberitaan (%)' : 'News quality (%)', stats.qualityPct]);

  const types = sheet(id ? 'Jenis media' : 'Media types', [id ? 'Jenis media' : 'Media type', id ? 'Jumlah' : 'Count', '%']);
  for (const g of stats.byMediaGroup) types.addRow([MEDIA_LABELS.mediaGroup[g.group][lang], g.count, g.pct]);
  types.addRow([]);
  for (const t of stats.byMediaType) types.addRow([MEDIA_LABELS.mediaType[t.mediaType][lang], t.count]);

  const issues = sheet(id ? 'Isu teratas' : 'Top issues', [
    id ? 'Isu' : 'Issue',
    id ? 'Jumlah' : 'Count',
    MEDIA_LABELS.tone.negative[lang],
  ]);
  for (const i of stats.topIssues) issues.addRow([i.issue, i.count, i.negative]);
  const outlets = sheet(id ? 'Media teratas' : 'Top outlets', [id ? 'Media' : 'Outlet', id ? 'Jumlah' : 'Count']);
  for (const o of stats.topOutlets) outlets.addRow([o.name, o.count]);
  const prominent = sheet(id ? 'Isu menonjol' : 'Prominent issues', [
    id ? 'Bulan' : 'Month',
    id ? 'Isu' : 'Issue',
    id ? 'Jumlah' : 'Count',
  ]);
  for (const p of stats.prominentIssues) for (const i of p.issues) prominent.addRow([MONTHS[lang][p.month - 1], i.issue, i.count]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

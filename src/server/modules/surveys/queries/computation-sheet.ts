import ExcelJS from 'exceljs';
import type { Lang } from '../../../../shared/i18n/errors';
import { IKM_BANDS } from '../ikm';
import { hasExpectations, textIn } from '../questionnaire';
import type { SurveyData } from './load';
import { scoreResponses } from './load';

/** Spreadsheet column letters: 1 → A, 27 → AA. */
function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const T = {
  answers: { id: 'Jawaban', en: 'Answers' },
  computation: { id: 'Perhitungan', en: 'Computation' },
  bands: { id: 'Konversi', en: 'Conversion' },
  no: { id: 'No', en: 'No' },
  answered: { id: 'Unsur dijawab', en: 'Elements answered' },
  expectation: { id: 'harapan', en: 'expectation' },
  code: { id: 'Kode', en: 'Code' },
  element: { id: 'Unsur', en: 'Element' },
  sum: { id: 'Jumlah nilai (Σ)', en: 'Sum (Σ)' },
  count: { id: 'Jumlah jawaban (n)', en: 'Answers (n)' },
  nrr: { id: 'NRR = Σ / n', en: 'NRR = Σ / n' },
  weight: { id: 'Bobot = 1 / unsur terisi', en: 'Weight = 1 / elements answered' },
  weighted: { id: 'NRR tertimbang = NRR × bobot', en: 'Weighted NRR = NRR × weight' },
  index: { id: 'Indeks = NRR × 25', en: 'Index = NRR × 25' },
  eSum: { id: 'Σ harapan', en: 'Σ expectation' },
  eCount: { id: 'n harapan', en: 'n expectation' },
  eNrr: { id: 'NRR harapan', en: 'Expectation NRR' },
  eIndex: { id: 'Indeks harapan', en: 'Expectation index' },
  gap: { id: 'Gap = indeks − indeks harapan', en: 'Gap = index − expectation index' },
  tki: { id: 'Kesesuaian Tki (%)', en: 'Conformity Tki (%)' },
  respondents: { id: 'Responden', en: 'Respondents' },
  totalWeighted: { id: 'Σ NRR tertimbang', en: 'Σ weighted NRR' },
  ikm: { id: 'IKM = Σ NRR tertimbang × 25', en: 'IKM = Σ weighted NRR × 25' },
  grade: { id: 'Mutu pelayanan', en: 'Service quality' },
  performance: { id: 'Kinerja unit pelayanan', en: 'Performance' },
  basis: {
    id: 'Peraturan Menteri PANRB Nomor 14 Tahun 2017. Mutu dibaca dari IKM yang dibulatkan 2 desimal.',
    en: 'Regulation of the Minister of PANRB No. 14/2017. The grade is read from the IKM rounded to 2 decimals.',
  },
} as const;

/** A formula with the value the application computed, so a viewer that does not recalculate still shows it. */
function formula(text: string, result: number | string | null): ExcelJS.CellFormulaValue {
  return { formula: text, result: result ?? '' } as ExcelJS.CellFormulaValue;
}

/**
 * The computation sheet (spec 50, "Exports"): every answer, then every step of the index as live
 * formulas over those answers — per element Σ, n, NRR = Σ/n, weight, weighted NRR, index, and
 * IKM = Σ weighted NRR × 25 with its grade — so an auditor's spreadsheet recomputes the same
 * index. Missing answers are empty cells, which SUM and COUNT leave out, as the regulation does.
 */
export async function computationWorkbook(data: SurveyData, lang: Lang): Promise<Uint8Array> {
  const t = (k: keyof typeof T) => T[k][lang];
  const score = scoreResponses(data.current, data.responses, data.versions);
  const codes = score.codes;
  const withExpectations = hasExpectations(data.current) || [...data.versions.values()].some(hasExpectations);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  wb.calcProperties.fullCalcOnLoad = true;

  // Sheet 1: the answers, one row per response; satisfaction columns, then expectation columns.
  const answers = wb.addWorksheet(t('answers'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const sCol = (i: number) => 2 + i;
  const eCol = (i: number) => 2 + codes.length + i;
  const answeredCol = 2 + codes.length * (withExpectations ? 2 : 1);
  answers.getRow(1).values = [
    t('no'),
    ...codes,
    ...(withExpectations ? codes.map((c) => `${c} (${t('expectation')})`) : []),
    t('answered'),
  ];
  answers.getRow(1).font = { bold: true };
  const n = data.responses.length;
  const first = 2;
  const last = Math.max(first, first + n - 1);
  data.responses.forEach((r, k) => {
    const row = answers.getRow(first + k);
    row.getCell(1).value = k + 1;
    codes.forEach((code, i) => {
      row.getCell(sCol(i)).value = r.elements.satisfaction[code] ?? null;
      if (withExpectations) row.getCell(eCol(i)).value = r.elements.expectation[code] ?? null;
    });
    const answered = codes.filter((code) => r.elements.satisfaction[code] != null).length;
    row.getCell(answeredCol).value = formula(`COUNT(${col(sCol(0))}${first + k}:${col(sCol(codes.length - 1))}${first + k})`, answered);
  });

  // Sheet 2: the computation.
  const ws = wb.addWorksheet(t('computation'));
  const ref = (c: number) => `'${answers.name}'!$${col(c)}$${first}:$${col(c)}$${last}`;
  ws.getCell('A1').value = data.survey.title;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = t('basis');
  const headers = [t('code'), t('element'), t('sum'), t('count'), t('nrr'), t('weight'), t('weighted'), t('index')];
  if (withExpectations) headers.push(t('eSum'), t('eCount'), t('eNrr'), t('eIndex'), t('gap'), t('tki'));
  ws.getRow(4).values = headers;
  ws.getRow(4).font = { bold: true };
  const top = 5;
  const bottom = top + codes.length - 1;
  const names = new Map(data.current.elements.map((e) => [e.code, textIn(e.name, lang)]));
  const comparison = new Map(score.importance?.elements.map((e) => [e.code, e]) ?? []);
  codes.forEach((code, i) => {
    const r = top + i;
    const e = score.ikm.elements[i]!;
    const row = ws.getRow(r);
    row.getCell(1).value = code;
    row.getCell(2).value = names.get(code) ?? code;
    row.getCell(3).value = formula(`SUM(${ref(sCol(i))})`, e.sum);
    row.getCell(4).value = formula(`COUNT(${ref(sCol(i))})`, e.answers);
    row.getCell(5).value = formula(`IF(D${r}>0,C${r}/D${r},"")`, e.nrr);
    row.getCell(6).value = formula(`IF(D${r}>0,1/COUNTIF($D$${top}:$D$${bottom},">0"),0)`, e.weight);
    row.getCell(7).value = formula(`IF(D${r}>0,E${r}*F${r},0)`, e.weightedNrr ?? 0);
    row.getCell(8).value = formula(`IF(D${r}>0,E${r}*25,"")`, e.index);
    if (withExpectations) {
      const c = comparison.get(code);
      const eSum = data.responses.reduce((s, x) => s + (x.elements.expectation[code] ?? 0), 0);
      row.getCell(9).value = formula(`SUM(${ref(eCol(i))})`, eSum);
      row.getCell(10).value = formula(`COUNT(${ref(eCol(i))})`, c?.expectationAnswers ?? 0);
      row.getCell(11).value = formula(`IF(J${r}>0,I${r}/J${r},"")`, c?.expectationNrr ?? null);
      row.getCell(12).value = formula(`IF(J${r}>0,K${r}*25,"")`, c?.expectationIndex ?? null);
      row.getCell(13).value = formula(`IF(AND(D${r}>0,J${r}>0),H${r}-L${r},"")`, c?.gap ?? null);
      row.getCell(14).value = formula(`IF(AND(D${r}>0,J${r}>0),E${r}/K${r}*100,"")`, c?.conformity ?? null);
    }
  });
  const s = bottom + 2;
  const ikmCell = `C${s + 2}`;
  const rounded = `ROUND(${ikmCell},2)`;
  const [a, b, cBand] = IKM_BANDS;
  const totals: [string, ExcelJS.CellFormulaValue][] = [
    [
      t('respondents'),
      formula(`COUNTIF('${answers.name}'!$${col(answeredCol)}$${first}:$${col(answeredCol)}$${last},">0")`, score.ikm.respondents),
    ],
    [t('totalWeighted'), formula(`SUM(G${top}:G${bottom})`, score.ikm.weightedNrr)],
    [t('ikm'), formula(`C${s + 1}*25`, score.ikm.ikm)],
    [
      t('grade'),
      formula(
        `IF(${rounded}>=${a!.ikm[0]},"A",IF(${rounded}>=${b!.ikm[0]},"B",IF(${rounded}>=${cBand!.ikm[0]},"C","D")))`,
        score.ikm.quality,
      ),
    ],
    [
      t('performance'),
      formula(
        `IF(${rounded}>=${a!.ikm[0]},"${a!.performance[lang]}",IF(${rounded}>=${b!.ikm[0]},"${b!.performance[lang]}",IF(${rounded}>=${cBand!.ikm[0]},"${cBand!.performance[lang]}","${IKM_BANDS[3]!.performance[lang]}")))`,
        score.ikm.performance?.[lang] ?? null,
      ),
    ],
  ];
  totals.forEach(([label, value], k) => {
    ws.getCell(`B${s + k}`).value = label;
    ws.getCell(`B${s + k}`).font = { bold: true };
    ws.getCell(`C${s + k}`).value = value;
  });
  ws.getColumn(2).width = 42;
  for (let k = 3; k <= headers.length; k++) ws.getColumn(k).width = 16;
  for (const k of [5, 6, 7, 11]) ws.getColumn(k).numFmt = '0.0000';
  for (const k of [8, 12, 13, 14]) ws.getColumn(k).numFmt = '0.00';
  ws.getCell(`C${s + 1}`).numFmt = '0.0000';
  ws.getCell(ikmCell).numFmt = '0.00';

  // Sheet 3: the regulation's conversion table.
  const bands = wb.addWorksheet(t('bands'));
  bands.addRow(['NRR', 'IKM', t('grade'), t('performance')]).font = { bold: true };
  for (const band of IKM_BANDS)
    bands.addRow([`${band.nrr[0]} – ${band.nrr[1]}`, `${band.ikm[0]} – ${band.ikm[1]}`, band.grade, band.performance[lang]]);
  bands.addRow([]);
  bands.addRow([t('basis')]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

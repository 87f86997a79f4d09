import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { formatDecimal } from '../../shared/format';
import { errorMessage } from '../../shared/i18n/errors';
import { AppError } from '../platform/errors';
import { readTable } from '../platform/imports/parse';
import { computeIkm, isLikertValue } from '../modules/surveys/ikm';

/** An element column: `U1`, `U2`, … (any case); every other column is ignored. */
const ELEMENT_HEADER = /^u\d+$/i;
const MAX_ROWS = 1_000_000;
const MAX_ERRORS_SHOWN = 20;

export interface IkmFileResult {
  respondents: number;
  elements: { code: string; answers: number; nrr: number | null; index: number | null }[];
  weightedNrr: number | null;
  ikm: number | null;
  quality: string | null;
  performance: string | null;
}

/** A problem in the file, bilingual like every CLI message. */
export class IkmFileError extends Error {}

/**
 * Computes the IKM of a CSV or XLSX file of answers: one row per respondent, one column per
 * element (`U1`…`Un`, values 1–4, empty = not answered), in the file's own column order.
 * Reads the file the way imports do (delimiter and encoding detected, type checked by content).
 * Needs no database.
 */
export async function ikmOfFile(file: string): Promise<IkmFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new IkmFileError(`Berkas tidak dapat dibuka / cannot open the file: ${file}`);
  }
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(bytes, path.basename(file), 'id', MAX_ROWS);
  } catch (error) {
    if (error instanceof AppError) throw new IkmFileError(errorMessage('id', error.code, error.options.params));
    throw error;
  }
  const columns = table.headers.map((h, index) => ({ code: h.trim().toUpperCase(), index })).filter((c) => ELEMENT_HEADER.test(c.code));
  if (!columns.length) {
    throw new IkmFileError('Tidak ada kolom unsur (U1, U2, …) di baris judul. / No element columns (U1, U2, …) in the header row.');
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.code)) throw new IkmFileError(`Kolom ${c.code} muncul dua kali. / Column ${c.code} appears twice.`);
    seen.add(c.code);
  }
  const problems: string[] = [];
  const rows: Record<string, number | null>[] = [];
  for (const { row, cells } of table.rows) {
    const answers: Record<string, number | null> = {};
    for (const c of columns) {
      const cell = cells[c.index];
      const text = cell === undefined ? '' : String(cell).trim();
      if (text === '') {
        answers[c.code] = null;
        continue;
      }
      const value = Number(text);
      if (!isLikertValue(value)) {
        problems.push(`baris/row ${row}, ${c.code}: "${text}" bukan 1–4 / is not 1–4`);
        continue;
      }
      answers[c.code] = value;
    }
    rows.push(answers);
  }
  if (problems.length) {
    const more = problems.length > MAX_ERRORS_SHOWN ? `\n… (+${problems.length - MAX_ERRORS_SHOWN})` : '';
    throw new IkmFileError(
      `Nilai di luar skala 1–4, indeks tidak dihitung. / Values outside the 1–4 scale; no index computed.\n${problems.slice(0, MAX_ERRORS_SHOWN).join('\n')}${more}`,
    );
  }
  const result = computeIkm(
    columns.map((c) => c.code),
    rows,
  );
  return {
    respondents: result.respondents,
    elements: result.elements.map((e) => ({ code: e.code, answers: e.answers, nrr: e.nrr, index: e.index })),
    weightedNrr: result.weightedNrr,
    ikm: result.ikm,
    quality: result.quality,
    performance: result.performance?.id ?? null,
  };
}

/** `simpul ikm --file RESPONSES.csv [--json]`: the index of a file of answers, unrounded in JSON. */
export function ikmCommand(program: Command) {
  program
    .command('ikm')
    .description('hitung IKM (PermenPANRB 14/2017) dari berkas jawaban / compute the satisfaction index of a file of answers')
    .requiredOption(
      '--file <file>',
      'CSV atau XLSX: kolom U1…Un bernilai 1–4, kosong = tidak dijawab / columns U1…Un, 1–4, empty = missing',
    )
    .option('--json', 'JSON output')
    .action(async (opts: { file: string; json?: boolean }) => {
      const result = await ikmOfFile(opts.file);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const fmt = (v: number | null, d = 2) => (v === null ? '—' : formatDecimal(v, d));
      process.stdout.write(`Responden / respondents: ${result.respondents}\n`);
      for (const e of result.elements) {
        process.stdout.write(
          `${e.code.padEnd(4)} jawaban ${String(e.answers).padStart(6)}  NRR ${fmt(e.nrr, 4).padStart(7)}  indeks ${fmt(e.index).padStart(6)}\n`,
        );
      }
      process.stdout.write(`NRR tertimbang / weighted NRR: ${fmt(result.weightedNrr, 4)}\n`);
      process.stdout.write(`IKM: ${fmt(result.ikm)}  mutu ${result.quality ?? '—'} (${result.performance ?? '—'})\n`);
    });
}

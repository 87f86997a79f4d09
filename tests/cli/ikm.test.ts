import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/ikm');

interface Output {
  respondents: number;
  elements: { code: string; answers: number; nrr: number | null; index: number | null }[];
  weightedNrr: number | null;
  ikm: number | null;
  quality: string | null;
  performance: string | null;
}

/** `simpul ikm --file … --json` as an operator runs it: no database, no data folder. */
async function ikm(file: string): Promise<Output> {
  const { stdout } = await run('node', ['bin/simpul.mjs', 'ikm', '--file', file, '--json'], {
    cwd: ROOT,
    env: { ...process.env, SIMPUL_DATA_DIR: path.join(os.tmpdir(), 'simpul-ikm-no-such-dir') },
  });
  return JSON.parse(stdout) as Output;
}

async function ikmFails(file: string): Promise<string> {
  try {
    await run('node', ['bin/simpul.mjs', 'ikm', '--file', file, '--json'], { cwd: ROOT });
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    expect(e.code).toBe(1);
    expect(e.stdout).toBe('');
    return e.stderr;
  }
  throw new Error(`expected ${file} to be refused`);
}

const round2 = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 100 + 1e-9)) / 100;

/** A naive reading of a fixture, independent of the application's parser: sums and counts per element. */
function tally(file: string) {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  const delimiter = lines[0]!.includes(';') ? ';' : ',';
  const headers = lines[0]!.split(delimiter);
  const out = new Map<string, { sum: number; count: number }>();
  for (const h of headers) if (/^U\d+$/.test(h)) out.set(h, { sum: 0, count: 0 });
  for (const line of lines.slice(1)) {
    line.split(delimiter).forEach((cell, i) => {
      const t = out.get(headers[i]!);
      if (t && cell !== '') {
        t.sum += Number(cell);
        t.count++;
      }
    });
  }
  return out;
}

describe('simpul ikm', () => {
  it('prints the documented shape; excludes missing answers and shows their count', async () => {
    const out = await ikm(path.join(FIXTURES, 'missing.csv'));
    expect(Object.keys(out)).toEqual(['respondents', 'elements', 'weightedNrr', 'ikm', 'quality', 'performance']);
    // By hand: the row with no answers is no respondent; U1 13/4, U2 11/3, U3 6/2, U4 5/3.
    expect(out.respondents).toBe(4);
    expect(out.elements.map((e) => [e.code, e.answers])).toEqual([
      ['U1', 4],
      ['U2', 3],
      ['U3', 2],
      ['U4', 3],
    ]);
    expect(out.elements[1]!.nrr).toBeCloseTo(11 / 3, 12);
    expect(out.elements[1]!.index).toBeCloseTo((11 / 3) * 25, 10);
    const weighted = (13 / 4 + 11 / 3 + 6 / 2 + 5 / 3) / 4;
    expect(out.weightedNrr).toBeCloseTo(weighted, 12);
    expect(out.ikm).toBeCloseTo(weighted * 25, 10); // 72,40
    expect(out).toMatchObject({ quality: 'C', performance: 'Kurang baik' });
  });

  it('computes a single respondent, all-1 and all-4', { timeout: 60_000 }, async () => {
    const single = await ikm(path.join(FIXTURES, 'single.csv'));
    // 4+3+3+2+4+3+3+4+2 = 28 over 9 elements: 28/9 × 25 = 77,78 (B).
    expect(single.respondents).toBe(1);
    expect(single.ikm).toBeCloseTo((28 / 9) * 25, 10);
    expect(single.quality).toBe('B');
    expect(await ikm(path.join(FIXTURES, 'all-1.csv'))).toMatchObject({ respondents: 12, weightedNrr: 1, ikm: 25, quality: 'D' });
    expect(await ikm(path.join(FIXTURES, 'all-4.csv'))).toMatchObject({ ikm: 100, quality: 'A', performance: 'Sangat baik' });
  });

  it('grades the band edges as the regulation does', { timeout: 120_000 }, async () => {
    // Every respondent answers every element, so IKM = Σ answers / (elements × respondents) × 25:
    // 6.499/2.500 → 64,99 D; 13/5 → 65,00 C; 383/125 → 76,60 C; 7.661/2.500 → 76,61 B;
    // 883/250 → 88,30 B; 8.831/2.500 → 88,31 A.
    const edges: [string, number, string][] = [
      ['edge-64_99.csv', 64.99, 'D'],
      ['edge-65_00.csv', 65.0, 'C'],
      ['edge-76_60.csv', 76.6, 'C'],
      ['edge-76_61.csv', 76.61, 'B'],
      ['edge-88_30.csv', 88.3, 'B'],
      ['edge-88_31.csv', 88.31, 'A'],
    ];
    for (const [file, expected, grade] of edges) {
      const totals = [...tally(path.join(FIXTURES, file)).values()];
      const sum = totals.reduce((t, e) => t + e.sum, 0);
      const cells = totals.reduce((t, e) => t + e.count, 0);
      const byHand = (sum / cells) * 25;
      expect(round2(byHand), file).toBe(expected);
      const out = await ikm(path.join(FIXTURES, file));
      expect(out.ikm, file).toBeCloseTo(byHand, 9);
      expect(round2(out.ikm!), file).toBe(expected);
      expect(out.quality, file).toBe(grade);
    }
  });

  it('reads an XLSX file the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Jawaban');
    sheet.addRow(['Responden', 'U1', 'U2']);
    sheet.addRow(['A', 4, 3]);
    sheet.addRow(['B', 2, null]);
    const file = path.join(os.tmpdir(), `ikm-${process.pid}.xlsx`);
    await workbook.xlsx.writeFile(file);
    const out = await ikm(file);
    // U1 (4+2)/2 = 3; U2 3/1 = 3 → 75.
    expect(out).toMatchObject({ respondents: 2, ikm: 75, quality: 'C' });
    expect(out.elements[1]).toMatchObject({ code: 'U2', answers: 1 });
    fs.rmSync(file);
  });

  it('refuses values outside 1–4 naming row and column, and a file without element columns', { timeout: 60_000 }, async () => {
    const bad = await ikmFails(path.join(FIXTURES, 'bad-values.csv'));
    expect(bad).toContain('baris/row 3, U1: "5"');
    expect(bad).toContain('baris/row 4, U2: "0"');
    expect(bad).toContain('baris/row 5, U2: "x"');
    expect(await ikmFails(path.join(FIXTURES, 'no-elements.csv'))).toContain('No element columns');
    expect(await ikmFails(path.join(FIXTURES, 'does-not-exist.csv'))).toContain('cannot open');
  });
});

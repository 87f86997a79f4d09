import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { devices, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { screenshot, signIn } from './helpers';

/** Answers U1…U9 of the regulation's template: Σ 31 over 9 elements → 31 / 9 × 25 = 86,11 (B). */
const ANSWERS = [4, 3, 3, 4, 3, 3, 4, 4, 3];

async function answerLikert(page: Page, values: number[]) {
  for (const [i, value] of values.entries()) await page.locator(`[data-question="U${i + 1}"] [data-value="${value}"]`).click();
}

/**
 * Opens the workbook in LibreOffice and lets it recompute: every cached formula result is first
 * set to 0, and LibreOffice is told to recalculate on load, so the values it prints can only come
 * from the formulas over the answers. Returns the computation sheet as CSV rows.
 */
async function recomputeWithLibreOffice(file: string): Promise<string[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-sheet-'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let formulas = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | null;
        if (v && typeof v === 'object' && 'formula' in v) {
          cell.value = { formula: v.formula!, result: 0 } as ExcelJS.CellFormulaValue;
          formulas++;
        }
      }),
    ),
  );
  expect(formulas).toBeGreaterThan(40);
  const zeroed = path.join(dir, 'perhitungan.xlsx');
  await wb.xlsx.writeFile(zeroed);
  // A private LibreOffice profile whose only setting is "always recalculate OOXML files on load".
  fs.mkdirSync(path.join(dir, 'profile/user'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'profile/user/registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      zeroed,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  );
  const csv = fs.readFileSync(path.join(dir, 'perhitungan-Perhitungan.csv'), 'utf8');
  return csv.split('\n').map((line) => line.split(','));
}

test('a new survey: answered on a phone, the index updates, the computation sheet recomputes it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const code = `UJI-${Date.now()}`;
  await signIn(page, 'staf@simpul.demo');
  await page.goto('/survei');
  await page.getByTestId('new-survey').click();
  await page.getByTestId('survey-code').fill(code);
  await page.getByTestId('survey-title').fill('Survei kepuasan layanan wawancara media');
  // A new survey starts from the regulation's nine elements.
  await expect(page.locator('[data-element-editor="U9"]')).toBeVisible();
  await screenshot(page, 'survey-builder');
  await page.getByTestId('save-survey').click();
  await expect(page.getByTestId('public-link')).toBeVisible();
  const link = await page.getByTestId('public-link').inputValue();
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

  // The respondent: a phone, no account, English.
  const phone = await browser.newContext({ ...devices['Pixel 7'], locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const mobile = await phone.newPage();
  await mobile.goto(link);
  await expect(mobile.getByRole('heading', { name: 'Survei kepuasan layanan wawancara media' })).toBeVisible();
  await mobile.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(mobile.getByText('How easy is the service procedure here?')).toBeVisible();
  await answerLikert(mobile, ANSWERS);
  // Without consent nothing is sent; the reason is shown in the respondent's language.
  await mobile.getByTestId('respond-submit').click();
  await expect(mobile.getByText('Please agree to the notice before sending.')).toBeVisible();
  await screenshot(mobile, 'survey-respond-phone', true);
  await mobile.getByTestId('respond-consent').check();
  await mobile.getByTestId('respond-submit').click();
  await expect(mobile.getByTestId('respond-thanks')).toBeVisible();
  await screenshot(mobile, 'survey-respond-thanks');
  await phone.close();

  // The index updates.
  await page.reload();
  await expect(page.getByTestId('survey-ikm-value')).toHaveText('86,11');
  await expect(page.getByTestId('survey-grade')).toHaveText('B · Baik');
  await expect(page.getByTestId('index-U1')).toHaveText('100,00');
  await screenshot(page, 'survey-results-new', true);

  // The computation sheet, as an auditor would check it.
  await page.getByTestId('downloads').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-computation').click()]);
  const file = path.join(os.tmpdir(), `perhitungan-${code}.xlsx`);
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe(`perhitungan-${code}.xlsx`);
  const rows = await recomputeWithLibreOffice(file);
  const ikm = rows.find((r) => r[1]?.startsWith('IKM'));
  expect(Number(ikm?.[2])).toBeCloseTo((31 / 9) * 25, 9);
  expect(rows.find((r) => r[1] === 'Mutu pelayanan')?.[2]).toBe('B');
  expect(rows.find((r) => r[0] === 'U1')?.slice(2, 5)).toEqual(['4', '1', '4']);
});

test('a personal invitation answers once; the 2021 demo survey shows 76,64 with its diagram and breakdown', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'koordinator@simpul.demo');
  await page.goto('/survei/baru');
  await page.getByTestId('survey-code').fill(`UND-${Date.now()}`);
  await page.getByTestId('survey-title').fill('Survei dengan undangan pribadi');
  await expect(page.locator('[data-element-editor="U9"]')).toBeVisible();
  await page.getByTestId('save-survey').click();
  await page.getByRole('button', { name: 'Buat undangan' }).click();
  const links = (await page.getByTestId('invitation-links').textContent())!.split('\n');
  expect(links).toHaveLength(10);
  expect(new Set(links).size).toBe(10);
  const guest = await browser.newContext({ ...devices['Pixel 7'], locale: 'id-ID' });
  const respondent = await guest.newPage();
  await respondent.goto(links[0]!);
  await answerLikert(respondent, ANSWERS);
  await respondent.getByTestId('respond-consent').check();
  await respondent.getByTestId('respond-submit').click();
  await expect(respondent.getByTestId('respond-thanks')).toBeVisible();
  await respondent.goto(links[0]!);
  await expect(respondent.getByTestId('respond-unavailable')).toHaveText('Undangan ini sudah dipakai untuk menjawab. Terima kasih.');
  await guest.close();

  await page.goto('/survei');
  await page.getByRole('link', { name: 'IKM-MEDIA-2021' }).click();
  await expect(page.getByTestId('survey-ikm-value')).toHaveText('76,64');
  await expect(page.getByTestId('survey-grade')).toHaveText('B · Baik');
  await expect(page.getByTestId('cartesian-chart')).toBeVisible();
  await expect(page.locator('[data-testid="breakdown-table"] [data-group="p"]')).toContainText('41');
  await expect(page.getByTestId('survey-previous')).toContainText('2020: 72,45 (C)');
  await screenshot(page, 'survey-results-demo', true);
});

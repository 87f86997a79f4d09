import ExcelJS from 'exceljs';
import { expect, type Page, test } from '@playwright/test';
import { openFromNav, screenshot, signIn } from './helpers';

/**
 * Every media list downloads as a workbook holding what the screen shows (spec 90: exports of every
 * list, with the filters applied). Read-only: the demo's 2021 records are the rows.
 */

async function download(page: Page, name: string | RegExp, scope = page.locator('body')) {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByRole('link', { name, exact: true }).click()]);
  const bytes = await (await file.createReadStream()).toArray();
  return { name: file.suggestedFilename(), bytes: Buffer.concat(bytes) };
}

async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test.describe('media list exports', () => {
  test('the interview requests of 2021, narrowed by status, download as a workbook', async ({ page }) => {
    await signIn(page, 'staf@simpul.demo');
    await openFromNav(page, 'Permohonan wawancara');
    await page.getByRole('combobox', { name: 'Tahun', exact: true }).click();
    await page.getByRole('option', { name: '2021', exact: true }).click();
    await expect(page.getByTestId('followup-count')).toContainText('58 dari 88');
    await page.getByRole('combobox', { name: 'Status', exact: true }).click();
    await page.getByRole('option', { name: 'Dipenuhi', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('Dipenuhi');
    await expect(page.getByTestId('interviews-table').getByText('Tidak dipenuhi', { exact: true })).toHaveCount(0);
    await screenshot(page, 'media-exports-interviews');
    const file = await download(page, 'Unduh XLSX');
    expect(file.name).toBe('Permintaan wawancara.xlsx');
    const rows = await sheetRows(file.bytes);
    expect(rows[0]!.slice(0, 2)).toEqual(['Nomor', 'Diterima']);
    // The 58 fulfilled requests of 2021, and each of them fulfilled.
    expect(rows).toHaveLength(59);
    expect(new Set(rows.slice(1).map((r) => r[9]))).toEqual(new Set(['Dipenuhi']));
  });

  test("the year's press releases, the journalists and the coverage found download as workbooks", async ({ page }) => {
    await signIn(page, 'staf@simpul.demo');
    await openFromNav(page, 'Siaran pers');
    const releases = await sheetRows((await download(page, 'Unduh XLSX')).bytes);
    // 48 press releases and 18 clarifications in 2021 (spec 30).
    expect(releases).toHaveLength(67);
    expect(releases.slice(1).filter((r) => r[0] === 'Siaran pers')).toHaveLength(48);

    await openFromNav(page, 'Kontak media');
    const shown = Number(((await page.getByText(/^[\d.]+ wartawan$/).textContent()) ?? '').replace(/\D/g, ''));
    await screenshot(page, 'media-exports-contacts');
    const journalists = await sheetRows((await download(page, 'Unduh XLSX')).bytes);
    expect(journalists[0]!.slice(0, 3)).toEqual(['Nama', 'Media', 'Desk']);
    expect(journalists).toHaveLength(shown + 1);

    await openFromNav(page, 'Peliputan');
    await page.getByLabel('Cari kegiatan atau tempat').fill('pangan');
    const found = Number(((await page.getByTestId('coverage-count').textContent()) ?? '').replace(/\D/g, ''));
    expect(found).toBeGreaterThan(0);
    await screenshot(page, 'media-exports-coverage');
    const coverage = await sheetRows((await download(page, 'Unduh XLSX')).bytes);
    // The requests the search left on screen, every one of them about food.
    expect(coverage).toHaveLength(found + 1);
    for (const r of coverage.slice(1)) expect(`${r[1]} ${r[4] ?? ''}`.toLowerCase()).toContain('pangan');
  });
});

import { expect, type Page, test } from '@playwright/test';
import { openFromNav, signIn } from './helpers';

async function workingDaysOfQ1(page: Page): Promise<number> {
  const text = await page.getByTestId('quarter-1').textContent();
  return Number(/(\d+) hari kerja/.exec(text ?? '')?.[1]);
}

test('the planner adds a holiday, which removes a working day from Triwulan I, then removes it again', async ({ page }) => {
  await signIn(page, 'perencana@simpul.demo');
  await openFromNav(page, 'Kalender kerja');
  await page.getByRole('combobox', { name: 'Tahun' }).click();
  await page.getByRole('option', { name: '2021' }).click();
  await expect(page.getByRole('heading', { name: 'Hari libur 2021' })).toBeVisible();
  await expect(page.getByTestId('quarter-1')).toContainText('Triwulan I');
  const before = await workingDaysOfQ1(page);
  expect(before).toBeGreaterThan(50);

  // Thursday 14 January 2021 is an ordinary working day.
  await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hari libur baru' });
  await dialog.getByRole('button', { name: 'Tanggal' }).click();
  await page.getByRole('button', { name: '14 Januari 2021', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Tanggal' })).toHaveText('14 Januari 2021');
  await dialog.getByRole('textbox', { name: 'Keterangan' }).fill('Libur uji peramban');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId('holidays-table').getByRole('row', { name: /Libur uji peramban/ });
  await expect(row).toContainText('14 Januari 2021');
  await expect.poll(() => workingDaysOfQ1(page)).toBe(before - 1);

  await row.getByRole('button', { name: 'Hapus Libur uji peramban' }).click();
  await page.getByRole('dialog', { name: 'Hapus' }).getByRole('button', { name: 'Hapus' }).click();
  await expect(row).toHaveCount(0);
  await expect.poll(() => workingDaysOfQ1(page)).toBe(before);
});

import { expect, test } from '@playwright/test';
import { openFromNav, screenshot, signIn } from './helpers';

test('admin creates a unit, sees it in the tree, then finds its creation in the audit trail and exports it', async ({ page }) => {
  const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
  await signIn(page, 'admin@simpul.demo');
  await openFromNav(page, 'Unit kerja');
  await expect(page.getByTestId('units-table')).toContainText('BKSHM-HUMAS');
  await screenshot(page, 'units');

  await page.getByRole('button', { name: 'Tambah unit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Unit baru' });
  await dialog.getByRole('textbox', { name: 'Kode', exact: true }).fill(code);
  await dialog.getByRole('textbox', { name: 'Nama', exact: true }).fill('Kelompok Uji Peramban');
  await dialog.getByRole('textbox', { name: 'Nama dalam bahasa Inggris' }).fill('Browser Test Group');
  await dialog.getByRole('combobox', { name: 'Jenis' }).click();
  await page.getByRole('option', { name: 'Kelompok substansi' }).click();
  await dialog.getByRole('combobox', { name: 'Induk' }).fill('BKSHM —');
  await page.getByRole('option', { name: /^BKSHM — Biro Kerja Sama/ }).click();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  // The new unit sits in the tree under the bureau.
  const row = page.locator(`tr[data-unit-code="${code}"]`);
  await expect(row).toContainText('Kelompok Uji Peramban');
  await expect(row).toContainText('Kelompok substansi');
  await expect(row.getByRole('cell').nth(3)).toHaveText('BKSHM');

  // Editing: the name changes in place.
  await row.getByRole('button', { name: 'Ubah Kelompok Uji Peramban' }).click();
  const edit = page.getByRole('dialog', { name: `Ubah unit ${code}` });
  await edit.getByRole('textbox', { name: 'Nama', exact: true }).fill('Kelompok Uji Peramban Baru');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Kelompok Uji Peramban Baru');

  await openFromNav(page, 'Jejak audit');
  await page.getByRole('combobox', { name: 'Jenis data' }).click();
  await page.getByRole('option', { name: 'Unit', exact: true }).click();
  await page.getByRole('combobox', { name: 'Tindakan' }).click();
  await page.getByRole('option', { name: 'Tambah', exact: true }).click();
  const first = page.getByTestId('audit-table').locator('tbody tr').first();
  await expect(first).toHaveAttribute('data-entity', 'unit');
  await expect(first).toHaveAttribute('data-action', 'create');
  await expect(first).toContainText(code);
  await expect(first).toContainText('admin@simpul.demo');
  await screenshot(page, 'audit');

  // The export button carries the filters; the file is a real workbook.
  const href = await page.getByTestId('audit-export').getAttribute('href');
  expect(href).toMatch(/^\/api\/audit\/export\?/);
  const params = new URL(href!, 'http://x').searchParams;
  expect(params.get('format')).toBe('xlsx');
  expect(params.get('entityType')).toBe('unit');
  expect(params.get('action')).toBe('create');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('spreadsheetml');
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK'); // a zip container

  // The entry's details show the unit as it was recorded.
  await first.getByRole('button').click();
  await expect(page.getByRole('dialog')).toContainText(`"code": "${code}"`);
});

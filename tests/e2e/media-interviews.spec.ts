import { expect, test } from '@playwright/test';
import { openFromNav, screenshot, signIn } from './helpers';

/**
 * A request that came by phone, recorded by staff from the media contacts: picking the journalist
 * fills in the outlet and the contact, and the request is linked to their record.
 */
test('staf records a phoned-in request for a journalist picked from the media contacts', async ({ page }) => {
  const topic = `Penarikan sirup obat batuk ${Date.now().toString(36)}`;
  await signIn(page, 'staf@simpul.demo');
  await openFromNav(page, 'Permohonan wawancara');
  await page.getByRole('button', { name: 'Catat permohonan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Catat permohonan' });
  const picker = dialog.getByRole('combobox', { name: 'Ambil dari kontak media (opsional)' });
  await picker.fill('Arif Sir');
  await page.getByRole('option', { name: /^Arif Siregar — / }).click();
  // The contact's outlet and e-mail come along, each still editable.
  await expect(dialog.getByLabel(/^Wartawan/)).toHaveValue('Arif Siregar');
  await expect(dialog.getByLabel(/^Media/).first()).toHaveValue('Suara Nusantara Daring');
  await expect(dialog.getByLabel('Surel')).toHaveValue(/^arif\.siregar@/);
  await dialog.getByRole('combobox', { name: 'Diterima melalui', exact: true }).click();
  await page.getByRole('option', { name: 'Telepon', exact: true }).click();
  await dialog.getByLabel(/^Topik/).fill(topic);
  await screenshot(page, 'media-interview-from-contacts');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Cari topik, media, atau nomor').fill(topic);
  await page.getByRole('row').filter({ hasText: topic }).getByRole('link').click();
  await expect(page.getByText('Arif Siregar · tercatat di kontak media')).toBeVisible();
});

import fs from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { contrastViolations } from './contrast';
import { openFromNav, screenshot, signIn } from './helpers';

/**
 * Kontak media (spec 30, personal data per spec 90 / UU 27/2022): staff add an outlet and a
 * journalist with consent and correct them; bad input is named and saves nothing; the coordinator
 * shows and downloads a person's data, restricts its processing and erases it; an auditor reads
 * everything and changes nothing.
 */

const STAMP = Date.now().toString(36);
const OUTLET = `Warta Uji Kontak ${STAMP}`;
const JOURNALIST = `Ratna Uji ${STAMP}`;
const EMAIL = `ratna.${STAMP}@wartauji.example`;
const OUTLET_2 = `Kabar Uji Hapus ${STAMP}`;
const JOURNALIST_2 = `Yudha Uji ${STAMP}`;
const EMAIL_2 = `yudha.${STAMP}@kabaruji.example`;

async function openContacts(page: Page) {
  await openFromNav(page, 'Kontak media');
  await expect(page.getByRole('heading', { name: 'Kontak media', level: 1 })).toBeVisible();
  await expect(page.getByTestId('journalists-table')).toBeVisible();
}

function journalistRow(page: Page, text: string): Locator {
  return page.getByTestId('journalist-row').filter({ hasText: text });
}

/** A field by its whole label (a required field's label ends in an asterisk). */
function field(scope: Locator | Page, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

async function chooseOption(dialog: Locator, label: string, option: string) {
  await field(dialog, label).click();
  await dialog.page().getByRole('option', { name: option, exact: true }).click();
}

async function addOutlet(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Media' }).click();
  await page.getByRole('button', { name: 'Tambah media' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah media' });
  await dialog.getByLabel('Nama media').fill(name);
  await chooseOption(dialog, 'Jenis media', 'Cetak');
  await dialog.getByLabel('Wilayah').fill('Bandung');
  await dialog.getByLabel('Situs web').fill('https://wartauji.example');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('outlet-row').filter({ hasText: name })).toContainText('Cetak');
}

/** WCAG AA contrast of every text shown, with the pointer off the navigation (a hovered link is not what is measured). */
async function expectContrast(page: Page) {
  await page.mouse.move(640, 5);
  expect(await contrastViolations(page)).toEqual([]);
}

async function journalistCount(page: Page, q: string): Promise<number> {
  const res = await page.request.get(`/api/media/journalists?anonymized=1&q=${encodeURIComponent(q)}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).items.length;
}

test.describe('media contacts (kontak media)', () => {
  test.describe.configure({ mode: 'serial' });

  test('staf adds an outlet and a journalist with consent, corrects the journalist, and finds them in the list', async ({ page }) => {
    await signIn(page, 'staf@simpul.demo');
    await openContacts(page);
    await addOutlet(page, OUTLET);
    await screenshot(page, 'media-contacts-outlets');

    // The same outlet again: the server names the clash under the field.
    await page.getByRole('button', { name: 'Tambah media' }).click();
    const again = page.getByRole('dialog', { name: 'Tambah media' });
    await again.getByLabel('Nama media').fill(OUTLET);
    await again.getByRole('button', { name: 'Simpan' }).click();
    await expect(again.getByText(`${OUTLET} sudah dipakai.`).first()).toBeVisible();
    await again.getByRole('button', { name: 'Batal' }).click();
    await expect(page.getByTestId('outlet-row').filter({ hasText: OUTLET })).toHaveCount(1);

    await page.getByRole('tab', { name: 'Wartawan' }).click();
    await page.getByRole('button', { name: 'Tambah wartawan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah wartawan' });
    await field(dialog, 'Nama').fill(JOURNALIST);
    await field(dialog, 'Media').fill(OUTLET.slice(0, 16));
    await page.getByRole('option', { name: OUTLET }).click();
    // The outlet's medium and region come along.
    await expect(dialog.getByLabel('Jenis media')).toHaveValue('Cetak');
    await expect(dialog.getByLabel('Wilayah')).toHaveValue('Bandung');
    await dialog.getByLabel('Surel').fill(EMAIL);
    await dialog.getByLabel('Telepon').fill('+62 812 3456 7890');
    await expect(dialog.getByLabel('Dasar pemrosesan')).toHaveValue('Persetujuan');
    // The current privacy notice version is offered; the moment of consent is typed.
    await expect(dialog.getByLabel('Versi pemberitahuan privasi')).not.toHaveValue('');
    await dialog.getByLabel('Versi pemberitahuan privasi').fill('2026-1');
    await dialog.getByLabel('Waktu persetujuan').fill('2026-01-05T10:30');
    await screenshot(page, 'media-contacts-journalist-form');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();

    const row = journalistRow(page, JOURNALIST);
    await expect(row).toContainText(OUTLET);
    await expect(row).toContainText(EMAIL);
    await expect(row).toContainText('Persetujuan');
    await expect(row).toContainText('5 Januari 2026 · versi 2026-1');

    await row.getByRole('button', { name: `Ubah ${JOURNALIST}` }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah wartawan' });
    await expect(edit.getByLabel('Surel')).toHaveValue(EMAIL);
    await expect(edit.getByLabel('Waktu persetujuan')).toHaveValue('2026-01-05T10:30');
    await edit.getByLabel('Desk/bidang liputan').fill('Kesehatan');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await expect(edit).toBeHidden();
    await expect(journalistRow(page, JOURNALIST)).toContainText('Kesehatan');

    // Searching by the outlet finds them.
    await page.getByLabel('Cari nama, desk, atau media').fill(OUTLET);
    await expect(page.getByTestId('journalist-row')).toHaveCount(1);
    await expect(page.getByText('1 wartawan', { exact: true })).toBeVisible();
    await screenshot(page, 'media-contacts-journalists');
  });

  test('bad input names the problem in Indonesian and saves nothing', async ({ page }) => {
    await signIn(page, 'staf@simpul.demo');
    await openContacts(page);
    const before = await journalistCount(page, 'bukan-surel');
    await page.getByRole('button', { name: 'Tambah wartawan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah wartawan' });
    await dialog.getByLabel('Surel').fill('bukan-surel');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Data yang dikirim tidak valid. Periksa isian yang ditandai.');
    await expect(dialog.getByText('Minimal 1 karakter.')).toBeVisible();
    await expect(dialog.getByText('Format tidak valid: harus alamat surel.')).toBeVisible();
    await screenshot(page, 'media-contacts-bad-input');

    // A name and a good address, but consent without its moment: the consent rule, in Indonesian only.
    await field(dialog, 'Nama').fill(`Tanpa Waktu ${STAMP}`);
    await dialog.getByLabel('Surel').fill(`tanpa.${STAMP}@contoh.example`);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog.getByText('Persetujuan perlu waktu dan versi pemberitahuan.', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Batal' }).click();

    expect(await journalistCount(page, 'bukan-surel')).toBe(before);
    expect(await journalistCount(page, `Tanpa Waktu ${STAMP}`)).toBe(0);
  });

  test('the coordinator shows and downloads a person’s data, restricts it, and anonymizes the record', async ({ page }) => {
    await signIn(page, 'koordinator@simpul.demo');
    await openContacts(page);
    await addOutlet(page, OUTLET_2);
    await page.getByRole('tab', { name: 'Wartawan' }).click();
    await page.getByRole('button', { name: 'Tambah wartawan' }).click();
    const form = page.getByRole('dialog', { name: 'Tambah wartawan' });
    await field(form, 'Nama').fill(JOURNALIST_2);
    await field(form, 'Media').fill(OUTLET_2.slice(0, 14));
    await page.getByRole('option', { name: OUTLET_2 }).click();
    await form.getByLabel('Surel').fill(EMAIL_2);
    await chooseOption(form, 'Dasar pemrosesan', 'Tugas pelayanan publik');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(form).toBeHidden();

    await page.getByRole('combobox', { name: 'Media', exact: true }).click();
    await page.getByRole('option', { name: OUTLET_2 }).click();
    const row = journalistRow(page, JOURNALIST_2);
    await expect(row).toContainText('Tugas pelayanan publik');
    await row.getByRole('button', { name: `Data pribadi ${JOURNALIST_2}` }).click();

    const dialog = page.getByRole('dialog', { name: `Data pribadi: ${JOURNALIST_2}` });
    await expect(dialog.getByTestId('personal-record')).toContainText(EMAIL_2);
    await expect(dialog.getByTestId('personal-record')).toContainText(OUTLET_2);
    await expect(dialog.getByTestId('personal-history')).toContainText('Dicatat');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Unduh data (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^data-pribadi-yudha-uji-.*\.json$/);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported.person.email).toBe(EMAIL_2);
    expect(exported.person.legalBasis).toBe('public_task');
    expect(Array.isArray(exported.history)).toBe(true);

    await dialog.getByRole('button', { name: 'Batasi pemrosesan' }).click();
    await expect(dialog.getByTestId('restricted-note')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cabut pembatasan' })).toBeVisible();
    await expect(row.getByTestId('state-restricted')).toHaveText('Dibatasi');
    // Shown again after the change: the earlier opening and the restriction are in the history now.
    await expect(dialog.getByTestId('personal-history')).toContainText('Dibuka/diekspor');
    await expect(dialog.getByTestId('personal-history')).toContainText('Diubah');

    await dialog.getByRole('button', { name: 'Anonimkan (hapus data pribadi)' }).click();
    const confirm = dialog.getByTestId('anonymize-confirm');
    await expect(confirm).toContainText(`Anonimkan data ${JOURNALIST_2}?`);
    await expect(confirm).toContainText('Nama diganti menjadi "Anonim"');
    await expect(confirm).toContainText('tidak dapat dibatalkan');
    await expectContrast(page);
    await screenshot(page, 'media-contacts-anonymize-confirm');
    await confirm.getByRole('button', { name: 'Ya, anonimkan' }).click();

    const after = page.getByRole('dialog', { name: 'Data pribadi: Anonim' });
    await expect(after.getByTestId('anonymized-note')).toBeVisible();
    await expect(after.getByTestId('personal-record')).not.toContainText(EMAIL_2);
    await expect(after.getByRole('button', { name: 'Anonimkan (hapus data pribadi)' })).toHaveCount(0);
    await expect(page.getByText(`Data pribadi ${JOURNALIST_2} sudah dianonimkan.`)).toBeVisible();
    await screenshot(page, 'media-contacts-anonymized');
    await after.getByRole('button', { name: 'Tutup' }).click();

    // The list now includes anonymized records and shows this one so, with no edit control left.
    await expect(page.getByLabel('Tampilkan yang sudah dianonimkan')).toBeChecked();
    const anonymous = page.getByTestId('journalist-row');
    await expect(anonymous).toHaveCount(1);
    await expect(anonymous).toContainText('Anonim');
    await expect(anonymous).not.toContainText(JOURNALIST_2);
    await expect(anonymous.getByTestId('state-anonymized')).toHaveText('Dianonimkan');
    await expect(anonymous.getByRole('button', { name: /^Ubah / })).toHaveCount(0);
    expect(await journalistCount(page, JOURNALIST_2)).toBe(0);
    await expectContrast(page);
    await screenshot(page, 'media-contacts-anonymized-list');

    // Without the switch, anonymized records are left out.
    await page.getByLabel('Tampilkan yang sudah dianonimkan').click();
    await expect(page.getByText('Tidak ada wartawan yang cocok.')).toBeVisible();
  });

  test('an auditor and the head of the bureau read the contacts without any control; at 390 px too', async ({ page }) => {
    for (const email of ['auditor@simpul.demo', 'kepala@simpul.demo']) {
      await signIn(page, email);
      await openContacts(page);
      await expect(page.getByTestId('journalist-row').first()).toBeVisible();
      await expect(page.getByText('Anda dapat melihat data ini tetapi tidak mengubahnya.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tambah wartawan' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Ubah / })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Data pribadi / })).toHaveCount(0);
      await expect(page.getByTestId('journalists-table').getByRole('columnheader', { name: 'Tindakan' })).toHaveCount(0);
      await expectContrast(page);
      await page.getByRole('tab', { name: 'Media' }).click();
      await expect(page.getByTestId('outlet-row').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tambah media' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Ubah media / })).toHaveCount(0);
      await expectContrast(page);
      if (email === 'auditor@simpul.demo') await screenshot(page, 'media-contacts-auditor');
      await page.context().clearCookies();
    }

    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'auditor@simpul.demo');
    await page.goto('/humas/kontak');
    await expect(page.getByTestId('journalist-row').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'media-contacts-390');
  });

  test('at 390 px the journalist form has one field to a row and fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'staf@simpul.demo');
    await page.goto('/humas/kontak');
    await page.getByRole('button', { name: 'Tambah wartawan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah wartawan' });
    await expect(field(dialog, 'Nama')).toBeVisible();
    const name = (await field(dialog, 'Nama').boundingBox())!;
    const outlet = (await field(dialog, 'Media').boundingBox())!;
    expect(outlet.y).toBeGreaterThan(name.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'media-contacts-form-390');
  });
});

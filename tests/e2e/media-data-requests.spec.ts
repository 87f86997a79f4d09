import { expect, type Page, test } from '@playwright/test';
import { contrastViolations } from './contrast';
import { openFromNav, screenshot, signIn } from './helpers';

/**
 * A person's requests about their data (UU 27/2022, spec 90): the coordinator logs an erasure
 * request that came in 70 hours ago — two hours left of its 3 × 24 — cannot close it as done until
 * the record is anonymized, then closes it on time; the log lists it. Auditors read the log only.
 */

const STAMP = Date.now().toString(36);
const PERSON = `Lestari Uji ${STAMP}`;
const HOUR = 3_600_000;

/** A moment as the Jakarta wall-clock time a `datetime-local` field takes. */
const jakartaField = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 16);

async function addJournalist(page: Page, name: string) {
  const res = await page.request.post('/api/media/journalists', {
    headers: { origin: new URL(page.url()).origin },
    data: {
      name,
      email: `lestari.${STAMP}@uji.example`,
      legalBasis: 'public_task',
      purpose: 'Undangan peliputan',
      retentionUntil: '2030-12-31',
    },
  });
  expect(res.status()).toBe(201);
}

test.describe("a person's data requests", () => {
  test.describe.configure({ mode: 'serial' });

  test('the coordinator logs an erasure request, closes it only once the record is anonymized, on time', async ({ page }) => {
    await signIn(page, 'koordinator@simpul.demo');
    await addJournalist(page, PERSON);
    await openFromNav(page, 'Kontak media');
    await page.getByLabel('Cari nama, desk, atau media').fill(PERSON);
    await page
      .getByTestId('journalist-row')
      .filter({ hasText: PERSON })
      .getByRole('button', { name: `Data pribadi ${PERSON}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Data pribadi: ${PERSON}` });
    const requests = dialog.getByTestId('person-data-requests');
    await expect(requests).toContainText('Belum ada permintaan yang tercatat.');

    await requests.getByRole('button', { name: 'Catat permintaan' }).click();
    const form = requests.getByRole('form', { name: `Catat permintaan ${PERSON}` });
    await form.getByRole('combobox', { name: 'Permintaan', exact: true }).click();
    await page.getByRole('option', { name: 'Penghapusan data', exact: true }).click();
    await form.getByLabel('Waktu diterima (WIB)').fill(jakartaField(Date.now() - 70 * HOUR));
    await form.getByLabel('Rincian (opsional)').fill('Surel 27 November: minta datanya dihapus.');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText(/^Permintaan tercatat\. Tenggat: /)).toBeVisible();

    const row = requests.getByTestId('data-request');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Penghapusan data');
    await expect(row).toContainText('Surel');
    await expect(row.getByTestId('deadline-state')).toHaveText(/^sisa [12] jam$/);

    // Done before the record is anonymized: refused, with the reason under the choice.
    await row.getByRole('button', { name: `Selesaikan permintaan Penghapusan data dari ${PERSON}` }).click();
    const close = requests.getByRole('form', { name: 'Selesaikan permintaan: Penghapusan data' });
    await close.getByRole('button', { name: 'Selesaikan' }).click();
    await expect(close.getByTestId('resolve-error')).toHaveText('Data orang ini belum dianonimkan: anonimkan dulu, lalu tandai selesai');
    await page.mouse.move(640, 5);
    expect(await contrastViolations(page)).toEqual([]);
    await screenshot(page, 'media-data-request-refused-done');
    await close.getByRole('button', { name: 'Batal' }).click();
    await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();

    // The home page tells the coordinator what is open and when it is due.
    await openFromNav(page, 'Beranda');
    const home = page.getByTestId('home-data-requests');
    await expect(home).toContainText(/permintaan data pribadi terbuka/);
    await expect(home).toContainText(`Penghapusan data — ${PERSON}, tenggat`);
    await screenshot(page, 'media-data-requests-home');
    await home.getByRole('link', { name: 'Buka daftar permintaan' }).click();
    await expect(page.getByTestId('data-request').filter({ hasText: PERSON })).toContainText('Penghapusan data');

    await page.getByRole('tab', { name: 'Wartawan' }).click();
    await page.getByLabel('Cari nama, desk, atau media').fill(PERSON);
    await page
      .getByTestId('journalist-row')
      .filter({ hasText: PERSON })
      .getByRole('button', { name: `Data pribadi ${PERSON}` })
      .click();
    await dialog.getByRole('button', { name: 'Anonimkan (hapus data pribadi)' }).click();
    await dialog.getByTestId('anonymize-confirm').getByRole('button', { name: 'Ya, anonimkan' }).click();
    const after = page.getByRole('dialog', { name: 'Data pribadi: Anonim' });
    await expect(after.getByTestId('anonymized-note')).toBeVisible();
    const erased = after.getByTestId('data-request');
    await erased.getByRole('button', { name: 'Selesaikan permintaan Penghapusan data dari Anonim' }).click();
    const done = after.getByRole('form', { name: 'Selesaikan permintaan: Penghapusan data' });
    await done.getByLabel('Keterangan').fill('Dianonimkan; yang bersangkutan diberi tahu lewat surel.');
    await done.getByRole('button', { name: 'Selesaikan' }).click();
    await expect(erased).toContainText('Selesai');
    await expect(erased.getByTestId('deadline-state')).toHaveText('ditutup tepat waktu');
    // An erased person can ask nothing more: no button to log another request.
    await expect(after.getByRole('button', { name: 'Catat permintaan' })).toHaveCount(0);
    await screenshot(page, 'media-data-request-done');
    await after.getByRole('button', { name: 'Tutup', exact: true }).click();

    await page.getByRole('tab', { name: 'Permintaan data pribadi' }).click();
    await page.getByRole('tabpanel').getByText('Sudah ditutup', { exact: true }).click();
    const logged = page.getByTestId('data-request').filter({ hasText: 'Dianonimkan; yang bersangkutan' });
    await expect(logged).toContainText('Anonim');
    await expect(logged).toContainText('Penghapusan data');
    await screenshot(page, 'media-data-requests-log');
  });

  test('an auditor reads the log without a control; staf do not see it', async ({ page }) => {
    await signIn(page, 'auditor@simpul.demo');
    await page.goto('/humas/kontak?tab=permintaan');
    await expect(page.getByRole('tab', { name: 'Permintaan data pribadi' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tabpanel').getByText('Semua', { exact: true }).click();
    await expect(page.getByTestId('data-request').filter({ hasText: 'Dianonimkan; yang bersangkutan' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Selesaikan/ })).toHaveCount(0);

    await page.context().clearCookies();
    await signIn(page, 'staf@simpul.demo');
    await page.goto('/humas/kontak?tab=permintaan');
    await expect(page.getByTestId('journalists-table')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Permintaan data pribadi' })).toHaveCount(0);
  });
});

import { expect, type Page, test } from '@playwright/test';
import { openFromNav, screenshot, signIn } from './helpers';

/**
 * Peliputan (spec 30): a unit asks for its activity to be covered, Humas records that it was and
 * the actual news it produced, and the unit sees the outcome; the per-month table counts the
 * year's actual news (343 in the 2021 demo). A unit user sees its own unit's requests only.
 */

const STAMP = Date.now().toString(36);
const ACTIVITY = `Sosialisasi keamanan pangan jajanan sekolah di Cimahi ${STAMP}`;
const OTHER_UNIT_ACTIVITY = `Temu media pengawasan takjil di Sidoarjo ${STAMP}`;

async function openCoverage(page: Page) {
  await openFromNav(page, 'Peliputan');
  await expect(page.getByRole('heading', { name: 'Peliputan', level: 1 })).toBeVisible();
  await expect(page.getByTestId('coverage-per-month')).toBeVisible();
}

function total(page: Page) {
  return page.getByTestId('coverage-total');
}

async function search(page: Page, text: string) {
  await page.getByLabel('Cari kegiatan atau tempat').fill(text);
}

/** The request in the list: a table row on a wide screen, a card on a phone. */
function row(page: Page, activity: string) {
  return page.getByTestId('coverage-list').getByTestId('coverage-item').filter({ hasText: activity });
}

async function totalNumber(page: Page): Promise<number> {
  return Number(((await total(page).textContent()) ?? '').replaceAll('.', ''));
}

test.describe('coverage (peliputan)', () => {
  test.describe.configure({ mode: 'serial' });
  let unitTotalBefore = 0;

  test('the per-month table counts the 343 actual news of 2021; the head of the bureau reads without controls', async ({ page }) => {
    await signIn(page, 'kepala@simpul.demo');
    await openCoverage(page);
    await expect(page.getByRole('combobox', { name: 'Tahun' })).toHaveValue('2021');
    await expect(total(page)).toHaveText('343');
    await expect(page.getByTestId('coverage-per-month')).toContainText('Jan');
    await expect(page.getByText('menurut bulan terbit beritanya')).toBeVisible();
    await expect(page.getByTestId('coverage-count')).toHaveText('Permintaan: 343');
    await expect(page.getByRole('button', { name: 'Minta peliputan' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Perbarui peliputan/ })).toHaveCount(0);
    await screenshot(page, 'media-coverage', true);
  });

  test('a unit user requests coverage: bad input names the problem and saves nothing; the request is listed as requested, with no edit control', async ({
    page,
  }) => {
    await signIn(page, 'unit@simpul.demo');
    await openCoverage(page);
    await expect(page.getByText('Hanya permintaan unit Anda yang tampil di sini.')).toBeVisible();
    await expect(page.getByText('Hanya berita dari kegiatan unit Anda.')).toBeVisible();
    unitTotalBefore = await totalNumber(page);
    expect(unitTotalBefore).toBeLessThan(343);
    // Its own unit only: fewer requests than the whole year's, no unit column, no edit control.
    const countText = (await page.getByTestId('coverage-count').textContent()) ?? '';
    expect(Number(countText.replace(/\D/g, ''))).toBeLessThan(343);
    await expect(page.getByTestId('coverage-list').getByRole('columnheader', { name: 'Unit' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Perbarui peliputan/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Minta peliputan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Minta peliputan kegiatan (2021)' });
    await expect(dialog.getByLabel('Unit')).toHaveValue('Balai Besar POM di Bandung');

    // No activity: the server's sentence under the field, and above the buttons.
    await dialog.getByLabel('Tanggal kegiatan').fill('2021-11-15');
    await dialog.getByRole('button', { name: 'Minta peliputan' }).click();
    await expect(dialog.getByTestId('form-error')).toHaveText('Data yang dikirim tidak valid. Periksa isian yang ditandai.');
    await expect(dialog.getByText('Minimal 1 karakter.')).toBeVisible();

    // A date outside the year shown.
    await dialog.getByRole('textbox', { name: 'Kegiatan', exact: true }).fill(ACTIVITY);
    await dialog.getByLabel('Tanggal kegiatan').fill('2022-01-10');
    await dialog.getByRole('button', { name: 'Minta peliputan' }).click();
    await expect(dialog.getByText('Tanggal kegiatan harus dalam tahun 2021.', { exact: false })).toBeVisible();
    await screenshot(page, 'media-coverage-request-error');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toBeHidden();
    await search(page, STAMP);
    await expect(page.getByText('Tidak ada permintaan yang cocok.')).toBeVisible();

    // Now a good one.
    await page.getByRole('button', { name: 'Minta peliputan' }).click();
    await dialog.getByRole('textbox', { name: 'Kegiatan', exact: true }).fill(ACTIVITY);
    await dialog.getByLabel('Tanggal kegiatan').fill('2021-11-15');
    await dialog.getByRole('combobox', { name: 'Lokasi' }).click();
    await page.getByRole('option', { name: 'Luar kota' }).click();
    await dialog.getByLabel('Tempat (opsional)').fill('Cimahi');
    await dialog.getByLabel('Nomor tiket layanan (opsional)').fill(`LAY-${STAMP}`);
    await dialog.getByRole('button', { name: 'Minta peliputan' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, ACTIVITY)).toHaveCount(1);
    await expect(row(page, ACTIVITY)).toContainText('Diminta');
    await expect(row(page, ACTIVITY)).toContainText('Menunggu keputusan Humas.');
    await expect(row(page, ACTIVITY)).toContainText(`Luar kota · Cimahi · LAY-${STAMP}`);
    await expect(page.getByRole('button', { name: /^Perbarui peliputan/ })).toHaveCount(0);
    // A request is no actual news yet.
    await expect(total(page)).toHaveText(String(unitTotalBefore));
  });

  test('staf records the coverage and its actual news (a story dated before the activity is refused); the year total grows by one', async ({
    page,
  }) => {
    await signIn(page, 'staf@simpul.demo');
    await openCoverage(page);
    await expect(total(page)).toHaveText('343');
    await search(page, ACTIVITY);
    await expect(row(page, ACTIVITY)).toContainText('Balai Besar POM di Bandung');
    await page.getByRole('button', { name: `Perbarui peliputan ${ACTIVITY}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Perbarui peliputan' });
    await dialog.getByText('Diliput', { exact: true }).click();
    await dialog.getByLabel('Judul berita aktual').fill(`BPOM Bandung ajak sekolah di Cimahi jaga keamanan jajanan ${STAMP}`);
    await dialog.getByLabel('Tautan berita aktual').fill(`https://bpom-demo.example/berita-aktual/${STAMP}`);
    await dialog.getByLabel('Tanggal terbit').fill('2021-11-10');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog.getByText('Berita terbit sebelum kegiatan.', { exact: false })).toBeVisible();
    await screenshot(page, 'media-coverage-update-error');
    await expect(total(page)).toHaveText('343');

    await dialog.getByLabel('Tanggal terbit').fill('2021-11-16');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, ACTIVITY)).toContainText('Diliput');
    await expect(row(page, ACTIVITY).getByRole('link', { name: /BPOM Bandung ajak sekolah/ })).toHaveAttribute(
      'href',
      `https://bpom-demo.example/berita-aktual/${STAMP}`,
    );
    await expect(row(page, ACTIVITY)).toContainText('Terbit 16 November 2021');
    await expect(total(page)).toHaveText('344');

    // Humas may also file a request for a unit: here for Surabaya, which Bandung must not see.
    await page.getByRole('button', { name: 'Minta peliputan' }).click();
    const request = page.getByRole('dialog', { name: 'Minta peliputan kegiatan (2021)' });
    await request.getByRole('button', { name: 'Minta peliputan' }).click();
    await expect(request.getByText('Wajib dipilih.')).toBeVisible();
    await expect(request.getByText('Wajib diisi.')).toBeVisible();
    await request.getByRole('textbox', { name: 'Kegiatan', exact: true }).fill(OTHER_UNIT_ACTIVITY);
    await request.getByLabel('Tanggal kegiatan').fill('2021-11-20');
    await request.getByRole('combobox', { name: 'Unit' }).fill('Surabaya');
    await page.getByRole('option', { name: /Balai Besar POM di Surabaya/ }).click();
    await request.getByRole('button', { name: 'Minta peliputan' }).click();
    await expect(request).toBeHidden();
    await search(page, STAMP);
    await expect(page.getByTestId('coverage-count')).toHaveText('Permintaan: 2');
    await expect(row(page, OTHER_UNIT_ACTIVITY)).toContainText('Balai Besar POM di Surabaya');
    await screenshot(page, 'media-coverage-staff');
  });

  test('the unit user sees the new status and its news, not another unit’s request, also at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'unit@simpul.demo');
    await page.goto('/humas/peliputan');
    await expect(page.getByTestId('coverage-per-month')).toBeVisible();
    await search(page, STAMP);
    await expect(page.getByTestId('coverage-count')).toHaveText('Permintaan: 1');
    // On a phone each request is a card, its status and news in sight without scrolling sideways.
    await expect(row(page, ACTIVITY).getByText('Diliput', { exact: true })).toBeInViewport();
    await expect(row(page, ACTIVITY).getByRole('link', { name: /BPOM Bandung ajak sekolah/ })).toBeVisible();
    await expect(row(page, ACTIVITY)).toContainText('Terbit 16 November 2021');
    await expect(row(page, OTHER_UNIT_ACTIVITY)).toHaveCount(0);
    await expect(total(page)).toHaveText(String(unitTotalBefore + 1));
    await expect(page.getByRole('button', { name: /^Perbarui peliputan/ })).toHaveCount(0);
    // Nothing but the tables (which scroll inside their frames) overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'media-coverage-mobile', true);
    await page.getByRole('button', { name: 'Minta peliputan' }).click();
    await expect(page.getByRole('dialog', { name: 'Minta peliputan kegiatan (2021)' })).toBeVisible();
    await screenshot(page, 'media-coverage-mobile-form');
  });
});

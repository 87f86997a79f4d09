import { expect, test } from '@playwright/test';
import { nav, screenshot, signIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('at 390 px the navigation hides behind the burger and closes after a choice', async ({ page }) => {
  await signIn(page, 'kepala@simpul.demo');
  await expect(nav(page)).not.toBeInViewport();
  const burger = page.getByRole('button', { name: 'Buka navigasi' });
  await expect(burger).toBeVisible();
  // Nothing overflows sideways: the page is as wide as the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await burger.click();
  await expect(nav(page)).toBeInViewport();
  // Wait for the slide-in to finish before looking at it.
  await expect.poll(async () => (await nav(page).boundingBox())?.x).toBe(0);
  await expect(nav(page).getByRole('link', { name: 'Jejak audit' })).toBeVisible();
  await screenshot(page, 'mobile-navigation');

  await nav(page).getByRole('link', { name: 'Unit kerja' }).click();
  await expect(page.getByRole('heading', { name: 'Unit kerja', level: 1 })).toBeVisible();
  await expect(nav(page)).not.toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'mobile-units');
});

test('at 390 px the public interview form has one field to a row, fits the screen, and shows the whole tracking code, on its status page too', async ({
  page,
}) => {
  await page.goto('/wawancara');
  const email = page.getByLabel('Surel');
  const phone = page.getByLabel('Telepon (opsional)');
  const wanted = page.getByLabel('Waktu wawancara yang diinginkan (opsional)');
  const deadline = page.getByLabel('Tenggat (opsional)');
  await expect(deadline).toBeVisible();
  // Each pair that stands side by side on a wide screen stacks here: same left edge, the second below.
  for (const [first, second] of [
    [email, phone],
    [wanted, deadline],
  ] as const) {
    const a = (await first.boundingBox())!;
    const b = (await second.boundingBox())!;
    expect(b.x).toBe(a.x);
    expect(b.y).toBeGreaterThan(a.y + a.height);
    expect(a.width).toBeGreaterThan(300);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'mobile-public-interview-form', true);

  // The tracking code the journalist must keep is seen whole, with a button that copies it.
  await page.getByLabel('Nama media').fill('Kabar Sepekan');
  await page.getByLabel('Nama wartawan').fill('Rina Wartawati');
  await email.fill('rina@kabar.example');
  await page.getByLabel('Topik').fill('Pengawasan takjil');
  await page.getByLabel('Pertanyaan').fill('Berapa sampel takjil yang diuji tahun ini?');
  await page.getByTestId('consent').check();
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  const code = page.getByTestId('tracking-code');
  await expect(code).toHaveText(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  const box = (await code.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await code.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.getByRole('button', { name: 'Salin' })).toBeVisible();
  await screenshot(page, 'mobile-public-interview-acknowledgement');

  // Its status page shows the code whole in its field too.
  await page.getByRole('link', { name: 'Lihat status' }).click();
  await expect(page.getByTestId('public-status')).toContainText('Diterima');
  const field = page.getByLabel('Kode pelacakan');
  await expect(field).toHaveValue(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  expect(await field.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'mobile-public-interview-status');
});

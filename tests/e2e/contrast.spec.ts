import { expect, test } from '@playwright/test';
import { type ContrastViolation, contrastViolations } from './contrast';
import { signIn } from './helpers';

/** WCAG 2.1 AA text contrast on every screen the admin sees, and on the sign-in page with an error. */
test('every text on the main screens meets WCAG AA contrast', async ({ page }) => {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill('admin@simpul.demo');
  await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('sign-in-error')).toBeVisible();
  const found: Record<string, ContrastViolation[]> = {};
  const check = async (name: string) => {
    // One entry per kind of text: a table repeats the same badge many times.
    const unique = new Map((await contrastViolations(page)).map((v) => [`${v.color}|${v.background}|${v.required}`, v]));
    if (unique.size) found[name] = [...unique.values()];
  };
  await check('sign-in');

  await signIn(page, 'admin@simpul.demo');
  for (const [path, ready] of [
    ['/', 'home-role'],
    ['/unit', 'units-table'],
    ['/pengguna', 'users-table'],
    ['/kalender', 'holidays-table'],
    ['/audit', 'audit-table'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByTestId(ready)).toBeVisible();
    await check(path);
  }
  await page.goto('/akun');
  await expect(page.getByRole('heading', { name: 'Akun saya' })).toBeVisible();
  await check('/akun');
  expect(found).toEqual({});
});

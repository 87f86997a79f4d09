import { expect, test } from '@playwright/test';
import { nav, signOut } from './helpers';

test('a wrong password shows the server’s Indonesian message and no session starts', async ({ page }) => {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill('staf@simpul.demo');
  await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('Email atau kata sandi salah.');
  await page.goto('/');
  await expect(page).toHaveURL(/\/masuk$/);
});

test('a signed-out visit goes to sign-in and returns to the page asked for', async ({ page }) => {
  await page.goto('/kalender');
  await expect(page).toHaveURL(/\/masuk\?next=%2Fkalender$/);
  await page.getByLabel('Email').fill('perencana@simpul.demo');
  await page.getByLabel('Kata sandi').fill('Simpul-Demo-2021');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/kalender$/);
  await expect(page.getByRole('heading', { name: 'Kalender kerja', level: 1 })).toBeVisible();
  await expect(nav(page)).toBeVisible();

  await signOut(page);
  // The session is gone on the server too: the API refuses.
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(401);
});

test('sign-in never sends the user to another site', async ({ page, baseURL }) => {
  await page.goto('/masuk?next=//example.org/x');
  await page.getByLabel('Email').fill('staf@simpul.demo');
  await page.getByLabel('Kata sandi').fill('Simpul-Demo-2021');
  await page.getByRole('button', { name: 'Masuk' }).click();
  // Home on Simpul's own origin, whichever port the tests run on.
  await expect(page).toHaveURL(`${baseURL}/`);
});

test('signing in and moving around works from the keyboard, with a visible focus', async ({ page }) => {
  await page.goto('/masuk');
  const email = page.getByLabel('Email');
  for (let i = 0; i < 6 && !(await email.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type('koordinator@simpul.demo');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Kata sandi')).toBeFocused();
  await page.keyboard.type('Simpul-Demo-2021');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-menu')).toBeVisible();

  // The first Tab reaches the skip link, which jumps over the header and the navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke isi' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  // A focused navigation link shows Mantine's focus ring.
  const link = page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kalender kerja' });
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kalender kerja', level: 1 })).toBeVisible();
});

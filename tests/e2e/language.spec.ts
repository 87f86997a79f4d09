import { expect, test } from '@playwright/test';
import { nav, openFromNav, screenshot, signIn, switchLanguage } from './helpers';

test('switching to English changes the labels and the server’s messages, survives a reload, and switches back', async ({
  page,
  context,
}) => {
  await signIn(page, 'admin@simpul.demo');
  await expect(nav(page).getByRole('link', { name: 'Unit kerja' })).toBeVisible();

  await switchLanguage(page, 'EN');
  await expect(nav(page).getByRole('link', { name: 'Units', exact: true })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Audit trail' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const cookie = (await context.cookies()).find((c) => c.name === 'simpul_lang');
  expect(cookie?.value).toBe('en');

  // A validation error comes back from the server in English.
  await openFromNav(page, 'Units');
  await page.getByRole('button', { name: 'Add unit' }).click();
  const dialog = page.getByRole('dialog', { name: 'New unit' });
  await dialog.getByRole('textbox', { name: 'Code', exact: true }).fill('EN-TEST');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('A');
  await dialog.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Substance group' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByTestId('form-error')).toHaveText('The data sent is not valid. Check the marked fields.');
  await expect(dialog.getByText('At least 2 characters.')).toBeVisible();
  await screenshot(page, 'english-unit-form');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Units', level: 1 })).toBeVisible();
  await openFromNav(page, 'Home');
  await expect(page.getByRole('heading', { name: 'What you can do' })).toBeVisible();
  await screenshot(page, 'english-home');

  await switchLanguage(page, 'ID');
  await expect(nav(page).getByRole('link', { name: 'Beranda' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Yang dapat Anda lakukan' })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'simpul_lang')?.value).toBe('id');
});

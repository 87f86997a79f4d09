import { expect, test } from '@playwright/test';
import { openFromNav, screenshot, signIn, signOut, totpCode } from './helpers';

const PASSWORD = 'kata-sandi-uji-peramban-2026';

test('a new account sets up an authenticator, then signs in with the second factor', async ({ page }) => {
  const email = `uji.${Date.now().toString(36)}@simpul.demo`;

  // The admin creates the account (the list shows it afterwards).
  await signIn(page, 'admin@simpul.demo');
  await openFromNav(page, 'Pengguna');
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pengguna baru' });
  await dialog.getByRole('textbox', { name: 'Nama', exact: true }).fill('Pengguna Uji Peramban');
  await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
  await dialog.getByLabel('Kata sandi awal').fill(PASSWORD);
  await dialog.getByRole('combobox', { name: 'Peran' }).click();
  await page.getByRole('option', { name: 'Staf' }).click();
  await dialog.getByRole('combobox', { name: 'Unit' }).fill('HUMAS');
  await page.getByRole('option', { name: /^BKSHM-HUMAS/ }).click();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator(`tr[data-user-email="${email}"]`);
  await expect(row).toContainText('Kelompok Hubungan Masyarakat');

  // Editing moves the account to another unit.
  await row.getByRole('button', { name: 'Ubah Pengguna Uji Peramban' }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah Pengguna Uji Peramban' });
  await edit.getByRole('combobox', { name: 'Unit' }).fill('KSB');
  await page.getByRole('option', { name: /^BKSHM-KSB/ }).click();
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Kelompok Kerja Sama Bilateral');
  await signOut(page);

  // The new user turns on TOTP from "Akun saya".
  await signIn(page, email, PASSWORD);
  await page.goto('/akun');
  await page.getByLabel('Kata sandi Anda').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aktifkan' }).click();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expect(page.getByTestId('totp-uri')).toContainText('otpauth://totp/');
  await screenshot(page, 'account-totp-setup', true);
  await page.getByLabel('Kode autentikator').fill('000000' === totpCode(secret) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verifikasi dan aktifkan' }).click();
  await expect(page.getByRole('alert')).toContainText('Kode autentikator salah');
  await page.getByLabel('Kode autentikator').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verifikasi dan aktifkan' }).click();
  await expect(page.getByTestId('totp-on')).toBeVisible();
  await signOut(page);

  // Signing in now asks for the code after the password.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Verifikasi dua langkah' })).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401); // no session before the code
  await page.getByLabel('Kode autentikator').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page.getByText('Verifikasi dua langkah aktif.')).toBeVisible();
});

import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Simpul-Demo-2021';

/** Where the screenshots that document the layout go (looked at by a person, kept out of git). */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export async function screenshot(page: Page, name: string, fullPage = false) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Signs in through the form and waits for the shell (the user menu) to appear. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function signOut(page: Page, label = 'Keluar') {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: label }).click();
  await expect(page).toHaveURL(/\/masuk$/);
}

/** The navbar (the main navigation landmark). */
export function nav(page: Page) {
  return page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });
}

/** Opens a screen through the navbar. */
export async function openFromNav(page: Page, label: string) {
  await nav(page).getByRole('link', { name: label, exact: true }).click();
}

/** The ids of the navigation entries shown (`data-nav`), in order. */
export async function navEntries(page: Page): Promise<string[]> {
  return nav(page)
    .locator('[data-nav]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-nav') ?? ''));
}

export async function switchLanguage(page: Page, lang: 'ID' | 'EN') {
  await page.getByTestId('language-switch').getByText(lang, { exact: true }).click();
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The current code of an authenticator app (RFC 6238: SHA-1, 30 s, 6 digits), as a phone would show it. */
export function totpCode(secret: string, now = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

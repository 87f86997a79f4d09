import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './helpers';

/**
 * Media satisfaction is asked of journalists: a new survey invites those of the media contacts
 * who may be contacted, and the list of names, e-mails and personal links downloads for sending.
 */
test('staf invites the journalists of the media contacts to a new media satisfaction survey', async ({ page, browser }) => {
  const code = `MEDIA-${Date.now()}`;
  await signIn(page, 'staf@simpul.demo');
  await page.goto('/survei');
  await page.getByTestId('new-survey').click();
  await page.getByTestId('survey-code').fill(code);
  await page.getByTestId('survey-title').fill('Survei kepuasan media uji');
  await page.getByTestId('save-survey').click();
  await expect(page.getByTestId('public-link')).toBeVisible();

  const section = page.getByTestId('journalist-invitations');
  await section.getByLabel(/^Hanya wartawan yang dilayani tahun/).uncheck();
  await section.getByRole('button', { name: 'Undang wartawan', exact: true }).click();
  const rows = section.getByTestId('journalist-invitation-links').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(10);
  await expect(section).toContainText(`${count} undangan dibuat.`);
  await screenshot(page, 'survey-journalist-invitations');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Unduh daftar (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('undangan-wartawan.csv');
  const lines = fs
    .readFileSync((await download.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('"Nama","Surel","Tautan"');
  expect(lines).toHaveLength(count + 1);
  const first = lines[1]!.split('","').map((c) => c.replace(/^"|"$/g, ''));
  expect(first[1]).toMatch(/@/);
  expect(first[2]).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

  // The link is the journalist's own way in.
  const respondent = await browser.newPage();
  await respondent.goto(first[2]!);
  await expect(respondent.getByRole('heading', { name: 'Survei kepuasan media uji' })).toBeVisible();
  await respondent.close();
});

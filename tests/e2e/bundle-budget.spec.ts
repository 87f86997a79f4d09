import path from 'node:path';
import { expect, test } from '@playwright/test';
import { initialJavaScript } from './initial-load';

/** Spec 90: initial JavaScript ≤ 300 KB compressed. Checked on the build the browser tests run against. */
const BUDGET = 300 * 1024;

test('the first load stays within the JavaScript budget, and every screen is a separate chunk', async ({ page }) => {
  const { files, gzipTotal } = initialJavaScript(path.resolve('dist/web'));
  test.info().annotations.push({ type: 'initial JS (gzip)', description: `${(gzipTotal / 1024).toFixed(1)} KB in ${files.length} files` });
  expect(gzipTotal).toBeLessThanOrEqual(BUDGET);

  // What the browser really fetches before the home screen appears is the same set plus the home chunk.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/masuk');
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  expect(scripts.some((s) => /\/assets\/(units|users|audit|calendar|account)-/.test(s))).toBe(false);
});

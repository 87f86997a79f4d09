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

import { expect, test } from '@playwright/test';
import { sweepPaths } from './sitemap';

test('every page reflows at 320 CSS px without sideways scrolling (WCAG 1.4.10)', async ({ page }) => {
  test.setTimeout(5 * 60_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  for (const path of sweepPaths()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${decodeURIComponent(path)} (+${overflow}px)`);
  }
  expect(overflowing).toEqual([]);
});

test('a phone user can reach the directory and an activity, and call from it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'サイト内の主なページ' }).getByRole('link', { name: '活動をさがす' }).tap();
  await expect(page.locator('h1')).toHaveText('地域の活動をさがす');
  await page.getByRole('link', { name: 'サロン ひなたぼっこ' }).first().tap();
  const phone = page.getByRole('complementary', { name: '問い合わせ先' }).getByRole('link', { name: /^0000-/ });
  await expect(phone).toHaveAttribute('href', /^tel:0000-/);
  const box = (await phone.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
});

test('keyboard: the skip link comes first, shows on focus and moves to the main content', async ({ page }) => {
  await page.goto('/activities/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate((el) => el.closest('main') !== null)).toBe(true);
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('at 200% zoom the article text stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 720 });
  await page.goto('/about/');
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('keyboard: the furigana switch is reachable and operable without a mouse', async ({ page }) => {
  await page.goto('/articles/juusouteki-shien-towa/');
  const toggle = page.getByLabel('漢字にふりがなをつける');
  for (let i = 0; i < 40 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(page.locator('.prose rt').first()).toBeVisible();
});

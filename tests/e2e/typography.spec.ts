import { expect, test } from '@playwright/test';

const PAGES = ['/', '/articles/juusouteki-shien-towa/', '/activities/salon-hinatabokko/', '/notices/sasaeai-kaigi-2026-12/'];

test('Japanese typography: system fonts led by BIZ UDPGothic, line-height ≥ 1.7, phrase-aware headings, no web fonts', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(response.url());
  });
  for (const path of PAGES) {
    await page.goto(path);
    const body = await page.evaluate(() => {
      const p = document.querySelector('main p')!;
      const style = getComputedStyle(p);
      return { family: getComputedStyle(document.body).fontFamily, ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
    });
    expect(body.family.startsWith('"BIZ UDPGothic"')).toBe(true);
    expect(body.ratio, path).toBeGreaterThanOrEqual(1.7);
    const h1 = await page.locator('h1').evaluate((el) => getComputedStyle(el).wordBreak);
    expect(h1).toBe('auto-phrase');
  }
  // No web font at all, so none over the 100 KB budget.
  expect(fonts).toEqual([]);
});

test('dates are shown in both 西暦 and 和暦 where residents read them', async ({ page }) => {
  await page.goto('/activities/salon-hinatabokko/');
  await expect(page.getByText(/最終確認日：\d{4}年（令和\d+年）\d+月\d+日/)).toBeVisible();
});

test('print: articles and notices print without navigation, sharing or related links', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/articles/juusouteki-shien-towa/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'サイト内の主なページ' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'この記事をシェアする' })).toBeHidden();
  await expect(page.getByRole('region', { name: '関連する記事' })).toBeHidden();
  await page.goto('/notices/sasaeai-kaigi-2026-12/');
  await expect(page.locator('dl.facts')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '現在の位置' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('print: a coordinator prints an activity page with when, where and whom to call', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/activities/salon-hinatabokko/');
  await expect(page.locator('dl.facts')).toContainText('毎週水曜');
  await expect(page.getByRole('complementary', { name: '問い合わせ先' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'サイト内の主なページ' })).toBeHidden();
});

test('reduced motion and forced colours are respected', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  await page.goto('/activities/');
  const link = page.getByRole('link', { name: /^サロン・茶話会/ }).first();
  const duration = await link.evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  const badge = page.locator('.badge').first();
  expect(await badge.evaluate((el) => getComputedStyle(el).borderStyle)).toBe('solid');
  await link.focus();
  expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

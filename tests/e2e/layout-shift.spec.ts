import { type Browser, expect, type Page, test } from '@playwright/test';

/**
 * No layout shift where an island changes the page as it starts (issue 23: Lighthouse counted 0.27 on the directory
 * with a filter in its address, when the island hid the cards that do not match). The browser's own record of layout
 * shifts (PerformanceObserver, buffered from the start of the load) must add up to 0, at a phone's and a desktop's width.
 */
const VIEWPORTS = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1350, height: 940 },
];

async function shiftsWhileLoading(browser: Browser, viewport: { width: number; height: number }, path: string, ready: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName)));
        w.shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await ready(page);
  // Anything the island does after its first pass (and a late image or font) has time to show up.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
  await context.close();
  return shifts;
}

for (const viewport of VIEWPORTS) {
  test(`the directory with a filter in its address does not shift as the island applies it (${viewport.name})`, async ({ browser }) => {
    const shifts = await shiftsWhileLoading(browser, viewport, '/activities/?area=kita&day=thu', async (page) => {
      await expect(page.locator('[data-directory-status]')).toContainText('条件');
      // Only the filtered cards are shown, and the list is visible.
      await expect(page.locator('[data-directory-item]:not([hidden]) [data-activity]').first()).toBeVisible();
      expect(await page.locator('[data-directory-item]:not([hidden]) [data-activity]').evaluateAll((cards) => cards.every((c) => (c as HTMLElement).dataset.area === 'kita'))).toBe(true);
    });
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
  });

  test(`the directory without a filter does not shift either (${viewport.name})`, async ({ browser }) => {
    const shifts = await shiftsWhileLoading(browser, viewport, '/activities/', async (page) => {
      await expect(page.getByText('条件でしぼりこむ')).toBeVisible();
    });
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
  });

  test(`お手伝い募集 with a filter in its address does not shift as its island shows the form and applies it (${viewport.name})`, async ({ browser }) => {
    const shifts = await shiftsWhileLoading(browser, viewport, '/help-wanted/?area=kita', async (page) => {
      await expect(page.locator('[data-help-filter]')).toBeVisible();
      await expect(page.locator('[data-help-filter] input[name="area"][value="kita"]')).toBeChecked();
      await expect(page.locator('[data-help-group]:not([hidden])')).toHaveCount(1);
    });
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
  });

  test(`お手伝い募集 without a filter does not shift either (${viewport.name})`, async ({ browser }) => {
    const shifts = await shiftsWhileLoading(browser, viewport, '/help-wanted/', async (page) => {
      await expect(page.locator('[data-help-filter]')).toBeVisible();
    });
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
  });

  test(`a coordinator's list from a link does not shift as its island shows it (${viewport.name})`, async ({ browser }) => {
    const shifts = await shiftsWhileLoading(browser, viewport, '/list/?ids=kita-salon-kusunoki,salon-hinatabokko', async (page) => {
      await expect(page.locator('[data-list-items] > li')).toHaveCount(2);
      await expect(page.locator('[data-list-nojs]')).toBeHidden();
    });
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
  });

  test(`the search page does not shift while Pagefind loads and shows the results (${viewport.name})`, async ({ browser }) => {
    const shifts = await shiftsWhileLoading(browser, viewport, `/search/?q=${encodeURIComponent('子ども食堂')}`, async (page) => {
      await expect(page.getByRole('status')).toHaveText(/検索結果：\d+件/, { timeout: 20_000 });
      await expect(page.locator('[data-search-results] h3 a').first()).toBeVisible();
    });
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the directory does not wait for an island that will not run: its list and the footer are visible', async ({ page }) => {
    await page.goto('/activities/?area=kita');
    await expect(page.locator('[data-activity="salon-hinatabokko"]')).toBeVisible();
    await expect(page.locator('.site-footer')).toBeVisible();
  });

  test('お手伝い募集 shows every wish and the footer at once, without the form it cannot use', async ({ page }) => {
    await page.goto('/help-wanted/?area=kita');
    await expect(page.locator('[data-help-group]').first()).toBeVisible();
    await expect(page.locator('.site-footer')).toBeVisible();
    await expect(page.locator('[data-help-filter]')).toBeHidden();
  });

  test('the search page shows its other ways in and the footer at once', async ({ page }) => {
    await page.goto('/search/?q=test');
    await expect(page.getByRole('navigation', { name: 'ほかの探し方' })).toBeVisible();
    await expect(page.locator('.site-footer')).toBeVisible();
  });
});

for (const [path, shown] of [
  ['/activities/', '[data-activity="salon-hinatabokko"]'],
  ['/help-wanted/', '[data-help-group]'],
  ['/list/', '[data-list-nojs]'],
  [`/search/?q=${encodeURIComponent('子ども食堂')}`, 'nav.browse'],
]) {
  test(`if the island of ${path} never runs, what waits for it is shown after a few seconds all the same`, async ({ page }) => {
    await page.route(/\.js$/, (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
    await page.goto(path);
    await expect(page.locator(shown).first()).toBeVisible({ timeout: 6_000 });
    await expect(page.locator('.site-footer')).toBeVisible();
    await expect(page.locator('body')).not.toHaveAttribute('data-island-ready');
  });
}

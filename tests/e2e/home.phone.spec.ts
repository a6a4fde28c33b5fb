import { expect, test } from '@playwright/test';
import { site } from './content';

test('on a 360 px phone, finding an activity and the next meetings start within the first two screens', async ({ page }) => {
  await page.goto('/');
  const screen = page.viewportSize()!.height;
  const header = (await page.locator('.site-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(120);
  for (const name of ['地域の活動をさがす', 'これからの協議体の会議']) {
    const box = (await page.getByRole('heading', { name, level: 2 }).boundingBox())!;
    expect(box.y, name).toBeLessThan(2 * screen);
  }
  // The site's name is in the header; the hero does not show it again (screen readers still hear it in the h1).
  const shown = await page.locator('.intro').evaluate((intro) => {
    const walker = document.createTreeWalker(intro, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement!.closest('.visually-hidden')) text += node.textContent;
    }
    return text;
  });
  expect(shown).not.toContain(site().shortName);
});

test('the featured row has no empty slot at any width', async ({ page }) => {
  await page.goto('/');
  for (const width of [360, 768, 1024, 1280, 1600]) {
    await page.setViewportSize({ width, height: 900 });
    const row = await page.locator('#pinned + .grid').evaluate((grid) => {
      const cards = [...grid.children].map((li) => li.getBoundingClientRect());
      const firstRow = cards.filter((r) => Math.abs(r.top - cards[0]!.top) < 1);
      const used = firstRow.reduce((sum, r) => sum + r.width, 0) + (firstRow.length - 1) * parseFloat(getComputedStyle(grid).columnGap);
      return { used, width: grid.getBoundingClientRect().width };
    });
    expect(row.used, `${width}px`).toBeGreaterThan(row.width - 2);
  }
});

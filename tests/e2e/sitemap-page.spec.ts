import { expect, test } from '@playwright/test';
import { dataEntries, entries } from './content';

test('the footer サイトマップ leads to a page for people listing every activity, council and notice', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'サイトマップ' }).click();
  await expect(page).toHaveURL(/\/sitemap\/$/);
  await expect(page.locator('h1')).toHaveText('サイトマップ');
  const main = page.locator('main');
  for (const a of entries('activities').filter((x) => x.data.status !== 'ended')) {
    await expect(main.getByRole('link', { name: a.data.name, exact: true })).toHaveAttribute('href', `/activities/${a.id}/`);
  }
  for (const c of dataEntries('councils')) await expect(main.getByRole('link', { name: c.data.name, exact: true })).toBeVisible();
  for (const n of entries('notices')) await expect(main.getByRole('link', { name: n.data.title, exact: true })).toBeVisible();
});

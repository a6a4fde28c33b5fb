import { expect, test } from '@playwright/test';
import { entries } from './content';

const activities = entries('activities');

test('an ended activity does not read as running, and points to others in its area', async ({ page }) => {
  const ended = activities.find((a) => a.data.status === 'ended')!;
  await page.goto(`/activities/${ended.id}/`);
  await expect(page.getByRole('note')).toContainText('この活動は終了しました。');
  const labels = await page.locator('dl.facts dt').allTextContents();
  expect(labels).toEqual(['活動していた日時', '活動していた会場', '地区']);
  await expect(page.getByRole('heading', { name: 'はじめての方へ' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '参加のしかた' })).toHaveCount(0);
  await page.getByRole('note').getByRole('link', { name: /ほかの活動を見る$/ }).click();
  const similar = page.getByRole('region', { name: /のほかの活動$/ });
  await expect(similar.getByRole('article').first()).toBeVisible();
  await expect(similar.locator('.badge').filter({ hasText: /^(終了|休止中)$/ })).toHaveCount(0);
});

test('a paused activity says so and points to others in its area', async ({ page }) => {
  const paused = activities.find((a) => a.data.status === 'paused')!;
  await page.goto(`/activities/${paused.id}/`);
  await expect(page.getByRole('note')).toContainText('この活動は現在お休みしています。');
  await expect(page.getByRole('region', { name: /のほかの活動$/ }).getByRole('article').first()).toBeVisible();
});

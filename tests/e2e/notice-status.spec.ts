import { expect, test } from '@playwright/test';
import { entries } from './content';

const notices = entries('notices');
const tokyoDay = (date: Date | string) => new Date(date).toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric' });
const first = (kind: string, status?: string) => notices.find((n) => n.data.kind === kind && (!status || n.data.status === status))!;

test('a postponed meeting states no old date, venue or 傍聴 offer as its facts, and says when it was to be', async ({ page }) => {
  const notice = first('開催案内', 'postponed');
  await page.goto(`/notices/${notice.id}/`);
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('未定');
  await expect(facts).not.toContainText(notice.data.venue.name);
  await expect(facts).not.toContainText('傍聴できます');
  const day = tokyoDay(notice.data.startsAt);
  await expect(facts).not.toContainText(day);
  await expect(page.getByRole('note').locator('del')).toContainText(day);
});

test('a report of a meeting already held offers no 傍聴', async ({ page }) => {
  await page.goto(`/notices/${first('開催報告').id}/`);
  await expect(page.locator('dl.facts')).toContainText('開催日時');
  await expect(page.locator('dl.facts')).not.toContainText('傍聴');
});

test('an お知らせ over several days is not shown as a meeting 開催予定, in its page and in lists', async ({ page }) => {
  const notice = notices.find((n) => n.data.kind === 'お知らせ' && tokyoDay(n.data.startsAt) !== tokyoDay(n.data.endsAt))!;
  await page.goto(`/notices/${notice.id}/`);
  await expect(page.locator('header .meta')).not.toContainText('開催予定');
  await expect(page.locator('dl.facts dt').first()).toHaveText('期間');
  await page.goto(`/councils/${notice.data.council}/`);
  const item = page.getByRole('article').filter({ hasText: notice.data.title });
  await expect(item).not.toContainText('開催予定');
  await expect(item).toContainText('期間：');
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { upkeepReport } from '../../src/lib/upkeep';
import { readUpkeepInput } from '../../src/lib/upkeep-files';
import { entries, site } from './content';

const ROOT = new URL('../../', import.meta.url).pathname;
const listed = () => entries('activities').filter((a) => a.data.status !== 'ended');

test('activities.csv opens in Excel as the directory: BOM, one row per listed activity, values from the content', async ({ request }) => {
  const response = await request.get('/data/activities.csv');
  expect(response.ok()).toBe(true);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.ID).sort()).toEqual(listed().map((a) => a.id).sort());
  for (const a of listed()) {
    const row = rows.find((r) => r.ID === a.id)!;
    expect(row.名称).toBe(a.data.name);
    expect(row.住所).toBe(a.data.venue.address);
    expect(row.小学校区).toBe(a.data.schoolDistrict ?? '');
    expect(row.最終確認日).toBe(new Date(a.data.verifiedAt).toISOString().slice(0, 10));
    expect(row.URL).toMatch(new RegExp(`/activities/${a.id}/$`));
  }
});

test('activities.json has the same activities with schedules and next dates, and no consent', async ({ request }) => {
  const json = await (await request.get('/data/activities.json')).json();
  expect(json.license).toEqual(site().openDataLicense);
  expect(json.activities.map((a: { id: string }) => a.id).sort()).toEqual(listed().map((a) => a.id).sort());
  const active = json.activities.filter((a: { status: string; schedules: { rrule: string | null }[] }) => a.status === 'active' && a.schedules.some((s) => s.rrule));
  for (const a of active) expect(a.nextDates.length, a.id).toBeGreaterThan(0);
  expect(JSON.stringify(json)).not.toContain('consent');
});

test('notices.csv has every notice', async ({ request }) => {
  const rows = parse((await (await request.get('/data/notices.csv')).body()).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.ID).sort()).toEqual(entries('notices').map((n) => n.id).sort());
});

test('the open data page gives the licence, the date and each file with its columns', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'オープンデータ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('オープンデータ');
  await expect(page.getByRole('link', { name: `${site().openDataLicense.name}の内容` })).toHaveAttribute('href', site().openDataLicense.url);
  for (const file of ['activities.csv', 'activities.json', 'notices.csv']) {
    const link = page.getByRole('link', { name: `${file}をダウンロード` });
    await expect(link).toHaveAttribute('href', `/data/${file}`);
  }
  await expect(page.getByRole('table', { name: '項目（地域の活動の一覧（CSV））' }).getByRole('rowheader', { name: '小学校区' })).toBeVisible();
});

test('the editors’ report under /admin/ shows what content:report prints, stays out of search, and passes axe', async ({ page, request }) => {
  await page.goto('/admin/report/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const builtAt = new Date((await page.locator('time').first().getAttribute('datetime'))!);
  const sections = upkeepReport(readUpkeepInput(ROOT), builtAt).filter((s) => s.items.length);
  for (const s of sections) {
    const section = page.getByRole('region', { name: `${s.title}（${s.items.length}件）` });
    for (const item of s.items) await expect(section.getByText(item.detail)).toBeVisible();
  }
  expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('/admin/');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});

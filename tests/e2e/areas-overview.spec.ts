import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { type Entry, dataEntries, entries, site } from './content';

/**
 * /areas/: the table counts what the content holds, each count opens the directory at exactly those activities, and
 * the page prints as one A4 landscape sheet.
 */

const CATEGORY_IDS: Record<string, string> = {
  'サロン・茶話会': 'salon', '通いの場・体操': 'kayoinoba', '子ども食堂・食の支援': 'food', '子育て': 'kosodate', '居場所': 'ibasho',
  '学び・趣味': 'manabi', '就労・役割': 'shuro', '見守り・生活支援': 'mimamori', '相談窓口': 'soudan', 'ボランティア': 'volunteer',
};

const listed = entries('activities').filter((a) => a.data.status !== 'ended');
const areas = dataEntries('areas');

interface CellInContent { area: Entry; school?: string; category: string; items: Entry[] }

/** Every non-empty (area, 校区 or whole area, 分類) cell as the content has it. */
function cells(): CellInContent[] {
  const found = new Map<string, CellInContent>();
  for (const a of listed) {
    const area = areas.find((x) => x.id === a.data.area)!;
    const school = a.data.schoolDistrict as string | undefined;
    const key = `${area.id}|${school ?? ''}|${a.data.category}`;
    if (!found.has(key)) found.set(key, { area, school, category: a.data.category, items: [] });
    found.get(key)!.items.push(a);
  }
  return [...found.values()];
}

const hrefOf = (c: CellInContent) =>
  `/activities/?area=${c.area.id}&school=${c.school ? encodeURIComponent(c.school) : 'none'}&category=${CATEGORY_IDS[c.category]}`;

const shownIds = (page: import('@playwright/test').Page) =>
  page.locator('[data-directory-item]:visible [data-activity]').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.activity!).sort());

test.describe('地区・小学校区ごとの活動の数', () => {
  // A cell with both kinds when the content has one, so the paused count is followed too; then a whole-area cell.
  const withPaused = cells().filter((c) => c.items.some((a) => a.data.status === 'paused')).sort((a, b) => b.items.length - a.items.length)[0]
    ?? cells().sort((a, b) => b.items.length - a.items.length)[0]!;
  const wholeArea = cells().find((c) => !c.school)!;

  for (const [name, cell] of [['with a paused activity', withPaused], ['for a whole area', wholeArea]] as const) {
    test(`a count ${name} opens the directory at exactly the activities it counted`, async ({ page }) => {
      const active = cell.items.filter((a) => a.data.status === 'active').length;
      const paused = cell.items.length - active;
      await page.goto('/areas/');
      const link = page.locator(`table.coverage a[href="${hrefOf(cell)}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toContainText(active > 0 ? String(active) : '');
      if (paused > 0) await expect(link).toContainText(`休止中${paused}`);
      await link.click();
      await expect(page).toHaveURL(hrefOf(cell));
      await expect(page.locator('[data-directory-status]')).toContainText(`${cell.items.length}件`);
      expect(await shownIds(page)).toEqual(cell.items.map((a) => a.id).sort());
      for (const a of cell.items.filter((x) => x.data.status === 'paused')) {
        await expect(page.locator(`[data-activity="${a.id}"]`).getByText('休止中')).toBeVisible();
      }
    });
  }

  test('a 校区 with nothing of a 分類 says なし on a hatched cell, without a link', async ({ page }) => {
    const kita = areas.find((a) => a.id === 'kita')!;
    const school = (kita.data.schools as string[]).find((s) => !listed.some((a) => a.data.schoolDistrict === s && a.data.category === '子育て'))!;
    await page.goto('/areas/');
    const row = page.locator('table.coverage tr', { has: page.locator('th[scope=row]', { hasText: new RegExp(`^${school}$`) }) });
    const columns = await page.locator('table.coverage thead th').allTextContents();
    const cell = row.locator('td').nth(columns.indexOf('子育て') - 1);
    await expect(cell).toHaveText('なし');
    await expect(cell.locator('a')).toHaveCount(0);
    expect(await cell.evaluate((td) => getComputedStyle(td).backgroundImage)).toContain('gradient');
  });

  test('the table sits in a labelled scroll box at 360 px: no sideways page scroll, reachable by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/areas/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: '分類ごとの活動の数（地区・小学校区別）' });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(page.getByText('表は横にスクロールできます')).toBeVisible();
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('prints on one A4 landscape page with the title, the municipality and the date of the data', async ({ page }) => {
    await page.goto('/areas/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('地区・小学校区ごとの活動の数');
    await expect(page.locator('main')).toContainText(site().municipality as string);
    await expect(page.locator('main')).toContainText(/データの日付：\d{4}年（令和\d+年）\d+月\d+日/);
    // The page's own @page rule decides the paper: A4 landscape is 842 × 595 pt.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    const [, width, height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!;
    expect(Math.round(Number(width))).toBe(842);
    expect(Math.round(Number(height))).toBe(595);
  });

  test('the same table is offered as CSV and each district page shows its figures', async ({ page, request }) => {
    const csv = await request.get('/data/activities-by-area.csv');
    const text = await csv.text();
    expect(text.startsWith('\uFEFF区分,地区,小学校区,')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const total = rows.find((r) => r.区分 === '合計')!;
    expect(Number(total.計_活動中)).toBe(listed.filter((a) => a.data.status === 'active').length);
    expect(Number(total.計_休止中)).toBe(listed.filter((a) => a.data.status === 'paused').length);
    const kita = areas.find((a) => a.id === 'kita')!;
    expect(text.split('\r\n').filter((l) => l.includes(`,${kita.data.name},`))).toHaveLength((kita.data.schools as string[]).length + 1 + (listed.some((a) => a.data.area === 'kita' && !a.data.schoolDistrict) ? 1 : 0));

    await page.goto('/opendata/');
    await expect(page.getByRole('link', { name: 'activities-by-area.csvをダウンロード' })).toHaveAttribute('href', '/data/activities-by-area.csv');

    await page.goto('/areas/kita/');
    const population = kita.data.population as { aged65: number; source: string };
    await expect(page.getByText(`${population.aged65.toLocaleString('ja-JP')}人`)).toBeVisible();
    await expect(page.getByText(population.source, { exact: false })).toBeVisible();
    const gatherings = listed.filter((a) => a.data.area === 'kita' && a.data.status === 'active' && ['サロン・茶話会', '通いの場・体操'].includes(a.data.category)).length;
    const per1000 = (Math.round((gatherings / population.aged65) * 10000) / 10).toFixed(1);
    await expect(page.locator('dd', { hasText: `${per1000}か所` })).toBeVisible();
    await expect(page.getByRole('region', { name: `${kita.data.name}の分類ごとの活動の数（小学校区別）` })).toBeVisible();
  });
});

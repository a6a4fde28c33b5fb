import { expect, type Page, test } from '@playwright/test';
import { CATEGORY_IDS, TARGET_IDS } from '../../src/schemas/activity';
import { entries } from './content';

/** What the content says, read independently of the site's own filter code. */
const listed = entries('activities').filter((a) => a.data.status !== 'ended');
const today = new Date().toISOString().slice(0, 10);
const dateText = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const regular = (a: (typeof listed)[number]) => (a.data.schedule ?? []).filter((r: any) => r.freq !== 'irregular');

type Predicate = (a: (typeof listed)[number]) => boolean;
const meetsOn = (day: string): Predicate => (a) => regular(a).some((r: any) => r.weekdays.includes(day));
const meetsDuring = (from: number, to: number): Predicate => (a) =>
  regular(a).some((r: any) => r.opens && minutes(r.opens) < to && (r.closes ? minutes(r.closes) : minutes(r.opens) + 1) > from);

const single: [string, Predicate][] = [
  ...['chuo', 'kita', 'minami', 'higashi', 'nishi', 'yamabe'].map((id): [string, Predicate] => [`area=${id}`, (a) => a.data.area === id]),
  ...Object.entries(CATEGORY_IDS).map(([label, id]): [string, Predicate] => [`category=${id}`, (a) => a.data.category === label]),
  ...Object.entries(TARGET_IDS).map(([label, id]): [string, Predicate] => [`target=${id}`, (a) => a.data.targets.includes(label)]),
  ['day=wed', meetsOn('wed')],
  ['day=sat', meetsOn('sat')],
  ['time=am', meetsDuring(0, 720)],
  ['time=night', meetsDuring(1080, 1440)],
  ['free=1', (a) => a.data.cost.free === true],
  ['noreserve=1', (a) => a.data.reservation === '不要'],
  ['visit=1', (a) => a.data.firstVisit?.visit === true],
  ['trial=1', (a) => a.data.firstVisit?.trial === true],
  ['accompany=1', (a) => a.data.firstVisit?.accompany === true],
  ['barrierfree=1', (a) => (a.data.accessibility ?? []).some((x: string) => x === '車いす可' || x === '段差なし')],
  ['help=1', (a) => (a.data.helpWanted ?? []).some((h: any) => !h.until || dateText(h.until) >= today)],
];
const and = (...ps: Predicate[]): Predicate => (a) => ps.every((p) => p(a));
const or = (...ps: Predicate[]): Predicate => (a) => ps.some((p) => p(a));
const pred = (query: string) => single.find(([q]) => q === query)![1];

const combinations: [string, Predicate][] = [
  ['day=wed,sat', or(meetsOn('wed'), meetsOn('sat'))],
  ['area=kita&day=wed&target=elderly', and(pred('area=kita'), meetsOn('wed'), pred('target=elderly'))],
  ['area=minami,nishi&free=1&visit=1', and(or(pred('area=minami'), pred('area=nishi')), pred('free=1'), pred('visit=1'))],
  ['category=salon,kayoinoba&time=am', and(or(pred('category=salon'), pred('category=kayoinoba')), pred('time=am'))],
  ['target=family&day=sat,sun&noreserve=1', and(pred('target=family'), or(meetsOn('sat'), meetsOn('sun')), pred('noreserve=1'))],
];

const visibleIds = (page: Page) =>
  page.locator('[data-directory-item]:visible [data-activity]').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.activity!).sort());

const expected = (p: Predicate) => listed.filter(p).map((a) => a.id).sort();

test.describe('the directory filters', () => {
  test('every single filter shows exactly the activities the content says', async ({ page }) => {
    test.setTimeout(180_000);
    for (const [query, predicate] of single) {
      await page.goto(`/activities/?${query}`);
      await expect(page.locator('[data-directory-status]'), query).toContainText(expected(predicate).length ? `${expected(predicate).length}件` : '条件に合う活動はありません');
      expect(await visibleIds(page), query).toEqual(expected(predicate));
    }
  });

  test('several values of one filter are ORed and different filters ANDed', async ({ page }) => {
    for (const [query, predicate] of combinations) {
      await page.goto(`/activities/?${query}`);
      expect(await visibleIds(page), query).toEqual(expected(predicate));
    }
    // The samples make these combinations meaningful: each narrows to some but not all.
    expect(expected(combinations[1]![1]).length).toBeGreaterThan(0);
    expect(expected(combinations[0]![1]).length).toBeLessThan(listed.length);
  });

  test('the form shows the state of the link, the count is announced, and Back goes back', async ({ page }) => {
    await page.goto('/activities/?area=kita&day=wed');
    await page.getByText('条件でしぼりこむ').click();
    await expect(page.getByRole('checkbox', { name: '北部地区' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '水曜' })).toBeChecked();
    const status = page.locator('[data-directory-status]');
    await expect(status).toContainText(`${expected(and(pred('area=kita'), meetsOn('wed'))).length}件の活動が見つかりました`);
    await expect(status).toContainText('北部地区・水曜');

    await page.getByRole('checkbox', { name: '無料' }).check();
    await expect(page).toHaveURL(/\?area=kita&day=wed&free=1$/);
    expect(await visibleIds(page)).toEqual(expected(and(pred('area=kita'), meetsOn('wed'), pred('free=1'))));

    await page.goBack();
    await expect(page).toHaveURL(/\?area=kita&day=wed$/);
    await expect(page.getByRole('checkbox', { name: '無料' })).not.toBeChecked();
    expect(await visibleIds(page)).toEqual(expected(and(pred('area=kita'), meetsOn('wed'))));

    await page.getByRole('link', { name: '条件をすべて外す' }).click();
    await expect(page).toHaveURL(/\/activities\/$/);
    expect(await visibleIds(page)).toEqual(expected(() => true));
  });

  test('小学校区 are offered inside the chosen 地区', async ({ page }) => {
    await page.goto('/activities/');
    await page.getByText('条件でしぼりこむ').click();
    const schools = page.getByRole('group', { name: '小学校区' });
    await expect(schools.getByRole('checkbox')).toHaveCount(0);
    await page.getByRole('checkbox', { name: '北部地区' }).check();
    await expect(schools.getByRole('checkbox').first()).toBeVisible();
    const names = await schools.getByRole('checkbox').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => (e as HTMLInputElement).value));
    expect(names.length).toBeGreaterThan(0);
  });

  test('sorting by area puts the activities in one list in area order', async ({ page }) => {
    await page.goto('/activities/?sort=area');
    await expect(page.getByRole('heading', { name: '条件に合う活動' })).toBeVisible();
    const areas = await page.locator('[data-directory-flat] [data-directory-item]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.areaOrder));
    expect(areas).toEqual([...areas].sort());
    expect(areas).toHaveLength(listed.length);
  });

  test('sorting by next date puts the soonest first, each card saying when', async ({ page }) => {
    await page.goto('/activities/?sort=next');
    const next = await page.locator('[data-directory-flat] [data-directory-item]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.next || '9999'));
    expect(next).toEqual([...next].sort());
    expect(next.filter((d) => d !== '9999').length).toBeGreaterThan(listed.length / 2);
    await expect(page.locator('[data-directory-flat] [data-directory-item]').first().getByText(/^次回/)).toBeVisible();
  });

  test('paused activities are marked and ended ones never appear', async ({ page }) => {
    await page.goto('/activities/');
    for (const a of entries('activities').filter((x) => x.data.status === 'paused')) {
      await expect(page.locator(`[data-activity="${a.id}"]`).getByText('休止中')).toBeVisible();
    }
    for (const a of entries('activities').filter((x) => x.data.status === 'ended')) {
      await expect(page.locator(`[data-activity="${a.id}"]`)).toHaveCount(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the directory lists every active activity with its facts, and no form that cannot work', async ({ page }) => {
    await page.goto('/activities/?area=kita');
    expect(await visibleIds(page)).toEqual(expected(() => true));
    await expect(page.getByText('条件でしぼりこむ')).toBeHidden();
    const card = page.locator('[data-activity="salon-hinatabokko"]');
    await expect(card).toContainText(`会場${listed.find((a) => a.id === 'salon-hinatabokko')!.data.venue.name}`);
    await expect(card).toContainText('毎週水曜');
  });
});

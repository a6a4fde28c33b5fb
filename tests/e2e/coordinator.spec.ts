/**
 * Coordinators in outreach: an activity's one-page handout with a QR code, a list for one person (built with
 * 「リストに追加」, kept only in this browser, shared as a URL, printed as one handout), and お手伝い募集.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page, expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { dataEntries, entries } from './content';

test.use({ deviceScaleFactor: 2 });

const activities = entries('activities');
const listed = activities.filter((a) => a.data.status !== 'ended');
const byName = (name: string) => listed.find((a) => a.data.name === name)!;

/** Reads a QR code back from a screenshot, as a phone camera would from the printout. */
async function decodeQr(qr: Locator) {
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The text of each page of the printed PDF (NFKC, as PDF text often comes back in compatibility forms). */
async function printedPages(page: Page) {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').normalize('NFKC').replace(/\s+/g, ''));
  }
  return pages;
}

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/** A button named for its activity: 「名前」を + what it does (screen readers hear which activity it acts on). */
const named = (name: string, action: string) => new RegExp(`^「${name}」を\\s*${action}$`);

test.describe('print handout', () => {
  test('its QR code reads back as the page’s canonical URL, printed beside it; it fits one A4 sheet', async ({ page }) => {
    const activity = activities.find((a) => a.id === 'salon-hinatabokko')!;
    await page.goto(`/activities/${activity.id}/`);
    await page.getByRole('link', { name: '印刷用のページ' }).click();
    await expect(page).toHaveURL(`/activities/${activity.id}/print/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/activities/${activity.id}/$`));
    const qr = page.getByRole('img', { name: `「${activity.data.name}」のページのQRコード` });
    expect(await decodeQr(qr)).toBe(canonical);
    await expect(page.locator('figure.qr-block')).toContainText(canonical!);
    await expect(page.locator('.phone')).toContainText(activity.data.contact.phone);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('body')).toHaveAttribute('data-pagefind-ignore', 'all');
    await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
    expect(await printedPages(page)).toHaveLength(1);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('every activity’s handout prints on one A4 sheet', async ({ page }) => {
    test.setTimeout(5 * 60_000);
    const over: string[] = [];
    for (const activity of activities) {
      await page.goto(`/activities/${activity.id}/print/`);
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length;
      if (pages !== 1) over.push(`${activity.id}: ${pages} pages`);
    }
    expect(over).toEqual([]);
  });

  test('a print page is not in the sitemap', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).not.toContain('/print/');
  });

  test('an old slug keeps working for the page and its print page', async ({ page }) => {
    const renamed = activities.find((a) => a.data.redirectFrom?.length)!;
    for (const old of renamed.data.redirectFrom as string[]) {
      await page.goto(`/activities/${old}/print/`);
      await expect(page).toHaveURL(`/activities/${renamed.id}/print/`);
      await expect(page.locator('h1')).toHaveText(renamed.data.name);
      await page.goto(`/activities/${old}/`);
      await expect(page).toHaveURL(`/activities/${renamed.id}/`);
    }
  });
});

test('/soudan/ prints on one A4 sheet with every window’s phone number', async ({ page }) => {
  await page.goto('/soudan/');
  const pages = await printedPages(page);
  expect(pages).toHaveLength(1);
  const windows = listed.filter((a) => a.data.category === '相談窓口' && a.data.contact.phone);
  expect(windows.length).toBeGreaterThan(0);
  for (const w of windows) expect(pages[0], w.data.name).toContain(compact(w.data.contact.phone));
});

test.describe('the coordinator’s list', () => {
  // Three activities with different phone numbers, so each can be found whole on the printout.
  const [a, b, c] = ['サロン ひなたぼっこ', '北部いきいき百歳体操', 'みなみ子ども食堂'].map(byName) as [typeof listed[0], typeof listed[0], typeof listed[0]];
  const header = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^リスト/ });

  test('built with 「リストに追加」, it survives a reload, reorders by keyboard, opens the same elsewhere and prints each activity whole', async ({ page, browser }) => {
    await page.goto(`/activities/${a.id}/`);
    await expect(header(page)).toBeHidden();
    await page.getByRole('button', { name: named(a.data.name, 'リストに追加') }).click();
    await expect(page.getByRole('status').filter({ hasText: 'リストに追加しました' })).toContainText('1件');
    await expect(header(page)).toHaveText(/リスト\s*1件/);
    await page.goto(`/activities/${b.id}/`);
    await page.getByRole('button', { name: /リストに追加$/ }).click();
    await page.goto('/activities/');
    await page.getByRole('button', { name: named(c.data.name, 'リストに追加') }).click();
    await expect(page.getByRole('button', { name: named(c.data.name, 'リストから外す') })).toBeVisible();
    await page.reload();
    await expect(header(page)).toHaveText(/リスト\s*3件/);

    await header(page).click();
    await expect(page).toHaveURL(`/list/?ids=${a.id},${b.id},${c.id}`);
    const names = page.getByRole('list', { name: 'リストの活動' }).getByRole('heading');
    await expect(names).toHaveText([a.data.name, b.data.name, c.data.name]);

    // Keyboard: move c up, then delete b.
    await page.getByRole('button', { name: named(c.data.name, '上へ') }).focus();
    await page.keyboard.press('Enter');
    await expect(names).toHaveText([a.data.name, c.data.name, b.data.name]);
    await expect(page.getByRole('button', { name: named(c.data.name, '上へ') })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '2番目に移動しました' })).toBeAttached();
    await page.getByRole('button', { name: named(b.data.name, '削除') }).press('Enter');
    await expect(names).toHaveText([a.data.name, c.data.name]);
    await page.goto(`/activities/${b.id}/`);
    await page.getByRole('button', { name: /リストに追加$/ }).click();
    await page.goto('/list/');
    await expect(names).toHaveText([a.data.name, c.data.name, b.data.name]);
    await page.reload();
    await expect(names).toHaveText([a.data.name, c.data.name, b.data.name]);

    const url = await page.getByLabel('このリストのURL').inputValue();
    expect(url).toMatch(new RegExp(`/list/\\?ids=${a.id},${c.id},${b.id}$`));
    expect(await decodeQr(page.getByRole('img', { name: 'このリストのQRコード' }))).toBe(url);
    const line = new URL((await page.getByRole('link', { name: 'LINEで送る' }).getAttribute('href'))!);
    expect(`${line.origin}${line.pathname}`).toBe('https://line.me/R/share');
    expect(line.searchParams.get('text')).toContain(url);
    for (const activity of [a, b, c]) {
      const item = page.locator(`[data-list-item="${activity.id}"]`);
      expect(await decodeQr(item.getByRole('img'))).toMatch(new RegExp(`/activities/${activity.id}/$`));
    }

    // The printout: each activity's name and phone number on the same sheet, the list's URL on the first.
    const pages = await printedPages(page);
    expect(pages[0]).toContain(compact(url));
    for (const activity of [a, b, c]) {
      const withName = pages.findIndex((p) => p.includes(compact(activity.data.name)));
      expect(withName, activity.id).toBeGreaterThanOrEqual(0);
      expect(pages[withName], `${activity.id} kept whole`).toContain(activity.data.contact.phone);
    }
    await page.emulateMedia({ media: 'print' });
    for (const item of await page.locator('[data-list-item]:visible').all()) {
      expect(await item.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    }
    await page.emulateMedia({ media: 'screen' });

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(other.getByRole('list', { name: 'リストの活動' }).getByRole('heading')).toHaveText([a.data.name, c.data.name, b.data.name]);
    expect(await other.evaluate(() => localStorage.length), 'opening a list stores nothing').toBe(0);
    await fresh.close();

    await page.getByRole('button', { name: 'リストを空にする' }).click();
    await expect(page.getByText('リストはまだ空です')).toBeVisible();
    await expect(header(page)).toBeHidden();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('names ended and unknown ids instead of dropping them, and follows renamed slugs', async ({ page }) => {
    const ended = activities.find((x) => x.data.status === 'ended')!;
    const renamed = activities.find((x) => x.data.redirectFrom?.length)!;
    await page.goto(`/list/?ids=${a.id},${ended.id},no-such-activity,${renamed.data.redirectFrom[0]}`);
    await expect(page.getByRole('list', { name: 'リストの活動' }).getByRole('heading')).toHaveText([a.data.name, renamed.data.name]);
    await expect(page.getByText(/終了した活動のため表示していません/)).toContainText(ended.data.name);
    await expect(page.getByText(/見つからない活動があります/)).toContainText('no-such-activity');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the list page says what it needs and links to the directory; no dead buttons anywhere', async ({ page }) => {
      await page.goto(`/list/?ids=${a.id}`);
      await expect(page.getByText('JavaScript を有効にするか')).toBeVisible();
      await page.getByRole('main').getByRole('link', { name: '地域の活動をさがす' }).click();
      await expect(page).toHaveURL('/activities/');
      await expect(page.getByRole('button', { name: /リストに追加/ })).toHaveCount(0);
      await expect(header(page)).toBeHidden();
    });
  });
});

test.describe('お手伝い募集', () => {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  const open = (w: { until?: string | Date }) => !w.until || new Date(w.until).toISOString().slice(0, 10) >= today;
  const wishes = listed.flatMap((a) => (a.data.helpWanted ?? []).map((w: Record<string, any>) => ({ ...w, activity: a })));
  const KIND: Record<string, string> = { 人手: 'hands', 物品: 'goods', 会場: 'venue', 担い手: 'bearer' };
  const LEVEL: Record<string, string> = { どなたでも: 'anyone', くらしのサポーター修了: 'supporter', 経験のある人: 'experienced' };
  const cards = (page: Page) => page.locator('.wish:visible');

  test('lists every open wish with its activity and whom to call; an expired wish is not shown', async ({ page }) => {
    await page.goto('/help-wanted/');
    await expect(cards(page)).toHaveCount(wishes.filter(open).length);
    const expired = wishes.find((w) => !open(w))!;
    await expect(page.getByText(expired.what)).toHaveCount(0);
    const wish = wishes.find((w) => open(w) && w.activity.data.contact.phone)!;
    const card = cards(page).filter({ hasText: wish.what });
    await expect(card.getByRole('link', { name: wish.activity.data.name })).toHaveAttribute('href', `/activities/${wish.activity.id}/`);
    await expect(card).toContainText(wish.activity.data.contact.phone);
    await expect(page.getByRole('status')).toContainText(`${wishes.filter(open).length}件`);
  });

  test('a page built before a wish’s last day hides it once that day has passed', async ({ page }) => {
    const dated = wishes.filter((w) => w.until && open(w));
    const last = dated.reduce((x, w) => (String(w.until) < String(x.until) ? w : x));
    const day = new Date(last.until).toISOString().slice(0, 10);
    await page.clock.install({ time: new Date(`${day}T23:59:00+09:00`) });
    await page.goto('/help-wanted/');
    await expect(cards(page).filter({ hasText: last.what })).toHaveCount(1);
    await page.clock.setSystemTime(new Date(`${day}T23:59:00+09:00`).getTime() + 2 * 60_000);
    await page.reload();
    await expect(page.getByText(last.what)).toBeHidden();
  });

  test('filters by 地区, kind and level from a link, announces the count, and Back restores the choice', async ({ page }) => {
    const supporter = wishes.filter((w) => open(w) && LEVEL[w.who] === 'supporter');
    await page.goto('/help-wanted/?level=supporter');
    await expect(cards(page)).toHaveCount(supporter.length);
    await expect(page.getByRole('checkbox', { name: 'くらしのサポーター修了' })).toBeChecked();
    await expect(page.getByRole('status')).toContainText(`${supporter.length}件を表示しています`);

    const area = dataEntries('areas').find((x) => wishes.some((w) => open(w) && w.activity.data.area === x.id))!;
    await page.goto(`/help-wanted/?area=${area.id}&kind=hands,goods`);
    const match = wishes.filter((w) => open(w) && w.activity.data.area === area.id && ['hands', 'goods'].includes(KIND[w.kind]!));
    await expect(cards(page)).toHaveCount(match.length);
    await page.getByRole('checkbox', { name: '物品' }).uncheck();
    await expect(page).toHaveURL(`/help-wanted/?area=${area.id}&kind=hands`);
    await expect(cards(page)).toHaveCount(match.filter((w) => KIND[w.kind] === 'hands').length);
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: '物品' })).toBeChecked();
    await expect(cards(page)).toHaveCount(match.length);
  });

  test('passes axe and reflows at 320 px, like the handout and the list', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/help-wanted/?kind=hands', '/list/?ids=salon-hinatabokko,minami-kodomo-shokudo', '/activities/salon-hinatabokko/print/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto('/help-wanted/?kind=hands');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('is linked from the home page, the くらしのサポーター article and council pages', async ({ page }) => {
    for (const path of ['/', '/articles/kurashi-supporter-kenshu-2026/', `/councils/${dataEntries('councils')[0]!.id}/`]) {
      await page.goto(path);
      await expect(page.getByRole('main').locator('a[href^="/help-wanted/"]').first(), path).toBeVisible();
    }
  });
});

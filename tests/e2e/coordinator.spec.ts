/**
 * Coordinators in outreach: an activity's one-page handout with a QR code, a list for one person (built with
 * 「リストに追加」, kept only in this browser, shared as a URL, printed as one handout), and お手伝い募集.
 * An activity's page loads no JavaScript: its 「リストに追加」 is a form that opens /list/?add=<slug>, where the list's
 * island adds the activity; the directory, which runs scripts anyway, adds and removes in place.
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
  const names = (page: Page) => page.getByRole('list', { name: 'リストの活動' }).getByRole('heading');
  /** The message /list/ shows after `?add=`: it takes focus, so a screen reader reads it first. */
  const addMessage = (page: Page) => page.locator('[data-list-add]');

  test('built with 「リストに追加」, it survives a reload, reorders by keyboard, opens the same elsewhere and prints each activity whole', async ({ page, browser }) => {
    await page.goto(`/activities/${a.id}/`);
    await expect(page.locator('script:not([type="application/ld+json"]), link[rel="modulepreload"]'), 'an activity page loads no JavaScript').toHaveCount(0);
    await expect(header(page), 'no list count where no script runs').toHaveCount(0);
    await page.getByRole('button', { name: named(a.data.name, 'リストに追加') }).click();
    await expect(page, 'the add parameter is gone, so a reload does not repeat it').toHaveURL(`/list/?ids=${a.id}`);
    await expect(page.getByRole('status').filter({ hasText: 'リストに追加しました' })).toHaveText(`「${a.data.name}」をリストに追加しました（1件）。`);
    await expect(addMessage(page)).toBeFocused();
    await expect(names(page)).toHaveText([a.data.name]);
    await expect(header(page)).toHaveText(/リスト\s*1件/);
    await addMessage(page).getByRole('link', { name: `「${a.data.name}」のページに戻る` }).click();
    await expect(page).toHaveURL(`/activities/${a.id}/`);
    await page.goto(`/activities/${b.id}/`);
    await page.getByRole('button', { name: /リストに追加$/ }).click();
    await expect(page).toHaveURL(`/list/?ids=${a.id},${b.id}`);
    await expect(page.getByRole('status').filter({ hasText: 'リストに追加しました' })).toContainText('2件');

    // The directory runs scripts anyway: there the same form adds and removes in place, and the header counts.
    await page.goto('/activities/');
    await expect(header(page)).toHaveText(/リスト\s*2件/);
    await page.getByRole('button', { name: named(c.data.name, 'リストに追加') }).click();
    await expect(page.getByRole('button', { name: named(c.data.name, 'リストから外す') })).toBeFocused();
    await expect(page.locator(`[data-add-to-list="${c.id}"]`).getByRole('status')).toHaveText(`「${c.data.name}」をリストに追加しました（3件）。`);
    await expect(page).toHaveURL('/activities/');
    await expect(header(page)).toHaveText(/リスト\s*3件/);
    await page.getByRole('button', { name: named(c.data.name, 'リストから外す') }).click();
    await expect(header(page)).toHaveText(/リスト\s*2件/);
    await page.getByRole('button', { name: named(c.data.name, 'リストに追加') }).press('Enter');
    await expect(page.getByRole('button', { name: named(c.data.name, 'リストから外す') })).toBeVisible();
    await page.reload();
    await expect(header(page)).toHaveText(/リスト\s*3件/);
    await expect(page.getByRole('button', { name: named(c.data.name, 'リストから外す') })).toBeVisible();

    await header(page).click();
    await expect(page).toHaveURL(`/list/?ids=${a.id},${b.id},${c.id}`);
    const shown = names(page);
    await expect(shown).toHaveText([a.data.name, b.data.name, c.data.name]);

    // Keyboard: move c up, then delete b.
    await page.getByRole('button', { name: named(c.data.name, '上へ') }).focus();
    await page.keyboard.press('Enter');
    await expect(shown).toHaveText([a.data.name, c.data.name, b.data.name]);
    await expect(page.getByRole('button', { name: named(c.data.name, '上へ') })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '2番目に移動しました' })).toBeAttached();
    await page.getByRole('button', { name: named(b.data.name, '削除') }).press('Enter');
    await expect(shown).toHaveText([a.data.name, c.data.name]);
    await page.goto(`/activities/${b.id}/`);
    await page.getByRole('button', { name: /リストに追加$/ }).click();
    await expect(page).toHaveURL(`/list/?ids=${a.id},${c.id},${b.id}`);
    await expect(shown).toHaveText([a.data.name, c.data.name, b.data.name]);
    await page.reload();
    await expect(shown).toHaveText([a.data.name, c.data.name, b.data.name]);

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

  test('adding the same activity twice keeps it once and says so; a reload adds nothing again', async ({ page }) => {
    for (let i = 0; i < 2; i++) {
      await page.goto(`/activities/${a.id}/`);
      await page.getByRole('button', { name: named(a.data.name, 'リストに追加') }).click();
      await expect(names(page)).toHaveText([a.data.name]);
      await expect(addMessage(page)).toContainText('（1件）');
    }
    await expect(page.getByRole('status').filter({ hasText: 'すでにリストに入っています' })).toHaveText(`「${a.data.name}」は、すでにリストに入っています（1件）。`);
    await expect(addMessage(page).getByRole('link', { name: `「${a.data.name}」のページに戻る` })).toHaveAttribute('href', `/activities/${a.id}/`);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: named(a.data.name, '削除') }).click();
    await expect(page).toHaveURL('/list/');
    await page.reload();
    await expect(page.getByText('リストはまだ空です')).toBeVisible();
    await expect(addMessage(page)).toBeHidden();
  });

  test('an unknown or hostile add value adds nothing and says so; an old slug adds the activity under its new one', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.goto(`/list/?add=${a.id}`);
    await expect(names(page)).toHaveText([a.data.name]);
    for (const value of ['../x', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'no-such-activity', `${a.id},${b.id}`, '']) {
      await page.goto(`/list/?add=${encodeURIComponent(value)}`);
      await expect(page.getByRole('status').filter({ hasText: '見つかりませんでした' }), value).toHaveText(
        '追加しようとした活動が見つかりませんでした（URLの誤りか、削除された活動です）。リストは変わっていません。',
      );
      await expect(addMessage(page).getByRole('link')).toBeHidden();
      await expect(names(page), value).toHaveText([a.data.name]);
      expect(new URL(page.url()).search, value).toBe(`?ids=${a.id}`);
    }
    await expect(page.locator('img[src="x"], [data-list-app] script')).toHaveCount(0);
    expect(dialogs).toEqual([]);

    const ended = activities.find((x) => x.data.status === 'ended')!;
    await page.goto(`/list/?add=${ended.id}`);
    await expect(addMessage(page).getByRole('status')).toHaveText(`「${ended.data.name}」は終了した活動のため、リストに追加できません。`);
    await expect(names(page)).toHaveText([a.data.name]);

    const renamed = activities.find((x) => x.data.redirectFrom?.length)!;
    await page.goto(`/list/?add=${renamed.data.redirectFrom[0]}`);
    await expect(names(page)).toHaveText([a.data.name, renamed.data.name]);
    await expect(page).toHaveURL(`/list/?ids=${a.id},${renamed.id}`);
  });

  test('a full list takes no more, and a browser that refuses storage still shows the activity and says it is not kept', async ({ page, browser }) => {
    const twenty = listed.slice(0, 20).map((x) => x.id);
    const next = listed[20]!;
    await page.goto('/list/');
    await page.evaluate((ids) => localStorage.setItem('coordinator-list', ids.join(',')), twenty);
    await page.goto(`/list/?add=${next.id}`);
    await expect(addMessage(page)).toContainText('リストに入れられるのは20件までです。');
    await expect(names(page)).toHaveCount(20);
    await expect(names(page).filter({ hasText: next.data.name })).toHaveCount(0);

    const blocked = await browser.newContext();
    await blocked.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    const other = await blocked.newPage();
    await other.goto(`/list/?add=${a.id}`);
    await expect(addMessage(other).getByRole('status')).toHaveText(
      `「${a.data.name}」をリストに追加しました（1件）。このブラウザーではリストを保存できません（プライベートブラウズなど）。`,
    );
    await expect(names(other)).toHaveText([a.data.name]);
    await expect(other).toHaveURL(`/list/?ids=${a.id}`);
    await blocked.close();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('an activity’s 「リストに追加」 opens the list page, which says what it needs and links to the directory', async ({ page }) => {
      await page.goto(`/activities/${a.id}/`);
      await page.getByRole('button', { name: named(a.data.name, 'リストに追加') }).click();
      await expect(page).toHaveURL(`/list/?add=${a.id}`);
      await expect(page.getByText('JavaScript を有効にするか')).toBeVisible();
      await expect(header(page)).toBeHidden();
      await page.getByRole('main').getByRole('link', { name: '地域の活動をさがす' }).click();
      await expect(page).toHaveURL('/activities/');
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

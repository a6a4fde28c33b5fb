import { expect, type Page, test } from '@playwright/test';
import { entries } from './content';
import { SEARCH_QUERIES } from './search-queries';

const status = (page: Page) => page.getByRole('status');
const DONE = /検索結果：\d+件|見つかりませんでした/;
const resultLinks = (page: Page) => page.locator('[data-search-results] h3 a');

/** Open the search page for a query string and wait until its results are shown. */
async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?${query}`);
  // The first search compiles Pagefind's WebAssembly: allow for a slow, shared test machine.
  await expect(status(page)).toHaveText(DONE, { timeout: 20_000 });
}

const paths = async (page: Page, limit: number) =>
  (await resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, limit);

test('the query set finds the expected page among the first five results (recall@5 ≥ 95%)', async ({ page }) => {
  test.setTimeout(120_000);
  const misses: string[] = [];
  let at1 = 0;
  let at5 = 0;
  const byKind = new Map<string, { total: number; at5: number }>();
  await page.goto('/search/');
  const box = page.locator('#search-q');
  for (const query of SEARCH_QUERIES) {
    // Typed and submitted as a person would, on one page (so Pagefind loads once, as it does for a visitor).
    await box.fill(query.q);
    await box.press('Enter');
    await expect(status(page)).toContainText(`「${query.q}」`, { timeout: 20_000 });
    const top = await paths(page, 5);
    const kind = byKind.get(query.kind) ?? { total: 0, at5: 0 };
    kind.total++;
    if (query.expect.includes(top[0] ?? '')) at1++;
    if (top.some((p) => query.expect.includes(p))) {
      at5++;
      kind.at5++;
    } else misses.push(`「${query.q}」: ${top.join(' ') || '（結果なし）'}`);
    byKind.set(query.kind, kind);
  }
  const total = SEARCH_QUERIES.length;
  const pct = (n: number) => `${((n / total) * 100).toFixed(1)}%`;
  console.log(`search quality: ${total} queries, recall@1 ${pct(at1)} (${at1}), recall@5 ${pct(at5)} (${at5})`);
  console.log(`  by kind: ${[...byKind].map(([k, v]) => `${k} ${v.at5}/${v.total}`).join(', ')}`);
  for (const miss of misses) console.log(`  missed ${miss}`);
  expect(total).toBeGreaterThanOrEqual(40);
  expect(at5 / total).toBeGreaterThanOrEqual(0.95);
});

test('a ?q= link opens with the results and their count announced', async ({ page }) => {
  await searchFor(page, 'q=百歳体操');
  await expect(page.getByRole('searchbox', { name: '検索することば' }).last()).toHaveValue('百歳体操');
  await expect(status(page)).toHaveText(/「百歳体操」の検索結果：\d+件/);
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  await expect(page.getByText('この検索は JavaScript を使います')).toBeHidden();
  await resultLinks(page).filter({ hasText: '北部いきいき百歳体操' }).click();
  await expect(page).toHaveURL(/\/activities\/kita-ikiiki-taiso\/$/);
});

test('a filter narrows the results and is kept in the URL', async ({ page }) => {
  await searchFor(page, 'q=相談');
  const count = async () => Number(/(\d+)件/.exec((await status(page).textContent()) ?? '')?.[1]);
  const all = await count();
  await page.getByLabel('種類').selectOption({ label: '相談窓口' });
  await expect(page).toHaveURL(/[?&]type=soudan/);
  await expect(status(page)).toHaveText(/絞り込み中/, { timeout: 10_000 });
  const kinds = await page.locator('[data-search-results] .result-kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(await count()).toBeLessThan(all);
  expect(new Set(kinds)).toEqual(new Set(['相談窓口']));
  // The same filtered search from a link, and by district with sort by date
  await searchFor(page, 'q=会議&type=notice&area=kita&sort=date');
  await expect(page.getByLabel('地区')).toHaveValue('kita');
  const titles = await resultLinks(page).allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title).toContain('北部');
});

test('another spelling finds the page (子供食堂 → 子ども食堂)', async ({ page }) => {
  await searchFor(page, `q=${encodeURIComponent('子供食堂')}`);
  // Every 子ども食堂 in the samples is written 子ども: the variant spelling must still bring them to the top.
  const shokudo = entries('activities').filter((a) => a.data.category === '子ども食堂・食の支援').map((a) => `/activities/${a.id}/`);
  const top = await paths(page, 3);
  expect(top.length).toBe(3);
  for (const path of top) expect(shokudo).toContain(path);
});

test('Enter that confirms an IME conversion does not search; the next Enter does', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).toHaveText(/入力して/);
  const box = page.locator('#search-q');
  await box.focus();
  const cdp = await page.context().newCDPSession(page);
  // Typing こども with a Japanese IME: the text is still being composed when Enter is pressed to confirm 子ども.
  await cdp.send('Input.imeSetComposition', { text: 'こども', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text: '子ども' });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await expect(box).toHaveValue('子ども');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(status(page)).toHaveText(/入力して/);
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=%E5%AD%90%E3%81%A9%E3%82%82$/);
  await expect(status(page)).toHaveText(/「子ども」の検索結果：\d+件/, { timeout: 20_000 });
});

test('every page has a search form in its header that goes to /search/', async ({ page }) => {
  await page.goto('/activities/salon-hinatabokko/');
  const form = page.getByRole('search', { name: 'サイト内検索' });
  await form.getByRole('searchbox').fill('サロン');
  await form.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E3%82%B5%E3%83%AD%E3%83%B3$/);
  await expect(status(page)).toHaveText(/「サロン」の検索結果：\d+件/, { timeout: 20_000 });
});

test('the first search transfers at most 100 KB from /pagefind/', async ({ page }) => {
  const transfers: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) transfers.push(request.sizes().then((s) => ({ path, bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  await searchFor(page, `q=${encodeURIComponent('子ども食堂')}`);
  await expect(resultLinks(page)).toHaveCount(5);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(transfers);
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`first search: ${(bytes / 1024).toFixed(1)} KB from /pagefind/ in ${files.length} files\n  ${files.map((f) => `${f.path} ${f.bytes}`).join('\n  ')}`);
  expect(files.some((f) => f.path.endsWith('.pf_fragment'))).toBe(true);
  expect(bytes).toBeLessThanOrEqual(100 * 1024);
  // The page preloads Pagefind's script and WebAssembly; the island then uses those copies instead of fetching again.
  const preloaded = await page.locator('link[rel="modulepreload"], link[rel="preload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(preloaded).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']);
  for (const path of preloaded) expect(files.filter((f) => f.path === path), path).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says it needs JavaScript and offers other ways in', async ({ page }) => {
    await page.goto('/search/?q=サロン');
    await expect(page.getByText('この検索は JavaScript を使います')).toBeVisible();
    const browse = page.getByRole('navigation', { name: 'ほかの探し方' });
    await expect(browse.getByRole('link', { name: /地域の活動をさがす/ })).toHaveAttribute('href', '/activities/');
    await expect(browse.getByRole('link', { name: '記事の一覧' })).toHaveAttribute('href', '/articles/');
    await expect(page.getByRole('button', { name: 'さらに表示する' })).toBeHidden();
  });
});

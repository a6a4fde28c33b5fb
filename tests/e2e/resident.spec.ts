import { statSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { dataEntries, entries, publishedArticles, site } from './content';

/** Every page: one h1, lang ja, a skip link first, nothing requested from another host. */
async function open(page: Page, path: string) {
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(request.url());
  });
  const response = await page.goto(path);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('body a').first()).toHaveText('本文へ移動');
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  return response;
}

const articles = publishedArticles();

test('home shows pinned and latest articles, upcoming meetings and ways into the directory', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('h1')).toContainText(site().shortName);
  const pinned = page.getByRole('region', { name: '注目の記事' });
  await expect(pinned.getByRole('article')).toHaveCount(articles.filter((a) => a.data.pinned).length);
  await expect(page.getByRole('region', { name: '新しい記事' }).getByRole('article').first()).toBeVisible();
  const upcoming = page.getByRole('region', { name: 'これからの協議体の会議' });
  await expect(upcoming.getByRole('article').first()).toBeVisible();
  await expect(upcoming).not.toContainText('中止');
  const directory = page.getByRole('region', { name: '地域の活動をさがす' });
  await expect(directory.getByRole('link', { name: /サロン・茶話会/ })).toBeVisible();
  for (const area of dataEntries('areas')) await expect(directory.getByRole('link', { name: area.data.name })).toBeVisible();
});

test('articles are paginated, newest first, drafts hidden', async ({ page }) => {
  await open(page, '/articles/');
  const titles = page.getByRole('article').getByRole('heading');
  await expect(titles).toHaveCount(Math.min(12, articles.length));
  await expect(titles.first()).toHaveText(articles[0]!.data.title);
  const draft = entries('articles').find((a) => a.data.draft);
  if (draft) await expect(page.getByText(draft.data.title)).toHaveCount(0);
  if (articles.length > 12) {
    await page.getByRole('navigation', { name: 'ページ送り' }).getByRole('link', { name: '次のページ' }).click();
    await expect(page).toHaveURL(/\/articles\/page\/2\/$/);
    await expect(page.locator('h1')).toHaveText('記事（2ページ目）');
    await expect(page.getByRole('article')).toHaveCount(articles.length - 12);
  }
});

test('an article in a numbered series shows its hero, byline, dates, series, tags, activities and share links', async ({ page }) => {
  const article = articles.find((a) => a.data.volume && a.data.activities?.length)!;
  await open(page, `/articles/${article.id}/`);
  await expect(page.locator('h1')).toHaveText(article.data.title);
  const hero = page.locator('figure.hero');
  await expect(hero.locator('img')).toHaveAttribute('alt', article.data.hero.alt);
  if (article.data.hero.caption) await expect(hero.locator('figcaption')).toHaveText(article.data.hero.caption);
  await expect(page.getByText(`Vol.${article.data.volume}`).first()).toBeVisible();
  await expect(page.locator('.byline')).toContainText('令和');
  await expect(page.locator('.byline')).toContainText(`${new Date(article.data.publishedAt).getFullYear()}年`);
  for (const tag of article.data.tags) await expect(page.getByRole('link', { name: `#${tag}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'この記事に出てくる活動' }).getByRole('article')).toHaveCount(article.data.activities.length);
  await expect(page.getByRole('link', { name: 'LINEで送る' })).toHaveAttribute('href', /line\.me.*articles%2F/);
  await expect(page.getByRole('region', { name: '関連する記事' }).getByRole('article').first()).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ '@type': 'Article', headline: article.data.title });
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\//);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/articles/${article.id}/$`));
});

test('an article with an easy-Japanese summary shows it in a labelled box', async ({ page }) => {
  const article = articles.find((a) => a.data.easySummary)!;
  await open(page, `/articles/${article.id}/`);
  await expect(page.getByRole('region', { name: 'やさしい にほんご' })).toContainText(article.data.easySummary.trim().slice(0, 10));
});

test('series and tag pages list their articles', async ({ page }) => {
  const series = dataEntries('series').find((s) => s.data.numbered)!;
  await open(page, `/series/${series.id}/`);
  await expect(page.locator('h1')).toHaveText(series.data.name);
  const inSeries = articles.filter((a) => a.data.series === series.id);
  await expect(page.getByRole('article')).toHaveCount(inSeries.length);
  const tag = articles[0]!.data.tags[0];
  await open(page, `/tags/${encodeURIComponent(tag)}/`);
  await expect(page.locator('h1')).toHaveText(`#${tag} の記事`);
  await expect(page.getByRole('article')).toHaveCount(articles.filter((a) => a.data.tags.includes(tag)).length);
});

test('the directory lists every listed activity by category and in 五十音順', async ({ page }) => {
  const listed = entries('activities').filter((a) => a.data.status !== 'ended');
  await open(page, '/activities/');
  await expect(page.getByText(`${listed.length}件の活動`)).toBeVisible();
  await expect(page.locator('.activity-summary')).toHaveCount(listed.length);
  await page.getByRole('link', { name: /^子ども食堂・食の支援/ }).click();
  await expect(page).toHaveURL(/#category-\d+$/);
  await expect(page.getByRole('region', { name: '五十音順の一覧' }).getByRole('link')).toHaveCount(listed.length);
});

test('an activity page tells a resident when, where, what it costs, how to join and whom to call', async ({ page }) => {
  const activity = entries('activities').find((a) => a.id === 'salon-hinatabokko')!;
  await open(page, `/activities/${activity.id}/`);
  await expect(page.locator('h1')).toHaveText(activity.data.name);
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('毎週水曜 10:00〜12:00');
  await expect(facts).toContainText(activity.data.venue.address);
  await expect(facts).toContainText(activity.data.cost.text);
  await expect(page.getByRole('region', { name: 'はじめての方へ' })).toContainText('見学できます');
  await expect(page.getByRole('region', { name: '参加のしかた' })).toContainText(activity.data.howToJoin);
  await expect(page.getByRole('complementary', { name: '問い合わせ先' })).toContainText(activity.data.contact.organization);
  await expect(page.getByRole('link', { name: activity.data.contact.phone })).toHaveAttribute('href', `tel:${activity.data.contact.phone}`);
  await expect(page.getByText('最終確認日')).toBeVisible();
  await expect(page.getByRole('region', { name: 'お手伝い募集' })).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ '@type': 'Event', name: activity.data.name, eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['https://schema.org/Wednesday'], startTime: '10:00:00' }] });
});

test('a monthly 第n曜日 schedule reads as residents say it', async ({ page }) => {
  await open(page, '/activities/minami-kodomo-shokudo/');
  await expect(page.locator('dl.facts')).toContainText('毎月第2・第4土曜');
});

test('paused, ended and long-unconfirmed activities say so; a renamed activity redirects', async ({ page }) => {
  const all = entries('activities');
  const paused = all.find((a) => a.data.status === 'paused')!;
  await open(page, `/activities/${paused.id}/`);
  await expect(page.getByRole('note')).toContainText('お休みしています');
  const ended = all.find((a) => a.data.status === 'ended')!;
  await open(page, `/activities/${ended.id}/`);
  await expect(page.getByRole('note')).toContainText('終了しました');
  const stale = all.find((a) => new Date(a.data.verifiedAt) < new Date(Date.now() - 366 * 86_400_000))!;
  await open(page, `/activities/${stale.id}/`);
  await expect(page.getByRole('note')).toContainText('1年以上確認されていません');
  const renamed = all.find((a) => a.data.redirectFrom?.length)!;
  await page.goto(`/activities/${renamed.data.redirectFrom[0]}/`);
  await expect(page).toHaveURL(new RegExp(`/activities/${renamed.id}/$`));
  await expect(page.locator('h1')).toHaveText(renamed.data.name);
});

test('an area page gathers its activities, its 第2層協議体 and notices, and its articles', async ({ page }) => {
  const council = dataEntries('councils').find((c) => c.data.layer === 2)!;
  const area = dataEntries('areas').find((a) => a.id === council.data.area)!;
  await open(page, `/areas/${area.id}/`);
  await expect(page.locator('h1')).toHaveText(area.data.name);
  const activities = entries('activities').filter((a) => a.data.area === area.id && a.data.status !== 'ended');
  await expect(page.getByRole('region', { name: /この地区の活動/ }).locator('.activity-summary')).toHaveCount(activities.length);
  await expect(page.getByRole('region', { name: 'この地区の協議体' }).getByRole('link', { name: council.data.name, exact: true })).toBeVisible();
});

test('councils: both layers, each council with its meetings', async ({ page }) => {
  const councils = dataEntries('councils');
  await open(page, '/councils/');
  await expect(page.getByRole('region', { name: '第1層（市全体）' }).getByRole('listitem')).toHaveCount(councils.filter((c) => c.data.layer === 1).length);
  await expect(page.getByRole('region', { name: '第2層（地区ごと）' }).getByRole('listitem')).toHaveCount(councils.filter((c) => c.data.layer === 2).length);
  const council = councils.find((c) => c.data.layer === 1)!;
  await page.getByRole('link', { name: council.data.name }).click();
  await expect(page.locator('h1')).toHaveText(council.data.name);
  const notices = entries('notices').filter((n) => n.data.council === council.id);
  await expect(page.locator('.notice-item')).toHaveCount(notices.length);
});

test('a report shows its 議事概要; a cancelled and a rescheduled meeting say so', async ({ page }) => {
  const notices = entries('notices');
  const report = notices.find((n) => n.data.kind === '開催報告')!;
  await open(page, `/notices/${report.id}/`);
  await expect(page.locator('h1')).toHaveText(report.data.title);
  await expect(page.getByRole('heading', { name: '議事概要' })).toBeVisible();
  const cancelled = notices.find((n) => n.data.status === 'cancelled')!;
  await open(page, `/notices/${cancelled.id}/`);
  await expect(page.getByRole('note')).toContainText('中止になりました');
  const rescheduled = notices.find((n) => n.data.status === 'rescheduled')!;
  await open(page, `/notices/${rescheduled.id}/`);
  await expect(page.getByRole('note')).toContainText('変更前の日時');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.eventStatus).toBe('https://schema.org/EventRescheduled');
});

test('a notice lists its documents with kind and size, and they download', async ({ page, request }) => {
  const notice = entries('notices').find((n) => n.data.documents?.length)!;
  await open(page, `/notices/${notice.id}/`);
  const doc = notice.data.documents[0];
  const link = page.getByRole('region', { name: '資料' }).getByRole('link', { name: new RegExp(`^${doc.title}（PDF、\\d+KB）$`) });
  await expect(link).toHaveAttribute('href', `/notices/${notice.id}/${doc.file}`);
  const response = await request.get(`/notices/${notice.id}/${doc.file}`);
  expect(response.ok()).toBe(true);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('about and 404 pages', async ({ page }) => {
  await open(page, '/about/');
  await expect(page.locator('h1')).toHaveText('このサイトについて');
  const response = await open(page, '/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('ページが見つかりません');
});

test('feed and sitemap list the content', async ({ request }) => {
  const feed = await (await request.get('/feeds/articles.xml')).text();
  expect(feed).toContain(`<title>${articles[0]!.data.title}</title>`);
  expect((feed.match(/<item>/g) ?? []).length).toBe(Math.min(30, articles.length));
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const a of entries('activities')) expect(sitemap).toContain(`/activities/${a.id}/`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a resident can go from home to an activity and read it', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('link', { name: /活動の一覧を見る/ }).click();
    await page.getByRole('link', { name: 'サロン ひなたぼっこ' }).first().click();
    await expect(page.locator('h1')).toHaveText('サロン ひなたぼっこ');
    await expect(page.locator('dl.facts')).toContainText('毎週水曜');
  });
});

test('the accessibility policy reports the latest sweep in the form public bodies publish', async ({ page }) => {
  await open(page, '/accessibility/');
  await expect(page.locator('h1')).toHaveText('ウェブアクセシビリティ方針');
  for (const heading of ['対象範囲', '目標とする適合レベル', '試験の方法', '試験の結果']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByText('JIS X 8341-3:2016').first()).toBeVisible();
  const results = page.locator('dl.facts');
  await expect(results).toContainText(/対象ページ数\s*\d+ ページ/);
  await expect(results).toContainText(/アクセシビリティの問題\s*\d+ 件/);
  await expect(results.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('readings are hidden until the reader turns ふりがな on', async ({ page }) => {
  const withRuby = entries('articles').find((a) => !a.data.draft && a.body.includes('<Ruby '))!;
  await open(page, `/articles/${withRuby.id}/`);
  const rt = page.locator('.prose rt').first();
  await expect(rt).toBeHidden();
  await page.getByLabel('漢字にふりがなをつける').check();
  await expect(rt).toBeVisible();
});

test('upcoming meetings are those still to come when the site was built (every night), and the list says on which day; a postponed one stays listed', async ({ page }) => {
  const notices = entries('notices').filter((n) => n.data.kind !== '開催報告');
  // Judged when the page was written (its file's time), not now: a meeting may end between the build and this test.
  const builtAt = statSync(new URL('../../dist/councils/index.html', import.meta.url)).mtimeMs;
  const dated = notices.filter((n) => ['scheduled', 'rescheduled'].includes(n.data.status) && +new Date(n.data.endsAt) > builtAt);
  const pending = notices.filter((n) => n.data.status === 'postponed');
  await open(page, '/councils/');
  const region = page.getByRole('region', { name: 'これからの協議体の会議' });
  await expect(region.getByRole('article')).toHaveCount(dated.length + pending.length);
  for (const n of pending) await expect(region.getByRole('article').filter({ hasText: n.data.title })).toContainText('日時：未定');
  await expect(region.getByText(/^この一覧は\d{4}年\d+月\d+日時点のものです。$/)).toBeVisible();
});

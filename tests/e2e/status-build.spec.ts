/**
 * /admin/status/ on the hosted admin: an editor signed in with GitHub sees why the newest build of the site failed
 * (the content check's annotations of the run, src/lib/build-runs.ts), above the check of the published build.
 * GitHub's API is answered from tests/fixtures/github; the admin's config is the built one, pointed at a repository.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const REPO = 'example-shakyo/chiiki-site';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/github/${name}`, import.meta.url), 'utf8')) as unknown;
const FAILED = '最新のサイトの作り直し（12月3日 9:05）が失敗しました。サイトにはまだ反映されていません。次の点を直してください。';

/** Signed in with GitHub (as Decap stores its user), the built config pointed at REPO, GitHub answering `runs`. */
async function hostedAdmin(page: Page, runs: string | null, signedIn = true) {
  const asked: { url: string; auth?: string }[] = [];
  if (signedIn) {
    await page.addInitScript(() => localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'github', token: 'gho_fake', login: 'henshu' })));
  }
  await page.route('/admin/config.yml', async (route) => {
    const config = await (await route.fetch()).text();
    expect(config).toMatch(/^ {2}name: github$/m);
    await route.fulfill({ body: config.replace(/^( {2}repo: ).*$/m, `$1${REPO}`), contentType: 'text/yaml' });
  });
  await page.route('https://api.github.com/**', async (route) => {
    const url = new URL(route.request().url());
    asked.push({ url: url.pathname + url.search, auth: route.request().headers().authorization });
    if (runs === null) return route.abort('internetdisconnected');
    const body = url.pathname.endsWith('/runs') ? fixture(runs)
      : url.pathname.endsWith('/check-runs') ? fixture('check-runs.json')
        : url.pathname.endsWith('/annotations') ? fixture('annotations.json') : undefined;
    return body === undefined ? route.fulfill({ status: 404, json: {} }) : route.fulfill({ json: body });
  });
  await page.goto('/admin/status/');
  // The check of the published build, as before.
  await expect(page.getByText('このサイトを作ったときの検査')).toBeVisible();
  return asked;
}

test('a failed build of the site is shown first, with each problem and where it is', async ({ page }) => {
  const asked = await hostedAdmin(page, 'runs-failed.json');
  const failed = page.getByRole('region', { name: FAILED });
  await expect(failed.getByRole('heading', { level: 2 })).toHaveText(FAILED);
  await expect(failed.getByRole('listitem')).toHaveText([
    '掲載承諾がない活動は掲載できませんcontent/activities/salon-hinata/index.mdx の 12 行目（掲載承諾 › 掲載承諾を得ている）',
    '終了日時は開始日時より後にしてくださいcontent/notices/kita-2027-01/index.mdx の 8 行目（終了日時）',
  ]);
  await expect(page.getByRole('heading', { level: 2, name: 'いま公開されているサイト（前回うまく作れたとき）の検査' })).toBeVisible();
  await expect(failed.getByRole('link', { name: 'GitHub で記録を見る（管理を担当している人向け）' })).toHaveAttribute('href', 'https://github.com/example-shakyo/chiiki-site/actions/runs/7001');
  // The repository and branch of the admin's config, with the editor's token.
  expect(asked.map((a) => a.url)).toEqual([
    `/repos/${REPO}/actions/workflows/site.yml/runs?branch=main&status=completed&per_page=1`,
    `/repos/${REPO}/commits/4f2c9e0d1a7b3c5e6f8091a2b3c4d5e6f7a8b9c0/check-runs?per_page=100`,
    `/repos/${REPO}/check-runs/8101/annotations?per_page=100`,
  ]);
  expect(asked.every((a) => a.auth === 'token gho_fake')).toBe(true);
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/status-build-failed-${width}.png`, fullPage: true });
  }
});

test('after a successful build the page says nothing about GitHub', async ({ page }) => {
  const asked = await hostedAdmin(page, 'runs-passed.json');
  await expect.poll(() => asked.length).toBe(1);
  await expect(page.getByText('失敗しました')).toHaveCount(0);
  await expect(page.getByText('GitHub')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('without a GitHub login GitHub is not asked; when it cannot be reached, a short note', async ({ page, context }) => {
  const asked = await hostedAdmin(page, 'runs-failed.json', false);
  await expect(page.getByText('問題はありません。すべての項目がサイトに載ります。')).toBeVisible();
  expect(asked).toEqual([]);
  await expect(page.getByText('失敗しました')).toHaveCount(0);

  const other = await context.newPage();
  await hostedAdmin(other, null);
  await expect(other.getByText('最新のサイトの作り直しの結果を GitHub に問い合わせられませんでした。通信の状態を確かめて、あとでもう一度開いてください。')).toBeVisible();
  await expect(other.getByText('問題はありません。すべての項目がサイトに載ります。')).toBeVisible();
});

/**
 * The admin refuses what the build would refuse, with the build's own rules and messages beside the field.
 * The admin must be built for the decap-server port the tests use (DECAP_PORT, 8081 by default); the editor specs run
 * one at a time (the `editor` project in playwright.config.ts), each with its own scratch copy on that port.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { choose, fieldBlock, fillActivity, frontmatter, openAdmin, publish, publishSaved, scrollsSideways, useScratch } from './cms-scratch';

const scratch = useScratch();

test('saving an activity the build would reject is refused beside the field, and nothing is written', async ({ page }) => {
  test.setTimeout(180_000);
  const folder = join(scratch.dir, 'content/activities');
  const before = readdirSync(folder).sort();
  await openAdmin(page, '/collections/activities/new');
  await fillActivity(page, 'salon-hinatabokko');
  await page.getByLabel(/^無料/).click();

  // 1. No consent recorded.
  await publish(page);
  await expect(fieldBlock(page, /^掲載承諾を得ている/).getByText('掲載承諾がない活動は掲載できません')).toBeVisible();
  expect(readdirSync(folder).sort()).toEqual(before);
  await page.getByLabel(/^掲載承諾を得ている/).click();

  // 2. Paid, but no cost written.
  await page.getByLabel(/^無料/).click();
  await publish(page);
  await expect(fieldBlock(page, /^費用の説明/).getByText('有料のときは金額を書いてください')).toBeVisible();
  expect(readdirSync(folder).sort()).toEqual(before);
  await page.getByLabel(/^費用の説明/).fill('1回100円（お茶代）');

  // 3. A slug another activity already has (it would have been written as index-1.mdx, never shown).
  await publish(page);
  await expect(fieldBlock(page, /^URL名/).getByText(/「salon-hinatabokko」は「.*」（content\/activities\/salon-hinatabokko\/index\.mdx）と重なっています/)).toBeVisible();
  expect(readdirSync(folder).sort()).toEqual(before);
  expect(readdirSync(join(folder, 'salon-hinatabokko')).filter((f) => f.endsWith('.mdx'))).toEqual(['index.mdx']);
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByLabel(/^URL名/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/refused-save-${width}.png` });
  }

  // Mended, it saves.
  await page.getByLabel(/^URL名/).fill('salon-aozora');
  await publishSaved(page);
  const file = join(folder, 'salon-aozora/index.mdx');
  await expect.poll(() => existsSync(file)).toBe(true);
  expect(frontmatter(file)).toMatchObject({ slug: 'salon-aozora', cost: { free: false, text: '1回100円（お茶代）' }, consent: { recorded: true } });
});

test('an entry saved once saves again under its own URL name; renamed onto another entry’s, it is refused', async ({ page }) => {
  test.setTimeout(180_000);
  const file = join(scratch.dir, 'content/activities/salon-kaede/index.mdx');
  await openAdmin(page, '/collections/activities/new');
  await fillActivity(page, 'salon-kaede');
  await page.getByLabel(/^無料/).click();
  await page.getByLabel(/^掲載承諾を得ている/).click();
  await publishSaved(page);
  await expect.poll(() => existsSync(file)).toBe(true);

  // Saved, it is the entry the admin knows under that name: not a twin of itself.
  const slugStatus = page.getByRole('status').filter({ hasText: 'salon-kaede' });
  await expect(slugStatus).toHaveText('公開中のURL名です（/activities/salon-kaede/）。印刷物のQRコードのため、なるべく変えません');
  await page.getByLabel(/^紹介文/).fill('公民館の和室で毎週ひらく、お茶とおしゃべりのサロンです。');
  await expect(page.getByText('保存しました。')).toHaveCount(0, { timeout: 10_000 }); // the first save's notice has gone
  await publishSaved(page);
  await expect.poll(() => frontmatter(file).summary).toBe('公民館の和室で毎週ひらく、お茶とおしゃべりのサロンです。');

  // Renamed onto another activity's URL name, it is refused beside the field and nothing is written.
  const before = readFileSync(file, 'utf8');
  await page.getByLabel(/^URL名/).fill('salon-hinatabokko');
  await publish(page);
  await expect(fieldBlock(page, /^URL名/).getByText(/「salon-hinatabokko」は「.*」（content\/activities\/salon-hinatabokko\/index\.mdx）と重なっています/)).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('at 768 px the entry list and the editor fit the window, with nothing scrolled sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 768, height: 1024 });
  await openAdmin(page, '/collections/activities');
  await expect(page.getByText(/最終確認/).first()).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
  await page.screenshot({ path: 'test-results/list-768.png', fullPage: true });

  await openAdmin(page, '/collections/activities/entries/kita-ikiiki-taiso/index');
  await expect(page.getByLabel(/^URL名/)).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
  // The toolbar's buttons are all on screen, not cut off at the right edge.
  for (const control of [page.getByRole('button', { name: /^公開/ }).first(), page.getByRole('button', { name: 'エントリを削除' })]) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(768);
  }
  await page.screenshot({ path: 'test-results/editor-768.png' });

  // Decap's own words, corrected: the back link, the live page, a date-only field's button, removing a choice.
  await expect(page.getByRole('link', { name: /地域の活動の一覧へ戻る/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /ライブで見る/ })).toHaveAttribute('href', /\/activities\/kita-ikiiki-taiso\/$/);
  await expect(page.getByRole('button', { name: '今日の日付を最終確認日に入れる' })).toHaveText('今日');
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^.+を外す$/ }).first()).toBeAttached();
});

test('the admin links to the editors’ guide, which works without the network and passes axe', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!/^(https?:\/\/(localhost|127\.0\.0\.1)[:/]|data:|blob:)/.test(request.url())) foreign.push(request.url());
  });
  await openAdmin(page, '/collections/articles');
  await expect(page.getByRole('banner').getByRole('link', { name: '使い方（編集する方へ）' })).toBeVisible();
  // decap-server has no workflow: the admin says that 公開する writes at once.
  await expect(page.getByRole('complementary').getByText('「公開する」を押すとすぐにファイルに保存されます', { exact: false })).toBeVisible();
  await page.getByRole('complementary').getByRole('link', { name: '使い方（編集する方へ）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '使い方（編集する方へ）' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  for (const section of ['地域の活動を追加する・直す', '協議体のお知らせ（開催案内・中止・延期・開催報告）', '写真のある記事を書く', '赤い字が出たとき（保存できないとき）', '下書き → 確認待ち → 公開', '困ったときの問い合わせ先']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  expect(foreign).toEqual([]);
  await page.getByRole('link', { name: '管理画面に戻る' }).click();
  await expect(page).toHaveURL(/\/admin\/(#.*)?$/);
});

test('lists show date, kind and status in Japanese and sort by date', async ({ page }) => {
  test.setTimeout(120_000);
  await openAdmin(page, '/collections/notices');
  const cards = page.locator('main h2');
  await expect(page.getByText('2026/09/08 開催案内 令和8年度 第2回 南部地区 支え合い会議（中止） 〔中止〕')).toBeVisible();
  await expect(page.getByText(/⟨|cancelled|postponed/)).toHaveCount(0);
  const dates = async () => (await cards.allInnerTexts()).map((t) => /^(\d{4}\/\d{2}\/\d{2})/.exec(t)?.[1]).filter(Boolean) as string[];
  await expect.poll(async () => (await dates()).length).toBeGreaterThan(5);
  await page.getByRole('button', { name: /ソート/ }).click();
  await page.getByRole('menuitem', { name: /開始日時/ }).click();
  await expect.poll(async () => { const d = await dates(); return d.join() === [...d].sort().join(); }).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/list-notices-1280.png' });

  await openAdmin(page, '/collections/activities');
  await expect(page.getByText(/〔休止中〕/).first()).toBeVisible();
  await expect(page.getByText(/⟨|paused|\bkita\b/)).toHaveCount(0);
  await page.getByRole('button', { name: /グルーピング/ }).click();
  await page.getByRole('menuitem', { name: '地区' }).click();
  await expect(page.getByRole('heading', { name: '地区 北部地区' })).toBeVisible();
  await page.setViewportSize({ width: 768, height: 900 });
  await page.screenshot({ path: 'test-results/list-activities-768.png' });
});

test('a slug is suggested from the よみがな and checked as it is typed', async ({ page }) => {
  await openAdmin(page, '/collections/activities/new');
  await page.getByLabel(/^よみがな/).fill('ちゃわかい みどり');
  await page.getByRole('button', { name: '候補を入れる' }).click();
  await expect(page.getByLabel(/^URL名/)).toHaveValue('chawakai-midori');
  await expect(page.getByRole('status').filter({ hasText: '使えます。ページは /activities/chawakai-midori/ になります' })).toBeVisible();
  await page.getByLabel(/^URL名/).fill('kita-utagoe');
  await expect(page.getByRole('status').filter({ hasText: '「kita-utagoe」は「' })).toContainText('と重なっています');
  await page.getByLabel(/^URL名/).fill('Kita Utagoe');
  await expect(page.getByRole('status').filter({ hasText: '半角英小文字・数字・ハイフンだけにしてください' })).toBeVisible();
});

test('changing a published slug keeps the old one, and the rebuilt site redirects it', async ({ page }) => {
  test.setTimeout(240_000);
  const file = join(scratch.dir, 'content/activities/kita-utagoe/index.mdx');
  const { name } = frontmatter(file);
  await openAdmin(page, '/collections/activities');
  await page.getByText(name, { exact: false }).first().click();
  await page.getByLabel(/^URL名/).fill('kita-utagoe-no-kai');
  await expect(page.getByRole('status').filter({ hasText: '公開中のURL名「kita-utagoe」を変えます' })).toBeVisible();
  await publishSaved(page);
  await expect.poll(() => frontmatter(file).slug).toBe('kita-utagoe-no-kai');
  expect(frontmatter(file).redirectFrom).toEqual(['kita-utagoe']);

  const build = scratch.build();
  expect(build.status, build.output).toBe(0);
  const old = readFileSync(join(scratch.dir, 'dist/activities/kita-utagoe/index.html'), 'utf8');
  expect(old).toContain('url=/activities/kita-utagoe-no-kai/');
  expect(existsSync(join(scratch.dir, 'dist/activities/kita-utagoe-no-kai/index.html'))).toBe(true);
});

test('the photo dialog uploads a Japanese-named large photo resized with an ASCII name, and the preview shows it', async ({ page }) => {
  test.setTimeout(180_000);
  const sharp = (await import('sharp')).default;
  const original = join(mkdtempSync(join(tmpdir(), 'photo-')), 'カフェの様子.jpg');
  await sharp({ create: { width: 4032, height: 3024, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: 95 }).toFile(original);
  expect(statSync(original).size).toBeGreaterThan(3_000_000);

  const folder = join(scratch.dir, 'content/activities/kita-ikiiki-taiso');
  await openAdmin(page, '/collections/activities/entries/kita-ikiiki-taiso/index');
  await page.getByRole('button', { name: '＋ 写真とキャプション' }).click();
  const dialog = page.getByRole('dialog', { name: '写真を入れる' });
  await dialog.getByLabel('写真を追加する').setInputFiles(original);
  await expect(dialog.getByRole('radio', { name: 'kita-ikiiki-taiso-1.jpg' })).toBeChecked();
  await dialog.getByRole('button', { name: '本文に入れる' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('代替テキスト（写っているものの説明）を書いてください');
  await dialog.getByLabel(/^代替テキスト/).fill('体操のあと、輪になってお茶を飲む参加者');
  await dialog.getByLabel(/^キャプション/).fill('体操のあとのお茶の時間');
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/photo-dialog-${width}.png` });
  }
  await dialog.getByRole('button', { name: '本文に入れる' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel(/^くわしい紹介/)).toHaveValue(/<Figure caption="体操のあとのお茶の時間">\n\n!\[体操のあと、輪になってお茶を飲む参加者\]\(\.\/kita-ikiiki-taiso-1\.jpg\)\n\n<\/Figure>/);
  const shown = page.frameLocator('iframe').first().getByRole('img', { name: '体操のあと、輪になってお茶を飲む参加者' });
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);

  await publishSaved(page);
  const saved = join(folder, 'kita-ikiiki-taiso-1.jpg');
  await expect.poll(() => existsSync(saved)).toBe(true);
  const meta = await sharp(saved).metadata();
  expect([meta.width, meta.height, meta.format]).toEqual([1600, 1200, 'jpeg']);
  expect(statSync(saved).size).toBeLessThan(statSync(original).size / 2);
  expect(readdirSync(folder).filter((f) => f.startsWith('.') || /[^\x20-\x7e]/.test(f))).toEqual([]);
  expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toContain('![体操のあと、輪になってお茶を飲む参加者](./kita-ikiiki-taiso-1.jpg)');
});

test('a notice set to 中止 lists what else to change, and a report starts from its template', async ({ page }) => {
  await openAdmin(page, '/collections/notices/entries/yamabe-sasaeai-2027-01/index');
  await choose(page, /^状態/, '中止');
  const note = page.getByRole('note', { name: '変更するときの確認' });
  await expect(note).toContainText('中止にしたら、ほかにも次を見直してください');
  await expect(note.getByRole('listitem')).toHaveCount(6);
  await page.getByRole('button', { name: /開催報告のひな形/ }).click();
  await expect(page.getByLabel(/^本文・議事概要/)).toHaveValue(/## 出席[\s\S]*## 議事の概要\n\n## 主な意見\n\n## 今後の予定/);
  await page.setViewportSize({ width: 768, height: 1000 });
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cancel-checklist-768.png' });
});

test('on the workflow backend an entry goes 下書き → 確認待ち → 承認済み → 公開', async ({ page }) => {
  test.setTimeout(120_000);
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto('/admin/?backend=test#/collections/authors/new');
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByLabel(/^ID/).fill('kakunin-test');
  await page.getByLabel(/^表示名/).fill('地域福祉課 確認テスト');
  await page.getByLabel(/^所属/).fill('みどり市 地域福祉課');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const status = page.getByRole('button', { name: /^ステータス: / });
  await expect(status).toHaveText('ステータス: 下書き');

  await status.click();
  await page.getByRole('menuitem', { name: '確認待ち' }).click();
  await expect(status).toHaveText('ステータス: 確認待ち');
  await page.goto('/admin/?backend=test#/workflow');
  await expect(page.getByRole('heading', { name: '確認待ち' })).toBeVisible();
  await expect(page.getByText('地域福祉課 確認テスト')).toBeVisible();
  await page.screenshot({ path: 'test-results/workflow-1366.png' });

  await page.getByText('地域福祉課 確認テスト').click();
  await status.click();
  await page.getByRole('menuitem', { name: '承認済み' }).click();
  await expect(status).toHaveText('ステータス: 承認済み');
  await page.getByRole('button', { name: '公開', exact: true }).click();
  await page.getByRole('menuitem', { name: '公開する', exact: true }).click();
  await expect(page.getByRole('button', { name: '公開済' })).toBeVisible();
});

test('a Japanese-named photo uploaded to an image field lands resized with an ASCII name', async ({ page }) => {
  test.setTimeout(120_000);
  const sharp = (await import('sharp')).default;
  const original = join(mkdtempSync(join(tmpdir(), 'photo-')), '集会所の入口.png');
  await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#3a7' } }).png().toFile(original);
  const folder = join(scratch.dir, 'content/activities/nishi-isu-yoga');
  await openAdmin(page, '/collections/activities/entries/nishi-isu-yoga/index');
  await page.getByRole('button', { name: '写真を追加' }).click();
  await page.getByRole('button', { name: '画像を選択' }).last().click();
  await page.locator('input[type="file"]').last().setInputFiles(original);
  await page.getByRole('button', { name: '選択する' }).click();
  await page.getByLabel(/^代替テキスト/).last().fill('集会所の入口のスロープ');
  await publishSaved(page);
  const images = frontmatter(join(folder, 'index.mdx')).images as { image: string }[];
  const added = images.at(-1)!.image.replace(/^\.\//, '');
  expect(added).toMatch(/^nishi-isu-yoga-\d+\.jpg$/);
  expect((await sharp(join(folder, added)).metadata()).width).toBe(1600);
});

test('the editors’ status page reports the content check', async ({ page }) => {
  await page.goto('/admin/status/');
  await expect(page.getByRole('heading', { level: 1, name: '内容の検査の結果' })).toBeVisible();
  await expect(page.getByText('問題はありません。すべての項目がサイトに載ります。')).toBeVisible();
  await page.route('/admin/content-status.json', (route) => route.fulfill({
    json: { checkedAt: '2026-12-03T01:00:00Z', live: true, problems: [{ file: 'content/activities/salon-x/index.mdx', line: 48, field: 'consent.recorded', label: '掲載承諾 › 掲載承諾を得ている', message: '掲載承諾がない活動は掲載できません' }] },
  }));
  await page.reload();
  await expect(page.getByText('1 件の問題があります。直すまでサイトは作り直せません。')).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveText('掲載承諾がない活動は掲載できませんcontent/activities/salon-x/index.mdx の 48 行目（掲載承諾 › 掲載承諾を得ている）');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: 'test-results/status-360.png' });
});

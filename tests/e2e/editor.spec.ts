import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { choose, frontmatter, openAdmin, publish, publishSaved, useScratch } from './cms-scratch';

// One decap-server and one scratch copy for all editor tests, run one after another.
const scratch = useScratch();

const PHOTO = new URL('../fixtures/good/content/articles/first-article/hero.png', import.meta.url).pathname;

test('an editor creates an activity with a schedule and a photo, and a rebuild shows its page', async ({ page }) => {
  test.setTimeout(180_000);
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!/^(https?:\/\/(localhost|127\.0\.0\.1)[:/]|data:|blob:)/.test(request.url())) foreign.push(request.url());
  });
  await openAdmin(page, '/collections/activities/new');
  await page.getByLabel(/^URL名/).fill('salon-midori-no-ki');
  await page.getByLabel(/^活動名/).fill('サロン みどりの木');
  await page.getByLabel(/^よみがな/).fill('さろん みどりのき');
  await page.getByLabel(/^紹介文/).fill('中央公民館で月2回ひらく、お茶とおしゃべりのサロンです。');
  await choose(page, /^分類/, 'サロン・茶話会');
  await choose(page, /^対象/, '高齢者');
  await choose(page, /^地区/, '中央地区');
  await page.getByLabel(/^会場名/).fill('中央公民館 和室');
  await page.getByLabel(/^住所/).fill('みどり市中央一丁目2-3');

  await page.getByRole('button', { name: '開催日時を追加' }).click();
  await choose(page, /^頻度/, '毎月（第n曜日）');
  await choose(page, /^曜日/, '土曜');
  await choose(page, /^第何/, '第2');
  await choose(page, /^第何/, '第4');
  await page.getByLabel(/^開始時刻/).fill('13:30');
  await page.getByLabel(/^終了時刻/).fill('15:00');
  // The preview prints the schedule with the site's own function, so it reads exactly as the page will.
  await expect(page.frameLocator('iframe').first().getByText('毎月第2・第4土曜 13:30〜15:00')).toBeVisible();

  await page.getByLabel(/^無料/).click();
  await choose(page, /^予約/, '不要');
  await page.getByLabel(/^団体・窓口名/).fill('みどり市社会福祉協議会 中央地区担当');
  await page.getByLabel(/^参加のしかた/).fill('当日、会場へ直接お越しください。');
  await choose(page, /^状態/, '活動中');
  await page.getByLabel(/^最終確認日/).fill('2026-11-20');
  await page.getByLabel(/^掲載承諾を得ている/).click();
  await page.getByLabel(/^承諾日/).fill('2026-11-18');

  await page.getByRole('button', { name: '写真を追加' }).click();
  await page.getByRole('button', { name: '画像を選択' }).click();
  await page.locator('input[type="file"]').setInputFiles(PHOTO);
  await page.getByRole('button', { name: '選択する' }).click();
  await page.getByLabel(/^代替テキスト/).fill('公民館の和室に並ぶ湯のみ');

  await publishSaved(page);

  const file = join(scratch.dir, 'content/activities/salon-midori-no-ki/index.mdx');
  // The photo is resized in the browser before both are written.
  await expect.poll(() => existsSync(file), { timeout: 60_000 }).toBe(true);
  const data = frontmatter(file);
  expect(data).toMatchObject({
    slug: 'salon-midori-no-ki', name: 'サロン みどりの木', category: 'サロン・茶話会', targets: ['高齢者'], area: 'chuo',
    schedule: [{ freq: 'monthly', weekdays: ['sat'], nth: [2, 4], opens: '13:30', closes: '15:00' }],
    cost: { free: true }, reservation: '不要', status: 'active', consent: { recorded: true },
  });
  const photo = data.images[0].image as string;
  expect(existsSync(join(scratch.dir, 'content/activities/salon-midori-no-ki', photo))).toBe(true);

  const build = scratch.build();
  expect(build.status, build.output).toBe(0);
  const html = readFileSync(join(scratch.dir, 'dist/activities/salon-midori-no-ki/index.html'), 'utf8');
  expect(html).toContain('サロン みどりの木');
  expect(html).toContain('毎月第2・第4土曜 13:30〜15:00');
  expect(html).toContain('alt="公民館の和室に並ぶ湯のみ"');
  // The admin and everything it loads come from our own site: no CDN, works offline.
  expect(foreign).toEqual([]);
});

/** Types `reading` through the IME and converts it to `text`, as Chrome reports a Japanese IME to the page. */
async function typeWithIme(page: Page, reading: string, text: string) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= reading.length; i++) {
    const composing = reading.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
  }
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

test('Japanese IME input (変換) arrives intact in text fields and the body', async ({ page }) => {
  test.setTimeout(120_000);
  const file = join(scratch.dir, 'content/articles/tetote-sokan/index.mdx');
  const before = frontmatter(file);
  await openAdmin(page, '/collections/articles');
  await page.getByText(before.title, { exact: false }).first().click();

  const fields = [page.getByLabel(/^タイトル/), page.getByLabel(/^リード文/), page.getByLabel(/^本文/)];
  for (const field of fields) {
    await field.click();
    await field.press('ControlOrMeta+End');
    await typeWithIme(page, 'ちいき', '地域');
    await typeWithIme(page, 'ふくし', '福祉');
    await typeWithIme(page, 'まがじん', 'マガジン');
  }
  await expect(fields[0]!).toHaveValue(`${before.title}地域福祉マガジン`);

  await publishSaved(page);
  const text = readFileSync(file, 'utf8');
  const after = frontmatter(file);
  expect(after.title).toBe(`${before.title}地域福祉マガジン`);
  expect(after.description).toBe(`${before.description}地域福祉マガジン`);
  expect(text.trimEnd().endsWith('地域福祉マガジン')).toBe(true);
  // No half-converted readings left behind, nothing doubled.
  expect(text).not.toMatch(/ちいき|ふくし|まがじん|地域地域|福祉福祉|マガジンマガジン/);
});

test('publishing with required fields empty shows the field errors and writes nothing', async ({ page }) => {
  const folder = join(scratch.dir, 'content/articles');
  const before = readdirSync(folder).sort();
  await openAdmin(page, '/collections/articles/new');
  await page.getByLabel(/^URL名/).fill('Not A Slug');
  await publish(page);
  await expect(page.getByText('タイトルは必須です。')).toBeVisible();
  await expect(page.getByText('リード文は必須です。')).toBeVisible();
  await expect(page.getByText('半角英小文字・数字・ハイフン（例: salon-hinata）で入力してください')).toBeVisible();
  expect(readdirSync(folder).sort()).toEqual(before);
});

test('changing a notice to 中止 shows on the rebuilt page', async ({ page }) => {
  test.setTimeout(120_000);
  const slug = 'yamabe-sasaeai-2027-01';
  const file = join(scratch.dir, `content/notices/${slug}/index.mdx`);
  const before = frontmatter(file);
  await openAdmin(page, '/collections/notices');
  await page.getByText(before.title).first().click(); // list lines read 「日付 種類 タイトル 〔状態〕」
  await choose(page, /^状態/, '中止');
  await page.getByLabel(/^状態の補足/).fill('大雪の予報のため中止します。');
  await publishSaved(page);
  const after = frontmatter(file);
  expect(after).toMatchObject({ status: 'cancelled', statusNote: '大雪の予報のため中止します。' });
  // Saving through the CMS keeps the meeting at the same moment (written with its +09:00 offset).
  expect(new Date(after.startsAt).getTime()).toBe(new Date(before.startsAt).getTime());
  expect(readFileSync(file, 'utf8')).toMatch(/^startsAt: .*(\+09:00|Z)'?$/m);

  const build = scratch.build();
  expect(build.status, build.output).toBe(0);
  const html = readFileSync(join(scratch.dir, `dist/notices/${slug}/index.html`), 'utf8');
  expect(html).toContain('この会議は中止になりました。');
  expect(html).toContain('大雪の予報のため中止します。');
});

test('a forbidden MDX construct is saved as typed but fails the build, naming the file and line', async ({ page }) => {
  test.setTimeout(120_000);
  const slug = 'kita-sasaeai-2027-01';
  const file = join(scratch.dir, `content/notices/${slug}/index.mdx`);
  const { title } = frontmatter(file);
  await openAdmin(page, '/collections/notices');
  await page.getByText(title).first().click();
  const body = page.getByLabel(/^本文・議事概要/);
  await body.click();
  await body.press('ControlOrMeta+End');
  await body.pressSequentially('\n\n<script>alert(1)</script>\n');
  await publishSaved(page);
  const saved = readFileSync(file, 'utf8');
  expect(saved).toContain('<script>alert(1)</script>');
  const line = saved.split('\n').findIndex((l) => l.includes('<script>')) + 1;

  const build = scratch.build();
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(`content/notices/${slug}/index.mdx:${line} — <script> は使えません`);
  writeFileSync(file, saved.replace('<script>alert(1)</script>\n', ''));
});

test('each kind of bad content stops the real build with one line naming the file and field', async () => {
  test.setTimeout(180_000);
  const cases: { file: string; change: (text: string) => string; expected: string }[] = [
    { file: 'content/articles/tetote-sokan/index.mdx', change: (t) => t.replace(/^title: .*\n/m, ''), expected: 'content/articles/tetote-sokan/index.mdx:1: title — タイトルを入力してください' },
    { file: 'content/articles/tetote-sokan/index.mdx', change: (t) => t.replace(/^authors:.*\n(  - .*\n)*/m, 'authors: [nobody]\n'), expected: '「nobody」という書いた人はありません' },
    { file: 'content/notices/yamabe-sasaeai-2027-01/index.mdx', change: (t) => t.replace(/^endsAt: .*$/m, 'endsAt: 2027-01-26T09:00:00+09:00'), expected: 'endsAt — 終了日時は開始日時より後にしてください' },
    { file: 'content/activities/salon-hinatabokko/index.mdx', change: (t) => t.replace(/^    alt: .*\n/m, ''), expected: 'images.0.alt — 代替テキスト（画像の説明）を入力してください' },
    { file: 'content/activities/salon-hinatabokko/index.mdx', change: (t) => t.replace(/^consent:\n(  .*\n)+/m, ''), expected: 'consent — 掲載承諾を記録してください（「掲載承諾を得ている」をオンにして、承諾日を入れます）' },
    { file: 'content/activities/salon-hinatabokko/index.mdx', change: (t) => t.replace(/^verifiedAt: .*\n/m, ''), expected: 'verifiedAt — 最終確認日は 2026-12-03 のように「年-月-日」を半角数字とハイフンで入力してください' },
    { file: 'content/activities/kita-utagoe/index.mdx', change: (t) => t.replace(/^slug: .*$/m, 'slug: salon-hinatabokko'), expected: 'と重なっています' },
    { file: 'content/articles/ano-hito-02-hyakusai-taiso/index.mdx', change: (t) => t.replace(/^  consent:\n(    .*\n)+/m, ''), expected: 'people.consent — 登場する人の同意' },
  ];
  for (const { file, change, expected } of cases) {
    const path = join(scratch.dir, file);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, change(original));
    const build = scratch.build();
    writeFileSync(path, original);
    expect(build.status, expected).not.toBe(0);
    expect(build.output).toContain(expected);
  }
});

test('publishing an article that features people asks for the privacy checklist first', async ({ page }) => {
  test.setTimeout(120_000);
  const file = join(scratch.dir, 'content/articles/ano-hito-02-hyakusai-taiso/index.mdx');
  const before = readFileSync(file, 'utf8');
  await openAdmin(page, '/collections/articles');
  await page.getByText(frontmatter(file).title, { exact: false }).first().click();
  const lead = page.getByLabel(/^リード文/);
  await lead.click();
  await lead.press('ControlOrMeta+End');
  await lead.pressSequentially('（追記）');

  await publish(page);
  const dialog = page.getByRole('dialog', { name: '公開する前に、もう一度確かめてください' });
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: '確かめたので公開する' });
  await expect(confirm).toBeDisabled();
  // Going back writes nothing and says why.
  await dialog.getByRole('button', { name: '戻って直す' }).click();
  await expect(page.getByText('公開を取りやめました。', { exact: false })).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(before);

  await publish(page);
  await dialog.getByLabel(/年齢・住んでいる場所/).check();
  await dialog.getByLabel(/支援会議で話されたこと/).check();
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/個人の電話番号・住所・メールアドレス/).check();
  await confirm.click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  expect(frontmatter(file).description).toMatch(/（追記）$/);
  writeFileSync(file, before);
});

test('an article that features people cannot be saved without their consent', async ({ page }) => {
  test.setTimeout(120_000);
  const file = join(scratch.dir, 'content/articles/tetote-sokan/index.mdx');
  const before = readFileSync(file, 'utf8');
  await openAdmin(page, '/collections/articles');
  await page.getByText(frontmatter(file).title, { exact: false }).first().click();
  await page.getByLabel(/^個人がわかる形で人が登場する/).click();
  await publish(page);
  await expect(page.getByText('同意の記録がない記事は公開できません', { exact: false })).toBeVisible();
  // Refused before the checklist: nothing to confirm, nothing written.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

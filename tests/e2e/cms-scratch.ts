/**
 * A scratch copy of the project for editor tests: the CMS writes into it through a real decap-server,
 * and it can be rebuilt with `astro build` without touching the real content. Below, the steps the editor tests
 * take in the real admin (open, choose, publish, read a saved file), shared by tests/e2e/editor*.spec.ts.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import yaml from 'js-yaml';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'node_modules/.bin');

export interface Scratch {
  dir: string;
  stop: () => void;
  build: () => { status: number | null; output: string };
}

/** decap-server listens on DECAP_PORT (8081 by default): the admin must be built with the same DECAP_PORT. */
export async function startScratch(port = Number(process.env.DECAP_PORT ?? 8081)): Promise<Scratch> {
  const dir = mkdtempSync(join(tmpdir(), 'cms-scratch-'));
  for (const entry of ['content', 'src', 'admin', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const server: ChildProcess = spawn(join(BIN, 'decap-server'), [], {
    env: { ...process.env, PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://localhost:${port}/api/v1`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }),
    }).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    dir,
    stop: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
    build: () => {
      const run = spawnSync(join(BIN, 'astro'), ['build', '--root', dir], {
        encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
  };
}

/* ---- Driving the real admin (Decap CMS) in the editor tests ---- */

/**
 * One decap-server and one scratch copy for all tests of a spec file, run one after another (they share the copy).
 * The returned object reads the current scratch, so tests use `scratch.dir` and `scratch.build()` as usual.
 */
export function useScratch(): Scratch {
  test.describe.configure({ mode: 'serial' });
  let current: Scratch | undefined;
  test.beforeAll(async () => {
    current = await startScratch();
  });
  test.afterAll(() => current?.stop());
  return {
    get dir() { return current!.dir; },
    stop: () => current?.stop(),
    build: () => current!.build(),
  };
}

/** The YAML front matter of an entry file. */
export const frontmatter = (file: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, any>;

/** Opens the admin at `#<hash>` and logs in to the local backend when asked. */
export async function openAdmin(page: Page, hash: string) {
  await page.goto(`/admin/#${hash}`);
  const login = page.getByRole('button', { name: 'ログイン' });
  await login.or(page.getByText('コレクション')).or(page.getByLabel(/^URL名/)).first().waitFor();
  if (await login.isVisible()) await login.click();
}

/** Picks `option` in the select (or multi-select) labelled `label`. */
export async function choose(page: Page, label: string | RegExp, option: string) {
  await page.getByLabel(label).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** 「公開」→「公開する」: with decap-server this saves at once. */
export async function publish(page: Page) {
  await page.getByRole('button', { name: '公開', exact: true }).click();
  await page.getByRole('menuitem', { name: '公開する', exact: true }).click();
}

/** 「公開する」 and Decap's 「保存しました。」 after it. */
export async function publishSaved(page: Page) {
  await publish(page);
  await expect(page.getByText('保存しました。')).toBeVisible();
}

/** Everything a new activity needs except 無料 and 掲載承諾を得ている (both left off), under the URL name `slug`. */
export async function fillActivity(page: Page, slug: string) {
  await page.getByLabel(/^URL名/).fill(slug);
  await page.getByLabel(/^活動名/).fill('サロン あおぞら');
  await page.getByLabel(/^よみがな/).fill('さろん あおぞら');
  await page.getByLabel(/^紹介文/).fill('集会所で毎週ひらく、お茶とおしゃべりのサロンです。');
  await choose(page, /^分類/, 'サロン・茶話会');
  await choose(page, /^対象/, '高齢者');
  await choose(page, /^地区/, '中央地区');
  await page.getByLabel(/^会場名/).fill('あおぞら集会所');
  await page.getByLabel(/^住所/).fill('みどり市中央二丁目5-1');
  await page.getByRole('button', { name: '開催日時を追加' }).click();
  await choose(page, /^頻度/, '毎週');
  await choose(page, /^曜日/, '水曜');
  await choose(page, /^予約/, '不要');
  await page.getByLabel(/^団体・窓口名/).fill('あおぞら会');
  await page.getByLabel(/^参加のしかた/).fill('当日、会場へ直接お越しください。');
  await choose(page, /^状態/, '活動中');
  await page.getByLabel(/^最終確認日/).fill('2026-11-20');
  await page.getByLabel(/^承諾日/).fill('2026-11-18');
}

/** The control block of a field: its label, input and Decap's error list for it. */
export const fieldBlock = (page: Page, label: RegExp): Locator =>
  page.locator('div').filter({ has: page.locator('label', { hasText: label }) }).filter({ has: page.locator('ul li') }).last();

/** Whether the page scrolls sideways (its content wider than the window). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth);

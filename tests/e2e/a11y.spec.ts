import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';
import { sweepPaths } from './sitemap';

const ROOT = new URL('../../', import.meta.url).pathname;
const PARTS = `${ROOT}.cache/quality/axe-parts/`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Set once by the runner (playwright.config.ts) and inherited by every worker, so the shards of one run find each other. */
const RUN = process.env.E2E_RUN_ID ?? 'single';
const SHARDS = 4;

interface Violation { id: string; impact: string | null; help: string; targets: string[] }

/**
 * axe-core run straight in the page. @axe-core/playwright's AxeBuilder also opens a blank page per call to merge
 * results from iframes (runPartial/finishRun), which doubled the sweep's time; our public pages have no iframes.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (await page.locator('iframe').count()) throw new Error('iframe のあるページは AxeBuilder で調べてください');
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, TAGS);
}

const paths = sweepPaths();
const shards = Array.from({ length: SHARDS }, (_, n) => paths.filter((_, i) => i % SHARDS === n));

/** The figures on /accessibility/ come from this sweep (and the HTML and link checks run before it). */
function writeReportWhenComplete() {
  const parts = shards.map((_, n) => `${PARTS}${n}.json`).filter(existsSync).map((f) => JSON.parse(readFileSync(f, 'utf8')));
  if (parts.length < SHARDS || parts.some((p) => p.run !== RUN)) return;
  const readResult = (name: string) => {
    const file = `${ROOT}.cache/quality/${name}`;
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  };
  const report = {
    testedAt: new Date().toISOString(),
    axe: require('axe-core/package.json').version as string,
    tags: TAGS,
    pages: parts.reduce((sum, p) => sum + p.pages, 0),
    violations: parts.reduce((sum, p) => sum + p.violations, 0),
    pagesWithViolations: parts.reduce((sum, p) => sum + p.pagesWithViolations, 0),
    html: readResult('html.json'),
    links: readResult('links.json'),
  };
  mkdirSync(`${ROOT}src/data`, { recursive: true });
  writeFileSync(`${ROOT}src/data/accessibility-report.json`, `${JSON.stringify(report, null, 2)}\n`);
}

for (const [n, shard] of shards.entries()) {
  test(`axe finds no WCAG 2.0/2.1/2.2 A・AA violations on any page (part ${n + 1} of ${SHARDS})`, async ({ page }) => {
    // The sweep grows with the content: allow a few seconds a page on a busy machine.
    test.setTimeout(Math.max(5 * 60_000, shard.length * 6_000));
    let violations = 0;
    let pagesWithViolations = 0;
    for (const path of shard) {
      await page.goto(path);
      expect.soft(await page.locator('h1').count(), `${decodeURIComponent(path)} の h1 の数`).toBe(1);
      const found = await axeViolations(page);
      violations += found.length;
      if (found.length) pagesWithViolations++;
      const summary = found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
      expect.soft(summary, `${decodeURIComponent(path)} の違反`).toEqual([]);
    }
    mkdirSync(PARTS, { recursive: true });
    writeFileSync(`${PARTS}${n}.json`, JSON.stringify({ run: RUN, pages: shard.length, violations, pagesWithViolations }));
    writeReportWhenComplete();
  });
}

test('the sweep sees a violation axe reports', async ({ page }) => {
  await page.setContent('<html lang="ja"><head><title>t</title></head><body><main><h1>見出し</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/"></a></main></body></html>');
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sweepPaths } from './sitemap';

const ROOT = new URL('../../', import.meta.url).pathname;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const readResult = (name: string) => {
  const file = `${ROOT}.cache/quality/${name}`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

test('axe finds no WCAG 2.0/2.1/2.2 A・AA violations on any page', async ({ page }) => {
  const paths = sweepPaths();
  // The sweep grows with the content: allow a few seconds a page on a busy machine.
  test.setTimeout(Math.max(10 * 60_000, paths.length * 6_000));
  let violations = 0;
  let pagesWithViolations = 0;
  for (const path of paths) {
    await page.goto(path);
    expect.soft(await page.locator('h1').count(), `${decodeURIComponent(path)} の h1 の数`).toBe(1);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    violations += result.violations.length;
    if (result.violations.length) pagesWithViolations++;
    const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect.soft(summary, `${decodeURIComponent(path)} の違反`).toEqual([]);
  }
  // The figures on /accessibility/ come from this sweep (and the HTML and link checks run before it).
  const report = {
    testedAt: new Date().toISOString(),
    axe: createRequire(import.meta.url)('axe-core/package.json').version as string,
    tags: TAGS,
    pages: paths.length,
    violations,
    pagesWithViolations,
    html: readResult('html.json'),
    links: readResult('links.json'),
  };
  mkdirSync(`${ROOT}src/data`, { recursive: true });
  writeFileSync(`${ROOT}src/data/accessibility-report.json`, `${JSON.stringify(report, null, 2)}\n`);
});

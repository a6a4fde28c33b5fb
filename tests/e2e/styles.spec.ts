import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './sitemap';

const DIST = new URL('../../dist', import.meta.url).pathname;
const LAYERS = readFileSync(new URL('../../src/styles/layers.css', import.meta.url), 'utf8').match(/^@layer ([^;]+);/m)![1]!.split(/,\s*/);

test('every page links the order of the cascade layers before any other stylesheet', () => {
  expect(LAYERS.at(-1)).toBe('print');
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  for (const { path, html } of pages) {
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    // Old addresses are bare redirect pages with no styles.
    if (!links.length) expect(html, path).toContain('http-equiv="refresh"');
    else expect(links[0], path).toMatch(/^\/_astro\/layers\.[\w-]+\.css$/);
  }
});

test('every rule of every built stylesheet sits in a cascade layer', async ({ page }) => {
  const hrefs = new Set(builtPages().flatMap(({ html }) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!)));
  const sheets = [...hrefs].map((href) => ({ href, css: readFileSync(`${DIST}${href}`, 'utf8') }));
  await page.goto('/');
  const found = await page.evaluate((list) => list.map(({ href, css }) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const rules = [...sheet.cssRules];
    return {
      href,
      unlayered: rules.filter((r) => !(r instanceof CSSLayerBlockRule || r instanceof CSSLayerStatementRule)).map((r) => r.cssText.slice(0, 80)),
      layers: rules.flatMap((r) => (r instanceof CSSLayerBlockRule ? [r.name] : r instanceof CSSLayerStatementRule ? [...r.nameList] : [])),
    };
  }), sheets);
  // One !important is left on purpose: the reset's [hidden] (an important declaration in the first layer beats all).
  expect(sheets.flatMap(({ css }) => css.match(/[^{;]*!important/g) ?? [])).toEqual(['display:none!important']);
  for (const { href, unlayered, layers } of found) {
    expect(unlayered, href).toEqual([]);
    for (const layer of layers) expect(LAYERS, href).toContain(layer);
  }
});

test('an element with the hidden attribute is not shown, even when its class says display: flex', async ({ page }) => {
  await page.goto('/');
  const search = page.locator('.site-search');
  expect(await search.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
  await search.evaluate((el) => el.setAttribute('hidden', ''));
  await expect(search).toBeHidden();
  expect(await search.evaluate((el) => getComputedStyle(el).display)).toBe('none');
});

test('print rules win over the screen rules without !important: the navigation and breadcrumbs are not printed', async ({ page }) => {
  await page.goto('/activities/salon-hinatabokko/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
});

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

test('the site has one stylesheet, so rules meant for one page name it: named print pages, header and footer hidden per page', async ({ page }) => {
  const hrefs = new Set(builtPages().flatMap(({ html }) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!)));
  const site = [...hrefs].filter((href) => !/\/layers\.[\w-]+\.css$/.test(href));
  expect(site).toHaveLength(1);
  await page.goto('/');
  const found = await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const pages: string[] = [];
    const hiders: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSPageRule) pages.push(rule.selectorText);
        else if (rule instanceof CSSStyleRule) {
          for (const selector of rule.selectorText.split(',').map((s) => s.trim())) {
            if (/(^|\s)\.site-(header|footer)$/.test(selector) && rule.style.display === 'none') hiders.push(selector);
          }
        } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    walk(sheet.cssRules);
    return { pages, hiders };
  }, readFileSync(`${DIST}${site[0]}`, 'utf8'));
  // The site's own A4 sheet, and the named ones of the pages that print differently.
  expect(found.pages.filter((p) => p === '')).toHaveLength(1);
  expect(found.pages.filter((p) => p !== '').sort()).toEqual(['areas', 'handout', 'list', 'soudan']);
  // A rule that hides the whole site header or footer says which page it is for (the list, /areas/, 相談窓口 print that way).
  expect(found.hiders.length).toBeGreaterThan(0);
  for (const selector of found.hiders) expect(selector).toMatch(/^body\[data-page=/);
});

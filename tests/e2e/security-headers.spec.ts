import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { headerPolicy } from '../../src/lib/security-policy';
import { builtPages, sweepPaths } from './sitemap';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** dist/_headers (written by the build from src/lib/security-policy.ts) as Netlify and Cloudflare read it: a path pattern line, then indented "Name: value" lines. */
function parseHeaders(text: string) {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  // `*` matches anything, `:name` one path segment, as both hosts read them.
  const matcher = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`);
  return (path: string) => Object.assign({}, ...rules.filter((r) => matcher(r.pattern).test(path)).map((r) => r.headers));
}

const headersFor = parseHeaders(readFileSync(`${DIST}_headers`, 'utf8'));

/** Serve every response with the headers a _headers host would add, and collect CSP violations. */
async function asDeployed(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.route('**/*', async (route) => {
    // Requests the host would not serve (the admin probing a local decap-server) simply fail, as they would there.
    const response = await route.fetch().catch(() => undefined);
    if (!response) return route.abort();
    const path = new URL(route.request().url()).pathname;
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(path) } });
  });
  return violations;
}

/** Every file the build wrote under a folder of dist/, as served. */
const filesUnder = (folder: string) =>
  (readdirSync(`${DIST}${folder}`, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.includes('.')).map((f) => `/${folder}/${f}`);
const COMMON = { 'referrer-policy': 'strict-origin-when-cross-origin', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' };

test('every page in the sitemap, the 404 page and the print pages get the strict policy and the other security headers', () => {
  const printPages = builtPages().map((p) => p.path).filter((p) => p.endsWith('/print/'));
  expect(printPages.length).toBeGreaterThan(10);
  const paths = [...sweepPaths(), ...printPages];
  expect(paths).toContain('/soudan/');
  for (const path of paths) {
    const h = headersFor(path);
    expect(h, path).toMatchObject(COMMON);
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['content-security-policy'], path).toBe(headerPolicy(path === '/search/' ? 'search' : 'page'));
    expect(h['content-security-policy'], path).not.toContain('unsafe-inline');
  }
});

test('no page runs an inline script: islands are files under /_astro/, the only inline scripts are JSON-LD data', () => {
  for (const { path, html } of builtPages()) {
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/\bsrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs));
    expect(inline, path).toEqual([]);
    for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) expect(src, path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
  }
});

test('calendar files are served as UTF-8 text/calendar, the CSV data as UTF-8 text/csv, pages neither', () => {
  const calendars = [...filesUnder('feeds'), ...filesUnder('councils'), ...filesUnder('notices'), ...filesUnder('activities')].filter((f) => f.endsWith('.ics'));
  expect(calendars).toEqual(expect.arrayContaining(['/feeds/notices.ics', '/councils/kita-sasaeai/notices.ics']));
  expect(calendars.some((f) => f.endsWith('/schedule.ics')) && calendars.some((f) => f.endsWith('/event.ics'))).toBe(true);
  for (const path of calendars) expect(headersFor(path)['content-type'], path).toBe('text/calendar; charset=utf-8');
  for (const path of filesUnder('data').filter((f) => f.endsWith('.csv'))) expect(headersFor(path)['content-type'], path).toBe('text/csv; charset=utf-8');
  expect(headersFor('/notices/x/')['content-type']).toBeUndefined();
  expect(headersFor('/feeds/articles.xml')['content-type']).toBeUndefined();
});

test('open data may be fetched from any origin, nothing else may', () => {
  const data = filesUnder('data');
  expect(data).toEqual(expect.arrayContaining(['/data/activities.csv', '/data/activities.json', '/data/notices.csv']));
  for (const path of data) expect(headersFor(path), path).toMatchObject({ ...COMMON, 'access-control-allow-origin': '*' });
  for (const path of ['/', '/activities/', '/feeds/notices.ics']) expect(headersFor(path)['access-control-allow-origin'], path).toBeUndefined();
});

test('only the search page and the search index may compile WebAssembly; the admin has its own policy and stays out of search engines', () => {
  const index = filesUnder('pagefind');
  expect(index.length).toBeGreaterThan(5);
  for (const path of ['/search/', ...index]) expect(headersFor(path), path).toMatchObject({ ...COMMON, 'content-security-policy': headerPolicy('search') });
  for (const path of ['/admin/', '/admin/status/', '/admin/config.yml', '/admin/decap-cms.js']) {
    expect(headersFor(path), path).toMatchObject({ ...COMMON, 'content-security-policy': headerPolicy('admin'), 'x-robots-tag': 'noindex' });
  }
  for (const path of sweepPaths().filter((p) => p !== '/search/')) expect(headersFor(path)['content-security-policy'], path).not.toContain('wasm');
});

test('the nginx and Apache files carry the same policies', () => {
  const nginx = readFileSync(`${DIST}security-headers.nginx.conf`, 'utf8');
  const apache = readFileSync(`${DIST}.htaccess`, 'utf8');
  for (const text of [nginx, apache]) {
    for (const family of ['page', 'search', 'admin'] as const) expect(text).toContain(`"${headerPolicy(family)}"`);
    expect(text).toContain('"text/calendar; charset=utf-8"');
    expect(text).toContain('strict-origin-when-cross-origin');
  }
  // An add_header inside a location would drop the server's other headers, so the nginx file has no such location.
  expect(nginx).not.toMatch(/location[^{]*\{[^}]*add_header/);
});

test('search runs under the deployed headers without a CSP violation', async ({ page }) => {
  const violations = await asDeployed(page);
  await page.goto('/search/?q=%E3%82%B5%E3%83%AD%E3%83%B3');
  await expect(page.getByRole('status')).toHaveText(/「サロン」の検索結果：\d+件/, { timeout: 20_000 });
  expect(violations).toEqual([]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('public pages run under the deployed headers without a single CSP violation', async ({ page }) => {
  const violations = await asDeployed(page);
  // One page of each kind, with the islands (the directory filter, the list, the help-wanted filter) and a print page.
  for (const path of ['/', '/articles/juusouteki-shien-towa/', '/activities/salon-hinatabokko/', '/notices/sasaeai-kaigi-2026-12/', '/activities/', '/list/?ids=salon-hinatabokko', '/help-wanted/', '/activities/salon-hinatabokko/print/']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect(page.locator('h1')).toBeVisible();
  }
  expect(violations).toEqual([]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the admin works under its own policy', async ({ page }) => {
  const violations = await asDeployed(page);
  await page.goto('/admin/');
  // Decap CMS is a few megabytes of script, slow to start on a busy machine.
  await expect(page.getByRole('button', { name: /ログイン/ })).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
  // The admin keeps loading chunks after this; requests still in flight end quietly with the page.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

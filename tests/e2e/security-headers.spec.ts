import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { headerPolicy } from '../../src/lib/security-policy';

/** public/_headers as Netlify and Cloudflare read it: a path pattern line, then indented "Name: value" lines. */
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

const headersFor = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

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

test('every public section gets a strict Content-Security-Policy and the other security headers', () => {
  for (const path of ['/', '/articles/x/', '/activities/', '/activities/x/', '/areas/kita/', '/councils/', '/notices/x/', '/series/x/', '/tags/x/', '/about/', '/accessibility/', '/opendata/', '/list/', '/help-wanted/', '/404.html']) {
    const h = headersFor(path);
    expect(h['content-security-policy'], path).toContain("script-src 'self';");
    expect(h['content-security-policy'], path).not.toContain('unsafe-inline');
    expect(h).toMatchObject({ 'referrer-policy': 'strict-origin-when-cross-origin', 'x-content-type-options': 'nosniff' });
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['content-security-policy'], path).toBe(headerPolicy());
  }
});

test('calendar files are served as UTF-8 text/calendar, pages are not', () => {
  for (const path of ['/feeds/notices.ics', '/councils/kita-sasaeai/notices.ics', '/notices/x/event.ics', '/activities/x/schedule.ics']) {
    expect(headersFor(path)['content-type'], path).toBe('text/calendar; charset=utf-8');
  }
  expect(headersFor('/notices/x/')['content-type']).toBeUndefined();
  expect(headersFor('/councils/x/notices.ics/extra')['content-type']).toBeUndefined();
});

test('only the search page and the search index may compile WebAssembly', () => {
  for (const path of ['/search/', '/pagefind/pagefind-worker.js']) expect(headersFor(path)['content-security-policy'], path).toBe(headerPolicy({ search: true }));
  expect(headersFor('/activities/x/')['content-security-policy']).not.toContain('wasm');
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
  for (const path of ['/', '/articles/juusouteki-shien-towa/', '/activities/salon-hinatabokko/', '/notices/sasaeai-kaigi-2026-12/']) {
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
  await expect(page.getByRole('button', { name: /ログイン/ })).toBeVisible();
  expect(violations).toEqual([]);
  // The admin keeps loading chunks after this; requests still in flight end quietly with the page.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

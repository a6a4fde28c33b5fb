#!/usr/bin/env node
// Benchmarks (timing lives here, never in pass/fail tests): build time, pages, page weight, JavaScript shipped,
// and site search (index size, bytes and time of searches in Chromium against the built index).
// Usage: npm run bench   (builds the site three times and reports the median)
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const times = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const run = spawnSync('astro', ['build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});
const site = files('dist').filter((f) => !f.startsWith('dist/admin/'));
const html = site.filter((f) => f.endsWith('.html'));
const sizes = html.map((f) => statSync(f).size).sort((a, b) => a - b);
const scripts = html.map((f) => (readFileSync(f, 'utf8').match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).length);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);

/** JavaScript a page loads (its module scripts and everything they import), gzipped as a server would send it. */
function pageJs(page) {
  const seen = new Set();
  const visit = (src) => {
    if (seen.has(src)) return;
    seen.add(src);
    const code = readFileSync(join('dist', src), 'utf8');
    for (const [, dep] of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(`_astro/${dep}`);
  };
  for (const [, src] of readFileSync(join('dist', page, 'index.html'), 'utf8').matchAll(/<script[^>]*src="\/([^"]+\.js)"/g)) visit(src);
  return [...seen].reduce((sum, src) => sum + gzipSync(readFileSync(join('dist', src))).length, 0);
}

const report = {
  'build (median of runs)': `${times[Math.floor(times.length / 2)].toFixed(2)} s (${times.map((t) => t.toFixed(2)).join(', ')})`,
  'HTML pages': html.length,
  'build per page': `${((times[Math.floor(times.length / 2)] / html.length) * 1000).toFixed(1)} ms`,
  'HTML size (median / max)': `${kb(sizes[Math.floor(sizes.length / 2)])} / ${kb(sizes.at(-1))}`,
  'pages with <script> (other than JSON-LD)': scripts.filter((n) => n > 0).length,
  'CSS total': kb(bytes(site.filter((f) => f.endsWith('.css')))),
  'images total': kb(bytes(site.filter((f) => /\.(jpe?g|png|webp|avif|svg)$/.test(f)))),
  'site total (without /admin/)': kb(bytes(site)),
  'JS of /list/ (gzip, list island + header)': kb(pageJs('list')),
  'JS of /help-wanted/ (gzip)': kb(pageJs('help-wanted')),
  'JS of /activities/ (gzip, リストに追加 + header)': kb(pageJs('activities')),
};
Object.assign(report, await searchBench());
for (const [key, value] of Object.entries(report)) console.log(`${key.padEnd(42)} ${value}`);

/** Search figures: the index on disk, then a fresh browser searching the query set as a visitor would. */
async function searchBench() {
  const index = files('dist/pagefind');
  const server = await serveDist();
  const port = server.address().port;
  try {
    const { chromium } = await import('@playwright/test');
    const { SEARCH_QUERIES } = await import('../tests/e2e/search-queries.ts');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const page = await browser.newPage();
    const transfers = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) transfers.push(request.sizes().then((s) => s.responseBodySize));
    });
    const status = page.getByRole('status');
    const search = async (q) => {
      const box = page.locator('#search-q');
      await box.fill(q);
      const start = performance.now();
      await box.press('Enter');
      await status.filter({ hasText: `「${q}」` }).waitFor({ timeout: 30_000 });
      return performance.now() - start;
    };
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const first = await search(SEARCH_QUERIES[0].q);
    await page.waitForLoadState('networkidle');
    const firstBytes = (await Promise.all(transfers)).reduce((a, b) => a + b, 0);
    const times = [];
    for (const query of SEARCH_QUERIES.slice(1)) times.push(await search(query.q));
    const allBytes = (await Promise.all(transfers)).reduce((a, b) => a + b, 0);
    await browser.close();
    times.sort((a, b) => a - b);
    return {
      'search: index (files / size)': `${index.length} / ${kb(bytes(index))} (index ${kb(bytes(index.filter((f) => f.includes('/index/'))))}, fragments ${kb(bytes(index.filter((f) => f.includes('/fragment/'))))})`,
      'search: first query (time / transfer)': `${first.toFixed(0)} ms / ${kb(firstBytes)}`,
      'search: later queries (median / max)': `${times[Math.floor(times.length / 2)].toFixed(0)} ms / ${times.at(-1).toFixed(0)} ms (${times.length} queries)`,
      [`search: transfer for all ${SEARCH_QUERIES.length} queries`]: kb(allBytes),
    };
  } finally {
    server.close();
  }
}

/** dist/ as a static host serves it (text compressed with gzip), on a free port. */
function serveDist() {
  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webp': 'image/webp' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    const compress = /^(text|application\/json)/.test(type);
    res.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip' } : {}) }).end(compress ? gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

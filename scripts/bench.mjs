#!/usr/bin/env node
// The project's benchmark (timing lives here, never in pass/fail tests; budgets are tests/e2e/budgets.spec.ts).
//
//   npm run bench                          sample site figures + a 1,000-entry site beside a bare Astro + MDX site
//   npm run bench -- --entries 5000        the scale run at 5,000 entries (also 10000; several: --entries 1000,5000)
//   npm run bench -- --lighthouse          also Lighthouse (mobile) on seven page types of the sample site
//   npm run bench -- --no-sample           skip the sample site (its build, page weight and search figures)
//   npm run bench -- --no-bare             skip the bare Astro site
//
// Scale runs generate a deterministic site in a scratch folder (scripts/bench-fixtures.mjs), build it cold with this
// project's Astro, and time each phase from the build's own log lines; peak memory is the whole process tree's RSS
// (Astro, sharp's threads, Pagefind's binary), polled from /proc. Results are printed and written into
// scripts/bench-results.md (each kind of run replaces its own section there).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bareProject, counts, siteProject } from './bench-fixtures.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const RESULTS = join(ROOT, 'scripts/bench-results.md');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const ENTRIES = String(option('entries', '1000')).split(',').map(Number).filter((n) => n > 0);
const KEEP = flag('keep');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const files = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])) : []);
const bytes = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const gz = (list) => list.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);

/**
 * Resident memory of a process and all its descendants, in bytes, from /proc; `cpu` (when given) keeps each
 * process's own CPU time (user + system, all its threads, in ms) as last seen, so processes that end unwaited
 * (Pagefind's binary, stopped when the index is written) are counted too.
 */
function treeRss(pid, cpu) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop();
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
      if (cpu) {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime (fields 14 and 15 of stat, in clock ticks of 10 ms).
        cpu.set(p, (Number(fields[11]) + Number(fields[12])) * 10);
      }
    } catch {
      // Ended.
    }
    queue.push(...(children.get(p) ?? []));
  }
  return total;
}

/** The phases of a build, each ending at the first log line that matches (in order of the build). */
const PHASES = [
  ['start, config, content check', /\[content\] Syncing content/],
  ['collections (content sync)', /\[content\] Synced content/],
  ['types, build info', /Building static entrypoints/],
  ['bundle (Vite: pages, MDX)', /generating static routes/],
  ['pages (render HTML)', /generating optimized images/],
  ['images (sharp)', /✓ Completed in/],
  ['admin copy', /\[admin\] /],
  ['sitemap, end of astro build', /\[build\] Complete!/],
  ['search index (Pagefind, own process)', /\[search-index\] /],
  ['security headers', /\[security-headers\] /],
];

/**
 * A cold build of `dir`, as `npm run build` does it: `astro build`, then (where the project has it) the search index
 * and headers in their own process (scripts/finish-build.ts). Timed phase by phase from the log lines, with the peak
 * memory of the whole process tree.
 */
function build(dir, phaseList = PHASES) {
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const steps = [[ASTRO, 'build']];
  if (existsSync(join(dir, 'scripts/finish-build.ts'))) steps.push(['--import', './scripts/ts-resolve.mjs', 'scripts/finish-build.ts']);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // CPU time per process id, as last seen; summed per step (astro build, then the search index).
    const cpu = new Map();
    const stepCpu = [];
    let child;
    let peak = 0;
    const marks = new Map();
    // Peak memory of each phase too, to show where it is reached.
    const phasePeak = new Map();
    const poll = setInterval(() => {
      if (!child) return;
      const rss = treeRss(child.pid, cpu);
      peak = Math.max(peak, rss);
      const current = phaseList.find(([name]) => !marks.has(name))?.[0];
      if (current) phasePeak.set(current, Math.max(phasePeak.get(current) ?? 0, rss));
    }, 250);
    let log = '';
    let pending = '';
    const onData = (chunk) => {
      const now = performance.now() - start;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        log += `${line}\n`;
        const clean = line.replace(/\x1b\[[0-9;]*m/g, '');
        // Phases end in order: only the next one's line counts (Astro prints "✓ Completed in" several times).
        const next = phaseList.find(([name]) => !marks.has(name));
        if (next && next[1].test(clean)) marks.set(next[0], now);
      }
    };
    const finish = () => {
      clearInterval(poll);
      const total = performance.now() - start;
      const phases = [];
      let last = 0;
      for (const [name] of phaseList) {
        if (!marks.has(name)) continue;
        phases.push([name, marks.get(name) - last, phasePeak.get(name) ?? 0]);
        last = marks.get(name);
      }
      resolve({ total, peak, phases, log, cpu: stepCpu.reduce((a, b) => a + b, 0), astroCpu: stepCpu[0] ?? 0, astroTotal: marks.get('sitemap, end of astro build') ?? total });
    };
    const run = (i) => {
      if (i === steps.length) return finish();
      child = spawn(process.execPath, steps[i], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' } });
      child.stdout.setEncoding('utf8').on('data', onData);
      child.stderr.setEncoding('utf8').on('data', onData);
      child.on('close', (code) => {
        stepCpu.push([...cpu.values()].reduce((a, b) => a + b, 0));
        cpu.clear();
        if (code === 0) return run(i + 1);
        clearInterval(poll);
        reject(new Error(`build failed in ${dir} (${steps[i].join(' ')}):\n${log.slice(-4000)}`));
      });
    };
    run(0);
  });
}

/** Figures of a built dist/: pages, sizes, search index. */
function distFigures(dir) {
  const dist = join(dir, 'dist');
  const all = files(dist);
  const site = all.filter((f) => !f.startsWith(join(dist, 'admin/')));
  const html = site.filter((f) => f.endsWith('.html'));
  return {
    html: html.length,
    files: all.length,
    dist: bytes(all),
    distWithoutAdmin: bytes(site),
    htmlBytes: bytes(html),
    images: bytes(site.filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f))),
    imageFiles: site.filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f)).length,
    pagefind: bytes(files(join(dist, 'pagefind'))),
    pagefindFiles: files(join(dist, 'pagefind')).length,
  };
}

/** The content check alone, as the build runs it first (Node strips the types; ts-resolve finds src/ imports). */
function contentCheckTime(dir) {
  const code = `const { checkContent } = await import(${JSON.stringify(join(ROOT, 'src/lib/content-check.ts'))}); const t = performance.now(); const p = checkContent(${JSON.stringify(dir)}); console.log(JSON.stringify({ ms: performance.now() - t, problems: p.length, first: p.slice(0, 3) }));`;
  const run = spawnSync(process.execPath, ['--import', join(ROOT, 'scripts/ts-resolve.mjs'), '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) return { ms: NaN, problems: -1, error: run.stderr.slice(-1000) };
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

function machine() {
  const chromium = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'not found';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${chromium}, load average at start ${load}`;
}

/** Replaces (or appends) the section `id` of the results file. */
function writeSection(id, markdown) {
  const begin = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  let text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n\nWritten by `npm run bench` (scripts/bench.mjs); each kind of run replaces its own section.\n';
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const at = text.indexOf(begin);
  text = at === -1 ? `${text.trimEnd()}\n\n${block}\n` : `${text.slice(0, at)}${block}${text.slice(text.indexOf(end) + end.length)}`;
  writeFileSync(RESULTS, text);
}

const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

async function scaleRun(entries) {
  console.log(`\n== ${entries} entries: generating`);
  const site = siteProject(entries);
  const check = contentCheckTime(site.dir);
  if (check.problems !== 0) throw new Error(`generated content has problems: ${JSON.stringify(check)}`);
  console.log(`   site in ${site.dir}; building`);
  const ours = await build(site.dir);
  const oursDist = distFigures(site.dir);
  console.log(`   ours: ${s(ours.total)}, ${oursDist.html} pages, peak ${mb(ours.peak)}`);
  let bare;
  let bareDist;
  let bareDir;
  if (!flag('no-bare')) {
    bareDir = bareProject(site.written, oursDist.html);
    console.log(`   bare in ${bareDir}; building`);
    bare = await build(bareDir, PHASES.filter(([name]) => !/admin|search|headers/.test(name)));
    bareDist = distFigures(bareDir);
    console.log(`   bare: ${s(bare.total)}, ${bareDist.html} pages, peak ${mb(bare.peak)}`);
  }
  const c = counts(entries);
  const perPage = (r, d) => r.total / d.html;
  const rows = [
    ['entries (articles / activities / notices)', `${entries} (${c.articles} / ${c.activities} / ${c.notices})`, bare ? 'same MDX bodies and photos' : '–'],
    ['HTML pages', oursDist.html, bareDist?.html ?? '–'],
    ['build time (cold)', s(ours.total), bare ? s(bare.total) : '–'],
    ['ms per page', perPage(ours, oursDist).toFixed(1), bare ? perPage(bare, bareDist).toFixed(1) : '–'],
    ['ratio to bare Astro (per page)', bare ? `**${(perPage(ours, oursDist) / perPage(bare, bareDist)).toFixed(2)}×**` : '–', '1.00×'],
    ['`astro build` alone (without the search index and headers)', s(ours.astroTotal), bare ? s(bare.total) : '–'],
    ['ratio to bare Astro, `astro build` alone', bare ? `${(ours.astroTotal / bare.total).toFixed(2)}×` : '–', '1.00×'],
    ['CPU time (user + system, all threads)', s(ours.cpu), bare ? s(bare.cpu) : '–'],
    ['ratio of CPU time (steadier under load)', bare ? `**${(ours.cpu / bare.cpu).toFixed(2)}×**` : '–', '1.00×'],
    ['CPU time of `astro build` alone, and its ratio', bare ? `${s(ours.astroCpu)} (${(ours.astroCpu / bare.cpu).toFixed(2)}×)` : s(ours.astroCpu), bare ? s(bare.cpu) : '–'],
    ['peak RSS (process tree)', mb(ours.peak), bare ? mb(bare.peak) : '–'],
    ['content check alone', `${(check.ms / 1000).toFixed(2)} s`, '–'],
    ...PHASES.map(([name]) => {
      const phase = (run) => run?.phases.find((p) => p[0] === name);
      const cell = (run) => (phase(run) ? `${s(phase(run)[1])} (${mb(phase(run)[2])})` : '–');
      return [`phase: ${name} (time, peak RSS)`, cell(ours), cell(bare)];
    }),
    ['Pagefind index (files / size)', `${oursDist.pagefindFiles} / ${mb(oursDist.pagefind)}`, '–'],
    ['dist size (all / without /admin/)', `${mb(oursDist.dist)} / ${mb(oursDist.distWithoutAdmin)}`, bare ? mb(bareDist.dist) : '–'],
    ['HTML total', mb(oursDist.htmlBytes), bare ? mb(bareDist.htmlBytes) : '–'],
    ['images (files / size)', `${oursDist.imageFiles} / ${mb(oursDist.images)}`, bare ? `${bareDist.imageFiles} / ${mb(bareDist.images)}` : '–'],
  ];
  const label = process.env.BENCH_LABEL ? `${process.env.BENCH_LABEL}: ` : '';
  const md = `### ${label}${entries.toLocaleString('en')} entries (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)\n\n${machine()}\n\n${table(['', 'this site', 'bare Astro + MDX'], rows)}`;
  console.log(`\n${md}\n`);
  // BENCH_LABEL (e.g. "before") names the run, so runs of other sources keep their own sections.
  writeSection(`${process.env.BENCH_LABEL ? `${process.env.BENCH_LABEL.replace(/\W+/g, '-').toLowerCase()}-` : ''}scale-${entries}`, md);
  if (!KEEP) {
    rmSync(site.dir, { recursive: true, force: true });
    if (bareDir) rmSync(bareDir, { recursive: true, force: true });
  }
}

/**
 * JavaScript a page loads (its module scripts and everything they import), gzipped as a server would send it; only
 * the scripts whose file name matches `only`, when given.
 */
function pageJs(dist, page, only = /./) {
  const seen = new Set();
  const visit = (src) => {
    if (seen.has(src)) return;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const [, dep] of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(`_astro/${dep}`);
  };
  for (const [, src] of readFileSync(join(dist, page, 'index.html'), 'utf8').matchAll(/<script[^>]*src="\/([^"]+\.js)"/g)) if (only.test(src)) visit(src);
  return [...seen].reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0);
}

async function sampleRun() {
  console.log('\n== sample site: building');
  const run = await build(ROOT);
  const dist = join(ROOT, 'dist');
  const site = files(dist).filter((f) => !f.startsWith(join(dist, 'admin/')));
  const html = site.filter((f) => f.endsWith('.html'));
  const sizes = html.map((f) => statSync(f).size).sort((a, b) => a - b);
  const scripts = html.filter((f) => /<script(?![^>]*application\/ld\+json)[^>]*>/.test(readFileSync(f, 'utf8')));
  const css = site.filter((f) => f.endsWith('.css'));
  const article = 'articles/ano-hito-01-shokudo-no-ojichan';
  const articleCss = [...readFileSync(join(dist, article, 'index.html'), 'utf8').matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => join(dist, m[1]));
  const rows = [
    ['build (cold)', s(run.total)],
    ['peak RSS (process tree)', mb(run.peak)],
    ['HTML pages', html.length],
    ['ms per page', (run.total / html.length).toFixed(1)],
    ['HTML size (median / max)', `${kb(sizes[Math.floor(sizes.length / 2)])} / ${kb(sizes.at(-1))}`],
    ['pages with <script> (other than JSON-LD)', `${scripts.length} (${scripts.map((f) => f.slice(dist.length).replace(/index\.html$/, '')).slice(0, 8).join(' ')}${scripts.length > 8 ? ' …' : ''})`],
    ['article page HTML + CSS (gzip; budget 20 KB)', kb(gz([join(dist, article, 'index.html'), ...articleCss]))],
    ['all site CSS (gzip; budget 15 KB)', kb(gz(css))],
    ['directory island (DirectoryFilter and its imports, gzip; budget 10 KB)', kb(pageJs(dist, 'activities', /DirectoryFilter/))],
    ['all JS of /activities/ (directory island + list islands, gzip)', kb(pageJs(dist, 'activities'))],
    ['JS of /list/ (gzip)', kb(pageJs(dist, 'list'))],
    ['JS of /help-wanted/ (gzip)', kb(pageJs(dist, 'help-wanted'))],
    ['JS of an article / activity / notice page (gzip; budget 0)', [article, 'activities/kita-salon-kusunoki', 'notices/kita-sasaeai-2027-01'].map((p) => kb(pageJs(dist, p))).join(' / ')],
    ['images total', kb(bytes(site.filter((f) => /\.(jpe?g|png|webp|avif|svg)$/.test(f))))],
    ['site total (without /admin/)', kb(bytes(site))],
    ...Object.entries(await searchBench(dist)),
  ];
  const md = `### Sample site (content/) (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)\n\n${machine()}\n\n${table(['', ''], rows)}\n\nPhases: ${run.phases.map(([n, ms]) => `${n} ${s(ms)}`).join(' · ')}`;
  console.log(`\n${md}\n`);
  writeSection('sample', md);
}

/** Search figures: the index on disk, then a fresh browser searching the query set as a visitor would. */
async function searchBench(dist) {
  const index = files(join(dist, 'pagefind'));
  const server = await serveDist(dist);
  const port = server.address().port;
  try {
    const { chromium } = await import('@playwright/test');
    const { SEARCH_QUERIES } = await import('../tests/e2e/search-queries.ts');
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
    const page = await browser.newPage();
    const transfers = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) transfers.push(request.sizes().then((x) => x.responseBodySize));
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
      'search: first query (time / transfer; budget 100 KB)': `${first.toFixed(0)} ms / ${kb(firstBytes)}`,
      'search: later queries (median / max)': `${times[Math.floor(times.length / 2)].toFixed(0)} ms / ${times.at(-1).toFixed(0)} ms (${times.length} queries)`,
      [`search: transfer for all ${SEARCH_QUERIES.length} queries`]: kb(allBytes),
    };
  } finally {
    server.close();
  }
}

/** dist/ as a static host serves it (text compressed with gzip), on a free port. */
function serveDist(dist) {
  const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webp': 'image/webp', '.avif': 'image/avif', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : '');
      return;
    }
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    const compress = /^(text|application\/(json|xml|manifest))/.test(type) || type === 'image/svg+xml';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=31536000', ...(compress ? { 'content-encoding': 'gzip' } : {}) }).end(compress ? gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Lighthouse, mobile (its defaults: Moto G Power, slow 4G, 4× CPU slowdown), on seven page types of dist/. */
async function lighthouseRun() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ がありません。先に npm run build（または --no-sample なしで）を実行してください');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serveDist(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const pages = [
    ['home', '/'],
    ['article', '/articles/ano-hito-01-shokudo-no-ojichan/'],
    ['directory (filter)', '/activities/?area=kita&day=thu'],
    ['activity', '/activities/kita-salon-kusunoki/'],
    ['notice', '/notices/kita-sasaeai-2027-01/'],
    ['search', '/search/?q=子ども食堂'],
    ['相談窓口', '/soudan/'],
  ];
  const CATS = ['performance', 'accessibility', 'best-practices', 'seo'];
  const rows = [];
  const failures = [];
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const [name, path] of pages) {
      const result = await lighthouse(`${base}${encodeURI(path)}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATS });
      const lhr = result.lhr;
      const scores = CATS.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      rows.push([name, `\`${path}\``, ...scores]);
      for (const c of CATS) {
        for (const ref of lhr.categories[c].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) failures.push(`${name} · ${c}: ${audit.id} (${audit.displayValue ?? audit.score})`);
        }
      }
      console.log(`   ${name}: ${scores.join(' / ')}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  const md = `### Lighthouse, mobile (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)\n\nLighthouse ${version}, default mobile settings (emulated Moto G Power, simulated slow 4G, 4× CPU slowdown), on the sample site's dist/ served with gzip. ${machine()}\n\n${table(['page', 'URL', 'performance', 'accessibility', 'best practices', 'SEO'], rows)}\n\n${failures.length ? `Audits below 1:\n\n${failures.map((f) => `- ${f}`).join('\n')}` : 'Every weighted audit passes.'}`;
  console.log(`\n${md}\n`);
  writeSection('lighthouse', md);
}

if (!flag('no-sample')) await sampleRun();
if (flag('lighthouse')) await lighthouseRun();
if (!flag('no-scale')) for (const n of ENTRIES) await scaleRun(n);

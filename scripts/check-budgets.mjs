#!/usr/bin/env node
// Page-weight budgets on the built sample site (dist/): sizes are deterministic, so these pass or fail (timings are
// never tested; they are in npm run bench). The first search's budget (≤ 100 KB) is tested in a browser by
// tests/e2e/search.spec.ts. Usage: npm run build && npm run test:budgets   (exit 1 when a budget is exceeded)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const BUDGETS = {
  /** HTML and the CSS it links, of each article page, gzipped. */
  articleHtmlCss: 20 * KB,
  /** The JavaScript /activities/ loads (the directory island and what it imports, リストに追加 and the list count too). */
  directoryJs: 10 * KB,
  /** Every stylesheet of the site together, gzipped one by one as a server sends them. */
  allCss: 15 * KB,
  /**
   * Stylesheets one page links, all render-blocking: the order of the cascade layers and the site's one stylesheet
   * (Vite's cssCodeSplit: false in astro.config.mjs; page-only rules are scoped by <body data-page>).
   */
  stylesheetsPerPage: 2,
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const failures = [];
const report = [];
const check = (what, size, budget) => {
  report.push(`${size <= budget ? 'ok  ' : 'FAIL'} ${what}: ${kb(size)} (budget ${kb(budget)})`);
  if (size > budget) failures.push(`${what}: ${kb(size)}, budget ${kb(budget)}`);
};

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ がありません。先に npm run build を実行してください');
  process.exit(1);
}

const pagesOf = (section) =>
  readdirSync(join(DIST, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(DIST, section, e.name, 'index.html')) && e.name !== 'page')
    .map((e) => `${section}/${e.name}`)
    // Redirect pages (an old slug) are a line of HTML; only real pages count.
    .filter((page) => !/<meta http-equiv="refresh"/.test(readFileSync(join(DIST, page, 'index.html'), 'utf8')));

const html = (page) => readFileSync(join(DIST, page, 'index.html'), 'utf8');

/** Module scripts a page loads and everything they import, as dist/ paths. */
function scriptsOf(page) {
  const seen = new Set();
  const visit = (src) => {
    if (seen.has(src)) return;
    seen.add(src);
    for (const [, dep] of readFileSync(join(DIST, src), 'utf8').matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(`_astro/${dep}`);
  };
  for (const [, src] of html(page).matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)) visit(src);
  return [...seen];
}

const stylesheetsOf = (page) => [...html(page).matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);

// Article pages: HTML + CSS.
const articles = pagesOf('articles');
let heaviest = { page: '', size: 0 };
for (const page of articles) {
  const size = gz(join(DIST, page, 'index.html')) + stylesheetsOf(page).reduce((sum, css) => sum + gz(join(DIST, css)), 0);
  if (size > heaviest.size) heaviest = { page, size };
}
check(`article HTML + CSS, heaviest of ${articles.length} (/${heaviest.page}/)`, heaviest.size, BUDGETS.articleHtmlCss);

// Reading pages (articles, notices, activities) load no JavaScript at all: no <script> but JSON-LD data, no
// modulepreload. Their 「リストに追加」 is a form that opens /list/, whose island adds the activity.
const reading = [...articles, ...pagesOf('notices'), ...pagesOf('activities')];
let withScripts = 0;
for (const page of reading) {
  const tags = [...html(page).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\stype="application\/ld\+json"/.test(tag));
  const preloads = [...html(page).matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
  if (tags.length + preloads.length > 0) {
    withScripts++;
    failures.push(`/${page}/: 読むページが JavaScript を読み込んでいます: ${[...tags, ...preloads].join(' ')}`);
  }
}
report.push(`${withScripts === 0 ? 'ok  ' : 'FAIL'} JavaScript of reading pages: 0 bytes required; ${reading.length - withScripts} of ${reading.length} pages load none`);

// The directory island.
check('JavaScript of /activities/ (directory filter and list islands)', scriptsOf('activities').reduce((sum, f) => sum + gz(join(DIST, f)), 0), BUDGETS.directoryJs);

// All CSS.
const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
check(`all site CSS (${css.length} files)`, css.reduce((sum, f) => sum + gz(join(DIST, '_astro', f)), 0), BUDGETS.allCss);

// Stylesheets per page, on every built page.
const allPages = (dir) => readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? allPages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []);
let mostSheets = { page: '', count: 0 };
for (const file of allPages('.')) {
  const count = [...readFileSync(join(DIST, file), 'utf8').matchAll(/<link[^>]*rel="stylesheet"/g)].length;
  if (count > mostSheets.count) mostSheets = { page: file, count };
}
report.push(`${mostSheets.count <= BUDGETS.stylesheetsPerPage ? 'ok  ' : 'FAIL'} stylesheets a page links, most (${mostSheets.page}): ${mostSheets.count} (budget ${BUDGETS.stylesheetsPerPage})`);
if (mostSheets.count > BUDGETS.stylesheetsPerPage) failures.push(`${mostSheets.page}: スタイルシートが ${mostSheets.count} 個（上限 ${BUDGETS.stylesheetsPerPage}）`);

// Images: responsive, sized, lazy below the fold, modern formats.
const pageImages = [];
for (const page of reading) {
  const imgs = [...html(page).matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
  imgs.forEach((img, i) => pageImages.push({ page, img, first: i === 0 }));
}
let imageProblems = 0;
for (const { page, img, first } of pageImages) {
  const src = /\ssrc="([^"]+)"/.exec(img)?.[1] ?? '';
  if (src.startsWith('data:') || src.endsWith('.svg')) continue;
  const problems = [];
  if (!/\ssrcset="[^"]+\s\d+w/.test(img)) problems.push('srcset（幅の候補）がありません');
  if (!/\swidth="\d+"/.test(img) || !/\sheight="\d+"/.test(img)) problems.push('width と height がありません（読み込みで表示がずれます）');
  if (!/\.(avif|webp)(\?|$)/.test(src) && !/\.(avif|webp)\s/.test(/\ssrcset="([^"]+)"/.exec(img)?.[1] ?? '')) problems.push('AVIF か WebP ではありません');
  const lazy = /\sloading="lazy"/.test(img);
  const eager = /\sfetchpriority="high"/.test(img);
  if (!lazy && !(first && eager)) problems.push('画面の下にある画像に loading="lazy" がありません（最初の大きな画像だけ fetchpriority="high"）');
  for (const p of problems) failures.push(`/${page}/: ${src}: ${p}`);
  imageProblems += problems.length;
}
report.push(`${imageProblems === 0 ? 'ok  ' : 'FAIL'} images on reading pages: ${pageImages.length} checked (srcset, width/height, lazy below the fold, AVIF/WebP)`);

console.log(report.join('\n'));
if (failures.length) {
  console.error(`\n予算を超えています（${failures.length} 件）:\n${failures.join('\n')}`);
  process.exit(1);
}

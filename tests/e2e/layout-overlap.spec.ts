import { type Browser, expect, test } from '@playwright/test';
import { sweepPaths } from './sitemap';

/**
 * The layout gate: axe, the HTML checker and the 320 px scroll-width test look at markup and width, and none of them
 * sees text drawn over text. This walks every page at phone and tablet width, and every page a coordinator prints
 * (articles, activities, notices, and the activities' A4 handouts, which the sitemap leaves out) in print emulation
 * at A4 width, and compares where each line of text is drawn.
 */

interface Problem {
  kind: 'overlap' | 'footer';
  a: string;
  b: string;
}

/** Runs in the page: every visible line of text with its element, compared with the lines of other elements. */
function findProblems(): Problem[] {
  const hidden = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      // The content of a closed <details> is not rendered, though the browser still measures it.
      if (node instanceof HTMLDetailsElement && !node.open && !el.closest('summary')) return true;
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
      const clip = style.getPropertyValue('clip');
      if ((clip !== 'auto' && clip !== '') || style.clipPath !== 'none') return true;
      const box = node.getBoundingClientRect();
      if (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) return true;
    }
    return false;
  };
  interface Line { el: Element; left: number; right: number; top: number; bottom: number; text: string }
  const lines: Line[] = [];
  const hiddenCache = new Map<Element, boolean>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const el = node.parentElement!;
    if (!text || el.closest('script, style, noscript, template')) continue;
    if (!hiddenCache.has(el)) hiddenCache.set(el, hidden(el));
    if (hiddenCache.get(el)) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      lines.push({ el, left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, text: text.slice(0, 60) });
    }
  }
  const problems: Problem[] = [];
  const describe = (line: Line) => `<${line.el.localName}${line.el.className ? `.${String(line.el.className).trim().split(/\s+/).join('.')}` : ''}>「${line.text}」`;
  const reported = new Set<string>();
  lines.sort((a, b) => a.top - b.top);
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length && lines[j]!.top < a.bottom; j++) {
      const b = lines[j]!;
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // A glyph box is taller than a tight line box, so neighbouring lines may touch: only a real overlap counts.
      if (dx <= 2 || dy <= 0.4 * Math.min(a.bottom - a.top, b.bottom - b.top)) continue;
      const key = `${describe(a)}|${describe(b)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push({ kind: 'overlap', a: describe(a), b: describe(b) });
    }
  }
  const main = document.querySelector('main');
  const footer = document.querySelector('footer.site-footer');
  if (main && footer && !hidden(footer)) {
    const mainEnd = Math.max(
      main.getBoundingClientRect().bottom + scrollY,
      ...lines.filter((line) => main.contains(line.el)).map((line) => line.bottom),
    );
    const footerTop = footer.getBoundingClientRect().top + scrollY;
    if (footerTop < mainEnd - 1) {
      problems.push({ kind: 'footer', a: `フッターの上端 ${Math.round(footerTop)}px`, b: `<main> の終わり ${Math.round(mainEnd)}px` });
    }
  }
  return problems;
}

async function sweep(browser: Browser, width: number, paths: string[], print: boolean) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  if (print) await page.emulateMedia({ media: 'print' });
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    // Long lists lay out only what is near the screen (content-visibility: auto); a part far from it is measured at
    // its guessed size, where its text would seem to spill into the next. A reader sees each part laid out as it
    // comes near: so is everything here, at once.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    });
    for (const problem of await page.evaluate(findProblems)) {
      const where = `${decodeURIComponent(path)} (${print ? '印刷 A4' : `${width}px`})`;
      failures.push(problem.kind === 'overlap'
        ? `${where}: ${problem.a} が ${problem.b} に重なっています`
        : `${where}: ${problem.a} が ${problem.b} より上にあります`);
    }
  }
  await context.close();
  return failures;
}

/** The sitemap's pages and the editors' guide (kept out of the sitemap, but read and printed by editors). */
const paths = [...sweepPaths(), '/admin/guide/'];
/** What people print on A4: stories, activities, notices, the 相談窓口 sheet, the districts' pages and lists. */
const printed = paths.filter((path) =>
  (/^\/(articles|activities|notices|areas)\/[^/]+\/$/.test(path) && !path.startsWith('/articles/page/')) ||
  ['/soudan/', '/list/', '/help-wanted/', '/admin/guide/'].includes(path));
/** The A4 handouts are not in the sitemap (they are not pages to find), so they come from the activities' pages. */
const handouts = paths.filter((path) => /^\/activities\/[^/]+\/$/.test(path)).map((path) => `${path}print/`);
/** Playwright runs tests in parallel, so the sweep is split in halves to use both workers. */
const halves = [paths.filter((_, i) => i % 2 === 0), paths.filter((_, i) => i % 2 === 1)];

for (const [n, half] of halves.entries()) {
  test(`no text is drawn over other text, and the footer follows the main content, at 360 px and 768 px (part ${n + 1})`, async ({ browser }) => {
    test.setTimeout(5 * 60_000);
    const failures = [...await sweep(browser, 360, half, false), ...await sweep(browser, 768, half, false)];
    expect(failures, `${half.length * 2} page views`).toEqual([]);
  });
}

test('no text is drawn over other text on an A4 printout of articles, activities, notices, districts and the 相談窓口 sheet', async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  // A4 is 210 mm: 794 CSS px at 96 px per inch.
  const failures = await sweep(browser, 794, printed, true);
  expect(failures, `${printed.length} page views`).toEqual([]);
});

test('no text is drawn over other text on the districts’ overview printed on A4 landscape', async ({ browser }) => {
  // A4 landscape is 297 mm: 1123 CSS px at 96 px per inch.
  const failures = await sweep(browser, 1123, ['/areas/'], true);
  expect(failures).toEqual([]);
});

test('no text is drawn over other text on the activities’ A4 handouts, at 360 px and on paper', async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  expect(handouts.length).toBeGreaterThan(0);
  const failures = [...await sweep(browser, 360, handouts, false), ...await sweep(browser, 794, handouts, true)];
  expect(failures, `${handouts.length * 2} page views`).toEqual([]);
});

test('the gate sees text drawn over text and a footer drawn over the main content, and not hidden text', async ({ page }) => {
  await page.setContent(`<main><p>参加のしかた</p><p style="position:relative;top:-2.2em">問い合わせ先</p>
    <p><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">読み上げ用</span>ふつうの文</p>
    <div style="height:2em"><p style="height:100%">最終確認日</p><p>この活動が出てくる記事</p></div></main>
    <footer class="site-footer" style="margin-top:-1em">お問い合わせ</footer>`);
  const problems = await page.evaluate(findProblems);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toEqual({ kind: 'overlap', a: '<p>「参加のしかた」', b: '<p>「問い合わせ先」' });
  expect(problems[1]!.kind).toBe('footer');
});

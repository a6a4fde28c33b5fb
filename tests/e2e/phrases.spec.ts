import { expect, test } from '@playwright/test';
import { entries } from './content';

/** The longest titles are the ones that wrap on a phone. */
const longest = (collection: 'articles' | 'notices' | 'activities', key: string) =>
  entries(collection).sort((a, b) => String(b.data[key]).length - String(a.data[key]).length)[0]!.id;

const PAGES = [
  `/articles/${longest('articles', 'title')}/`,
  `/notices/${longest('notices', 'title')}/`,
  `/activities/${longest('activities', 'name')}/`,
];

test('at 360 px, headings wrap only between phrases (BudouX <wbr>), at spaces or after punctuation, never inside a word', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of PAGES) {
    await page.goto(path);
    const result = await page.locator('h1 .phrases').evaluate((heading) => {
      const breaksInside: string[] = [];
      let lines = 1;
      let lastTop: number | undefined;
      const range = document.createRange();
      for (const node of heading.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const text = node.textContent!;
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          if (lastTop !== undefined && rect.top > lastTop + 4) {
            lines++;
            // Browsers may also break after punctuation (「…」を): that is between words, too.
            if (i > 0 && !' 、。」』）'.includes(text[i - 1]!)) breaksInside.push(`${text.slice(0, i)}／${text.slice(i)}`);
          }
          lastTop = rect.top;
        }
      }
      return { lines, breaksInside, wordBreak: getComputedStyle(heading).wordBreak };
    });
    expect(result.wordBreak).toBe('keep-all');
    expect(result.breaksInside, `${path} の見出し`).toEqual([]);
    expect(result.lines, `${path} の見出しが折り返すこと`).toBeGreaterThan(1);
  }
});

import { chromium } from '@playwright/test';
const queries = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4346/about/');
const out = await page.evaluate(async ([queries, topN]) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const res = [];
  for (const q of queries) {
    const seg = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(q)].filter(s => s.isWordLike).map(s => s.segment);
    const r = await pf.search(q);
    const top = await Promise.all(r.results.slice(0, topN).map(async (x) => { const d = await x.data(); return `${d.url.replace(/^\/|\/$/g,'')}(${x.score.toFixed(2)})`; }));
    res.push(`${q} [${seg.join('|')}] n=${r.results.length}: ${top.join(' ')}`);
  }
  return res;
}, [queries, Number(process.env.TOP ?? 5)]);
console.log(out.join('\n'));
await browser.close();

import { chromium } from '@playwright/test';
const [target, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4346/about/');
const out = await page.evaluate(async ([target, queries]) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const res = [];
  for (const q of queries) {
    const r = await pf.search(q);
    const all = await Promise.all(r.results.map((x) => x.data()));
    const i = all.findIndex((d) => d.url.includes(target));
    res.push(`${q}: n=${r.results.length} rank=${i < 0 ? '-' : i + 1}${i >= 0 ? ' words=' + all[i].word_count + ' ' + all[i].excerpt.slice(0, 120) : ''}`);
  }
  return res;
}, [target, queries]);
console.log(out.join('\n'));
await browser.close();

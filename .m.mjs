import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 680, height: 1000 } });
await p.goto('http://localhost:4405' + process.argv[2]);
await p.emulateMedia({ media: 'print' });
console.log(await p.evaluate(() => document.documentElement.scrollHeight), 'px of 1009');
const pdf = await p.pdf({ format: 'A4', preferCSSPageSize: true, path: '/tmp/i16shots/out.pdf' });
await b.close();

import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://localhost:4405' + process.argv[2]);
await p.pdf({ format: 'A4', printBackground: true, path: '/tmp/i16shots/h.pdf' });
await b.close();

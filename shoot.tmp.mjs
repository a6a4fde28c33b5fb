import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4345';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [,, what] = process.argv;
const ctx = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
if (what === 'print') {
  await page.goto(base + '/activities/salon-hinatabokko/print/');
  await page.screenshot({ path: '/tmp/i17shots/print-screen.png', fullPage: true });
  await page.pdf({ path: '/tmp/i17shots/print.pdf', format: 'A4', printBackground: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: '/tmp/i17shots/print-360.png', fullPage: true });
}
if (what === 'list') {
  await page.goto(base + '/list/?ids=salon-hinatabokko,kita-ikiiki-taiso,minami-kodomo-shokudo,minami-nagomi-cafe,nope,chuo-tamariba');
  await page.screenshot({ path: '/tmp/i17shots/list-desktop.png', fullPage: true });
  await page.pdf({ path: '/tmp/i17shots/list.pdf', format: 'A4', printBackground: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: '/tmp/i17shots/list-360.png', fullPage: true });
}
if (what === 'help') {
  await page.goto(base + '/help-wanted/');
  await page.screenshot({ path: '/tmp/i17shots/help-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(base + '/help-wanted/?kind=hands&level=anyone');
  await page.screenshot({ path: '/tmp/i17shots/help-360.png', fullPage: true });
  await page.pdf({ path: '/tmp/i17shots/help.pdf', format: 'A4', printBackground: true });
}
if (what === 'detail') {
  await page.goto(base + '/activities/salon-hinatabokko/');
  await page.getByRole('button', { name: /リストに追加/ }).click();
  await page.screenshot({ path: '/tmp/i17shots/detail-desktop.png' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(base + '/activities/');
  await page.screenshot({ path: '/tmp/i17shots/dir-360.png' });
}
await browser.close();

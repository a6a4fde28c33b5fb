import { expect, test } from '@playwright/test';
import holidayJp from '@holiday-jp/holiday_jp';
import { parseCalendar } from '../support/ical-parse';
import { dataEntries, entries } from './content';

/**
 * Calendars as a resident meets them: subscription links, 「カレンダーに追加」, the next dates of a サロン, and the
 * .ics files themselves read back with ical.js and compared with the content files.
 */

const notices = entries('notices');
const activities = entries('activities');
const holidays = new Set(Object.keys(holidayJp.holidays));
const inCalendar = notices.filter((n) => n.data.kind !== 'お知らせ');

async function calendar(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('text/calendar');
  return parseCalendar(await response.text());
}

test('the notices feed holds every meeting, course session and event, with its time, status and UID', async ({ request }) => {
  const { events, timezones } = await calendar(request, '/feeds/notices.ics');
  expect(timezones).toEqual(['Asia/Tokyo']);
  const byUid = new Map(events.map((e) => [e.uid.split('@')[0], e]));
  for (const n of inCalendar) {
    const sessions: { startsAt: string; endsAt: string }[] = n.data.sessions ?? [];
    const expected = sessions.length
      ? sessions.map((s, i) => ({ uid: `notice-${n.id}-${i + 1}`, ...s }))
      : [{ uid: `notice-${n.id}`, startsAt: n.data.startsAt, endsAt: n.data.endsAt }];
    for (const x of expected) {
      const event = byUid.get(x.uid);
      // A separate 開催報告 for a meeting that also has its 開催案内 is represented by the announcement.
      if (!event && n.data.kind === '開催報告') continue;
      expect(event, x.uid).toBeDefined();
      expect(event!.tzid, x.uid).toBe('Asia/Tokyo');
      expect(event!.startsAt, x.uid).toBe(new Date(x.startsAt).toISOString());
      expect(event!.endsAt, x.uid).toBe(new Date(x.endsAt).toISOString());
      expect(event!.status, x.uid).toBe({ cancelled: 'CANCELLED', postponed: 'TENTATIVE' }[n.data.status as string] ?? 'CONFIRMED');
      expect(event!.url).toMatch(new RegExp(`/notices/${n.id}/$`));
    }
  }
  const cancelled = inCalendar.find((n) => n.data.status === 'cancelled')!;
  expect(byUid.get(`notice-${cancelled.id}`)!.sequence).toBeGreaterThan(0);
  const postponed = inCalendar.find((n) => n.data.status === 'postponed')!;
  expect(byUid.get(`notice-${postponed.id}`)!.summary).toContain('延期');
  expect(events.some((e) => notices.find((n) => n.data.kind === 'お知らせ' && e.uid.startsWith(`notice-${n.id}@`)))).toBe(false);
});

test('each council has its own feed, and each notice its own file', async ({ request }) => {
  for (const council of dataEntries('councils')) {
    const { events } = await calendar(request, `/councils/${council.id}/notices.ics`);
    const own = inCalendar.filter((n) => n.data.council === council.id).map((n) => n.id);
    for (const e of events) expect(own.some((id) => new RegExp(`^notice-${id}(-\\d+)?@`).test(e.uid)), `${council.id}: ${e.uid}`).toBe(true);
  }
  const course = notices.find((n) => n.data.kind === '研修・講座')!;
  const { events } = await calendar(request, `/notices/${course.id}/event.ics`);
  expect(events.map((e) => e.startsAt)).toEqual(course.data.sessions.map((s: { startsAt: string }) => new Date(s.startsAt).toISOString()));
});

test('activity calendars repeat by rule (第n曜日, 最終) and leave out 祝日 and closed days', async ({ request }) => {
  const regular = activities.filter((a) => a.data.status === 'active' && a.data.schedule.some((r: { freq: string }) => r.freq !== 'irregular'));
  expect(regular.length).toBeGreaterThan(0);
  for (const a of regular) {
    const { events } = await calendar(request, `/activities/${a.id}/schedule.ics`);
    const rules = a.data.schedule.filter((r: { freq: string }) => r.freq !== 'irregular');
    expect(events.length, a.id).toBe(rules.length);
    for (const [i, event] of events.entries()) {
      const rule = rules[i];
      expect(event.rrule, a.id).toContain(rule.freq === 'weekly' ? 'FREQ=WEEKLY' : 'FREQ=MONTHLY');
      if (rule.freq === 'monthly') for (const n of rule.nth) expect(event.rrule, a.id).toMatch(new RegExp(`BYDAY=[^;]*${n === -1 ? '-1' : `\\+?${n}`}[A-Z]{2}`));
      if (rule.opens) expect(event.start.slice(11, 16), a.id).toBe(rule.opens);
      const closed = new Set((rule.closedDates ?? []).map((d: Date | string) => (d instanceof Date ? d.toISOString() : d).slice(0, 10)));
      for (const ex of event.exdates) {
        const day = ex.slice(0, 10);
        const md = day.slice(5);
        const brk = rule.yearEndBreak;
        const inBreak = brk && (brk.from <= brk.to ? md >= brk.from && md <= brk.to : md >= brk.from || md <= brk.to);
        expect((rule.skipHolidays && holidays.has(day)) || closed.has(day) || inBreak, `${a.id} EXDATE ${ex}`).toBeTruthy();
      }
    }
  }
  const irregular = activities.find((a) => a.data.schedule.every((r: { freq: string }) => r.freq === 'irregular') && a.data.status === 'active')!;
  expect((await request.get(`/activities/${irregular.id}/schedule.ics`)).status()).toBe(404);
});

test('councils offer a subscription (webcal and https) with a how-to; a notice offers 「カレンダーに追加」', async ({ page }) => {
  await page.goto('/councils/');
  const box = page.getByRole('region', { name: 'カレンダーで予定を受け取る' });
  await expect(box.getByRole('link', { name: 'カレンダーアプリに登録する' })).toHaveAttribute('href', /^webcal:\/\/.+\/feeds\/notices\.ics$/);
  await expect(box.getByRole('link', { name: /^https:\/\/.+\/feeds\/notices\.ics$/ })).toBeVisible();
  await box.getByText('登録のしかた').click();
  for (const app of ['iPhone・iPad・Mac：', 'Android・Google カレンダー：', 'Outlook：']) await expect(box.getByRole('listitem').filter({ hasText: app })).toBeVisible();

  const council = dataEntries('councils')[0]!;
  await page.goto(`/councils/${council.id}/`);
  await expect(page.getByRole('link', { name: 'カレンダーアプリに登録する' })).toHaveAttribute('href', new RegExp(`/councils/${council.id}/notices\\.ics$`));

  const meeting = notices.find((n) => n.data.kind === '開催案内' && n.data.status === 'scheduled')!;
  await page.goto(`/notices/${meeting.id}/`);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'この予定をカレンダーに追加（ics形式）' }).click();
  expect((await download).suggestedFilename()).toBe('event.ics');
});

test('a course lists all its sessions with 和暦 and weekday', async ({ page }) => {
  const course = notices.find((n) => n.data.kind === '研修・講座')!;
  await page.goto(`/notices/${course.id}/`);
  const list = page.getByRole('region', { name: `日程（全${course.data.sessions.length}回）` });
  await expect(list.getByRole('listitem')).toHaveCount(course.data.sessions.length);
  await expect(list.getByRole('listitem').first()).toContainText(/第1回\s*\d{4}年（令和\d+年）\d+月\d+日（[月火水木金土日]）\d\d:\d\d〜\d\d:\d\d/);
});

test('an activity shows its next three days, and its calendar', async ({ page }) => {
  await page.goto('/activities/salon-hinatabokko/');
  const next = page.locator('[data-upcoming-list]').filter({ has: page.locator('[data-ends-at]') });
  await expect(next.locator('li:visible')).toHaveCount(3);
  await expect(next.locator('li:visible').first()).toContainText(/次回\s*(\d{4}年)?\d+月\d+日（水）10:00〜12:00/);
  for (const item of await next.locator('li:visible time').all()) {
    const day = (await item.getAttribute('datetime'))!.slice(0, 10);
    expect(holidays.has(day), `${day} is a holiday`).toBe(false);
  }
  await expect(page.getByRole('link', { name: 'この活動の日程をカレンダーに追加（ics形式）' })).toHaveAttribute('href', '/activities/salon-hinatabokko/schedule.ics');

  const irregular = activities.find((a) => a.data.schedule.every((r: { freq: string }) => r.freq === 'irregular') && a.data.status === 'active')!;
  await page.goto(`/activities/${irregular.id}/`);
  await expect(page.getByText('決まった曜日の開催ではないため、カレンダー用のファイルはありません。')).toBeVisible();
});

test('with the clock years ahead, nothing dated is listed as upcoming (a postponed meeting waits for its new date)', async ({ page }) => {
  await page.clock.install({ time: new Date('2031-06-01T00:00:00+09:00') });
  for (const path of ['/', '/councils/', ...dataEntries('councils').map((c) => `/councils/${c.id}/`)]) {
    await page.goto(path);
    for (const list of await page.locator('[data-upcoming-list]').all()) {
      await expect(list.locator('[data-ends-at]:visible'), path).toHaveCount(0);
      const pending = list.locator('[data-upcoming-item]:not([data-ends-at])');
      if ((await pending.count()) === 0) await expect(list.locator('[data-upcoming-empty]'), path).toBeVisible();
      else for (const item of await pending.all()) await expect(item, path).toContainText('延期');
    }
  }
  await page.goto('/activities/salon-hinatabokko/');
  await expect(page.locator('[data-ends-at]:visible')).toHaveCount(0);
  await expect(page.getByText('次の開催日は、問い合わせ先にご確認ください。')).toBeVisible();
  const course = notices.find((n) => n.data.kind === '研修・講座')!;
  await page.goto(`/notices/${course.id}/`);
  await expect(page.getByText('終了しました', { exact: true })).toHaveCount(course.data.sessions.length);
});

test('without JavaScript the lists say on which date they were built', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/councils/', '/activities/salon-hinatabokko/']) {
    await page.goto(path);
    await expect(page.getByText(/この一覧は\d{4}年\d+月\d+日時点のものです。/).first()).toBeVisible();
  }
  await context.close();
});

test('with JavaScript the build-date note gives way to the corrected list', async ({ page }) => {
  await page.goto('/activities/salon-hinatabokko/');
  await expect(page.getByText(/時点のものです/)).toBeHidden();
});

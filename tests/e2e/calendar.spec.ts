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

const BUILT_NOTE = /この一覧は(\d{4})年(\d+)月(\d+)日時点のものです。/;

/** The day (Asia/Tokyo) the site was built, read from the note beside every list judged at build time. */
async function builtDay(page: import('@playwright/test').Page) {
  const [, y, m, d] = BUILT_NOTE.exec((await page.getByText(BUILT_NOTE).first().textContent())!)!;
  const start = new Date(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}T00:00:00+09:00`).getTime();
  return { start, end: start + 24 * 60 * 60_000 };
}

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
  const next = page.locator('.next-dates li');
  await expect(next).toHaveCount(3);
  await expect(next.first()).toContainText(/^次回\s*(\d{4}年)?\d+月\d+日（水）10:00〜12:00$/);
  for (const item of (await next.all()).slice(1)) await expect(item).toContainText(/^(\d{4}年)?\d+月\d+日（水）10:00〜12:00$/);
  const { start } = await builtDay(page);
  for (const item of await next.locator('time').all()) {
    const datetime = (await item.getAttribute('datetime'))!;
    expect(holidays.has(datetime.slice(0, 10)), `${datetime} is a holiday`).toBe(false);
    expect(new Date(datetime).getTime(), `${datetime} is before the build day`).toBeGreaterThanOrEqual(start);
  }
  await expect(page.getByRole('link', { name: 'この活動の日程をカレンダーに追加（ics形式）' })).toHaveAttribute('href', '/activities/salon-hinatabokko/schedule.ics');

  const irregular = activities.find((a) => a.data.schedule.every((r: { freq: string }) => r.freq === 'irregular') && a.data.status === 'active')!;
  await page.goto(`/activities/${irregular.id}/`);
  await expect(page.getByText('決まった曜日の開催ではないため、カレンダー用のファイルはありません。')).toBeVisible();
});

test('upcoming meetings are judged when the site is built (every night), and the lists say on which day', async ({ page }) => {
  // Meetings that ended before the build day are gone, later ones listed; a postponed one waits for its new date.
  // One that ends on the build day itself depends on the hour of the build, so it is not judged here.
  const dated = notices.filter((n) => !['開催報告'].includes(n.data.kind) && !['cancelled', 'held'].includes(n.data.status));
  for (const path of ['/', '/councils/', ...dataEntries('councils').map((c) => `/councils/${c.id}/`)]) {
    await page.goto(path);
    const { start, end } = await builtDay(page);
    const region = page.getByRole('region', { name: /これからの(協議体の)?会議/ });
    await expect(region.getByText(BUILT_NOTE), path).toBeVisible();
    const council = path.startsWith('/councils/') && path !== '/councils/' ? path.split('/')[2] : undefined;
    // The home page shows only the first few; the councils' pages show them all.
    const complete = path !== '/';
    for (const n of dated.filter((x) => !council || x.data.council === council)) {
      const shown = region.getByRole('article').filter({ has: page.getByRole('heading', { name: n.data.title, exact: true }) });
      const ends = new Date(n.data.endsAt).getTime();
      const what = `${path} ${n.id}`;
      if (n.data.status !== 'postponed' && ends < start) await expect(shown, what).toHaveCount(0);
      else if (complete && n.data.status === 'postponed') await expect(shown, what).toContainText('日時：未定');
      else if (complete && ends >= end) await expect(shown, what).toHaveCount(1);
    }
  }
  const course = notices.find((n) => n.data.kind === '研修・講座')!;
  await page.goto(`/notices/${course.id}/`);
  const { start, end } = await builtDay(page);
  const sessions = page.getByRole('region', { name: /^日程/ }).getByRole('listitem');
  for (const [i, session] of (course.data.sessions as { endsAt: string }[]).entries()) {
    const ends = new Date(session.endsAt).getTime();
    if (ends < start) await expect(sessions.nth(i)).toContainText('終了しました');
    else if (ends >= end) await expect(sessions.nth(i)).not.toContainText('終了しました');
  }
});

test('no script follows the reader’s clock: the lists stay as built and say so, with or without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2031-06-01T00:00:00+09:00') });
    for (const path of ['/', '/councils/', '/activities/salon-hinatabokko/']) {
      await page.goto(path);
      await expect(page.getByText(BUILT_NOTE).first(), path).toBeVisible();
      await expect(page.locator('script:not([type="application/ld+json"])'), `${path} loads no JavaScript`).toHaveCount(0);
    }
    await expect(page.locator('.next-dates li')).toHaveCount(3);
    await context.close();
  }
});

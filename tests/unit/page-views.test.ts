/** The view models pages read from: each page only chooses where to put what these return. */
import { describe, expect, it } from 'vitest';
import { RELATED_ARTICLES, articleView, volumeLabel } from '../../src/lib/article-view';
import { listPool } from '../../src/lib/coordinator-list';
import { councilView, councilsByLayer, layerLabel } from '../../src/lib/councils';
import { openWishes, wishesByArea } from '../../src/lib/help-wanted';
import { HOME_LIMITS, homeView } from '../../src/lib/home';
import { noticesWithCalendar } from '../../src/lib/ics';
import { noticeView } from '../../src/lib/notice-view';
import { FEED_ARTICLES, feedArticles, noticesByCouncil, resolveRefs, taggedArticles } from '../../src/lib/queries';
import { activityStatusLabel, noticeStatusLabel } from '../../src/lib/status-labels';
import { splitUpkeepSections, upkeepEditHref } from '../../src/lib/upkeep';

const now = new Date('2026-11-22T12:00:00+09:00');
const ref = (id: string) => ({ id });

const article = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  data: {
    publishedAt: new Date('2026-10-01'), draft: false, pinned: false, tags: [] as string[], areas: [] as { id: string }[],
    activities: [] as { id: string }[], authors: [] as { id: string }[], series: undefined as { id: string } | undefined,
    volume: undefined as number | undefined, ...over,
  },
});

const notice = (id: string, startsAt: string, over: Record<string, unknown> = {}) => ({
  id,
  data: {
    kind: '開催案内', status: 'scheduled', startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 7_200_000),
    council: ref('c1'), activities: [] as { id: string }[], venue: { name: '中央公民館', address: '中央1-1' },
    observers: { allowed: true } as { allowed: boolean; capacity?: number; howToApply?: string }, sessions: [], ...over,
  },
});

describe('homeView', () => {
  const articles = Array.from({ length: 10 }, (_, i) => article(`a${i}`, { pinned: i === 3 || i === 5 || i === 7 }));
  const notices = Array.from({ length: 6 }, (_, i) => notice(`n${i}`, `2026-12-0${i + 1}T10:00:00+09:00`));
  const activity = (category: string) => ({ data: { category } });
  const view = homeView({
    articles, notices, now, categories: ['サロン・茶話会', '子ども食堂・食の支援', '居場所'],
    activities: [activity('居場所'), activity('サロン・茶話会'), activity('居場所')],
  });

  it('features the first pinned articles and lists the newest others below them', () => {
    expect(view.pinned.map((a) => a.id)).toEqual(['a3', 'a5']);
    expect(view.latest.map((a) => a.id)).toEqual(['a0', 'a1', 'a2', 'a4', 'a6', 'a7']);
    expect(view.latest).toHaveLength(HOME_LIMITS.latest);
  });

  it('shows the next meetings, soonest first', () => {
    expect(view.upcoming.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n3']);
  });

  it('counts the activities of each category from the content, in the category order, empty ones left out', () => {
    expect(view.categories).toEqual([
      { category: 'サロン・茶話会', anchor: 'category-1', count: 1 },
      { category: '居場所', anchor: 'category-3', count: 2 },
    ]);
    expect(view.activityCount).toBe(3);
  });
});

describe('councils', () => {
  const council = (id: string, layer: 1 | 2) => ({ id, data: { layer } });

  it('lists every layer with its label, a layer without councils included', () => {
    const layers = councilsByLayer([council('b', 2), council('a', 2)]);
    expect(layers.map((l) => [l.layer, l.label, l.councils.map((c) => c.id)])).toEqual([
      [1, '第1層（市全体）', []],
      [2, '第2層（地区ごと）', ['b', 'a']],
    ]);
    expect(layerLabel(1)).toBe('第1層（市全体）');
  });

  it("splits one council's notices into upcoming and past", () => {
    const notices = [
      notice('past', '2026-10-01T10:00:00+09:00'),
      notice('next', '2026-12-01T10:00:00+09:00'),
      notice('other', '2026-12-02T10:00:00+09:00', { council: ref('c2') }),
    ];
    const view = councilView('c1', notices, now);
    expect(view.upcoming.map((n) => n.id)).toEqual(['next']);
    expect(view.past.map((n) => n.id)).toEqual(['past']);
  });
});

describe('noticeView', () => {
  const councils = new Map([['c1', { id: 'c1', data: { area: ref('kita') } }], ['c2', { id: 'c2', data: {} }]]);
  const activities = new Map([['a', 'A'], ['b', 'B']]);
  const view = (over: Record<string, unknown> = {}) => noticeView(notice('n', '2026-12-08T19:00:00+09:00', over), { councils, activities, now });

  it('resolves the council and the activities it names, in order, and files it under the council’s area', () => {
    const v = view({ activities: [ref('b'), ref('gone'), ref('a')] });
    expect(v.council?.id).toBe('c1');
    expect(v.activities).toEqual(['B', 'A']);
    expect(v.areas).toEqual(['kita']);
    expect(view({ council: ref('c2') }).areas).toEqual([]);
  });

  it('sums the notice up in one line, with the venue only where it is the venue', () => {
    expect(view().summary).toBe('開催案内：2026年12月8日（火）19:00〜21:00 中央公民館');
    expect(view({ status: 'cancelled' }).summary).toBe('開催案内：2026年12月8日（火）19:00〜21:00');
    expect(view({ status: 'postponed' }).summary).toBe('開催案内：未定（延期になりました）');
  });

  it('puts a note above a notice that did not go ahead as announced', () => {
    expect(view().callout).toBeUndefined();
    expect(view({ status: 'cancelled' }).callout).toEqual({ tone: 'alert', title: 'この会議は中止になりました。', note: undefined });
    expect(view({ status: 'postponed' }).callout?.tone).toBe('warm');
    expect(view({ status: 'rescheduled' }).callout?.title).toBe('この会議は日時が変更になりました。');
  });

  it('gives a course 参加の申し込み and a meeting 傍聴', () => {
    const course = view({ kind: '研修・講座', observers: { allowed: true, capacity: 20, howToApply: '電話で' } });
    expect(course.participation).toEqual({ capacity: '定員 20人', howToApply: '電話で' });
    expect(course.observers).toBeUndefined();
    expect(view({ kind: '研修・講座', observers: { allowed: true } }).participation).toBeUndefined();
    const meeting = view({ observers: { allowed: true, capacity: 5 } });
    expect(meeting.participation).toBeUndefined();
    expect(meeting.observers).toEqual({ label: '傍聴', text: '傍聴できます（定員 5人）', howToApply: undefined });
    expect(view({ kind: '開催報告' }).isReport).toBe(true);
  });
});

describe('articleView', () => {
  const lookups = {
    series: new Map([['s', 'Series']]),
    authors: new Map([['x', 'X'], ['y', 'Y']]),
    activities: new Map([['act', 'Act']]),
    areas: new Map([['kita', 'Kita']]),
  };

  it('resolves series, byline, activities and areas, and names the volume', () => {
    const a = article('a', { series: ref('s'), volume: 3, authors: [ref('y'), ref('x')], activities: [ref('act')], areas: [ref('kita'), ref('gone')] });
    const view = articleView(a, [a], lookups);
    expect(view).toMatchObject({ series: 'Series', volume: 'Vol.3', authors: ['Y', 'X'], activities: ['Act'], areas: ['Kita'], related: [] });
    expect(articleView(article('b'), [], lookups)).toMatchObject({ series: undefined, volume: undefined });
    expect(volumeLabel(12)).toBe('Vol.12');
  });

  it('suggests at most one row of related articles', () => {
    const others = Array.from({ length: 5 }, (_, i) => article(`o${i}`, { tags: ['居場所'] }));
    const a = article('a', { tags: ['居場所'] });
    expect(articleView(a, [a, ...others], lookups).related).toHaveLength(RELATED_ARTICLES);
  });
});

describe('list queries', () => {
  it('resolves references in their order, leaving out unknown ids', () => {
    expect(resolveRefs([ref('b'), ref('x'), ref('a')], new Map([['a', 1], ['b', 2]]))).toEqual([2, 1]);
  });

  it('finds the articles of a tag', () => {
    expect(taggedArticles([article('a', { tags: ['居場所'] }), article('b', { tags: ['体操'] })], '居場所').map((a) => a.id)).toEqual(['a']);
  });

  it("lists each council's notices newest first, without reordering the input", () => {
    const notices = [notice('old', '2026-01-01T10:00:00+09:00'), notice('new', '2026-06-01T10:00:00+09:00'), notice('c2', '2026-03-01T10:00:00+09:00', { council: ref('c2') })];
    const grouped = noticesByCouncil([ref('c1'), ref('c2'), ref('c3')], notices);
    expect(grouped.map((g) => [g.council.id, g.notices.map((n) => n.id)])).toEqual([['c1', ['new', 'old']], ['c2', ['c2']], ['c3', []]]);
    expect(notices[0]!.id).toBe('old');
  });

  it('keeps the newest articles for the feed', () => {
    const many = Array.from({ length: FEED_ARTICLES + 5 }, (_, i) => i);
    expect(feedArticles(many)).toEqual(many.slice(0, FEED_ARTICLES));
  });

  it('gives calendar files to meetings, courses and events, not to お知らせ', () => {
    const list = [notice('m', '2026-12-01T10:00:00+09:00'), notice('o', '2026-12-01T10:00:00+09:00', { kind: 'お知らせ' })];
    expect(noticesWithCalendar(list as never[]).map((n: { id: string }) => n.id)).toEqual(['m']);
  });

  it('groups open お手伝い募集 by area in the areas’ order, areas without any left out', () => {
    const act = (id: string, area: string) => ({ id, data: { status: 'active', area: ref(area), helpWanted: [{ kind: '人手' as const, what: '配膳', who: 'どなたでも' as const }] } });
    const wishes = openWishes([act('x', 'minami'), act('y', 'kita'), act('z', 'minami')], now);
    const groups = wishesByArea(wishes, [ref('kita'), ref('higashi'), ref('minami')]);
    expect(groups.map((g) => [g.area.id, g.wishes.map((w) => w.activity.id)])).toEqual([['kita', ['y']], ['minami', ['x', 'z']]]);
  });

  it("splits the coordinator list's pool into listed and ended activities", () => {
    const pool = listPool([{ id: 'a', data: { status: 'active' } }, { id: 'e', data: { status: 'ended' } }, { id: 'p', data: { status: 'paused' } }]);
    expect(pool.listed.map((a) => a.id)).toEqual(['a', 'p']);
    expect(pool.ended.map((a) => a.id)).toEqual(['e']);
  });

  it("splits the upkeep report and links an entry's file to its editor", () => {
    const section = (kind: string, n: number) => ({ kind, title: kind, items: Array.from({ length: n }, () => ({ slug: 's', file: 'f', detail: '' })) });
    const { open, clear } = splitUpkeepSections([section('stale', 2), section('noConsent', 0)] as never);
    expect(open.map((s) => s.kind)).toEqual(['stale']);
    expect(clear.map((s) => s.kind)).toEqual(['noConsent']);
    expect(upkeepEditHref('content/activities/salon-hinata/index.mdx')).toBe('/admin/#/collections/activities/entries/salon-hinata/index');
    expect(upkeepEditHref('imports/activities/x/index.mdx')).toBeUndefined();
  });
});

describe('status labels', () => {
  it('words statuses for residents', () => {
    expect([activityStatusLabel('active'), activityStatusLabel('paused'), activityStatusLabel('ended')]).toEqual(['活動中', '休止中', '終了']);
    expect(noticeStatusLabel('rescheduled')).toBe('日程変更');
  });
});

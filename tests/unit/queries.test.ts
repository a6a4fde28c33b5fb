import { describe, expect, it } from 'vitest';
import {
  isStale, listedActivities, openHelpWanted, paginate, pastNotices, publishedArticles, relatedArticles, seriesArticles,
  similarActivities, tagCounts, upcomingNotices,
} from '../../src/lib/queries';

const now = new Date('2026-11-22T12:00:00+09:00');
const ref = (id: string) => ({ id });

const article = (id: string, over: Partial<Record<string, unknown>> = {}) => ({
  id,
  data: {
    publishedAt: new Date('2026-10-01'), draft: false, pinned: false, tags: [] as string[], areas: [] as { id: string }[],
    activities: [] as { id: string }[], series: undefined as { id: string } | undefined, volume: undefined as number | undefined,
    ...over,
  },
});

const notice = (id: string, startsAt: string, status = 'scheduled', kind = '開催案内') => ({
  id,
  data: { kind, startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 7_200_000), status, council: ref('c'), activities: [] },
});

describe('articles', () => {
  it('hides drafts and future articles, newest first', () => {
    const list = [
      article('old', { publishedAt: new Date('2026-01-01') }),
      article('draft', { draft: true }),
      article('future', { publishedAt: new Date('2026-12-01') }),
      article('new', { publishedAt: new Date('2026-11-01') }),
    ];
    expect(publishedArticles(list, now).map((a) => a.id)).toEqual(['new', 'old']);
  });

  it('orders a numbered series by Vol., newest first', () => {
    const list = [article('v1', { series: ref('s'), volume: 1 }), article('v3', { series: ref('s'), volume: 3 }), article('x')];
    expect(seriesArticles(list, 's').map((a) => a.id)).toEqual(['v3', 'v1']);
  });

  it('counts tags', () => {
    expect(tagCounts([article('a', { tags: ['居場所', '見守り'] }), article('b', { tags: ['居場所'] })])).toEqual([
      { tag: '居場所', count: 2 }, { tag: '見守り', count: 1 },
    ]);
  });

  it('finds related articles by what they share', () => {
    const me = article('me', { tags: ['居場所'], activities: [ref('salon')] });
    const list = [
      me,
      article('same-tag', { tags: ['居場所'] }),
      article('same-tag-and-activity', { tags: ['居場所'], activities: [ref('salon')] }),
      article('unrelated', { tags: ['農業'] }),
    ];
    expect(relatedArticles(me, list).map((a) => a.id)).toEqual(['same-tag-and-activity', 'same-tag']);
  });
});

describe('notices', () => {
  const list = [
    notice('past', '2026-10-01T14:00:00+09:00', 'held'),
    notice('later', '2027-01-20T14:00:00+09:00'),
    notice('soon', '2026-12-10T14:00:00+09:00'),
    notice('cancelled', '2026-12-05T14:00:00+09:00', 'cancelled'),
    notice('today-running', '2026-11-22T11:00:00+09:00'),
    notice('postponed-pending', '2026-11-01T14:00:00+09:00', 'postponed'),
    notice('report', '2026-12-01T14:00:00+09:00', 'scheduled', '開催報告'),
  ];

  it('lists upcoming meetings soonest first, including one still running, without cancelled ones or reports', () => {
    expect(upcomingNotices(list, now).map((n) => n.id)).toEqual(['today-running', 'soon', 'later', 'postponed-pending']);
  });

  it('keeps a postponed meeting listed after its old date, as it is still pending', () => {
    expect(pastNotices(list, now).map((n) => n.id)).not.toContain('postponed-pending');
  });

  it('lists everything else newest first', () => {
    expect(pastNotices(list, now).map((n) => n.id)).toEqual(['cancelled', 'report', 'past']);
  });
});

describe('activities', () => {
  const activity = (id: string, status: string, verifiedAt: string) => ({
    id, data: { kana: id, status, verifiedAt: new Date(verifiedAt), area: ref('kita'), helpWanted: [] },
  });

  it('lists active and paused activities, not ended ones', () => {
    const list = [activity('a', 'active', '2026-01-01'), activity('p', 'paused', '2026-01-01'), activity('e', 'ended', '2026-01-01')];
    expect(listedActivities(list).map((a) => a.id)).toEqual(['a', 'p']);
  });

  it('marks activities not confirmed for over a year as stale', () => {
    expect(isStale(activity('a', 'active', '2025-06-10'), now)).toBe(true);
    expect(isStale(activity('a', 'active', '2026-01-10'), now)).toBe(false);
  });

  it('keeps お手伝い募集 until the end of its last day', () => {
    const wishes = [{ until: new Date('2026-11-22') }, { until: new Date('2026-11-21') }, {}];
    expect(openHelpWanted(wishes, now)).toEqual([wishes[0], wishes[2]]);
  });
});

describe('paginate', () => {
  it('slices pages and counts them', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(paginate(items, 12, 3)).toEqual({ items: [24], page: 3, pages: 3 });
    expect(paginate([], 12, 1).pages).toBe(1);
  });
});

describe('similarActivities', () => {
  const act = (id: string, area: string, category: string, targets: string[], status = 'active') =>
    ({ id, data: { status, area: ref(area), category, targets } });
  const ended = act('ended', 'minami', 'サロン・茶話会', ['高齢者'], 'ended');
  const list = [
    ended,
    act('a-other-kind', 'minami', '子育て', ['子ども・子育て世帯']),
    act('b-other-kind-same-people', 'minami', '通いの場・体操', ['高齢者']),
    act('c-same-kind', 'minami', 'サロン・茶話会', ['どなたでも']),
    act('d-elsewhere', 'kita', 'サロン・茶話会', ['高齢者']),
    act('e-paused', 'minami', 'サロン・茶話会', ['高齢者'], 'paused'),
  ];

  it('points to running activities in the same area, same kind first, then for the same people', () => {
    expect(similarActivities(ended, list).map((a) => a.id)).toEqual(['c-same-kind', 'b-other-kind-same-people', 'a-other-kind']);
  });

  it('stops at the limit', () => {
    expect(similarActivities(ended, list, 1).map((a) => a.id)).toEqual(['c-same-kind']);
  });
});

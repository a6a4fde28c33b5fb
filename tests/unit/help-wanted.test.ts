import { describe, expect, it } from 'vitest';
import { helpFilterQuery, isOpenOn, matchesHelpFilter, parseHelpFilter } from '../../src/lib/help-filter';
import { openWishes } from '../../src/lib/help-wanted';

type Wish = Parameters<typeof openWishes>[0][number]['data']['helpWanted'][number];
const activity = (id: string, status: string, helpWanted: Wish[], area = 'kita') => ({ id, data: { status, area: { id: area }, helpWanted } });

describe('openWishes', () => {
  const now = new Date('2026-12-03T23:30:00+09:00');
  it('lists open wishes with their ids, leaving out expired ones and ended activities', () => {
    const wishes = openWishes(
      [
        activity('a', 'active', [
          { kind: '人手', what: '配膳', who: 'どなたでも', until: new Date('2026-12-03T00:00:00Z') },
          { kind: '物品', what: '食材', who: 'どなたでも', until: new Date('2026-12-02T00:00:00Z') },
        ]),
        activity('b', 'paused', [{ kind: '担い手', what: '世話役', who: 'くらしのサポーター修了' }], 'minami'),
        activity('c', 'ended', [{ kind: '会場', what: '部屋', who: '経験のある人' }]),
      ],
      now,
    );
    expect(wishes.map((w) => [w.activity.id, w.what, w.until, w.facets])).toEqual([
      ['a', '配膳', '2026-12-03', { area: 'kita', kind: 'hands', level: 'anyone' }],
      ['b', '世話役', undefined, { area: 'minami', kind: 'bearer', level: 'supporter' }],
    ]);
  });
});

describe('isOpenOn', () => {
  it('keeps a wish through its last day in Asia/Tokyo, whatever the clock zone', () => {
    expect(isOpenOn('2026-12-03', new Date('2026-12-03T14:59:00Z'))).toBe(true);
    expect(isOpenOn('2026-12-03', new Date('2026-12-03T15:00:00Z'))).toBe(false);
    expect(isOpenOn(undefined, new Date('2099-01-01'))).toBe(true);
  });
});

describe('help filter', () => {
  it('reads comma lists and repeated keys, dropping anything that is not an id', () => {
    expect(parseHelpFilter('?area=kita&kind=hands,goods&kind=venue&level=<x>')).toEqual({ area: ['kita'], kind: ['hands', 'goods', 'venue'], level: [] });
  });
  it('ORs values of one filter and ANDs different filters', () => {
    const item = { area: 'kita', kind: 'hands', level: 'anyone' };
    expect(matchesHelpFilter(item, parseHelpFilter(''))).toBe(true);
    expect(matchesHelpFilter(item, parseHelpFilter('kind=goods,hands'))).toBe(true);
    expect(matchesHelpFilter(item, parseHelpFilter('kind=hands&area=minami'))).toBe(false);
  });
  it('writes the canonical query', () => {
    expect(helpFilterQuery({ area: [], kind: ['hands', 'goods'], level: ['supporter'] })).toBe('?kind=hands,goods&level=supporter');
    expect(helpFilterQuery({ area: [], kind: [], level: [] })).toBe('');
  });
});

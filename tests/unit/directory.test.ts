import { describe, expect, it } from 'vitest';
import { directoryEntries, nextOpening } from '../../src/lib/directory';

const activity = (id: string, kana: string, category: string, area = 'kita', status = 'active') => ({
  id,
  data: {
    name: id, kana, category, targets: ['どなたでも'], area: { id: area }, status,
    schedule: [{ freq: 'weekly', weekdays: ['wed'], nth: [], opens: '10:00', closes: '12:00', skipHolidays: false, closedDates: [] }],
    cost: { free: true }, reservation: '不要', accessibility: [], firstVisit: { visit: false, trial: false, accompany: false }, helpWanted: [],
  },
}) as unknown as Parameters<typeof directoryEntries>[0][number];

const areas = [{ id: 'kita', data: { name: '北部地区', order: 1 } }, { id: 'minami', data: { name: '南部地区', order: 2 } }];
const NOW = new Date('2026-12-03T12:00:00+09:00');

describe('directoryEntries', () => {
  const list = [activity('a', 'あおぞら', 'サロン・茶話会'), activity('b', 'かふぇ', '居場所', 'minami'), activity('c', 'がっこう', 'サロン・茶話会'), activity('d', '100さい', '居場所')];

  it('groups the 五十音 index by 行, in the order the activities arrive', () => {
    const { kanaRows, total } = directoryEntries(list, areas, ['サロン・茶話会', '居場所'], NOW);
    expect(total).toBe(4);
    expect(kanaRows.map((r) => [r.row, r.items.map((i) => i.activity.id)])).toEqual([['あ', ['a']], ['か', ['b', 'c']], ['他', ['d']]]);
    expect(kanaRows[1]!.items.map((i) => i.areaName)).toEqual(['南部地区', '北部地区']);
  });

  it('keeps the next opening the page worked out, for the card and the sort', () => {
    const { groups } = directoryEntries(list, areas, ['サロン・茶話会', '居場所'], NOW, (a) => nextOpening(a.data, NOW));
    expect(groups[0]!.items[0]!.next?.day).toBe('2026-12-09');
  });
});

describe('nextOpening', () => {
  it('gives an active activity its next day, and a paused one none', () => {
    const { data } = activity('a', 'あ', 'サロン・茶話会');
    expect(nextOpening(data, NOW)?.day).toBe('2026-12-09');
    expect(nextOpening({ ...data, status: 'paused' }, NOW)).toBeUndefined();
  });
});

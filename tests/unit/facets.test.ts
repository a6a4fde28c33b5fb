import { describe, expect, it } from 'vitest';
import { activityFacets, timesOfDay } from '../../src/lib/facets';
import { type Facets, facetAttributes, facetsFromDataset, filterQuery, hasFilters, matchesFilters, parseFilters } from '../../src/lib/filters';
import type { ScheduleRule } from '../../src/schemas/schedule';

const rule = (r: Partial<ScheduleRule>): ScheduleRule => ({ freq: 'weekly', weekdays: [], nth: [], skipHolidays: false, closedDates: [], ...r });

const salon = activityFacets(
  {
    area: { id: 'kita' }, schoolDistrict: '松原小学校', category: 'サロン・茶話会', targets: ['高齢者', 'どなたでも'],
    schedule: [rule({ weekdays: ['wed'], opens: '10:00', closes: '12:00' }), rule({ freq: 'monthly', nth: [2], weekdays: ['sat'], opens: '13:30', closes: '15:00' })],
    cost: { free: false }, reservation: '不要', accessibility: ['段差なし'], firstVisit: { visit: true, trial: false, accompany: true }, status: 'active',
  },
  true,
);
const shokudo = activityFacets(
  {
    area: { id: 'minami' }, category: '子ども食堂・食の支援', targets: ['子ども・子育て世帯'],
    schedule: [rule({ freq: 'monthly', nth: [-1], weekdays: ['fri'], opens: '17:00', closes: '19:30' })],
    cost: { free: true }, reservation: '要', accessibility: [], firstVisit: { visit: false, trial: false, accompany: false }, status: 'paused',
  },
  false,
);
const q = (s: string) => parseFilters(new URLSearchParams(s));

describe('activityFacets', () => {
  it('turns content values into the ASCII ids of the URL', () => {
    expect(salon).toMatchObject({
      area: 'kita', school: '松原小学校', category: 'salon', targets: ['elderly', 'anyone'], days: ['wed', 'sat'], times: ['am', 'pm'],
      free: false, noReservation: true, visit: true, trial: false, accompany: true, barrierFree: true, helpWanted: true, paused: false,
    });
    expect(shokudo).toMatchObject({ category: 'food', targets: ['family'], days: ['fri'], times: ['pm', 'night'], free: true, noReservation: false, barrierFree: false, paused: true });
  });

  it('leaves irregular rules out of days and times', () => {
    const f = activityFacets({ ...baseData(), schedule: [rule({ freq: 'irregular', note: '月1回程度', opens: '10:00' })] }, false);
    expect(f.days).toEqual([]);
    expect(f.times).toEqual([]);
  });
});

function baseData() {
  return {
    area: { id: 'chuo' }, category: '居場所' as const, targets: ['どなたでも' as const], schedule: [], cost: { free: true }, reservation: '不要',
    accessibility: [], firstVisit: { visit: false, trial: false, accompany: false }, status: 'active',
  };
}

describe('timesOfDay', () => {
  it.each([
    ['09:00', '11:30', ['am']],
    ['10:00', '15:00', ['am', 'pm']],
    ['12:00', '16:00', ['pm']],
    ['16:30', '18:00', ['pm']],
    ['17:30', '19:00', ['pm', 'night']],
    ['18:30', '20:00', ['night']],
    ['11:00', undefined, ['am']],
  ] as const)('%s〜%s is %j', (opens, closes, want) => {
    expect(timesOfDay([{ opens, closes }])).toEqual(want);
  });
});

describe('filters', () => {
  it('reads the query string: commas and repeated names OR, flags need 1', () => {
    expect(q('area=kita&day=wed,sat&day=sun&target=elderly&free=1&visit=0')).toMatchObject({
      area: ['kita'], day: ['wed', 'sat', 'sun'], target: ['elderly'], free: true, visit: false, sort: 'kana',
    });
    expect(q('sort=next').sort).toBe('next');
    expect(q('sort=bogus').sort).toBe('kana');
  });

  it('ORs the values of one filter and ANDs different filters', () => {
    expect(matchesFilters(salon, q('day=wed'))).toBe(true);
    expect(matchesFilters(salon, q('day=mon,sat'))).toBe(true);
    expect(matchesFilters(salon, q('day=mon'))).toBe(false);
    expect(matchesFilters(salon, q('area=kita&target=elderly&day=wed'))).toBe(true);
    expect(matchesFilters(salon, q('area=kita&target=family'))).toBe(false);
    expect(matchesFilters(shokudo, q('area=kita,minami&time=night'))).toBe(true);
    expect(matchesFilters(shokudo, q('time=am'))).toBe(false);
  });

  it('narrows by each flag only when it is set', () => {
    expect(matchesFilters(salon, q('free=1'))).toBe(false);
    expect(matchesFilters(shokudo, q('free=1'))).toBe(true);
    expect(matchesFilters(salon, q('noreserve=1&visit=1&accompany=1&barrierfree=1&help=1'))).toBe(true);
    expect(matchesFilters(salon, q('trial=1'))).toBe(false);
    expect(matchesFilters(shokudo, q('help=1'))).toBe(false);
  });

  it('filters by 小学校区 only activities that name one', () => {
    expect(matchesFilters(salon, q(`school=${encodeURIComponent('松原小学校')}`))).toBe(true);
    expect(matchesFilters(shokudo, q(`school=${encodeURIComponent('松原小学校')}`))).toBe(false);
  });

  it('finds the whole-area activities (no 小学校区) with school=none, alone or beside a school', () => {
    expect(matchesFilters(shokudo, q('school=none'))).toBe(true);
    expect(matchesFilters(salon, q('school=none'))).toBe(false);
    expect(matchesFilters(salon, q(`school=none,${encodeURIComponent('松原小学校')}`))).toBe(true);
  });

  it('shows nothing for an unknown value rather than everything', () => {
    expect(matchesFilters(salon, q('category=nosuch'))).toBe(false);
  });

  it('writes the same query it reads', () => {
    const filters = q('area=kita&day=wed,sat&target=elderly&free=1&visit=1&sort=area');
    expect(filterQuery(filters)).toBe('?area=kita&target=elderly&day=wed,sat&free=1&visit=1&sort=area');
    expect(parseFilters(new URLSearchParams(filterQuery(filters)))).toEqual(filters);
    expect(filterQuery(q(''))).toBe('');
    expect(hasFilters(q('sort=next'))).toBe(false);
    expect(hasFilters(q('free=1'))).toBe(true);
  });

  it('carries facets through data attributes unchanged', () => {
    const dataset = Object.fromEntries(Object.entries(facetAttributes(salon)).map(([k, v]) => [k.replace(/^data-/, ''), v]));
    expect(facetsFromDataset(dataset)).toEqual<Facets>(salon);
    const dataset2 = Object.fromEntries(Object.entries(facetAttributes(shokudo)).map(([k, v]) => [k.replace(/^data-/, ''), v]));
    expect(facetsFromDataset(dataset2)).toEqual<Facets>(shokudo);
  });
});

describe('bySchool', () => {
  it('groups an area by its 校区 in the area\'s order, keeping empty ones, and the whole-area activities last', async () => {
    const { bySchool } = await import('../../src/lib/directory');
    const a = (id: string, schoolDistrict?: string) => ({ id, data: { schoolDistrict } });
    const groups = bySchool([a('x', '松原小学校'), a('y'), a('z', 'みどり北小学校')], ['みどり北小学校', '緑ヶ丘小学校', '松原小学校']);
    expect(groups.map((g) => [g.school, g.items.map((i) => i.id)])).toEqual([
      ['みどり北小学校', ['z']], ['緑ヶ丘小学校', []], ['松原小学校', ['x']], [undefined, ['y']],
    ]);
  });
});

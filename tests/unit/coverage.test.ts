import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  type CoverageActivity, type CoverageArea, areaCoverage, areaFigures, coverageCsv, coverageTable, isGap, weekdayList,
} from '../../src/lib/coverage';
import { type Facets, matchesFilters, parseFilters } from '../../src/lib/filters';
import { CATEGORY_IDS, type Category } from '../../src/schemas/activity';
import { areaSchema } from '../../src/schemas/area';
import type { Weekday } from '../../src/schemas/schedule';

const area = (id: string, name: string, schools: string[], population?: CoverageArea['data']['population']): CoverageArea => ({
  id, data: { name, schools, ...(population ? { population } : {}) },
});

const activity = (
  id: string, areaId: string, category: Category,
  over: { school?: string; status?: string; targets?: string[]; days?: Weekday[]; freq?: string } = {},
): CoverageActivity => ({
  id,
  data: {
    category, area: { id: areaId }, ...(over.school ? { schoolDistrict: over.school } : {}), status: over.status ?? 'active',
    targets: over.targets ?? ['高齢者'], schedule: [{ freq: over.freq ?? 'weekly', weekdays: over.days ?? ['wed'] }],
  },
});

const kita = area('kita', '北部地区', ['北小学校', '松原小学校'], { total: 20000, aged65: 8000, source: '住民基本台帳', asOf: new Date('2026-04-01') });
const minami = area('minami', '南部地区', ['南小学校']);

const activities = [
  activity('salon-a', 'kita', 'サロン・茶話会', { school: '北小学校', days: ['mon'] }),
  activity('salon-b', 'kita', 'サロン・茶話会', { school: '北小学校', status: 'paused', days: ['tue'] }),
  activity('salon-c', 'kita', 'サロン・茶話会', { school: '北小学校', status: 'ended', days: ['thu'] }),
  activity('taiso', 'kita', '通いの場・体操', { school: '松原小学校', days: ['wed', 'fri'], freq: 'monthly' }),
  activity('mimamori', 'kita', '見守り・生活支援', { days: ['sat'] }),
  activity('shokudo', 'kita', '子ども食堂・食の支援', { school: '松原小学校', targets: ['子ども・子育て世帯'], days: ['sun'] }),
  activity('irregular', 'kita', '学び・趣味', { school: '松原小学校', freq: 'irregular', days: [] }),
  activity('paused-only', 'minami', '通いの場・体操', { school: '南小学校', status: 'paused' }),
];

/** What the directory knows of an activity, for the filters a cell's link sets. */
const facetsOf = (a: CoverageActivity): Facets => ({
  area: a.data.area.id, ...(a.data.schoolDistrict ? { school: a.data.schoolDistrict } : {}), category: CATEGORY_IDS[a.data.category],
  targets: [], days: [], times: [], free: false, noReservation: false, visit: false, trial: false, accompany: false,
  barrierFree: false, helpWanted: false, paused: a.data.status === 'paused',
});

const SALON = 0;
const KAYOI = 1;
const FOOD = 2;
const MIMAMORI = 7;

describe('coverage table', () => {
  const table = coverageTable([kita, minami], activities);
  const [k, m] = table.areas;

  it('has a row per 小学校区 in the area’s order, the whole-area row when needed, and the 地区計', () => {
    expect(k!.rows.map((r) => [r.kind, r.school])).toEqual([['school', '北小学校'], ['school', '松原小学校'], ['wide', undefined]]);
    expect(k!.total.kind).toBe('area');
    // 南部 has nothing without a 校区, so no 地区全体 row.
    expect(m!.rows.map((r) => r.kind)).toEqual(['school']);
    expect(table.categories).toHaveLength(10);
    expect(table.categories[SALON]).toEqual({ name: 'サロン・茶話会', id: 'salon' });
  });

  it('counts active activities, paused apart, and leaves ended ones out', () => {
    const north = k!.rows[0]!;
    expect(north.cells[SALON]).toMatchObject({ active: 1, paused: 1 });
    expect(north.total).toMatchObject({ active: 1, paused: 1 });
    expect(k!.total.total).toMatchObject({ active: 5, paused: 1 });
  });

  it('marks a cell with nothing active as a gap, even when a paused activity is there', () => {
    expect(isGap(k!.rows[0]!.cells[KAYOI]!)).toBe(true);
    expect(k!.rows[0]!.cells[KAYOI]).toMatchObject({ active: 0, paused: 0 });
    expect(m!.rows[0]!.cells[KAYOI]).toMatchObject({ active: 0, paused: 1 });
    expect(isGap(m!.rows[0]!.cells[KAYOI]!)).toBe(true);
    expect(isGap(k!.rows[1]!.cells[FOOD]!)).toBe(false);
  });

  it('sums the municipality’s totals over every area', () => {
    expect(table.total.kind).toBe('total');
    expect(table.total.cells[SALON]).toMatchObject({ active: 1, paused: 1 });
    expect(table.total.cells[KAYOI]).toMatchObject({ active: 1, paused: 1 });
    expect(table.total.total).toMatchObject({ active: 5, paused: 2 });
  });

  it('links each count to the directory filtered to exactly that cell', () => {
    const north = k!.rows[0]!;
    expect(north.cells[SALON]!.href).toBe(`/activities/?area=kita&school=${encodeURIComponent('北小学校')}&category=salon`);
    expect(k!.rows[2]!.cells[MIMAMORI]!.href).toBe('/activities/?area=kita&school=none&category=mimamori');
    expect(k!.total.cells[SALON]!.href).toBe('/activities/?area=kita&category=salon');
    expect(table.total.total.href).toBe('/activities/');
    // The directory, given each activity's facets and a cell's query, lists what the cell counted (active and paused).
    for (const row of [...table.areas.flatMap((a) => [...a.rows, a.total]), table.total]) {
      for (const cell of row.cells) {
        const query = parseFilters(new URL(cell.href, 'http://x').searchParams);
        const listed = activities.filter((a) => a.data.status !== 'ended' && matchesFilters(facetsOf(a), query));
        expect(listed.length, cell.href).toBe(cell.active + cell.paused);
      }
    }
  });

  it('gives one area alone the same rows as the overview', () => {
    expect(areaCoverage(kita, activities)).toEqual(k);
  });
});

describe('area figures', () => {
  it('computes 通いの場・サロン per 1,000 people aged 65+ and the 高齢化率 from the area’s population', () => {
    const f = areaFigures(kita, activities);
    // salon-a and taiso are active; salon-b is paused and salon-c ended.
    expect(f.gatherings).toBe(2);
    expect(f.gatheringsPer1000Aged65).toBe(0.3);
    expect(f.agingRate).toBe(40);
    expect(f.population?.source).toBe('住民基本台帳');
  });

  it('gives no per-person figure without a population', () => {
    const f = areaFigures(minami, activities);
    expect(f.population).toBeUndefined();
    expect(f.gatheringsPer1000Aged65).toBeUndefined();
    expect(f.agingRate).toBeUndefined();
    expect(f.gatherings).toBe(0);
  });

  it('gives no 高齢化率 when only the 65+ figure is known, and no per-person figure for zero people', () => {
    const onlyAged = area('x', 'X', [], { aged65: 500, source: 's', asOf: new Date('2026-04-01') });
    expect(areaFigures(onlyAged, []).agingRate).toBeUndefined();
    expect(areaFigures(onlyAged, []).gatheringsPer1000Aged65).toBe(0);
    const none = area('y', 'Y', [], { total: 100, aged65: 0, source: 's', asOf: new Date('2026-04-01') });
    expect(areaFigures(none, []).gatheringsPer1000Aged65).toBeUndefined();
  });

  it('finds the weekdays with no active activity for 高齢者 (monthly ones fill their day; paused, irregular and others do not)', () => {
    const f = areaFigures(kita, activities);
    // mon (salon-a), wed/fri (taiso, monthly), sat (mimamori); tue is paused, thu ended, sun is for families.
    expect(f.elderlyFreeDays).toEqual(['tue', 'thu', 'sun']);
    expect(weekdayList(f.elderlyFreeDays)).toBe('火・木・日');
    expect(f.elderlyActivities).toBe(3);
    expect(areaFigures(minami, activities).elderlyFreeDays).toHaveLength(7);
  });
});

describe('coverage CSV', () => {
  const csv = coverageCsv(coverageTable([kita, minami], activities));
  const rows = parse(csv.replace(/^\uFEFF/, '')) as string[][];

  it('is the table for Excel: BOM, CRLF, one row per table row with active and paused apart', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(rows[0]!.slice(0, 5)).toEqual(['区分', '地区', '小学校区', 'サロン・茶話会_活動中', 'サロン・茶話会_休止中']);
    expect(rows[0]!.slice(-2)).toEqual(['計_活動中', '計_休止中']);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['区分', '地区', '小学校区'],
      ['小学校区', '北部地区', '北小学校'], ['小学校区', '北部地区', '松原小学校'], ['地区全体', '北部地区', ''], ['地区計', '北部地区', ''],
      ['小学校区', '南部地区', '南小学校'], ['地区計', '南部地区', ''],
      ['合計', '', ''],
    ]);
    expect(rows[1]!.slice(3, 5)).toEqual(['1', '1']);
    expect(rows.at(-1)!.slice(-2)).toEqual(['5', '2']);
  });

  it('keeps a name that looks like a formula as text', () => {
    const hostile = area('h', '=HYPERLINK("x")', ['+SUM(A1)']);
    const out = coverageCsv(coverageTable([hostile], []));
    expect(out).toContain(`"'=HYPERLINK(""x"")"`);
    expect(out).toContain(`'+SUM(A1)`);
  });
});

describe('area population fields', () => {
  const base = { id: 'kita', name: '北部地区', kana: 'ほくぶ', description: '説明' };
  const messages = (population: unknown) => {
    const result = areaSchema().safeParse({ ...base, population });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('are optional, and take the figures with their source and date', () => {
    expect(areaSchema().safeParse(base).success).toBe(true);
    const parsed = areaSchema().parse({ ...base, population: { total: 20000, aged65: 7000, source: '住民基本台帳', asOf: '2026-04-01' } });
    expect(parsed.population).toEqual({ total: 20000, aged65: 7000, source: '住民基本台帳', asOf: new Date('2026-04-01T00:00:00Z') });
  });

  it('refuse figures without a source or date, with no figure at all, or with more older people than people', () => {
    expect(messages({ total: 20000, asOf: '2026-04-01' })).toEqual([expect.stringMatching(/^population\.source: /)]);
    expect(messages({ total: 20000, source: 's' })).toEqual([expect.stringMatching(/^population\.asOf: /)]);
    expect(messages({ source: 's', asOf: '2026-04-01' })).toEqual(['population.total: 人口か65歳以上人口のどちらかを入力してください']);
    expect(messages({ total: 100, aged65: 200, source: 's', asOf: '2026-04-01' })).toEqual(['population.aged65: 65歳以上人口が人口より多くなっています']);
    expect(messages({ total: 1.5, source: 's', asOf: '2026-04-01' })).toHaveLength(1);
  });
});

/**
 * 地域資源の見える化: how many activities each 小学校区 has in each 分類, so a 協議体 sees at a glance where there is
 * no サロン or 通いの場 within reach (資源開発, seed 004). Ended activities are left out; paused ones are counted apart,
 * because a paused サロン is a gap today but not a place to start from scratch. Every count carries the directory
 * link that lists exactly those activities, and every figure comes from content: nothing is estimated.
 */
import { CATEGORIES, CATEGORY_IDS, type Category } from '../schemas/activity';
import { WEEKDAYS, WEEKDAY_LABELS, type Weekday } from '../schemas/schedule';
import { SCHOOL_NONE, filterQuery } from './filters';
import { excelCsv } from './opendata';
import { urls } from './urls';

interface Ref { id: string }
export interface CoverageActivity {
  id: string;
  data: {
    category: Category; area: Ref; schoolDistrict?: string; status: string; targets: readonly string[];
    schedule: readonly { freq: string; weekdays: readonly Weekday[] }[];
  };
}
export interface CoverageArea {
  id: string;
  data: {
    name: string; schools: readonly string[];
    population?: { total?: number; aged65?: number; source: string; asOf: Date };
  };
}

/** One cell: activities running now, and paused ones apart. `href` lists both in the directory. */
export interface Cell {
  active: number;
  paused: number;
  href: string;
}

/** school: one 小学校区; wide: the area's activities with no 校区; area: the 地区計; total: the whole municipality. */
export type RowKind = 'school' | 'wide' | 'area' | 'total';

export interface CoverageRow {
  kind: RowKind;
  /** The 校区's name for `school` rows. */
  school?: string;
  /** One cell per 分類, in the order of `CoverageTable.categories`. */
  cells: Cell[];
  total: Cell;
}

export interface AreaCoverage {
  id: string;
  name: string;
  /** Each 校区 in the area's order, then its whole-area activities when it has any. */
  rows: CoverageRow[];
  total: CoverageRow;
}

export interface CoverageTable {
  categories: { name: Category; id: string }[];
  areas: AreaCoverage[];
  total: CoverageRow;
}

/** The 分類 counted together as places to go regularly: the usual measure of 通いの場 per older resident. */
export const GATHERING_CATEGORIES: readonly Category[] = ['サロン・茶話会', '通いの場・体操'];
/** Whom the 曜日 figure is about. */
export const ELDERLY = '高齢者';

/** The columns (or rows) of every coverage table: each 分類 with its URL id. */
export const COVERAGE_CATEGORIES: CoverageTable['categories'] = CATEGORIES.map((name) => ({ name, id: CATEGORY_IDS[name] }));

const counted = (a: CoverageActivity) => a.data.status === 'active' || a.data.status === 'paused';

function cell(activities: readonly CoverageActivity[], filter: { area?: string; school?: string; category?: Category }): Cell {
  const href = `${urls.activities()}${filterQuery({
    area: filter.area ? [filter.area] : [],
    school: filter.school ? [filter.school] : [],
    category: filter.category ? [CATEGORY_IDS[filter.category]] : [],
  })}`;
  const here = activities.filter((a) => !filter.category || a.data.category === filter.category);
  return {
    active: here.filter((a) => a.data.status === 'active').length,
    paused: here.filter((a) => a.data.status === 'paused').length,
    href,
  };
}

function row(kind: RowKind, activities: readonly CoverageActivity[], filter: { area?: string; school?: string }): CoverageRow {
  return {
    kind,
    ...(kind === 'school' ? { school: filter.school } : {}),
    cells: CATEGORIES.map((category) => cell(activities, { ...filter, category })),
    total: cell(activities, filter),
  };
}

/** The coverage of one area: a row per 校区, the whole-area row when there are such activities, and the 地区計. */
export function areaCoverage(area: CoverageArea, activities: readonly CoverageActivity[]): AreaCoverage {
  const mine = activities.filter((a) => counted(a) && a.data.area.id === area.id);
  const schools = new Set(area.data.schools);
  // The build refuses a 校区 the area does not list; one that slipped through still counts for the whole area.
  const wide = mine.filter((a) => !a.data.schoolDistrict || !schools.has(a.data.schoolDistrict));
  return {
    id: area.id,
    name: area.data.name,
    rows: [
      ...area.data.schools.map((school) => row('school', mine.filter((a) => a.data.schoolDistrict === school), { area: area.id, school })),
      ...(wide.length > 0 ? [row('wide', wide, { area: area.id, school: SCHOOL_NONE })] : []),
    ],
    total: row('area', mine, { area: area.id }),
  };
}

/** Every area (in the order given) and the municipality's totals. */
export function coverageTable(areas: readonly CoverageArea[], activities: readonly CoverageActivity[]): CoverageTable {
  const known = new Set(areas.map((a) => a.id));
  return {
    categories: COVERAGE_CATEGORIES,
    areas: areas.map((area) => areaCoverage(area, activities)),
    total: row('total', activities.filter((a) => counted(a) && known.has(a.data.area.id)), {}),
  };
}

/** Cells where nothing runs now (paused ones may be there): the gaps a 協議体 looks for. */
export const isGap = (c: Cell) => c.active === 0;

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface AreaFigures {
  population?: { total?: number; aged65?: number; source: string; asOf: Date };
  /** 高齢化率 (%), one decimal: only when both figures are given. */
  agingRate?: number;
  /** Active サロン and 通いの場 in the whole area. */
  gatherings: number;
  /** Those per 1,000 people aged 65+, one decimal: only when the area gives its 65歳以上人口. */
  gatheringsPer1000Aged65?: number;
  /** Active activities for 高齢者 with a weekly or monthly day. */
  elderlyActivities: number;
  /** Weekdays on which none of those meets (irregular ones have no day and do not fill one). */
  elderlyFreeDays: Weekday[];
}

/** The figures of one area that its content supports, and nothing more. */
export function areaFigures(area: CoverageArea, activities: readonly CoverageActivity[]): AreaFigures {
  const active = activities.filter((a) => a.data.status === 'active' && a.data.area.id === area.id);
  const population = area.data.population;
  const gatherings = active.filter((a) => GATHERING_CATEGORIES.includes(a.data.category)).length;
  const elderly = active.filter((a) => a.data.targets.includes(ELDERLY));
  const days = new Set(elderly.flatMap((a) => a.data.schedule.filter((r) => r.freq !== 'irregular').flatMap((r) => r.weekdays)));
  return {
    ...(population ? { population } : {}),
    ...(population?.total && population.aged65 !== undefined ? { agingRate: round1((population.aged65 / population.total) * 100) } : {}),
    gatherings,
    ...(population?.aged65 ? { gatheringsPer1000Aged65: round1((gatherings / population.aged65) * 1000) } : {}),
    elderlyActivities: elderly.filter((a) => a.data.schedule.some((r) => r.freq !== 'irregular')).length,
    elderlyFreeDays: WEEKDAYS.filter((d) => !days.has(d)),
  };
}

/** 「土・日」 */
export const weekdayList = (days: readonly Weekday[]) => days.map((d) => WEEKDAY_LABELS[d].charAt(0)).join('・');

const ROW_KIND_LABELS: Record<RowKind, string> = { school: '小学校区', wide: '地区全体', area: '地区計', total: '合計' };

/** The CSV's columns, for the /opendata/ page. */
export const COVERAGE_COLUMNS: { name: string; meaning: string }[] = [
  { name: '区分', meaning: '小学校区（その校区の活動）・地区全体（校区を決めていない活動）・地区計・合計（市全体）' },
  { name: '地区', meaning: '地区の名前（合計の行は空欄）' },
  { name: '小学校区', meaning: '小学校区の名前（区分が小学校区の行だけ）' },
  { name: '（分類）_活動中', meaning: `分類ごとの活動中の件数。分類は ${CATEGORIES.join('、')} の10種類` },
  { name: '（分類）_休止中', meaning: '分類ごとの休止中の件数（活動中の件数には含みません）' },
  { name: '計_活動中・計_休止中', meaning: 'その行のすべての分類の件数' },
];

/** Every row of the table, top to bottom, with its area's name: the CSV's lines. */
export const coverageRows = (table: CoverageTable) => [
  ...table.areas.flatMap((a) => [...a.rows, a.total].map((row) => ({ row, area: a.name as string | undefined }))),
  { row: table.total, area: undefined },
];

/** The overview as CSV for Excel (BOM, formula-safe), one row per row of the table. Ended activities are not counted. */
export function coverageCsv(table: CoverageTable): string {
  const header = ['区分', '地区', '小学校区', ...table.categories.flatMap((c) => [`${c.name}_活動中`, `${c.name}_休止中`]), '計_活動中', '計_休止中'];
  return excelCsv([
    header,
    ...coverageRows(table).map(({ row, area }) => [
      ROW_KIND_LABELS[row.kind], area ?? '', row.school ?? '', ...[...row.cells, row.total].flatMap((c) => [c.active, c.paused]),
    ]),
  ]);
}

/**
 * The directory's filters: what a visitor asks for (the query string, e.g.
 * `?area=kita&day=wed,sat&target=elderly&free=1&visit=1`) and whether an activity's facets match it. Several values
 * of one filter are ORed, different filters are ANDed. The filter island runs these same functions in the browser,
 * so this module imports nothing that would pull the schemas (and Zod) into its bundle.
 */
import type { Weekday } from '../schemas/schedule';

/** 午前 / 午後 / 夜. */
export const TIMES_OF_DAY = ['am', 'pm', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const SORTS = ['kana', 'next', 'area'] as const;
export type Sort = (typeof SORTS)[number];

export interface Facets {
  area: string;
  school?: string;
  category: string;
  targets: string[];
  days: Weekday[];
  times: TimeOfDay[];
  free: boolean;
  noReservation: boolean;
  visit: boolean;
  trial: boolean;
  accompany: boolean;
  barrierFree: boolean;
  helpWanted: boolean;
  paused: boolean;
}

/** The filters of one query string. Lists are ORed within; flags only narrow when set. */
export interface Filters {
  area: string[];
  school: string[];
  category: string[];
  target: string[];
  day: string[];
  time: string[];
  free: boolean;
  noReservation: boolean;
  visit: boolean;
  trial: boolean;
  accompany: boolean;
  barrierFree: boolean;
  helpWanted: boolean;
  sort: Sort;
}

/** Query-string names, one place: they are a contract (links are sent by LINE and printed). */
export const FILTER_PARAMS = {
  area: 'area', school: 'school', category: 'category', target: 'target', day: 'day', time: 'time',
  free: 'free', noReservation: 'noreserve', visit: 'visit', trial: 'trial', accompany: 'accompany',
  barrierFree: 'barrierfree', helpWanted: 'help', sort: 'sort',
} as const satisfies Record<keyof Filters, string>;

/** The `school` value for activities of a whole 地区 (no 小学校区 given): `?area=kita&school=none`. */
export const SCHOOL_NONE = 'none';

export const LIST_KEYS = ['area', 'school', 'category', 'target', 'day', 'time'] as const;
export const FLAG_KEYS = ['free', 'noReservation', 'visit', 'trial', 'accompany', 'barrierFree', 'helpWanted'] as const;

/** Filters from a query string. Unknown values stay (they match nothing), so a mistyped link shows 0, not everything. */
export function parseFilters(params: URLSearchParams): Filters {
  const list = (name: string) => [...new Set(params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  const flag = (name: string) => ['1', 'true', 'on'].includes(params.get(name) ?? '');
  const sort = params.get(FILTER_PARAMS.sort);
  return {
    ...(Object.fromEntries(LIST_KEYS.map((k) => [k, list(FILTER_PARAMS[k])])) as Pick<Filters, (typeof LIST_KEYS)[number]>),
    ...(Object.fromEntries(FLAG_KEYS.map((k) => [k, flag(FILTER_PARAMS[k])])) as Pick<Filters, (typeof FLAG_KEYS)[number]>),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'kana',
  };
}

/** The query string for `filters` (empty filters and the default sort left out), e.g. `?area=kita&day=wed,sat`. */
export function filterQuery(filters: Partial<Filters>): string {
  const params: string[] = [];
  for (const key of LIST_KEYS) {
    const values = filters[key] ?? [];
    if (values.length) params.push(`${FILTER_PARAMS[key]}=${values.map(encodeURIComponent).join(',')}`);
  }
  for (const key of FLAG_KEYS) if (filters[key]) params.push(`${FILTER_PARAMS[key]}=1`);
  if (filters.sort && filters.sort !== 'kana') params.push(`${FILTER_PARAMS.sort}=${filters.sort}`);
  return params.length ? `?${params.join('&')}` : '';
}

const anyOf = (wanted: readonly string[], has: readonly string[]) => wanted.length === 0 || wanted.some((w) => has.includes(w));

/** Whether an activity matches every filter that is set. */
export function matchesFilters(f: Facets, filters: Filters): boolean {
  return (
    anyOf(filters.area, [f.area]) &&
    anyOf(filters.school, [f.school ?? SCHOOL_NONE]) &&
    anyOf(filters.category, [f.category]) &&
    anyOf(filters.target, f.targets) &&
    anyOf(filters.day, f.days) &&
    anyOf(filters.time, f.times) &&
    FLAG_KEYS.every((k) => !filters[k] || f[k])
  );
}

/** Whether any filter is set (the sort alone is not a filter). */
export const hasFilters = (filters: Filters) => LIST_KEYS.some((k) => filters[k].length > 0) || FLAG_KEYS.some((k) => filters[k]);

/** Facets as `data-*` attributes on a card, and back: the island reads what the build wrote. */
export function facetAttributes(f: Facets): Record<string, string> {
  return {
    'data-area': f.area,
    'data-school': f.school ?? '',
    'data-category': f.category,
    'data-targets': f.targets.join(' '),
    'data-days': f.days.join(' '),
    'data-times': f.times.join(' '),
    'data-flags': FLAG_KEYS.filter((k) => f[k]).join(' '),
    'data-paused': f.paused ? '1' : '',
  };
}

export function facetsFromDataset(d: Record<string, string | undefined>): Facets {
  const words = (s?: string) => (s ? s.split(' ').filter(Boolean) : []);
  const flags = new Set(words(d.flags));
  return {
    area: d.area ?? '',
    ...(d.school ? { school: d.school } : {}),
    category: d.category ?? '',
    targets: words(d.targets),
    days: words(d.days) as Weekday[],
    times: words(d.times) as TimeOfDay[],
    ...(Object.fromEntries(FLAG_KEYS.map((k) => [k, flags.has(k)])) as Pick<Facets, (typeof FLAG_KEYS)[number]>),
    paused: d.paused === '1',
  };
}

/**
 * The directory's filters: what each activity offers (its facets, all ASCII ids) and what a visitor asks for
 * (the query string, e.g. `?area=kita&day=wed,sat&target=elderly&free=1&visit=1`). Several values of one filter are
 * ORed, different filters are ANDed. The same functions run at build (cards carry their facets) and in the browser
 * (the filter island), so a link a coordinator sends shows the same activities everywhere.
 */
import { ACCESSIBILITY, CATEGORY_IDS, type Category, TARGET_IDS, type Target } from '../schemas/activity';
import { WEEKDAYS, type Weekday, type ScheduleRule } from '../schemas/schedule';

/** 午前 / 午後 / 夜: when in the day an activity meets, from its rules' opening and closing times. */
export const TIMES_OF_DAY = ['am', 'pm', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
const TIME_RANGES: Record<TimeOfDay, [number, number]> = { am: [0, 12 * 60], pm: [12 * 60, 17 * 60], night: [17 * 60, 24 * 60] };

/** Accessibility values that make a place usable in a wheelchair: what the バリアフリー filter means. */
export const BARRIER_FREE: readonly (typeof ACCESSIBILITY)[number][] = ['車いす可', '段差なし'];

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

const LIST_KEYS = ['area', 'school', 'category', 'target', 'day', 'time'] as const;
const FLAG_KEYS = ['free', 'noReservation', 'visit', 'trial', 'accompany', 'barrierFree', 'helpWanted'] as const;

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** The parts of the day a rule's hours touch (10:00〜15:00 is both 午前 and 午後); none when no time is given. */
export function timesOfDay(rules: readonly Pick<ScheduleRule, 'opens' | 'closes'>[]): TimeOfDay[] {
  const found = new Set<TimeOfDay>();
  for (const rule of rules) {
    if (!rule.opens) continue;
    const start = minutes(rule.opens);
    const end = rule.closes ? minutes(rule.closes) : start + 1;
    for (const time of TIMES_OF_DAY) {
      const [from, to] = TIME_RANGES[time];
      if (start < to && end > from) found.add(time);
    }
  }
  return TIMES_OF_DAY.filter((t) => found.has(t));
}

interface ActivityData {
  area: { id: string };
  schoolDistrict?: string;
  category: Category;
  targets: readonly Target[];
  schedule: readonly ScheduleRule[];
  cost: { free: boolean };
  reservation: string;
  accessibility: readonly string[];
  firstVisit: { visit: boolean; trial: boolean; accompany: boolean };
  status: string;
}

/**
 * What one activity offers, as ASCII ids (the 小学校区 by its name, as the area lists it). `openHelp` is whether it
 * has an お手伝い募集 open today.
 */
export function activityFacets(data: ActivityData, openHelp: boolean): Facets {
  const days = new Set(data.schedule.filter((r) => r.freq !== 'irregular').flatMap((r) => r.weekdays));
  return {
    area: data.area.id,
    ...(data.schoolDistrict ? { school: data.schoolDistrict } : {}),
    category: CATEGORY_IDS[data.category],
    targets: data.targets.map((t) => TARGET_IDS[t]),
    days: WEEKDAYS.filter((d) => days.has(d)),
    times: timesOfDay(data.schedule.filter((r) => r.freq !== 'irregular')),
    free: data.cost.free,
    noReservation: data.reservation === '不要',
    visit: data.firstVisit.visit,
    trial: data.firstVisit.trial,
    accompany: data.firstVisit.accompany,
    barrierFree: data.accessibility.some((a) => (BARRIER_FREE as readonly string[]).includes(a)),
    helpWanted: openHelp,
    paused: data.status === 'paused',
  };
}

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
    anyOf(filters.school, f.school ? [f.school] : []) &&
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

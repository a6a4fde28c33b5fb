/**
 * What each activity offers the directory's filters, as ASCII ids (see ./filters for the query side). Computed at
 * build and written onto each card as data attributes.
 */
import { ACCESSIBILITY, CATEGORY_IDS, type Category, TARGET_IDS, type Target } from '../schemas/activity';
import { WEEKDAYS, type ScheduleRule } from '../schemas/schedule';
import { type Facets, TIMES_OF_DAY, type TimeOfDay } from './filters';

// 夜 starts at 18時, so a window open until 17:15 is not an evening activity.
const TIME_RANGES: Record<TimeOfDay, [number, number]> = { am: [0, 12 * 60], pm: [12 * 60, 18 * 60], night: [18 * 60, 24 * 60] };

/** Accessibility values that make a place usable in a wheelchair: what the バリアフリー filter means. */
export const BARRIER_FREE: readonly (typeof ACCESSIBILITY)[number][] = ['車いす可', '段差なし'];

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


/**
 * The directory page's view: activities grouped by category (in 五十音順, as `activities` arrive), each with its
 * filter facets, area and sort keys, and the 五十音 index. Pure, so the page only places what this returns.
 */
import { activityFacets } from './facets';
import { isHoliday } from './holidays';
import { kanaRow } from './kana';
import { byCategory, openHelpWanted } from './queries';
import type { Facets } from './filters';
import type { Category, Target } from '../schemas/activity';
import type { ScheduleRule } from '../schemas/schedule';
import { nextOpenings } from './schedule';

interface ActivityLike {
  id: string;
  data: {
    name: string; kana: string; category: Category; targets: Target[]; area: { id: string }; schoolDistrict?: string;
    schedule: ScheduleRule[]; cost: { free: boolean }; reservation: string; accessibility: string[];
    firstVisit: { visit: boolean; trial: boolean; accompany: boolean }; status: string; helpWanted: { until?: Date }[];
  };
}
/** The next opening of an active activity (a card's 次回, the 次の開催が近い順 sort); a paused one has none. */
export const nextOpening = (data: { status: string; schedule: readonly ScheduleRule[] }, now: Date) =>
  data.status === 'active' ? nextOpenings(data.schedule, now, isHoliday, { limit: 1 })[0] : undefined;

interface AreaLike { id: string; data: { name: string; order: number } }

export interface DirectoryItem<A, N extends { day: string } = { day: string }> {
  activity: A;
  facets: Facets;
  areaName: string;
  /** Position in 五十音順. */
  order: number;
  /** The area's display order, zero-padded so it sorts as text. */
  areaOrder: string;
  /** The next opening (its `day` is YYYY-MM-DD), when the rules give one. */
  next?: N;
}

export function directoryEntries<A extends ActivityLike, N extends { day: string } = { day: string }>(
  activities: readonly A[], areas: readonly AreaLike[], categories: readonly string[], now: Date,
  nextOpening: (activity: A) => N | undefined = () => undefined,
) {
  const areaIndex = new Map(areas.map((a, i) => [a.id, { name: a.data.name, order: i }]));
  const items: DirectoryItem<A, N>[] = activities.map((activity, order) => {
    const area = areaIndex.get(activity.data.area.id);
    return {
      activity,
      facets: activityFacets(activity.data, openHelpWanted(activity.data.helpWanted, now).length > 0),
      areaName: area?.name ?? '',
      order,
      areaOrder: String(area?.order ?? 99).padStart(2, '0'),
      next: nextOpening(activity),
    };
  });
  const groups = byCategory(items.map((item) => ({ ...item, data: item.activity.data })), categories);
  const rows = [...new Set(items.map((i) => kanaRow(i.activity.data.kana)))];
  return {
    total: items.length,
    groups,
    kanaRows: rows.map((row) => ({ row, items: items.filter((i) => kanaRow(i.activity.data.kana) === row) })),
  };
}

/**
 * An area's activities by 小学校区, in the order the area lists its schools; activities for the whole area (no
 * 校区) come last under `school: undefined`. Empty 校区 are kept, so a page can say where nothing is listed yet.
 */
export function bySchool<T extends { data: { schoolDistrict?: string } }>(activities: readonly T[], schools: readonly string[]) {
  return [
    ...schools.map((school) => ({ school: school as string | undefined, items: activities.filter((a) => a.data.schoolDistrict === school) })),
    { school: undefined, items: activities.filter((a) => !a.data.schoolDistrict || !schools.includes(a.data.schoolDistrict)) },
  ];
}

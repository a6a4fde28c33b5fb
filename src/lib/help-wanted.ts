/**
 * Every open お手伝い募集 across the activities, for /help-wanted/: what is wanted, by whom, until when, and the
 * ASCII ids the page filters on.
 */
import { HELP_KIND_IDS, HELPER_LEVEL_IDS, type HelpKind, type HelperLevel } from '../schemas/activity';
import { isoDate } from './dates';
import { openHelpWanted } from './queries';

interface WishLike { kind: HelpKind; what: string; who: HelperLevel; until?: Date }
interface ActivityLike { id: string; data: { status: string; area: { id: string }; helpWanted: readonly WishLike[] } }

export interface OpenWish<A> {
  activity: A;
  kind: HelpKind;
  what: string;
  who: HelperLevel;
  /** The last day (YYYY-MM-DD, Asia/Tokyo), for the page and for the browser to hide it once passed. */
  until?: string;
  /** What the filter matches: area, kind and level ids. */
  facets: { area: string; kind: string; level: string };
}

/** Open wishes of activities that still run (ended ones ask for nothing), in the activities' order. */
export const openWishes = <A extends ActivityLike>(activities: readonly A[], now: Date): OpenWish<A>[] =>
  activities
    .filter((a) => a.data.status !== 'ended')
    .flatMap((activity) =>
      openHelpWanted(activity.data.helpWanted, now).map((w) => ({
        activity,
        kind: w.kind,
        what: w.what,
        who: w.who,
        ...(w.until ? { until: isoDate(w.until) } : {}),
        facets: { area: activity.data.area.id, kind: HELP_KIND_IDS[w.kind], level: HELPER_LEVEL_IDS[w.who] },
      })),
    );

/** The wishes under each 地区 in the areas' order, 地区 without any left out. */
export const wishesByArea = <A, R extends { id: string }>(wishes: readonly OpenWish<A>[], areas: readonly R[]) =>
  areas.map((area) => ({ area, wishes: wishes.filter((w) => w.facets.area === area.id) })).filter((g) => g.wishes.length > 0);

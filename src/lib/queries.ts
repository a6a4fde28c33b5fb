/**
 * What to show, decided once: pure functions over entries, so pages only choose where to put them.
 * `now` is always passed in: "upcoming" is judged at build time (the site is rebuilt every night).
 */
import { daysBetween, isoDate } from './dates';
import { isOpenOn } from './help-filter';
import { isUpcomingNotice } from './notice-display';

export interface Ref { id: string }
export interface ArticleLike {
  id: string;
  data: {
    publishedAt: Date; draft: boolean; pinned: boolean; tags: string[]; series?: Ref; volume?: number;
    areas: Ref[]; activities: Ref[];
  };
}
export interface NoticeLike { id: string; data: { kind: string; startsAt: Date; endsAt: Date; status: string; council: Ref; activities: Ref[] } }
interface ActivityLike {
  id: string;
  data: { kana: string; status: string; verifiedAt: Date; area: Ref; helpWanted: { until?: Date }[] };
}
interface SimilarLike { id: string; data: { status: string; area: Ref; category: string; targets: string[] } }

/** An activity whose 最終確認日 is older than this is marked as possibly out of date. */
export const STALE_AFTER_DAYS = 365;

const byDateDesc = <T>(date: (x: T) => Date) => (a: T, b: T) => date(b).getTime() - date(a).getTime();

/** Notices, the latest meeting first (an activity's page lists the meetings that discussed it). */
export const newestFirst = <T extends { data: { startsAt: Date } }>(notices: readonly T[]) => [...notices].sort(byDateDesc((n) => n.data.startsAt));

/** Published articles, newest first: drafts and articles dated in the future stay hidden. */
export const publishedArticles = <T extends ArticleLike>(articles: readonly T[], now: Date) =>
  articles.filter((a) => !a.data.draft && a.data.publishedAt.getTime() <= now.getTime()).sort(byDateDesc((a) => a.data.publishedAt));

export const pinnedArticles = <T extends ArticleLike>(articles: readonly T[]) => articles.filter((a) => a.data.pinned);

/** Series entries in reading order: by Vol. when numbered, otherwise newest first. */
export const seriesArticles = <T extends ArticleLike>(articles: readonly T[], seriesId: string) =>
  articles
    .filter((a) => a.data.series?.id === seriesId)
    .sort((a, b) =>
      a.data.volume !== undefined && b.data.volume !== undefined
        ? b.data.volume - a.data.volume
        : b.data.publishedAt.getTime() - a.data.publishedAt.getTime(),
    );

/** Every tag with its article count, most used first, then in 五十音順. */
export const tagCounts = (articles: readonly ArticleLike[]) => {
  const counts = new Map<string, number>();
  for (const a of articles) for (const t of a.data.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'ja'));
};

/** Articles that share the most with this one (series, tags, areas, activities), newest first among equals. */
export function relatedArticles<T extends ArticleLike>(article: T, articles: readonly T[], limit = 3): T[] {
  const ids = (refs: Ref[]) => new Set(refs.map((r) => r.id));
  const areas = ids(article.data.areas);
  const activities = ids(article.data.activities);
  const score = (other: T) =>
    (article.data.series && other.data.series?.id === article.data.series.id ? 2 : 0) +
    other.data.tags.filter((t) => article.data.tags.includes(t)).length * 2 +
    other.data.areas.filter((r) => areas.has(r.id)).length +
    other.data.activities.filter((r) => activities.has(r.id)).length * 2;
  return articles
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, s: score(other) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || b.other.data.publishedAt.getTime() - a.other.data.publishedAt.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}

/**
 * Notices still to come (see `isUpcomingNotice`), soonest first; postponed ones after them, as their new date is
 * not known yet.
 */
export const upcomingNotices = <T extends NoticeLike>(notices: readonly T[], now: Date) =>
  notices
    .filter((n) => isUpcomingNotice(n.data, now))
    .sort((a, b) =>
      Number(a.data.status === 'postponed') - Number(b.data.status === 'postponed') ||
      a.data.startsAt.getTime() - b.data.startsAt.getTime());

/** Everything that is not upcoming, newest first (reports, cancelled and past meetings). */
export const pastNotices = <T extends NoticeLike>(notices: readonly T[], now: Date) => {
  const upcoming = new Set(upcomingNotices(notices, now).map((n) => n.id));
  return notices.filter((n) => !upcoming.has(n.id)).sort(byDateDesc((n) => n.data.startsAt));
};

/** Listed activities: active and paused ones (paused are shown with a notice); ended ones keep only their page. */
export const listedActivities = <T extends ActivityLike>(activities: readonly T[]) =>
  activities.filter((a) => a.data.status !== 'ended');

/**
 * Where to go instead of an ended or paused activity: running activities in the same area, those of the same
 * category first, then those for more of the same people; the given order (五十音順) among equals.
 */
export function similarActivities<T extends SimilarLike>(activity: T, activities: readonly T[], limit = 4): T[] {
  const score = (other: T) =>
    (other.data.category === activity.data.category ? 10 : 0) + other.data.targets.filter((x) => activity.data.targets.includes(x)).length;
  return activities
    .filter((other) => other.id !== activity.id && other.data.status === 'active' && other.data.area.id === activity.data.area.id)
    .map((other, i) => ({ other, i, s: score(other) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map(({ other }) => other);
}

export const isStale = (activity: ActivityLike, now: Date) => daysBetween(activity.data.verifiedAt, now) > STALE_AFTER_DAYS;

/** お手伝い募集 still open on `now`: through the whole of its last day in Asia/Tokyo (none without `until` ends). */
export const openHelpWanted = <H extends { until?: Date }>(helpWanted: readonly H[], now: Date) =>
  helpWanted.filter((h) => isOpenOn(h.until && isoDate(h.until), now));

export const byArea = <T extends { data: { area?: Ref } }>(items: readonly T[], areaId: string) =>
  items.filter((x) => x.data.area?.id === areaId);

export const mentioning = <T extends { data: { activities: Ref[] } }>(items: readonly T[], activityId: string) =>
  items.filter((x) => x.data.activities.some((r) => r.id === activityId));

/** Page `page` (1-based) of `items`, with the total page count. */
export function paginate<T>(items: readonly T[], pageSize: number, page: number) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pages };
}

export const ARTICLES_PER_PAGE = 12;

/**
 * Activities grouped by category, in the fixed order of the category list, empty groups left out. `anchor` is the
 * id of the group's section on /activities/, which the home page links to.
 */
export const byCategory = <T extends { data: { category: string } }>(activities: readonly T[], categories: readonly string[]) =>
  categories
    .map((category, i) => ({ category, anchor: `category-${i + 1}`, items: activities.filter((a) => a.data.category === category) }))
    .filter((g) => g.items.length > 0);

/** The entries a list of references points at, in the list's order; references to unknown ids are left out. */
export const resolveRefs = <T>(refs: readonly Ref[], entries: ReadonlyMap<string, T>) =>
  refs.map((r) => entries.get(r.id)).filter((x): x is T => x !== undefined);

/** Articles with this tag, in the given order (newest first). */
export const taggedArticles = <T extends ArticleLike>(articles: readonly T[], tag: string) =>
  articles.filter((a) => a.data.tags.includes(tag));

/** One council's notices. */
export const councilNotices = <T extends NoticeLike>(notices: readonly T[], councilId: string) =>
  notices.filter((n) => n.data.council.id === councilId);

/** Each council with its notices, newest first (the people's sitemap lists them so). */
export const noticesByCouncil = <C extends { id: string }, T extends NoticeLike>(councils: readonly C[], notices: readonly T[]) => {
  const newest = [...notices].sort(byDateDesc((n) => n.data.startsAt));
  return councils.map((council) => ({ council, notices: councilNotices(newest, council.id) }));
};

/** The newest articles a feed carries. */
export const FEED_ARTICLES = 30;
export const feedArticles = <T>(articles: readonly T[]) => articles.slice(0, FEED_ARTICLES);

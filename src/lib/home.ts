/**
 * What the home page shows, chosen from the content: a short featured row, the newest articles, the next meetings,
 * and the directory's ways in with their counts.
 */
import { type ArticleLike, type NoticeLike, byCategory, pinnedArticles, upcomingNotices } from './queries';

/**
 * How many of each the home page shows: two featured articles fill a row, six newest fit two rows of three, and four
 * meetings keep the articles within two phone screens.
 */
export const HOME_LIMITS = { pinned: 2, latest: 6, upcoming: 4 } as const;

interface HomeInput<A, N, C> {
  /** Published articles, newest first. */
  articles: readonly A[];
  notices: readonly N[];
  /** Listed activities. */
  activities: readonly C[];
  categories: readonly string[];
  now: Date;
}

export function homeView<A extends ArticleLike, N extends NoticeLike, C extends { data: { category: string } }>({ articles, notices, activities, categories, now }: HomeInput<A, N, C>) {
  const pinned = pinnedArticles(articles).slice(0, HOME_LIMITS.pinned);
  return {
    pinned,
    /** The newest articles not already featured above them. */
    latest: articles.filter((a) => !pinned.includes(a)).slice(0, HOME_LIMITS.latest),
    upcoming: upcomingNotices(notices, now).slice(0, HOME_LIMITS.upcoming),
    /** Each category that has activities, with how many, linking to its section of the directory. */
    categories: byCategory(activities, categories).map((g) => ({ category: g.category, anchor: g.anchor, count: g.items.length })),
    activityCount: activities.length,
  };
}

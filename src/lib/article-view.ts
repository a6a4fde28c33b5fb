/** What an article's page shows besides its body: its series badge, byline, the activities and areas it names, and related reading. */
import { t } from '../i18n/ja';
import { type ArticleLike, relatedArticles, resolveRefs } from './queries';

interface Lookups<S, W, V, R> {
  series: ReadonlyMap<string, S>;
  authors: ReadonlyMap<string, W>;
  activities: ReadonlyMap<string, V>;
  areas: ReadonlyMap<string, R>;
}

/** How many related articles an article's page suggests (one row). */
export const RELATED_ARTICLES = 3;

/** 「Vol.3」, as the series badge and the article cards print it. */
export const volumeLabel = (volume: number) => t('article.volume', { volume });

export function articleView<A extends ArticleLike & { data: { authors: { id: string }[] } }, S, W, V, R>(
  article: A,
  articles: readonly A[],
  { series, authors, activities, areas }: Lookups<S, W, V, R>,
) {
  const { data } = article;
  return {
    series: data.series && series.get(data.series.id),
    volume: data.volume === undefined ? undefined : volumeLabel(data.volume),
    authors: resolveRefs(data.authors, authors),
    activities: resolveRefs(data.activities, activities),
    areas: resolveRefs(data.areas, areas),
    related: relatedArticles(article, articles, RELATED_ARTICLES),
  };
}

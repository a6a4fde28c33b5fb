import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles, getSiteSettings } from '../../lib/content';
import { feedArticles } from '../../lib/queries';
import { urls } from '../../lib/urls';

export async function GET(context: APIContext) {
  const site = await getSiteSettings();
  const articles = await getArticles();
  return rss({
    title: site.name,
    description: site.description,
    site: context.site!,
    customData: '<language>ja</language>',
    items: feedArticles(articles).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.publishedAt,
      link: urls.article(article.id),
      categories: article.data.tags,
    })),
  });
}

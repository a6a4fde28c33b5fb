import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { activitySchema } from './schemas/activity';
import { articleSchema } from './schemas/article';
import { areaSchema } from './schemas/area';
import { authorSchema } from './schemas/author';
import { councilSchema } from './schemas/council';
import { noticeSchema } from './schemas/notice';
import { pageSchema } from './schemas/page';
import { seriesSchema } from './schemas/series';
import { siteSettingsSchema } from './schemas/site';

/** MDX entries live in `content/<collection>/<slug>/index.mdx`; their id is the editor-chosen `slug` field. */
const entries = (collection: string) =>
  glob({
    pattern: '*/index.mdx',
    base: `./content/${collection}`,
    generateId: ({ entry, data }) => String(data.slug ?? entry.split('/')[0]),
  });

/** Data entries live in `content/<collection>/<id>.yaml`; their id is the `id` field. */
const data = (collection: string) =>
  glob({
    pattern: '*.yaml',
    base: `./content/${collection}`,
    generateId: ({ entry, data }) => String(data.id ?? entry.replace(/\.yaml$/, '')),
  });

export const collections = {
  articles: defineCollection({ loader: entries('articles'), schema: ({ image }) => articleSchema({ image, reference }) }),
  activities: defineCollection({ loader: entries('activities'), schema: ({ image }) => activitySchema({ image, reference }) }),
  notices: defineCollection({ loader: entries('notices'), schema: noticeSchema({ reference }) }),
  areas: defineCollection({ loader: data('areas'), schema: areaSchema() }),
  councils: defineCollection({ loader: data('councils'), schema: councilSchema({ reference }) }),
  series: defineCollection({ loader: data('series'), schema: seriesSchema() }),
  authors: defineCollection({ loader: data('authors'), schema: authorSchema() }),
  pages: defineCollection({ loader: entries('pages'), schema: pageSchema() }),
  site: defineCollection({
    loader: file('./content/site.yaml', { parser: (text) => ({ site: yaml.load(text) as Record<string, unknown> }) }),
    schema: siteSettingsSchema(),
  }),
};

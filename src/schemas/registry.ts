/**
 * The collection registry: every collection in content/, once, with what each reader needs: how its files are kept,
 * the field that names an entry, its schema, what editors call it, the field people recognise an entry by and its
 * public URL. Astro's collections (src/content.config.ts), the build check (src/lib/content-check.ts and
 * entry-check.ts), the CMS config (admin/config.ts) and the sitemap's list of redirect pages read it, and so should
 * every export that walks content; nothing else lists collections. tests/unit/collections.test.ts holds it against
 * content/ and the CMS config.
 *
 * No node: imports: the admin bundles it for the browser.
 */
import type { z } from 'astro/zod';
import { urls } from '../lib/urls';
import { CATEGORIES, CATEGORY_IDS, HELPER_LEVELS, HELPER_LEVEL_IDS, HELP_KINDS, HELP_KIND_IDS, SITUATIONS, SITUATION_IDS, TARGETS, TARGET_IDS, activitySchema } from './activity';
import { areaSchema } from './area';
import { articleSchema } from './article';
import { authorSchema } from './author';
import type { SchemaContext } from './common';
import { councilSchema } from './council';
import { noticeSchema } from './notice';
import { pageSchema } from './page';
import { WEEKDAYS } from './schedule';
import { synonymsSchema } from './search';
import { seriesSchema } from './series';
import { siteSettingsSchema } from './site';

interface CollectionDef {
  /** `mdx`: a folder per entry, `content/<name>/<slug>/index.mdx`, images beside it; `yaml`: `content/<name>/<id>.yaml`. */
  format: 'mdx' | 'yaml';
  /** One entry, as editors call it (messages, the CMS's 「新しい…」). */
  label: string;
  /** The CMS's name for the list, where it differs from `label`. */
  listLabel?: string;
  /** The field people recognise an entry by (CMS relation widgets, messages). */
  display: 'title' | 'name';
  /** The entry's public page, for entries that have one. */
  url?: (id: string) => string;
  /** The CMS's body field of an MDX entry. */
  body?: { label: string; hint: string };
  /** Whether editors may add entries (fixed pages exist only where a route shows them). */
  create?: boolean;
}

const DEFS = {
  articles: {
    format: 'mdx', label: '記事', display: 'title', url: urls.article,
    body: { label: '本文', hint: '見出しは「## 見出し」。下のボタンで写真・メモ欄・ふりがな・活動カードを入れられます。' },
  },
  activities: {
    format: 'mdx', label: '活動', listLabel: '地域の活動', display: 'name', url: urls.activity,
    body: { label: 'くわしい紹介', hint: '活動の様子を2〜3段落で。' },
  },
  notices: {
    format: 'mdx', label: 'お知らせ', listLabel: '協議体のお知らせ', display: 'title', url: urls.notice,
    body: {
      label: '本文・議事概要',
      hint: '開催報告では議事概要を書きます（個人の支援の内容は書きません）。開催報告は上のボタンでひな形を入れられます。開催案内から作るときは、その案内を開いて「公開」メニューの「複製」を使います。',
    },
  },
  pages: {
    format: 'mdx', label: '固定ページ', listLabel: '固定ページ（このサイトについて・使い方 など）', display: 'title', url: urls.page, create: false,
    body: { label: '本文', hint: '見出しは「## 見出し」。問い合わせ先や検査の結果などはサイトが自動で書き足します。' },
  },
  areas: { format: 'yaml', label: '地区', display: 'name', url: urls.area },
  councils: { format: 'yaml', label: '協議体', display: 'name', url: urls.council },
  series: { format: 'yaml', label: '連載', display: 'name', url: urls.series },
  authors: { format: 'yaml', label: '書いた人', display: 'name' },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof DEFS;

export interface Collection extends CollectionDef {
  name: CollectionName;
  /** The folder, from the project root. */
  folder: string;
  /** MDX entries are named by their `slug`, data entries by their `id`. */
  idField: 'slug' | 'id';
}

const describe = (name: CollectionName): Collection => {
  const def: CollectionDef = DEFS[name];
  return { ...def, name, folder: `content/${name}`, idField: def.format === 'mdx' ? 'slug' : 'id' };
};

/** Every collection, MDX ones first. */
export const COLLECTIONS: readonly Collection[] = (Object.keys(DEFS) as CollectionName[]).map(describe);

export const collection = (name: CollectionName): Collection => COLLECTIONS.find((c) => c.name === name)!;

export const isCollectionName = (name: unknown): name is CollectionName => COLLECTIONS.some((c) => c.name === name);

/** The file of an entry, from the project root. */
export const entryFile = (name: CollectionName, id: string) => {
  const c = collection(name);
  return c.format === 'mdx' ? `${c.folder}/${id}/index.mdx` : `${c.folder}/${id}.yaml`;
};

/**
 * Every collection's schema for one context: Astro's (its `image()` and `reference()`), the build check's (files
 * beside the entry, references into the index) or the CMS generator's (widget markers). Each is made on demand.
 * The names stand here a second time so that each schema keeps its own type (Astro types entries from it); the
 * compiler holds them to the list above.
 */
export const collectionSchemas = <I extends z.ZodType, R extends z.ZodType>(context: SchemaContext<I, R>) =>
  ({
    articles: () => articleSchema(context),
    activities: () => activitySchema(context),
    notices: () => noticeSchema(context),
    pages: () => pageSchema(),
    areas: () => areaSchema(),
    councils: () => councilSchema(context),
    series: () => seriesSchema(),
    authors: () => authorSchema(),
  }) satisfies Record<CollectionName, () => z.ZodType>;

/** A file that is one entry: the CMS edits it as a form, under its own collection name. */
export interface SingleFile {
  /** From the project root. */
  file: string;
  label: string;
  /** The form's title in the CMS, where it differs from `label`. */
  formLabel?: string;
  cmsName: string;
  schema: () => z.ZodType;
}

export const SINGLE_FILES = {
  site: { file: 'content/site.yaml', label: 'サイトの設定', cmsName: 'settings', schema: siteSettingsSchema },
  synonyms: {
    file: 'content/search/synonyms.yaml', label: '検索の表記ゆれ', formLabel: '検索の表記ゆれ（子ども・子供・こども など）', cmsName: 'synonyms',
    schema: synonymsSchema,
  },
} as const satisfies Record<string, SingleFile>;

/**
 * Enumerations that appear in URLs, by their query parameter (`/activities/?category=salon&day=wed`): the values
 * content keeps (what editors see) and the stable ASCII id of each. Weekdays are kept as ids already; areas are
 * entries, named by their `id`.
 */
export const URL_ENUMS = {
  category: { values: CATEGORIES, ids: CATEGORY_IDS },
  target: { values: TARGETS, ids: TARGET_IDS },
  situation: { values: SITUATIONS, ids: SITUATION_IDS },
  day: { values: WEEKDAYS, ids: Object.fromEntries(WEEKDAYS.map((d) => [d, d])) as Record<(typeof WEEKDAYS)[number], string> },
  kind: { values: HELP_KINDS, ids: HELP_KIND_IDS },
  level: { values: HELPER_LEVELS, ids: HELPER_LEVEL_IDS },
} as const;

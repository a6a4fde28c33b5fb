/** Reads the sample content the way the site does, so tests follow the content instead of copying it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const ROOT = new URL('../../content/', import.meta.url).pathname;

export interface Entry {
  id: string;
  data: Record<string, any>;
  body: string;
}

export function entries(collection: 'articles' | 'activities' | 'notices'): Entry[] {
  return readdirSync(join(ROOT, collection)).map((dir) => {
    const text = readFileSync(join(ROOT, collection, dir, 'index.mdx'), 'utf8');
    const [frontmatter, yamlText] = /^---\n([\s\S]*?)\n---/.exec(text)!;
    const data = yaml.load(yamlText!) as Record<string, any>;
    return { id: data.slug, data, body: text.slice(frontmatter.length) };
  });
}

export function dataEntries(collection: 'areas' | 'councils' | 'series' | 'authors'): Entry[] {
  return readdirSync(join(ROOT, collection)).map((file) => {
    const data = yaml.load(readFileSync(join(ROOT, collection, file), 'utf8')) as Record<string, any>;
    return { id: data.id, data, body: '' };
  });
}

export const site = () => yaml.load(readFileSync(join(ROOT, 'site.yaml'), 'utf8')) as Record<string, any>;

export const publishedArticles = () =>
  entries('articles')
    .filter((a) => !a.data.draft && new Date(a.data.publishedAt) <= new Date())
    .sort((a, b) => +new Date(b.data.publishedAt) - +new Date(a.data.publishedAt));

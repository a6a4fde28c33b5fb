/**
 * The pre-build content check. Astro validates each entry too, but stops at the first error and prints it over
 * several lines; editors need every problem at once, one line each: file, field, what is expected. This also
 * checks what Astro does not: that references exist, slugs are unique, images exist, and MDX bodies are safe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { activitySchema } from '../schemas/activity';
import { articleSchema } from '../schemas/article';
import { areaSchema } from '../schemas/area';
import { authorSchema } from '../schemas/author';
import { type CollectionName, documentFile } from '../schemas/common';
import { councilSchema } from '../schemas/council';
import { noticeSchema } from '../schemas/notice';
import { seriesSchema } from '../schemas/series';
import { siteSettingsSchema } from '../schemas/site';
import { checkSchoolDistricts } from './checks/school-district';
import { checkMdx } from './mdx-safety';

export interface ContentProblem {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export const COLLECTION_LABELS: Record<CollectionName, string> = {
  articles: '記事', activities: '活動', notices: 'お知らせ', areas: '地区', councils: '協議体', series: '連載', authors: '書いた人',
};

const MDX_COLLECTIONS = ['articles', 'activities', 'notices'] as const;
const DATA_COLLECTIONS = ['areas', 'councils', 'series', 'authors'] as const;

export interface SourceFile {
  collection: CollectionName;
  file: string;
  data: Record<string, unknown>;
  /** The YAML text, to point at the line of a field. */
  yamlText: string;
  /** Line in the file where the YAML starts (2 for frontmatter, 1 for a .yaml file). */
  yamlLine: number;
  body?: string;
  bodyLine?: number;
}

/** The line of `path` (e.g. ['venue', 'address'] or ['schedule', 0, 'opens']) in the YAML, or of its nearest parent. */
export function fieldLine(yamlText: string, yamlLine: number, path: readonly PropertyKey[]): number | undefined {
  const lines = yamlText.split(/\r?\n/);
  let from = 0;
  let found: number | undefined;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    // Field names are plain identifiers, so they need no escaping.
    const re = new RegExp(`^[\\s-]*${key}\\s*:`);
    const index = lines.findIndex((l, i) => i >= from && re.test(l));
    if (index === -1) break;
    found = index;
    from = index + 1;
  }
  return found === undefined ? undefined : found + yamlLine;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** YAML without implicit timestamps, so a datetime missing its +09:00 is seen (and refused) as written. */
const loadYaml = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA });

/** Every content file under `root`, parsed (YAML problems go to `problems`). */
export function readSources(root: string, problems: ContentProblem[] = []): SourceFile[] {
  const sources: SourceFile[] = [];
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const dirOf = (c: string) => join(root, 'content', c);
  const parse = (file: string, text: string) => {
    try {
      const value = loadYaml(text);
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    } catch (error) {
      const e = error as yaml.YAMLException;
      problems.push({ file: rel(file), line: (e.mark?.line ?? 0) + 2, message: `YAML の書き方に誤りがあります: ${e.reason}` });
      return undefined;
    }
  };
  for (const collection of MDX_COLLECTIONS) {
    if (!existsSync(dirOf(collection))) continue;
    for (const name of readdirSync(dirOf(collection)).sort()) {
      const file = join(dirOf(collection), name, 'index.mdx');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file: rel(file), line: 1, message: '先頭に --- で囲んだ項目（フロントマター）がありません' });
        continue;
      }
      const data = parse(file, match[1]);
      if (!data) continue;
      sources.push({
        collection, file: rel(file), data, yamlText: match[1], yamlLine: 2,
        body: text.slice(match[0].length),
        bodyLine: match[0].split('\n').length - 1,
      });
    }
  }
  for (const collection of DATA_COLLECTIONS) {
    if (!existsSync(dirOf(collection))) continue;
    for (const name of readdirSync(dirOf(collection)).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const file = join(dirOf(collection), name);
      const text = readFileSync(file, 'utf8');
      const data = parse(file, text);
      if (data) sources.push({ collection, file: rel(file), data, yamlText: text, yamlLine: 1 });
    }
  }
  return sources;
}

/** MDX entries are identified by `slug`, data entries by `id`. */
const idField = (s: SourceFile) => ((MDX_COLLECTIONS as readonly string[]).includes(s.collection) ? 'slug' : 'id');

/** Check every content file under `root` (the project directory). Returns all problems, in file order. */
export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = readSources(root, problems);

  const ids = new Map<CollectionName, Map<string, string>>();
  for (const s of sources) {
    const seen = ids.get(s.collection) ?? new Map<string, string>();
    ids.set(s.collection, seen);
    const field = idField(s);
    const id = String(s.data[field] ?? '');
    if (!id) continue; // reported by the schema as a missing field
    const other = seen.get(id);
    if (other) problems.push({ file: s.file, field, message: `「${id}」は ${other} と重なっています。別の${field === 'slug' ? 'URL名' : 'ID'}にしてください` });
    else seen.set(id, s.file);
  }
  for (const s of sources) {
    for (const old of (Array.isArray(s.data.redirectFrom) ? s.data.redirectFrom : []) as unknown[]) {
      const owner = ids.get(s.collection)?.get(String(old));
      if (owner) problems.push({ file: s.file, field: 'redirectFrom', message: `「${old}」は ${owner} が使っているURL名です` });
    }
  }

  const reference = (collection: CollectionName) =>
    z.string().refine((id) => ids.get(collection)?.has(id), {
      error: (issue) => `「${String(issue.input)}」という${COLLECTION_LABELS[collection]}はありません（content/${collection}/ を確認してください）`,
    });

  for (const s of sources) {
    const besideEntry = (schema: z.ZodType<string>, kind: string) =>
      schema.refine((p) => existsSync(join(root, dirname(s.file), p)), {
        error: (issue) => `${kind}ファイル「${String(issue.input)}」が見つかりません（index.mdx と同じフォルダーに置きます）`,
      });
    const image = () => besideEntry(z.string(), '画像');
    const file = () => besideEntry(documentFile(), '資料');
    const schema = {
      articles: () => articleSchema({ image, reference }),
      activities: () => activitySchema({ image, reference }),
      notices: () => noticeSchema({ reference, file }),
      areas: () => areaSchema(),
      councils: () => councilSchema({ reference }),
      series: () => seriesSchema(),
      authors: () => authorSchema(),
    }[s.collection]();
    const result = schema.safeParse(s.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file: s.file, field: issue.path.join('.') || undefined, line: fieldLine(s.yamlText, s.yamlLine, issue.path), message: issue.message,
        });
      }
    }
    if (s.body !== undefined) {
      for (const p of checkMdx(s.body, s.bodyLine)) problems.push({ file: s.file, line: p.line, message: p.message });
    }
  }

  problems.push(...checkSchoolDistricts(sources, ids, root));

  const siteFile = join(root, 'content', 'site.yaml');
  if (existsSync(siteFile)) {
    const data = loadYaml(readFileSync(siteFile, 'utf8'));
    const result = siteSettingsSchema().safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: 'content/site.yaml', field: issue.path.join('.'), message: issue.message });
    }
  } else problems.push({ file: 'content/site.yaml', message: 'サイト設定ファイルがありません' });

  return problems;
}

/** `content/activities/x/index.mdx: consent — 掲載承諾がない活動は掲載できません` */
export const formatProblem = (p: ContentProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `: ${p.field}` : ''} — ${p.message}`;

/** URL paths kept only to redirect (every `redirectFrom`), so the sitemap can leave them out. */
export function redirectSourcePaths(root: string): Set<string> {
  const sources = readSources(root);
  const base = { articles: '/articles/', activities: '/activities/', notices: '/notices/' } as Record<string, string>;
  return new Set(
    sources.flatMap((s) =>
      base[s.collection] && Array.isArray(s.data.redirectFrom) ? s.data.redirectFrom.map((old) => `${base[s.collection]}${String(old)}/`) : [],
    ),
  );
}

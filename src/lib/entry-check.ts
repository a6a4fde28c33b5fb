/**
 * The rules for one entry, as a pure function: its collection's own schema, references that exist, and a slug and
 * old slugs (`redirectFrom`) no other entry holds. The build check (./content-check) runs it over every file with
 * an index of all entries; the admin runs the same function in the browser, before saving, with the index the build
 * publishes at /admin/content-index.json. No node: imports here, so it bundles for the browser.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, collection as collectionOf, collectionSchemas } from '../schemas/registry';
import { fieldMessage } from './field-messages';
import { imagePathProblem } from './image-paths';
import { unknownKeyMessage } from './schema-keys';

/** MDX entries are identified by `slug`, data entries by `id`. */
export const idFieldOf = (collection: CollectionName) => collectionOf(collection).idField;

/** One entry as the index knows it: where it is, what it is called, the URL names it holds. */
export interface IndexEntry {
  file: string;
  id: string;
  title?: string;
  redirectFrom?: string[];
}

export type ContentIndex = Record<CollectionName, IndexEntry[]>;

/** An index with no entries yet. */
export const emptyIndex = () => Object.fromEntries(COLLECTIONS.map((c) => [c.name, [] as IndexEntry[]])) as ContentIndex;

export interface EntryProblem {
  path: (string | number)[];
  message: string;
}

/** The index of entries: every file with a usable id (a missing or broken id is the schema's to report). */
export function buildIndex(sources: readonly { collection: CollectionName; file: string; data: Record<string, unknown> }[]): ContentIndex {
  const index = emptyIndex();
  for (const { collection, file, data } of sources) {
    const { idField, display } = collectionOf(collection);
    const id = data[idField];
    if (typeof id !== 'string' || !id) continue;
    const title = typeof data[display] === 'string' ? data[display] : undefined;
    const redirectFrom = Array.isArray(data.redirectFrom) ? data.redirectFrom.filter((r): r is string => typeof r === 'string') : [];
    index[collection].push({ file, id, ...(title ? { title: title as string } : {}), ...(redirectFrom.length ? { redirectFrom } : {}) });
  }
  return index;
}

export interface EntryContext {
  /** The image field: the build also opens the file; by default only the path is checked. */
  image?: () => z.ZodType;
  /** A document kept beside a notice: the build also checks that it exists. */
  file?: () => z.ZodType<string>;
}

const defaultImage = () =>
  z.string().superRefine((p, ctx) => {
    const problem = imagePathProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
  });

/** A reference that must name an entry in the index. */
const referenceIn = (index: ContentIndex) => {
  // A set of ids per collection, made on first use: looking through the list for each reference made a check of
  // thousands of entries quadratic.
  const ids = new Map<CollectionName, Set<string>>();
  const has = (collection: CollectionName, id: string) => {
    if (!ids.has(collection)) ids.set(collection, new Set((index[collection] ?? []).map((e) => e.id)));
    return ids.get(collection)!.has(id);
  };
  return (collection: CollectionName) => z.string().refine((id) => has(collection, id), {
    error: (issue) => `「${String(issue.input)}」という${collectionOf(collection).label}はありません（${collectionOf(collection).folder}/ を確認してください）`,
  });
};

/** The collection's schema, with references checked against `index`. */
export function entrySchema(collection: CollectionName, index: ContentIndex, context: EntryContext = {}): z.ZodType {
  return collectionSchemas({ image: context.image ?? defaultImage, reference: referenceIn(index), file: context.file })[collection]();
}

/**
 * One problem per schema issue; an unknown key becomes one problem per key, with a suggestion. Where the schema has
 * no message of its own, the field's label and choices make one (./field-messages).
 */
export function schemaIssues(schema: z.ZodType, data: unknown): EntryProblem[] {
  const result = schema.safeParse(data, { error: (issue) => fieldMessage(schema, issue) });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: unknownKeyMessage(schema, path, key) }));
    }
    return [{ path, message: issue.message }];
  });
}

/** 「サロン ひなたぼっこ」（content/…/index.mdx）, or the file alone between spaces. */
const nameOf = (e: IndexEntry) => (e.title ? `「${e.title}」（${e.file}）` : ` ${e.file} `);

/**
 * The URL names an entry holds must be its own: its slug is no other entry's slug or old slug, and each old slug
 * is neither a live slug (its own included) nor written on another entry. `file` is the entry's own file, so it is
 * not compared with itself; undefined for an entry not yet saved.
 */
export function uniquenessProblems(collection: CollectionName, data: Record<string, unknown>, file: string | undefined, index: ContentIndex): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const field = idFieldOf(collection);
  const all = index[collection] ?? [];
  const others = all.filter((e) => e.file !== file);
  // Of two entries already saved with one slug, the later one (in file order) is the one to change.
  const self = all.findIndex((e) => e.file === file);
  const id = data[field];
  if (typeof id === 'string' && id) {
    const twin = all.find((e, i) => e.id === id && e.file !== file && (self === -1 || i < self));
    const oldOwner = others.find((e) => e.redirectFrom?.includes(id));
    if (twin) problems.push({ path: [field], message: `「${id}」は${nameOf(twin)}と重なっています。別の${field === 'slug' ? 'URL名' : 'ID'}にしてください` });
    else if (oldOwner) problems.push({ path: [field], message: `「${id}」は${nameOf(oldOwner)}の以前のURL名です。印刷物のQRコードが別のページに届かないよう、別のURL名にしてください` });
  }
  const olds = Array.isArray(data.redirectFrom) ? data.redirectFrom : [];
  olds.forEach((old: unknown, i: number) => {
    if (typeof old !== 'string') return;
    const live = old === id ? { file: file ?? '', id: old } : others.find((e) => e.id === old);
    const shared = others.filter((e) => e.redirectFrom?.includes(old));
    if (live) problems.push({ path: ['redirectFrom', i], message: `「${old}」は${live.file ? nameOf(live) : 'この項目'}が使っているURL名です。以前のURL名には使えません` });
    else if (shared.length) problems.push({ path: ['redirectFrom', i], message: `以前のURL名「${old}」は ${shared.map((e) => e.file).join('、')} にも書かれています。1つの項目にだけ書いてください` });
  });
  return problems;
}

/** Everything wrong with one entry's data (not its body, which the build parses with Astro's MDX parser). */
export function checkEntry(
  collection: CollectionName, data: Record<string, unknown>, { file, index, context = {} }: { file?: string; index: ContentIndex; context?: EntryContext },
): EntryProblem[] {
  return [...schemaIssues(entrySchema(collection, index, context), data), ...uniquenessProblems(collection, data, file, index)];
}

/**
 * The pre-build content check. Astro validates each entry too, but stops at the first error and prints it over
 * several lines; editors need every problem at once, one line each: file, line, field, what is expected. This also
 * checks what Astro does not: that references exist, slugs are unique, images are real images beside the entry, and
 * MDX bodies are safe.
 *
 * Files are split exactly as Astro splits them (its own frontmatter helper), and bodies are parsed by the MDX
 * parser Astro compiles them with (see ./mdx-safety), so nothing can be read one way here and another way in the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { LineCounter, type Node, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { COLLECTIONS, type CollectionName, SINGLE_FILES, collection as collectionOf } from '../schemas/registry';
import { documentFile } from '../schemas/common';
import { checkSchoolDistricts } from './checks/school-district';
import { checkSynonyms } from './checks/synonyms';
import { buildIndex, entrySchema, schemaIssues, uniquenessProblems } from './entry-check';
import { imageFileProblem } from './image-files';
import { checkMdx } from './mdx-safety';

export interface ContentProblem {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export interface SourceFile {
  collection: CollectionName;
  file: string;
  data: Record<string, unknown>;
  /** The YAML text, to point at the line of a field. */
  yamlText: string;
  /** Line in the file of the YAML text's first line. */
  yamlLine: number;
  /** The MDX body as Astro compiles it: the frontmatter blanked out, so its lines are the file's lines. */
  body?: string;
}

/**
 * The line of `path` (e.g. ['venue', 'address'] or ['schedule', 0, 'opens']) in the YAML, or of its nearest parent
 * that is written; undefined when not even the first key is. Values are read by js-yaml, as Astro reads them; this
 * only locates them, with a parser that keeps positions.
 */
export function fieldLine(yamlText: string, yamlLine: number, path: readonly PropertyKey[]): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: false, strict: false });
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : counter.linePos(offset).line - 1 + yamlLine;
}

/** Past this many values, a YAML file is an alias bomb (a few lines of &a/*a that expand to millions), not content. */
const MAX_YAML_VALUES = 50_000;

function yamlValueCount(value: unknown, limit: number): number {
  let count = 0;
  const stack = [value];
  while (stack.length && count <= limit) {
    const v = stack.pop();
    count++;
    if (v && typeof v === 'object') stack.push(...Object.values(v));
  }
  return count;
}

/** js-yaml's reasons, as an editor would understand them. */
const YAML_REASONS: [RegExp, string][] = [
  [/tab characters must not be used/, 'タブ文字で字下げしています。字下げは半角スペースにしてください'],
  [/bad indentation/, '字下げ（行頭のスペース）がずれています。同じ階層の項目は同じ字下げにしてください'],
  [/duplicated mapping key/, '同じ項目名が2回書かれています。どちらか1つにしてください'],
  [/double quoted scalar/, '「"」で始めた文字が「"」で閉じていません'],
  [/single quoted scalar/, "「'」で始めた文字が「'」で閉じていません"],
  [/unidentified alias/, '定義されていない別名（*…）があります'],
  [/(end of the stream or a document separator|multiline key|implicit key|mapping pair|block mapping entry)/, '「項目名: 値」の形になっていない行があります（字下げや「:」を確認してください）'],
  [/unknown tag/, '「!」で始まる型の指定は使えません'],
];
const yamlReason = (reason = '') => YAML_REASONS.find(([re]) => re.test(reason))?.[1] ?? '書き方に誤りがあります（字下げ・「:」・引用符を確認してください）';

/**
 * Parse YAML as written: no implicit timestamps, so a date keeps the text the editor typed (a datetime missing its
 * +09:00, or 2025-02-30, is seen and refused instead of being silently converted).
 */
export function parseYaml(text: string, firstLine: number, file: string, problems: ContentProblem[]): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const e = error as yaml.YAMLException;
    const quote = unclosedQuoteLine(text, e.mark?.line ?? 0);
    problems.push(
      quote === undefined
        ? { file, line: (e.mark?.line ?? 0) + firstLine, message: `YAML の書き方に誤りがあります: ${yamlReason(e.reason)}` }
        : { file, line: quote + firstLine, message: 'YAML の書き方に誤りがあります: 「"」や「\'」で始めた文字が閉じていません' },
    );
    return undefined;
  }
  const contentLine = firstLine + Math.max(0, text.split(/\r?\n/).findIndex((l) => l.trim() && !l.trim().startsWith('#')));
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file, line: contentLine, message: '「項目名: 値」の形で書いてください（リストや文字だけでは読めません）' });
    return undefined;
  }
  if (yamlValueCount(value, MAX_YAML_VALUES) > MAX_YAML_VALUES) {
    problems.push({ file, line: contentLine, message: 'YAML の別名（& と *）の展開が大きすぎます。別名を使わずに書いてください' });
    return undefined;
  }
  return value as Record<string, unknown>;
}

/** A quoted value left open swallows the lines after it, so js-yaml notices lines later: point at where it opened. */
function unclosedQuoteLine(text: string, upTo: number): number | undefined {
  const lines = text.split(/\r?\n/).slice(0, upTo + 1);
  const index = lines.findIndex((l) => {
    const m = /^\s*(?:-\s+)?[^\s#"'][^:#]*:\s+(["'])(.*)$/.exec(l) ?? /^\s*-\s+(["'])(.*)$/.exec(l);
    if (!m) return false;
    const rest = m[1] === '"' ? m[2]!.replace(/\\./g, '') : m[2]!.replace(/''/g, '');
    return !rest.includes(m[1]!);
  });
  return index === -1 ? undefined : index;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** An MDX file split as Astro splits it, with the problems of its fences. */
function readMdx(text: string, file: string, problems: ContentProblem[]) {
  if (!text.trim()) {
    problems.push({ file, line: 1, message: 'ファイルが空です（先頭に --- で囲んだ項目が必要です）' });
    return undefined;
  }
  const raw = extractFrontmatter(text);
  if (raw === undefined) {
    problems.push({ file, line: 1, message: '先頭に --- で囲んだ項目（フロントマター）がありません。--- だけの行で始め、--- だけの行で閉じてください' });
    return undefined;
  }
  const start = text.indexOf(raw);
  const delimiter = text.slice(start - 3, start);
  const openLine = lineAt(text, start);
  if (delimiter !== '---') {
    problems.push({ file, line: openLine, message: '項目は +++（TOML）ではなく、--- だけの行で囲んでください' });
    return undefined;
  }
  if (!/^\r?\n/.test(raw)) {
    problems.push({ file, line: openLine, message: '最初の --- の後ろに文字があります。--- だけの行にしてください' });
  }
  const closeIndex = start + raw.length;
  const afterClose = text.slice(closeIndex + 3).split(/\r?\n/)[0]!;
  if (afterClose !== '') {
    // Astro ends the frontmatter at any line starting with ---, and reads the rest of that line on as the body.
    problems.push({ file, line: lineAt(text, closeIndex), message: `項目を閉じる --- の行に「---${afterClose}」と書かれています。--- だけの行にしてください` });
  }
  let body: string;
  try {
    body = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    // Astro's own YAML parse failed; the problem is reported from ours. Blank the frontmatter the way Astro does.
    body = text.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  }
  return { yamlText: raw, yamlLine: openLine, body };
}

/** A YAML file (`file` from `root`) as written, without a byte-order mark, and its values; no data when it cannot be read. */
export function readYamlFile(root: string, file: string, problems: ContentProblem[]) {
  const yamlText = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
  return { file, yamlText, yamlLine: 1, data: parseYaml(yamlText, 1, file, problems) };
}

/** Every content file under `root`, parsed (problems of syntax go to `problems`). */
export function readSources(root: string, problems: ContentProblem[] = []): SourceFile[] {
  const sources: SourceFile[] = [];
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  for (const { name: collection, folder, format } of COLLECTIONS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (format === 'mdx') {
        const file = join(dir, name, 'index.mdx');
        if (!existsSync(file)) continue;
        const mdx = readMdx(readFileSync(file, 'utf8'), rel(file), problems);
        if (!mdx) continue;
        const data = parseYaml(mdx.yamlText, mdx.yamlLine, rel(file), problems);
        if (data) sources.push({ collection, file: rel(file), data, ...mdx });
      } else if (name.endsWith('.yaml')) {
        const { data, ...at } = readYamlFile(root, `${folder}/${name}`, problems);
        if (data) sources.push({ collection, data, ...at });
      }
    }
  }
  return sources;
}


/** Problems of one file, each at the line of its field. */
const atLines = (at: { file: string; yamlText: string; yamlLine: number }, problems: { path: (string | number)[]; message: string }[]): ContentProblem[] =>
  problems.map(({ path, message }) => ({
    file: at.file, field: path.join('.') || undefined, line: fieldLine(at.yamlText, at.yamlLine, path) ?? at.yamlLine, message,
  }));

/** A schema's problems for one file, at their lines (unknown keys one by one, with a suggestion). */
export const schemaProblems = (schema: z.ZodType, data: unknown, at: { file: string; yamlText: string; yamlLine: number }) =>
  atLines(at, schemaIssues(schema, data));

/** Check every content file under `root` (the project directory). Returns all problems, in file order. */
export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = readSources(root, problems);
  return checkSources(root, sources, problems);
}

/** The problems of sources read from `root`, after `problems` (those of reading them). */
function checkSources(root: string, sources: SourceFile[], problems: ContentProblem[]): ContentProblem[] {
  const index = buildIndex(sources);
  const activityIds = new Set(index.activities.map((e) => e.id));

  // One schema per collection, whose file checks look beside the entry being checked (parsing is synchronous):
  // building the schemas again for each of thousands of entries cost more than checking them.
  let entryDir = '';
  const image = () => z.string().superRefine((p, ctx) => {
    const problem = imageFileProblem(entryDir, p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
  });
  const file = () =>
    documentFile().refine((p) => existsSync(join(entryDir, p)), {
      error: (issue) => `資料ファイル「${String(issue.input)}」が見つかりません（index.mdx と同じフォルダーに置きます）`,
    });
  const schemas = new Map<CollectionName, z.ZodType>();
  const schemaOf = (collection: CollectionName) => {
    if (!schemas.has(collection)) schemas.set(collection, entrySchema(collection, index, { image, file }));
    return schemas.get(collection)!;
  };

  for (const s of sources) {
    entryDir = join(root, dirname(s.file));
    // What checkEntry checks, with the collection's schema made once.
    problems.push(...atLines(s, [...schemaIssues(schemaOf(s.collection), s.data), ...uniquenessProblems(s.collection, s.data, s.file, index)]));
    if (s.body !== undefined) {
      const dir = entryDir;
      for (const p of checkMdx(s.body, {
        imageProblem: (path) => imageFileProblem(dir, path),
        activityExists: (slug) => activityIds.has(slug),
      })) problems.push({ file: s.file, line: p.line, message: p.message });
    }
  }

  problems.push(...checkSchoolDistricts(sources));

  const site = SINGLE_FILES.site;
  if (existsSync(join(root, site.file))) {
    const { data, ...at } = readYamlFile(root, site.file, problems);
    if (data) problems.push(...schemaProblems(site.schema(), data, at));
  } else problems.push({ file: site.file, message: `サイト設定ファイル（${site.file}）がありません` });
  problems.push(...checkSynonyms(root));

  return problems;
}

/** `content/activities/x/index.mdx:48: consent — 掲載承諾がない活動は掲載できません` */
export const formatProblem = (p: ContentProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `: ${p.field}` : ''} — ${p.message}`;

export interface ContentSnapshot {
  /** Every content file, parsed. */
  sources: SourceFile[];
  /** Everything wrong with them (checked on first use). */
  readonly problems: ContentProblem[];
}

const snapshots = new Map<string, ContentSnapshot>();

/**
 * The content of `root` as one build reads it: read once and checked once, then shared by everything in the build
 * that needs it (the check before the build, the sitemap's redirects, the admin's files, the documents). Reading and
 * checking thousands of entries takes seconds, and the build used to do it five times. Not for `astro dev`, where
 * files change while it runs: there, read them afresh.
 */
export function buildSnapshot(root: string): ContentSnapshot {
  let snapshot = snapshots.get(resolve(root));
  if (!snapshot) {
    const readProblems: ContentProblem[] = [];
    const sources = readSources(root, readProblems);
    let problems: ContentProblem[] | undefined;
    snapshot = { sources, get problems() { return (problems ??= checkSources(root, sources, [...readProblems])); } };
    snapshots.set(resolve(root), snapshot);
  }
  return snapshot;
}

/** URL paths kept only to redirect (every `redirectFrom`), so the sitemap can leave them out. */
export function redirectSourcePaths(root: string, sources: readonly SourceFile[] = readSources(root)): Set<string> {
  return new Set(
    sources.flatMap((s) => {
      const page = collectionOf(s.collection).url;
      return page && Array.isArray(s.data.redirectFrom) ? s.data.redirectFrom.map((old) => page(String(old))) : [];
    }),
  );
}

import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import * as pagefind from 'pagefind';
import { SYNONYMS_FILE } from '../lib/checks/synonyms';
import { excludedFromSearch, indexedText, isNoindex, otherSpellings, pageUrl, withSearchKeywords } from '../lib/search';
import { synonymsSchema } from '../schemas/search';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

const INDEX_CHUNK_SIZE = 3500;

/**
 * Builds the Pagefind search index into dist/pagefind/ after the site is built, with Pagefind's Node API (its
 * extended binary, which segments Japanese). A page is indexed when its template marks an element
 * `data-pagefind-body` (BaseLayout does that for pages that pass `search`), and only that element. The pages
 * Pagefind is given carry, in memory only, the other spellings of the 表記ゆれ groups they use
 * (content/search/synonyms.yaml). Any indexing error throws, and `npm run build` fails.
 *
 * Run by scripts/finish-build.ts after `astro build` has exited, not in an Astro hook: Pagefind's binary holds about
 * 0.7 MB per indexed page until it writes the index, and inside the build it came on top of everything Astro still
 * held (7.2 GB at 5,000 entries instead of 3.5 GB; scripts/bench-results.md). Returns the line to log.
 */
export async function writeSearchIndex(root: string, out: string): Promise<string> {
  // Already checked before the build (src/lib/checks/synonyms.ts); read here as the schema defines it.
  const synonymsFile = join(root, SYNONYMS_FILE);
  const groups = existsSync(synonymsFile) ? synonymsSchema().parse(yaml.load(readFileSync(synonymsFile, 'utf8'))).groups : [];
  const errors: string[] = [];
  // Smaller index chunks than Pagefind's default (20 000 word positions), so a first search stays within its
  // 100 KB budget: a query loads the chunk of each of its words. The budget test notices if this stops working.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  let pages = 0;
  try {
    const created = await pagefind.createIndex({});
    errors.push(...created.errors);
    const index = created.index;
    if (!index) throw new Error(created.errors.join('\n'));
    for (const file of htmlFiles(out)) {
      const url = pageUrl(relative(out, file));
      const html = readFileSync(file, 'utf8');
      const marked = html.includes('data-pagefind-body');
      if (excludedFromSearch(url)) {
        if (marked) errors.push(`${url}: 検索の対象外のページに data-pagefind-body があります`);
        continue;
      }
      if (!marked || isNoindex(html)) continue;
      if (!/^<!doctype html>\s*<html lang="ja">/i.test(html)) errors.push(`${url}: <html lang="ja"> で始まっていません`);
      const added = await index.addHTMLFile({ url, content: withSearchKeywords(html, otherSpellings(indexedText(html), groups)) });
      errors.push(...added.errors.map((e) => `${url}: ${e}`));
      pages++;
    }
    if (pages === 0) errors.push('検索の対象になるページが1つもありません');
    const target = join(out, 'pagefind');
    rmSync(target, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: target });
    errors.push(...written.errors);
    // The site uses Pagefind's JavaScript API with its own page; Pagefind's prebuilt UIs are not published.
    for (const name of readdirSync(target)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(target, name));
  } finally {
    await pagefind.close();
  }
  if (errors.length > 0) throw new Error(`検索の索引を作れませんでした:\n${errors.join('\n')}`);
  return `検索の索引を作りました（${pages}ページ、/pagefind/）`;
}

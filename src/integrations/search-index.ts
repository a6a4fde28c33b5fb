import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { SYNONYMS_FILE } from '../lib/checks/synonyms';
import { type PagefindRun, pagefindBinarySpecifier, pagefindProblems } from '../lib/pagefind-cli';
import { excludedFromSearch, indexedText, isNoindex, otherSpellings, pageUrl, withSearchKeywords } from '../lib/search';
import { synonymsSchema } from '../schemas/search';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

const INDEX_CHUNK_SIZE = 3500;

/**
 * Pagefind's extended binary, found as the pagefind package finds it (PAGEFIND_EXTENDED_BINARY_PATH, else the
 * `@pagefind/<platform>-<cpu>` package installed beside it), or why it was not found.
 */
function pagefindBinary(): { path: string } | { problem: string } {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (fromEnv) return { path: fromEnv };
  const specifier = pagefindBinarySpecifier(process.platform, process.env.npm_config_arch || arch());
  try {
    return { path: createRequire(import.meta.resolve('pagefind')).resolve(specifier) };
  } catch {
    return { problem: `Pagefind の拡張版プログラム ${specifier} が見つかりません（npm ci で入ります。この環境に対応していない場合は PAGEFIND_EXTENDED_BINARY_PATH で場所を指定してください）` };
  }
}

/** Runs Pagefind's command-line program; its log is kept, not printed (it is shown when something went wrong). */
function runPagefind(binary: string, args: string[], cwd: string): Promise<PagefindRun> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(binary, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => resolve({ code: null, output, startError: error.message }));
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/**
 * Builds the Pagefind search index into dist/pagefind/ after the site is built, with Pagefind's command-line
 * program (its extended binary, which segments Japanese). A page is indexed when its template marks an element
 * `data-pagefind-body` (BaseLayout does that for pages that pass `search`), and only that element. The pages to
 * index are copied, at the same paths, into a scratch folder that is removed afterwards, each carrying the other
 * spellings of the 表記ゆれ groups it uses (content/search/synonyms.yaml); dist/ keeps the pages as built. The
 * program indexes on every core (the Node API's service used one: 36.7 s instead of 51–58 s for 4,916 pages;
 * scripts/bench-results.md). Pagefind numbers the pages in the order the file system lists the folder, not by URL:
 * the words, pages and positions are the same as the Node API's, the index files' names and sizes may differ. Any
 * indexing error (the program's exit, an error in its log, fewer or more pages than given) throws, and
 * `npm run build` fails with Pagefind's log.
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
  const scratch = mkdtempSync(join(tmpdir(), 'search-pages-'));
  try {
    for (const file of htmlFiles(out)) {
      const path = relative(out, file);
      const url = pageUrl(path);
      const html = readFileSync(file, 'utf8');
      const marked = html.includes('data-pagefind-body');
      if (excludedFromSearch(url)) {
        if (marked) errors.push(`${url}: 検索の対象外のページに data-pagefind-body があります`);
        continue;
      }
      if (!marked || isNoindex(html)) continue;
      if (!/^<!doctype html>\s*<html lang="ja">/i.test(html)) errors.push(`${url}: <html lang="ja"> で始まっていません`);
      // Pagefind names each page by its path in the scratch folder, as pageUrl() does: /articles/x/index.html → /articles/x/.
      mkdirSync(join(scratch, dirname(path)), { recursive: true });
      writeFileSync(join(scratch, path), withSearchKeywords(html, otherSpellings(indexedText(html), groups)));
      pages++;
    }
    if (pages === 0) errors.push('検索の対象になるページが1つもありません');
    // Pagefind is not run when the build already fails: it would take a while to say nothing new.
    const binary = pagefindBinary();
    if ('problem' in binary) errors.push(binary.problem);
    else if (errors.length === 0) {
      const target = join(out, 'pagefind');
      rmSync(target, { recursive: true, force: true });
      // cwd is the scratch folder, so no pagefind.yml of the project or elsewhere changes what is indexed.
      const run = await runPagefind(binary.path, ['--site', scratch, '--output-path', target], scratch);
      const problems = pagefindProblems(run, pages);
      if (problems.length > 0) errors.push(...problems, ...(run.output.trim() ? [`Pagefind の出力:\n${run.output.trim()}`] : []));
      // The site uses Pagefind's JavaScript API with its own page; Pagefind's prebuilt UIs are not published.
      else for (const name of readdirSync(target)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(target, name));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (errors.length > 0) throw new Error(`検索の索引を作れませんでした:\n${errors.join('\n')}`);
  return `検索の索引を作りました（${pages}ページ、/pagefind/）`;
}

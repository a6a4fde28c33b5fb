/**
 * Pagefind's command-line program, as the search index runs it (src/integrations/search-index.ts): which binary,
 * and what its exit and its output say went wrong. Pure functions; the caller resolves the path and runs it.
 */

/**
 * The npm path of Pagefind's extended binary for a platform, as the pagefind package resolves its binaries
 * (node_modules/pagefind/lib/resolveBinary.js): `@pagefind/<platform>-<cpu>/bin/pagefind_extended`. Only the
 * extended binary segments Japanese, so there is no fallback to the plain one.
 */
export function pagefindBinarySpecifier(platform: string, cpu: string): string {
  const name = platform === 'win32' ? 'windows' : platform;
  return `@pagefind/${name}-${cpu}/bin/pagefind_extended${name === 'windows' ? '.exe' : ''}`;
}

/** How a run of the program ended: its exit code or signal, everything it printed, or why it could not start. */
export interface PagefindRun {
  code: number | null;
  signal?: string | null;
  output: string;
  startError?: string;
}

/** Lines of Pagefind's log that report a problem (it prints `Error: …`, and `… skipping this file. Error: …`). */
const PROBLEM_LINE = /\b(error|warn(ing)?|panic(ked)?|skipping|failed)\b/i;

/** The page count in Pagefind's closing summary ("Total: … Indexed 4916 pages"). */
const INDEXED_PAGES = /^\s*Indexed (\d+) pages?\s*$/m;

/**
 * What went wrong in a run that was given `pages` pages, in Japanese, each with what Pagefind said; empty when the
 * run indexed exactly those pages without reporting a problem.
 */
export function pagefindProblems(run: PagefindRun, pages: number): string[] {
  if (run.startError !== undefined) return [`Pagefind のプログラムを起動できませんでした: ${run.startError}`];
  const problems: string[] = [];
  const lines = run.output.split(/\r?\n/).map((l) => l.trim());
  for (const line of lines) if (PROBLEM_LINE.test(line)) problems.push(`Pagefind: ${line}`);
  if (run.code !== 0) {
    problems.unshift(run.signal ? `Pagefind が途中で止まりました（シグナル ${run.signal}）` : `Pagefind が失敗しました（終了コード ${run.code}）`);
  } else {
    const indexed = INDEXED_PAGES.exec(run.output);
    if (!indexed) problems.push('Pagefind の出力に索引にしたページ数がありません');
    else if (Number(indexed[1]) !== pages) problems.push(`Pagefind が索引にしたページは${indexed[1]}ページで、渡した${pages}ページと合いません`);
  }
  return problems;
}

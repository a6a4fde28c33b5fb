/**
 * The newest build of the public site as GitHub Actions reports it, for the editors' status page (/admin/status/):
 * a build stopped by the content check is never published, so its reasons — the annotations the check prints in the
 * run (see src/lib/ci-annotations.ts) — are read back from GitHub's REST API with the editor's own GitHub login.
 * Pure: the page passes its `fetch`, and the tests pass answers from fixtures.
 */
import { TIME_ZONE } from './dates';

export const GITHUB_API = 'https://api.github.com';
/** The workflow that builds and publishes the site (.github/workflows/site.yml). */
export const SITE_WORKFLOW = 'site.yml';

export interface BuildProblem { file?: string; line?: number; title?: string; message: string }

export type BuildResult =
  | { state: 'none' }
  | { state: 'passed'; at: Date; url?: string }
  | { state: 'failed'; at: Date; url?: string; problems: BuildProblem[] };

interface Run { conclusion?: string | null; head_sha?: string; check_suite_id?: number; html_url?: string; run_started_at?: string; created_at?: string }
interface CheckRun { id: number; conclusion?: string | null; check_suite?: { id?: number } }
interface GitHubAnnotation { path?: string; start_line?: number; annotation_level?: string; title?: string | null; message?: string }

/** Conclusions that mean the site was not rebuilt (a cancelled or skipped run is neither success nor a reason). */
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);

/** The token of the editor signed in to the admin with GitHub, from Decap's stored user (`decap-cms-user`). */
export function githubToken(stored: string | null): string | undefined {
  try {
    const user = JSON.parse(stored ?? 'null') as { backendName?: unknown; token?: unknown } | null;
    return user?.backendName === 'github' && typeof user.token === 'string' && user.token ? user.token : undefined;
  } catch {
    return undefined;
  }
}

/** The newest completed run from a `…/actions/workflows/{id}/runs` answer. */
export function newestRun(answer: unknown): Run | undefined {
  return (answer as { workflow_runs?: Run[] } | null)?.workflow_runs?.[0];
}

/** The failed check runs (jobs) of the run, from a `…/commits/{sha}/check-runs` answer. */
export function failedCheckRuns(answer: unknown, run: Run): number[] {
  const checkRuns = (answer as { check_runs?: CheckRun[] } | null)?.check_runs ?? [];
  return checkRuns
    .filter((c) => FAILED.has(c.conclusion ?? '') && (run.check_suite_id === undefined || c.check_suite?.id === run.check_suite_id))
    .map((c) => c.id);
}

/**
 * The problems an editor can fix, from `…/check-runs/{id}/annotations` answers: errors about a file of the repository.
 * GitHub's own ones about the workflow (「Process completed with exit code 1.」 on `.github`) say nothing to an editor.
 */
export function buildProblems(answers: unknown[]): BuildProblem[] {
  const seen = new Set<string>();
  const problems: BuildProblem[] = [];
  for (const a of answers.flatMap((answer) => (Array.isArray(answer) ? (answer as GitHubAnnotation[]) : []))) {
    if (a.annotation_level !== 'failure' || !a.message || !a.path || a.path === '.github' || a.path.startsWith('.github/')) continue;
    const problem: BuildProblem = { file: a.path, message: a.message, ...(a.start_line ? { line: a.start_line } : {}), ...(a.title ? { title: a.title } : {}) };
    const key = JSON.stringify(problem);
    if (!seen.has(key)) problems.push(problem), seen.add(key);
  }
  return problems;
}

/** 「12月3日 9:05」 in Japan's time. */
export const formatRunTime = (date: Date) => {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
};

/**
 * Asks GitHub for the newest completed build of `branch` in `repo` (owner/name) and, when it failed, for its reasons.
 * Throws when GitHub cannot be reached or refuses (the page then says so briefly).
 */
export async function latestBuild(fetcher: typeof fetch, { repo, branch, token }: { repo: string; branch: string; token: string }): Promise<BuildResult> {
  const get = async (path: string) => {
    const response = await fetcher(`${GITHUB_API}/repos/${repo}${path}`, { headers: { accept: 'application/vnd.github+json', authorization: `token ${token}` }, cache: 'no-store' });
    if (!response.ok) throw new Error(`GitHub ${response.status}: ${path}`);
    return response.json() as Promise<unknown>;
  };
  const run = newestRun(await get(`/actions/workflows/${SITE_WORKFLOW}/runs?branch=${encodeURIComponent(branch)}&status=completed&per_page=1`));
  if (!run) return { state: 'none' };
  const at = new Date(run.run_started_at ?? run.created_at ?? 0);
  const url = run.html_url;
  if (!FAILED.has(run.conclusion ?? '')) return run.conclusion === 'success' ? { state: 'passed', at, url } : { state: 'none' };
  const ids = run.head_sha ? failedCheckRuns(await get(`/commits/${run.head_sha}/check-runs?per_page=100`), run) : [];
  const answers = await Promise.all(ids.map((id) => get(`/check-runs/${id}/annotations?per_page=100`)));
  return { state: 'failed', at, url, problems: buildProblems(answers) };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProblems, failedCheckRuns, formatRunTime, githubToken, latestBuild, newestRun } from '../../src/lib/build-runs';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/github/${name}`, import.meta.url), 'utf8')) as unknown;

/** A fetch answering GitHub's API from the fixtures, recording what was asked. */
function fakeGitHub(runs: string, fail?: number) {
  const asked: { url: string; auth: string | null }[] = [];
  const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    asked.push({ url, auth: new Headers(init?.headers).get('authorization') });
    if (fail) return new Response('{}', { status: fail });
    const path = new URL(url).pathname;
    const body = path.endsWith('/runs') ? fixture(runs) : path.endsWith('/check-runs') ? fixture('check-runs.json') : path.endsWith('/annotations') ? fixture('annotations.json') : undefined;
    return body === undefined ? new Response('{}', { status: 404 }) : Response.json(body);
  }) as typeof fetch;
  return { fetcher, asked };
}

const target = { repo: 'example-shakyo/chiiki-site', branch: 'main', token: 'gho_fake' };

describe('the newest build of the site, from GitHub', () => {
  it('takes the token only of an editor signed in with GitHub', () => {
    expect(githubToken(JSON.stringify({ backendName: 'github', token: 'gho_x', login: 'a' }))).toBe('gho_x');
    // decap-server (npm run cms) signs in as the proxy backend, without a token for GitHub.
    expect(githubToken(JSON.stringify({ backendName: 'proxy', token: '' }))).toBeUndefined();
    expect(githubToken(JSON.stringify({ backendName: 'github' }))).toBeUndefined();
    expect(githubToken(null)).toBeUndefined();
    expect(githubToken('{not json')).toBeUndefined();
  });

  it('reads the run, its failed jobs and the problems an editor can fix', () => {
    const run = newestRun(fixture('runs-failed.json'))!;
    expect(run.conclusion).toBe('failure');
    // Only this run's jobs: not a skipped deploy, not another app's check on the same commit.
    expect(failedCheckRuns(fixture('check-runs.json'), run)).toEqual([8101]);
    expect(buildProblems([fixture('annotations.json'), fixture('annotations.json'), { message: 'not a list' }])).toEqual([
      { file: 'content/activities/salon-hinata/index.mdx', line: 12, title: '掲載承諾 › 掲載承諾を得ている', message: '掲載承諾がない活動は掲載できません' },
      { file: 'content/notices/kita-2027-01/index.mdx', line: 8, title: '終了日時', message: '終了日時は開始日時より後にしてください' },
    ]);
    expect(buildProblems([[{ path: 'content/a.yaml', annotation_level: 'warning', message: '点検リスト' }]])).toEqual([]);
    expect(newestRun({ workflow_runs: [] })).toBeUndefined();
  });

  it('asks for the failed run of the branch and its annotations, with the editor’s token', async () => {
    const { fetcher, asked } = fakeGitHub('runs-failed.json');
    const result = await latestBuild(fetcher, target);
    expect(result.state).toBe('failed');
    expect(result.state === 'failed' && result.problems.map((p) => p.file)).toEqual(['content/activities/salon-hinata/index.mdx', 'content/notices/kita-2027-01/index.mdx']);
    expect(result.state === 'failed' && formatRunTime(result.at)).toBe('12月3日 9:05');
    expect(asked.map((a) => a.url)).toEqual([
      'https://api.github.com/repos/example-shakyo/chiiki-site/actions/workflows/site.yml/runs?branch=main&status=completed&per_page=1',
      'https://api.github.com/repos/example-shakyo/chiiki-site/commits/4f2c9e0d1a7b3c5e6f8091a2b3c4d5e6f7a8b9c0/check-runs?per_page=100',
      'https://api.github.com/repos/example-shakyo/chiiki-site/check-runs/8101/annotations?per_page=100',
    ]);
    expect(asked.every((a) => a.auth === 'token gho_fake')).toBe(true);
  });

  it('reports a passed run without asking further, and GitHub refusing as an error', async () => {
    const passed = fakeGitHub('runs-passed.json');
    expect(await latestBuild(passed.fetcher, target)).toMatchObject({ state: 'passed' });
    expect(passed.asked).toHaveLength(1);
    await expect(latestBuild(fakeGitHub('runs-failed.json', 401).fetcher, target)).rejects.toThrow('GitHub 401');
    const none = (async () => Response.json({ total_count: 0, workflow_runs: [] })) as typeof fetch;
    expect(await latestBuild(none, target)).toEqual({ state: 'none' });
  });

  it('writes the time of the run in Japan’s time, 「12月3日 0:05」', () => {
    expect(formatRunTime(new Date('2026-12-02T15:05:00Z'))).toBe('12月3日 0:05');
    expect(formatRunTime(new Date('2027-01-21T04:30:00Z'))).toBe('1月21日 13:30');
  });
});

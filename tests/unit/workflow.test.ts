import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Step { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string>; if?: string }
interface Job { 'runs-on': string; container?: string; needs?: string; if?: string; steps: Step[]; environment?: { name: string } }
interface Workflow { on: Record<string, unknown> & { schedule: { cron: string }[] }; permissions: Record<string, string>; jobs: Record<string, Job> }

const workflow = yaml.load(read('.github/workflows/site.yml')) as Workflow;
const build = workflow.jobs.build!;
const runs = build.steps.flatMap((s) => (s.run ?? '').split('\n')).map((l) => l.trim()).filter(Boolean);

/** The shell commands in the README's 「はじめかた」 block, one by one. */
const readmeCommands = () => {
  const block = /## はじめかた[\s\S]*?```sh\n([\s\S]*?)```/.exec(read('README.md'))![1]!;
  return block.split('\n').flatMap((line) => line.replace(/#.*$/, '').split('&&')).map((c) => c.trim()).filter(Boolean);
};

/** The packages an `apt-get install` line names (options left out). */
const aptPackages = (text: string) =>
  text.split('\n').find((l) => l.includes('apt-get install'))!.split('apt-get install')[1]!.trim().split(/\s+/).filter((w) => /^[a-z][\w.-]*$/.test(w)).sort();

describe('.github/workflows/site.yml', () => {
  it('runs on every push, on pull requests, by hand, and daily shortly after midnight in Japan', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_dispatch', 'schedule']));
    const [minute, hour, ...rest] = workflow.on.schedule[0]!.cron.split(' ');
    expect(rest).toEqual(['*', '*', '*']);
    // cron is UTC; Tokyo is UTC+9 all year.
    const tokyoMinutes = ((Number(hour) + 9) % 24) * 60 + Number(minute);
    expect(tokyoMinutes).toBeGreaterThan(0);
    expect(tokyoMinutes).toBeLessThanOrEqual(30);
  });

  it('installs and tests with the README’s commands', () => {
    const commands = readmeCommands();
    expect(commands).toEqual(['npm ci', 'npm start', 'npm test']);
    // npm start serves the site until stopped; CI runs the install and the test command.
    for (const command of ['npm ci', 'npm test']) expect(runs).toContain(command);
    expect(runs.indexOf('npm ci')).toBeLessThan(runs.indexOf('npm test'));
  });

  it('installs the same system packages as the README and .ci/run, on the Node.js of .nvmrc', () => {
    const readme = aptPackages(read('README.md'));
    expect(aptPackages(runs.join('\n'))).toEqual(readme);
    for (const p of readme) expect(read('.ci/run')).toContain(p);
    expect(build.container).toBe(`node:${read('.nvmrc').trim()}-bookworm`);
    expect(build.steps.find((s) => s.run === 'npm test')!.env!.CHROMIUM_PATH).toBe('/usr/bin/chromium');
  });

  it('publishes dist/ with the official GitHub Pages actions, from the default branch only', () => {
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.uses)).filter(Boolean);
    expect(uses).toEqual(['actions/checkout@v4', 'actions/configure-pages@v5', 'actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']);
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(upload.with).toEqual({ path: 'dist' });
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    for (const condition of [upload.if, deploy.if]) {
      expect(condition).toContain("github.event_name != 'pull_request'");
      expect(condition).toContain('github.event.repository.default_branch');
    }
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('shows the upkeep report as a warning, never as a failure', () => {
    const report = build.steps.find((s) => s.run?.includes('content:report'))!;
    expect(report.run).toMatch(/npm run content:report \|\| echo "::warning /);
    expect(JSON.parse(read('package.json')).scripts.test).not.toContain('content:report');
  });
});

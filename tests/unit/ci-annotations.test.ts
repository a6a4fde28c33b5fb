import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCommand, escapeData, escapeProperty, inGitHubActions } from '../../src/lib/ci-annotations';
import { problemCommand } from '../../src/integrations/content-checks';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('GitHub Actions annotations of the content check', () => {
  it('escapes a message as the runner reads it back: %, CR and LF', () => {
    expect(escapeData('100%: a, b\r\nc')).toBe('100%25: a, b%0D%0Ac');
    // `%` first, so an escape already in the text is not read as one.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes a property also at : and ,', () => {
    expect(escapeProperty('開催日時 1件目 › 頻度: 毎月, 第2')).toBe('開催日時 1件目 › 頻度%3A 毎月%2C 第2');
    expect(escapeProperty('a%b\nc')).toBe('a%25b%0Ac');
  });

  it('writes one ::error line with file, line and title, leaving out what is missing', () => {
    expect(errorCommand({ file: 'content/activities/a,b/index.mdx', line: 12, title: '掲載承諾', message: '掲載承諾がない活動は掲載できません' }))
      .toBe('::error file=content/activities/a%2Cb/index.mdx,line=12,title=掲載承諾::掲載承諾がない活動は掲載できません');
    expect(errorCommand({ message: '二行の\n説明' })).toBe('::error::二行の%0A説明');
    expect(errorCommand({ file: 'content/site.yaml', message: 'x' })).toBe('::error file=content/site.yaml::x');
  });

  it('titles a problem with the field as the admin labels it, else as the content check', () => {
    expect(problemCommand({ file: 'content/activities/salon-x/index.mdx', line: 48, field: 'consent.recorded', message: '掲載承諾がない活動は掲載できません' }))
      .toBe('::error file=content/activities/salon-x/index.mdx,line=48,title=掲載承諾 › 掲載承諾を得ている::掲載承諾がない活動は掲載できません');
    expect(problemCommand({ file: 'content/site.yaml', message: '読めません' })).toBe('::error file=content/site.yaml,title=内容の検査::読めません');
    expect(problemCommand({ file: 'content/site.yaml', field: 'nosuch', message: '不明な項目です' }))
      .toBe('::error file=content/site.yaml,title=内容の検査::不明な項目です（項目 nosuch）');
  });

  it('prints them only inside GitHub Actions', () => {
    expect(inGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inGitHubActions({})).toBe(false);
  });
});

describe('a build stopped by the content check', () => {
  /** A copy of the project (sources, content, config) sharing node_modules, with one activity lacking consent. */
  function brokenProject() {
    const dir = mkdtempSync(join(tmpdir(), 'annotations-'));
    for (const name of ['src', 'admin', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
    const file = readdirSync(join(dir, 'content/activities')).map((slug) => `content/activities/${slug}/index.mdx`).find((f) => existsSync(join(dir, f)))!;
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toMatch(/^ {2}recorded: true$/m);
    writeFileSync(join(dir, file), text.replace(/^ {2}recorded: true$/m, '  recorded: false'));
    return { dir, file, line: text.split('\n').findIndex((l) => l === '  recorded: true') + 1 };
  }
  const build = (dir: string, env: Record<string, string>) => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ASTRO_TELEMETRY_DISABLED: '1', ...env }, timeout: 300_000,
  });

  it('names each problem as an annotation of the run in GitHub Actions, and only there', () => {
    const { dir, file, line } = brokenProject();
    try {
      const inActions = build(dir, { GITHUB_ACTIONS: 'true' });
      expect(inActions.status).not.toBe(0);
      expect(inActions.stdout.split('\n')).toContain(`::error file=${file},line=${line},title=掲載承諾 › 掲載承諾を得ている::掲載承諾がない活動は掲載できません`);
      const elsewhere = build(dir, {});
      expect(elsewhere.status).not.toBe(0);
      expect(`${elsewhere.stdout}${elsewhere.stderr}`).toContain('掲載承諾がない活動は掲載できません');
      expect(`${elsewhere.stdout}${elsewhere.stderr}`).not.toContain('::error');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

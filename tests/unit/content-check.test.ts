import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, fieldLine, formatProblem } from '../../src/lib/content-check';

const GOOD = new URL('../fixtures/good', import.meta.url).pathname;

/** A scratch copy of the good fixture with one file changed. */
function withChange(file: string, change: (text: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(GOOD, root, { recursive: true });
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return root;
}

const ACTIVITY = 'content/activities/salon-test/index.mdx';
const ARTICLE = 'content/articles/first-article/index.mdx';
const NOTICE = 'content/notices/meeting-test/index.mdx';

describe('checkContent', () => {
  it('accepts the good fixture', () => {
    expect(checkContent(GOOD)).toEqual([]);
  });

  it('names the file and field of a missing required field', () => {
    const problems = checkContent(withChange(ARTICLE, (t) => t.replace(/^title: .*\n/m, '')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ARTICLE, field: 'title', message: 'タイトルを入力してください' });
  });

  it('rejects an unknown reference', () => {
    const problems = checkContent(withChange(ARTICLE, (t) => t.replace('series: people', 'series: no-such-series')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ARTICLE, field: 'series' });
    expect(problems[0]!.message).toContain('「no-such-series」という連載はありません');
  });

  it('rejects an unknown reference inside a list', () => {
    const problems = checkContent(withChange(ARTICLE, (t) => t.replace('activities: [salon-test]', 'activities: [salon-test, gone]')));
    expect(problems.map((p) => p.field)).toEqual(['activities.1']);
  });

  it('rejects a notice whose end is not after its start', () => {
    const problems = checkContent(withChange(NOTICE, (t) => t.replace('endsAt: 2026-12-10T16:00:00+09:00', 'endsAt: 2026-12-10T13:00:00+09:00')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: NOTICE, field: 'endsAt', message: '終了日時は開始日時より後にしてください' });
  });

  it('rejects a datetime without its +09:00 offset, instead of reading it as UTC', () => {
    const problems = checkContent(withChange(NOTICE, (t) => t.replace('startsAt: 2026-12-10T14:00:00+09:00', 'startsAt: 2026-12-10T14:00:00')));
    expect(problems[0]).toMatchObject({ file: NOTICE, field: 'startsAt' });
    expect(problems[0]!.message).toContain('+09:00');
  });

  it('rejects an image without alt text', () => {
    const problems = checkContent(withChange(ARTICLE, (t) => t.replace(/^  alt: .*\n/m, '')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ARTICLE, field: 'hero.alt' });
  });

  it('rejects an image in the body without alt text, naming the line', () => {
    const problems = checkContent(withChange(ARTICLE, (t) => `${t}\n![](./hero.png)\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(ARTICLE);
    expect(problems[0]!.line).toBe(t(ARTICLE).split('\n').length + 1);
    expect(problems[0]!.message).toContain('代替テキスト');
  });

  it('rejects an image file that does not exist', () => {
    const problems = checkContent(withChange(ARTICLE, (t) => t.replace('./hero.png', './missing.png')));
    expect(problems[0]).toMatchObject({ file: ARTICLE, field: 'hero.image' });
  });

  it('rejects an activity without consent', () => {
    const problems = checkContent(withChange(ACTIVITY, (t) => t.replace(/^consent:\n(  .*\n)+/m, '')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ACTIVITY, field: 'consent' });
    expect(problems[0]!.message).toContain('掲載承諾');
  });

  it('rejects an activity whose consent is not recorded', () => {
    const problems = checkContent(withChange(ACTIVITY, (t) => t.replace('recorded: true', 'recorded: false')));
    expect(problems[0]).toMatchObject({ file: ACTIVITY, field: 'consent.recorded', message: '掲載承諾がない活動は掲載できません' });
  });

  it('rejects an activity without verifiedAt', () => {
    const problems = checkContent(withChange(ACTIVITY, (t) => t.replace(/^verifiedAt: .*\n/m, '')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ACTIVITY, field: 'verifiedAt' });
    expect(problems[0]!.message).toContain('最終確認日');
  });

  it('rejects a duplicate slug, naming both files', () => {
    const root = withChange(ACTIVITY, (t) => t);
    cpSync(join(root, 'content/activities/salon-test'), join(root, 'content/activities/salon-copy'), { recursive: true });
    const problems = checkContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: ACTIVITY, field: 'slug' });
    expect(problems[0]!.message).toContain('content/activities/salon-copy/index.mdx');
  });

  it('rejects a slug that is not ASCII kebab-case', () => {
    const problems = checkContent(withChange(ACTIVITY, (t) => t.replace('slug: salon-test', 'slug: サロン')));
    expect(problems.some((p) => p.field === 'slug' && p.message.includes('半角英小文字'))).toBe(true);
  });

  it('rejects a redirectFrom that another entry uses as its slug', () => {
    const problems = checkContent(withChange(ARTICLE, (t) => t.replace('pinned', 'pinned').replace('areas: [kita]', 'areas: [kita]\nredirectFrom: [first-article]')));
    expect(problems.map((p) => p.field)).toContain('redirectFrom.0');
  });

  it('requires a notice document to exist beside the entry and to be a document', () => {
    const missing = checkContent(withChange(NOTICE, (t) => t.replace('publishedAt:', 'documents:\n  - title: 次第\n    file: shidai.pdf\npublishedAt:')));
    expect(missing[0]).toMatchObject({ file: NOTICE, field: 'documents.0.file' });
    expect(missing[0]!.message).toContain('資料ファイル「shidai.pdf」が見つかりません');
    const program = checkContent(withChange(NOTICE, (t) => t.replace('publishedAt:', 'documents:\n  - title: 次第\n    file: run.exe\npublishedAt:')));
    expect(program[0]).toMatchObject({ file: NOTICE, field: 'documents.0.file' });
    expect(program[0]!.message).toContain('pdf');
  });

  it('rejects a forbidden MDX construct, naming the line', () => {
    const problems = checkContent(withChange(NOTICE, (t) => `${t}\n<script>alert(1)</script>\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: NOTICE, line: t(NOTICE).split('\n').length + 1 });
  });

  it('checks the fixed pages (content/pages/) too: their fields and their MDX', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(GOOD, root, { recursive: true });
    const page = 'content/pages/editors-guide/index.mdx';
    mkdirSync(join(root, 'content/pages/editors-guide'), { recursive: true });
    writeFileSync(join(root, page), '---\nslug: editors-guide\n---\n\n## はじめに\n\n<div onclick="x()">押す</div>\n');
    const problems = checkContent(root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: page, field: 'title' });
    expect(problems[1]).toMatchObject({ file: page, line: 7 });
    expect(problems[1]!.message).toContain('<div>');
  });

  it('accepts the site’s own fixed pages', () => {
    const root = new URL('../..', import.meta.url).pathname;
    expect(checkContent(root).filter((p) => p.file.startsWith('content/pages/'))).toEqual([]);
  });

  it('reports broken YAML with its line', () => {
    const problems = checkContent(withChange('content/areas/kita.yaml', (t) => t.replace('name: 北部地区', 'name: [北部地区')));
    expect(problems[0]!.file).toBe('content/areas/kita.yaml');
    expect(problems[0]!.message).toContain('YAML');
  });

  it('formats a problem as one line: file:line: field — message', () => {
    expect(formatProblem({ file: 'content/a/index.mdx', line: 3, field: 'title', message: 'タイトルを入力してください' })).toBe(
      'content/a/index.mdx:3: title — タイトルを入力してください',
    );
  });
});

describe('fieldLine', () => {
  const yaml = 'slug: a\nvenue:\n  name: x\n  address: y\nschedule:\n  - freq: weekly\n    opens: "10:00"\n';
  it('finds nested fields below their parent', () => {
    expect(fieldLine(yaml, 2, ['venue', 'address'])).toBe(5);
    expect(fieldLine(yaml, 2, ['schedule', 0, 'opens'])).toBe(8);
  });
  it('falls back to the nearest parent when a field is missing', () => {
    expect(fieldLine(yaml, 2, ['venue', 'parking'])).toBe(3);
    expect(fieldLine(yaml, 2, ['title'])).toBeUndefined();
  });
});

function t(file: string) {
  return readFileSync(join(GOOD, file), 'utf8');
}

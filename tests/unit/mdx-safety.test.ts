import { describe, expect, it } from 'vitest';
import { editorComponents } from '../../admin/editor-components';
import { MDX_COMPONENTS } from '../../src/lib/mdx-components';
import { checkMdx } from '../../src/lib/mdx-safety';

const messages = (body: string) => checkMdx(body).map((p) => `${p.line}: ${p.message}`);

describe('checkMdx', () => {
  it('allows Markdown and the allow-listed components', () => {
    const body = [
      '## 見出し', '', '本文と[リンク](https://example.jp/)。', '', '<Note title="ひとこと">メモ</Note>', '',
      '<Figure caption="説明">', '', '![写真の説明](./a.jpg)', '', '</Figure>', '', '<ActivityCard slug="salon-a" />', '',
      '<Ruby base="地域" reading="ちいき" />と<ruby>福祉<rt>ふくし</rt></ruby>',
    ].join('\n');
    expect(checkMdx(body)).toEqual([]);
  });

  it.each([
    ['import x from "y"', 'import / export'],
    ['export const a = 1', 'import / export'],
    ['本文 {1 + 1}', '「{…}」の式'],
    ['<script>alert(1)</script>', '<script> は使えません'],
    ['<Note onClick="alert(1)">x</Note>', 'onClick 属性は使えません'],
    ['<Note title={x}>x</Note>', 'で囲んだ文字で書いてください'],
    ['<Note {...props}>x</Note>', '「{…}」の属性は使えません'],
    ['<iframe src="https://example.jp" />', '<iframe> は使えません'],
    ['<Unknown />', '<Unknown> は使えません'],
    ['[押して](javascript:alert(1))', 'javascript: のURLは使えません'],
    ['![](./a.jpg)', '代替テキストがありません'],
    ['# 大見出し', '大見出し'],
    ['<Figure caption="javascript:alert(1)">x</Figure>', 'javascript: などのURLは使えません'],
  ])('rejects %s', (body, expected) => {
    const found = messages(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(expected);
  });

  it('reports lines in the file, after the frontmatter', () => {
    expect(checkMdx('一行目\n\n<script>x</script>', { lineOffset: 10 })).toEqual([{ line: 13, message: '<script> は使えません' }]);
  });

  it('reports a body MDX cannot parse, with its line', () => {
    const [problem] = checkMdx('一行目\n\n閉じていない {', { lineOffset: 5 });
    expect(problem?.line).toBeGreaterThanOrEqual(6);
    expect(problem?.message).toContain('本文を読み取れません');
  });
});

describe('the editor components', () => {
  it('write only what the build accepts, with every attribute a component needs', () => {
    for (const c of editorComponents) expect(checkMdx(c.toBlock(c.example)), c.id).toEqual([]);
  });

  it('give every allowed component a button, and read back what they write', () => {
    const written = editorComponents.map((c) => /^<(\w+)/.exec(c.toBlock(c.example))![1]);
    expect(written.sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
    for (const c of editorComponents) expect(c.fromBlock(c.toBlock(c.example).match(c.pattern)!)).toEqual(c.example);
  });
});

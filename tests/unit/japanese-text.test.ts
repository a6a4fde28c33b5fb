import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { joinJapaneseLines } from '../../src/lib/japanese-text';
import { prose, text } from '../../src/schemas/common';
import remarkJoinJapaneseLines from '../../src/lib/remark-join-japanese-lines';

describe('joinJapaneseLines', () => {
  it('drops the space folded YAML leaves between Japanese sentences', () => {
    expect(joinJapaneseLines('第2層協議体です。 緑ヶ丘団地の高齢化')).toBe('第2層協議体です。緑ヶ丘団地の高齢化');
    expect(joinJapaneseLines('活動を終えました。 6年間、ありがとうございました。')).toBe('活動を終えました。6年間、ありがとうございました。');
    expect(joinJapaneseLines('制度や事業など、 名前を聞いても')).toBe('制度や事業など、名前を聞いても');
  });

  it('joins wrapped lines where both sides are Japanese', () => {
    expect(joinJapaneseLines('地域の\n支え合い')).toBe('地域の支え合い');
    expect(joinJapaneseLines('お知らせします。\n「見学の日」')).toBe('お知らせします。「見学の日」');
    expect(joinJapaneseLines('  インデントされた\n  続きの行')).toBe('  インデントされた続きの行');
  });

  it('keeps spaces editors typed between Japanese words, and breaks next to other scripts', () => {
    expect(joinJapaneseLines('本町公民館 和室')).toBe('本町公民館 和室');
    expect(joinJapaneseLines('みどり市 健康福祉部 地域福祉課')).toBe('みどり市 健康福祉部 地域福祉課');
    expect(joinJapaneseLines('NPO\n法人')).toBe('NPO\n法人');
    expect(joinJapaneseLines('plain\nEnglish')).toBe('plain\nEnglish');
  });

  it('keeps blank lines between paragraphs, and やさしい日本語 spacing between phrases', () => {
    expect(joinJapaneseLines('一つ目。\n\n二つ目。')).toBe('一つ目。\n\n二つ目。');
    expect(joinJapaneseLines('会議を しました。 東町の 商店街に')).toBe('会議を しました。東町の 商店街に');
  });
});

describe('schema text fields', () => {
  it('join what folded YAML leaves, for required and optional text', () => {
    expect(text({ label: '紹介' }).parse('協議体です。 緑ヶ丘の')).toBe('協議体です。緑ヶ丘の');
    expect(prose({ label: '補足' }).parse(' 延期します。 新しい日程は\n決まりしだい ')).toBe('延期します。新しい日程は決まりしだい');
    expect(prose({ label: '補足' }).parse(undefined)).toBeUndefined();
  });
});

describe('remarkJoinJapaneseLines', () => {
  /** The text nodes after the plugin ran, `|` between nodes. */
  const render = async (markdown: string) => {
    const processor = unified().use(remarkParse).use(remarkJoinJapaneseLines);
    const tree = (await processor.run(processor.parse(markdown))) as Root;
    const texts: string[] = [];
    visit(tree, 'text', (node) => { texts.push(node.value); });
    return texts.join('|');
  };

  it('joins a hard-wrapped Japanese paragraph', async () => {
    expect(await render('浜田商店街の元たばこ店を借りて、\n2020年から続いたサロンです。\nコーヒーが評判でした。'))
      .toBe('浜田商店街の元たばこ店を借りて、2020年から続いたサロンです。コーヒーが評判でした。');
  });

  it('joins across emphasis and links', async () => {
    expect(await render('ここが\n**大切**\nです。[詳しく](/a/)\nどうぞ')).toBe('ここが|大切|です。|詳しく|どうぞ');
    expect(await render('**北部**\n**南部**')).toBe('北部||南部');
  });

  it('leaves English lines alone', async () => {
    expect(await render('one\ntwo')).toBe('one\ntwo');
  });

  it('with remark-cjk-friendly (as configured in astro.config.mjs), **強調** next to 「」 and 。 is emphasis', async () => {
    const processor = unified().use(remarkParse).use(remarkJoinJapaneseLines).use(remarkCjkFriendly);
    const tree = (await processor.run(processor.parse('これは**「大切」**です。\n**ここ。**も'))) as Root;
    const strong: string[] = [];
    visit(tree, 'strong', (node) => { strong.push((node.children[0] as { value: string }).value); });
    expect(strong).toEqual(['「大切」', 'ここ。']);
  });
});

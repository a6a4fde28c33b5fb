import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/lib/phrases';
import rehypePhrases from '../../src/lib/rehype-phrases';

describe('phrases (BudouX)', () => {
  it('splits a Japanese title between phrases, never inside 方針', () => {
    expect(phrases('地域福祉計画の基本方針')).toEqual(['地域福祉計画の', '基本方針']);
    expect(phrases('これからの協議体の会議')).toEqual(['これからの', '協議体の', '会議']);
  });

  it('keeps the text as it is when joined again', () => {
    const title = '令和8年度 第2回 東部地区 支え合い会議（延期）';
    expect(phrases(title).join('')).toBe(title);
    expect(phrases('')).toEqual(['']);
  });
});

describe('rehypePhrases', () => {
  it('marks phrase breaks in Markdown headings with <wbr>, and leaves links inside them whole', () => {
    const link: Element = { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: '協議体の会議' }] };
    const heading: Element = {
      type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: '地域福祉計画の基本方針' }, link],
    };
    const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '地域福祉計画の基本方針' }] };
    const tree: Root = { type: 'root', children: [heading, paragraph] };
    rehypePhrases()(tree);
    expect(heading.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? `<${c.tagName}>` : ''))).toEqual([
      '地域福祉計画の', '<wbr>', '基本方針', '<a>',
    ]);
    expect(heading.properties.className).toEqual(['phrases']);
    expect(paragraph.children).toHaveLength(1);
  });
});

import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { phoneNumbers, splitPhoneNumbers } from '../../src/lib/phone';
import rehypeTelLinks from '../../src/lib/rehype-tel-links';

describe('splitPhoneNumbers', () => {
  it('splits out Japanese phone numbers written with hyphens', () => {
    expect(splitPhoneNumbers('電話（0000-12-3456）か、0120-123-456 まで')).toEqual([
      { text: '電話（' }, { text: '0000-12-3456', tel: 'tel:0000-12-3456' }, { text: '）か、' },
      { text: '0120-123-456', tel: 'tel:0120-123-456' }, { text: ' まで' },
    ]);
  });

  it('leaves dates, times, postcodes and digits run together alone', () => {
    for (const text of ['2026-12-10', '10:00〜12:00', '〒123-4567', '00001234567', '']) expect(splitPhoneNumbers(text)).toEqual([{ text }]);
    expect(phoneNumbers('2026-12-10T14:00 と 03-1234-5678')).toEqual(['03-1234-5678']);
  });
});

describe('rehypeTelLinks', () => {
  it('links phone numbers in Markdown text, not inside existing links', () => {
    const link: Element = { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: '0000-11-2222' }] };
    const p: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '電話 0000-12-3456 まで' }, link] };
    rehypeTelLinks()({ type: 'root', children: [p] } as Root);
    expect(p.children).toEqual([
      { type: 'text', value: '電話 ' },
      { type: 'element', tagName: 'a', properties: { href: 'tel:0000-12-3456' }, children: [{ type: 'text', value: '0000-12-3456' }] },
      { type: 'text', value: ' まで' },
      link,
    ]);
  });
});

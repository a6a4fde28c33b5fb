import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../src/schemas/common';
import { freeSlug, kanaSlug, suggestSlug, toSlug } from '../../src/lib/slug-suggest';

describe('slug suggestions', () => {
  it('suggests a valid slug from the よみがな, the council and month, or the title', () => {
    expect(suggestSlug('activities', { kana: 'さろん ひなたぼっこ' })).toBe('saron-hinatabokko');
    expect(suggestSlug('activities', { kana: 'マッチ きゅうしゅう' })).toBe('matchi-kyuushuu');
    expect(suggestSlug('notices', { council: 'kita-sasaeai', startsAt: '2027-01-21T10:00:00+09:00' })).toBe('kita-sasaeai-2027-01');
    expect(suggestSlug('articles', { title: 'てとて そうかんごう', publishedAt: '2026-12-03' })).toBe('tetote-soukangou');
    expect(suggestSlug('articles', { title: '畑に、ぼくの持ち場ができた', publishedAt: '2026-12-03' })).toBe('article-2026-12-03');
    for (const s of [suggestSlug('activities', { kana: 'こども しょくどう「みどり」' }), toSlug('  Café Midori!! ')]) expect(s).toMatch(SLUG_PATTERN);
  });

  it('numbers a taken slug', () => {
    const taken = new Set(['salon', 'salon-2']);
    expect(freeSlug('salon', (s) => taken.has(s))).toBe('salon-3');
    expect(freeSlug('cafe', (s) => taken.has(s))).toBe('cafe');
  });
});

describe('kanaSlug', () => {
  it('makes an ASCII kebab-case slug, with a prefix', () => {
    expect(kanaSlug('さろん ひなたぼっこ')).toBe('saron-hinatabokko');
    expect(kanaSlug('サロン・ひだまり', 'kita')).toBe('kita-saron-hidamari');
    expect(kanaSlug('ＰＣ きょうしつ')).toBe('pc-kyoushitsu');
  });

  it('drops kanji and gives nothing when nothing readable is left', () => {
    expect(kanaSlug('北町 さろん')).toBe('saron');
    expect(kanaSlug('北町公民館')).toBe('');
  });

  it('cuts a long reading at a word boundary', () => {
    const slug = kanaSlug('みどりしゃかいふくしきょうぎかい ちいきささえあい すいしんいいんかい ぼらんてぃあ', 'kita');
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toBe('kita-midorishakaifukushikyougikai-chiikisasaeai');
  });
});

import { describe, expect, it } from 'vitest';
import { kanaSlug, toHiragana, toRomaji } from '../../src/lib/romaji';

describe('toRomaji', () => {
  it.each([
    ['ひなたぼっこ', 'hinatabokko'],
    ['うたごえきっさ', 'utagoekissa'],
    ['まっちゃ', 'matcha'],
    ['ちゃわかい', 'chawakai'],
    ['しゃきょう', 'shakyou'],
    ['きょうしつ', 'kyoushitsu'],
    ['ふれあい', 'fureai'],
    ['じゅく', 'juku'],
    ['ぢゃ', 'ja'],
    ['ぱそこん', 'pasokon'],
    ['みんなのしょくどう', 'minnanoshokudou'],
  ])('%s → %s', (kana, romaji) => {
    expect(toRomaji(kana)).toBe(romaji);
  });

  it('reads katakana, half-width katakana and loanword sounds', () => {
    expect(toRomaji('サロン')).toBe('saron');
    expect(toRomaji('ｶﾌｪ')).toBe('kafe');
    expect(toRomaji('パーティー')).toBe('pati');
    expect(toRomaji('ウォーキング')).toBe('wokingu');
    expect(toRomaji('ヴィオラ')).toBe('viora');
  });

  it('keeps what is not kana', () => {
    expect(toRomaji('さろん 2ごう')).toBe('saron 2gou');
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

describe('toHiragana', () => {
  it('turns katakana into hiragana', () => {
    expect(toHiragana('サロン ヒナタボッコ・ヴ')).toBe('さろん ひなたぼっこ・ゔ');
  });
});

import { describe, expect, it } from 'vitest';
import { toHiragana, toRomaji } from '../../src/lib/romaji';

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
    ['きゅうしゅう', 'kyuushuu'],
    ['マッチ', 'matchi'],
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

describe('toHiragana', () => {
  it('turns katakana into hiragana', () => {
    expect(toHiragana('サロン ヒナタボッコ・ヴ')).toBe('さろん ひなたぼっこ・ゔ');
  });
});

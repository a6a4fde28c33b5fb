import { describe, expect, it } from 'vitest';
import { kanaRow, READING_PATTERN, readingOnly, sortByKana } from '../../src/lib/kana';

describe('kana', () => {
  it('sorts in 五十音順, voiced and plain kana together', () => {
    const names = ['わくわく', 'ぱんや', 'かふぇ', 'あおぞら', 'がっこう', 'はたけ'];
    // Dictionary order: 濁点 and small kana sort with their plain forms (がっこう ≈ かつこう < かふぇ).
    expect(sortByKana(names, (x) => x)).toEqual(['あおぞら', 'がっこう', 'かふぇ', 'はたけ', 'ぱんや', 'わくわく']);
  });

  it('finds the 行 of a reading', () => {
    expect(kanaRow('ひなたぼっこ')).toBe('は');
    expect(kanaRow('ぼらんてぃあ')).toBe('は');
    expect(kanaRow('ざつだん')).toBe('さ');
    expect(kanaRow('123')).toBe('他');
  });
});

describe('よみがな', () => {
  it('is hiragana, ー and ・, spaces, and digits and Latin letters as written', () => {
    for (const ok of ['さろん ひなたぼっこ', 'ぱそこん PC きょうしつ', 'だい2ちく', 'こーひー・さろん', 'みどり　さろん']) expect(ok).toMatch(READING_PATTERN);
    for (const bad of ['サロン', '北町', 'さろん！', '']) expect(bad).not.toMatch(READING_PATTERN);
  });

  it('drops what a reading may not hold', () => {
    expect(readingOnly('さろん「ひなた」北町 2ごう')).toBe('さろんひなた 2ごう');
  });
});

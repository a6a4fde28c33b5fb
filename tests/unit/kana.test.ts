import { describe, expect, it } from 'vitest';
import { KANA_READING, kanaRow, keepReadingChars, sortByKana } from '../../src/lib/kana';

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

  it('has one rule for what a よみがな may hold', () => {
    for (const ok of ['さろん ひなたぼっこ', 'ひゃくさい たいそう', 'こども・しょくどう', 'ＮＰＯ'.normalize('NFKC').toLowerCase(), '100さい']) expect(KANA_READING.test(ok), ok).toBe(true);
    for (const bad of ['サロン', 'ひなた館', '', 'ひなた<br>']) expect(KANA_READING.test(bad), bad).toBe(false);
    expect(keepReadingChars('さろん（ひなた）館')).toBe('さろんひなた');
  });
});

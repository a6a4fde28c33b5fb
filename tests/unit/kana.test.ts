import { describe, expect, it } from 'vitest';
import { kanaRow, sortByKana } from '../../src/lib/kana';

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

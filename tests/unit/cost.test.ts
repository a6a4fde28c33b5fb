import { describe, expect, it } from 'vitest';
import { formatCost } from '../../src/lib/cost';

describe('formatCost', () => {
  it('says 無料 once, with the editor’s note', () => {
    expect(formatCost({ free: true })).toBe('無料');
    expect(formatCost({ free: true, text: '無料' })).toBe('無料');
    expect(formatCost({ free: true, text: '無料（軽食つき）' })).toBe('無料（軽食つき）');
    expect(formatCost({ free: true, text: '保険料のみ年100円' })).toBe('無料（保険料のみ年100円）');
    expect(formatCost({ free: false, text: '1回100円' })).toBe('1回100円');
  });
});

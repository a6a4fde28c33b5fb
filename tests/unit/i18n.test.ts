import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ja';

describe('t', () => {
  it('returns UI strings and fills their placeholders', () => {
    expect(t('skipLink')).toBe('本文へ移動');
    expect(t('tags.heading', { tag: '居場所' })).toBe('#居場所 の記事');
    expect(t('count', { count: 33 })).toBe('33件');
  });

  it('leaves a placeholder visible rather than dropping it when a value is missing', () => {
    expect(t('count')).toBe('{count}件');
  });
});

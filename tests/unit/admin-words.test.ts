import { describe, expect, it } from 'vitest';
import { dateWords } from '../../admin/plain-words';

const field = (entries: Record<string, unknown>) => ({ get: (key: string) => entries[key] });
const decap = (key: string) => `decap:${key}`;

describe('the date widget’s words', () => {
  it('offers 今日 on a date-only field and names the field by its label to screen readers', () => {
    const t = dateWords({ t: decap, field: field({ name: 'verifiedAt', label: '最終確認日', time_format: false }) });
    expect(t('editor.editorWidgets.datetime.now')).toBe('今日');
    expect(t('editor.editorWidgets.datetime.setToNow', { fieldLabel: 'verifiedAt' })).toBe('今日の日付を最終確認日に入れる');
    expect(t('editor.editorWidgets.datetime.clear')).toBe('decap:editor.editorWidgets.datetime.clear');
  });

  it('keeps Decap’s 現時刻 for a date and time, with the label', () => {
    const t = dateWords({ t: decap, field: field({ name: 'startsAt', label: '開始日時', time_format: 'HH:mm' }) });
    expect(t('editor.editorWidgets.datetime.now')).toBe('decap:editor.editorWidgets.datetime.now');
    expect(t('editor.editorWidgets.datetime.setToNow')).toBe('現在の日時を開始日時に入れる');
  });
});

import { describe, expect, it } from 'vitest';
import { documentLabel, isDocument, noticeDocuments } from '../../src/lib/documents';
import { urls } from '../../src/lib/urls';

describe('documents', () => {
  it('publishes a document next to its notice', () => {
    expect(urls.noticeDocument('kita-2027-01', 'shidai.pdf')).toBe('/notices/kita-2027-01/shidai.pdf');
  });

  it('labels kind and size as Japanese public sites do', () => {
    expect(documentLabel('shidai.pdf', 171_323)).toBe('PDF、167KB');
    expect(documentLabel('meibo.xlsx', 300)).toBe('Excel、1KB');
    expect(documentLabel('hokoku.PDF', 2.5 * 1024 * 1024)).toBe('PDF、2.5MB');
  });

  it('accepts documents, not programs or pages', () => {
    expect(isDocument('a.pdf')).toBe(true);
    expect(isDocument('a.exe')).toBe(false);
    expect(isDocument('a.html')).toBe(false);
  });

  it('lists the documents of a notice from the files beside it', () => {
    const dir = new URL('../fixtures/good/content/articles/first-article/', import.meta.url).pathname;
    expect(noticeDocuments('n', dir, [{ title: '図', file: 'hero.png' }])).toEqual([{ title: '図', href: '/notices/n/hero.png', label: 'PNG、1KB' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { documentLabel, documentUrl, isDocument } from '../../src/lib/documents';

describe('documents', () => {
  it('publishes a document next to its notice', () => {
    expect(documentUrl('kita-2027-01', 'shidai.pdf')).toBe('/notices/kita-2027-01/shidai.pdf');
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
});

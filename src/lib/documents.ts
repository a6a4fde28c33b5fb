/** Meeting documents (資料): files kept beside a notice and published next to its page. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../schemas/common';
import { urls } from './urls';

const KINDS: Record<string, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel', pptx: 'PowerPoint', odt: 'ODT', ods: 'ODS', csv: 'CSV', txt: 'テキスト' };

/** 「PDF、120KB」: the kind and size that Japanese public sites print beside a download link. */
export function documentLabel(file: string, bytes: number) {
  const ext = file.split('.').pop()!.toLowerCase();
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;
  return `${KINDS[ext] ?? ext.toUpperCase()}、${size}`;
}

export const isDocument = (file: string) => (DOCUMENT_EXTENSIONS as readonly string[]).includes(file.split('.').pop()!.toLowerCase());

/** A notice's documents as its page lists them: title, link, and 「PDF、120KB」 from the file beside the entry. */
export const noticeDocuments = (slug: string, entryDir: string, documents: readonly { title: string; file: string }[]) =>
  documents.map((d) => ({
    title: d.title,
    href: urls.noticeDocument(slug, d.file),
    label: documentLabel(d.file, statSync(join(entryDir, d.file)).size),
  }));

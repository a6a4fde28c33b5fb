/**
 * Phone numbers in text become links a phone can call: a resident reading 「電話 0000-12-3456」 taps it.
 * Japanese numbers are written with hyphens (0000-12-3456, 0120-123-456); digits run together are left alone,
 * as they are as likely to be something else (a postcode, a reference number).
 */
const PHONE = /(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])/g;

export type TextPart = { text: string } | { text: string; tel: string };

/** 「電話 0000-12-3456 まで」 → [{ text: '電話 ' }, { text: '0000-12-3456', tel: 'tel:0000-12-3456' }, { text: ' まで' }] */
export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], tel: `tel:${match[0]}` });
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}

/** Phone numbers in `text` (for checking that every one on a page is a link). */
export const phoneNumbers = (text: string) => [...text.matchAll(PHONE)].map((m) => m[0]);

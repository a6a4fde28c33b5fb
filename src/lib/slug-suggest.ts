/**
 * A URL name (slug) to suggest for a new entry: ASCII kebab-case from the よみがな (activities), the council and
 * month (notices), or a title in kana or Latin letters, else the date (articles). Editors may always write their own.
 */
import { toRomaji } from './romaji';

/** Lower-case ASCII words joined by single hyphens (the SLUG_PATTERN shape), or '' when nothing is left. */
export const toSlug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');

/**
 * An ASCII kebab-case slug from a reading (and an optional prefix such as the area id), for imported activities;
 * empty when nothing is left.
 */
export function kanaSlug(reading: string, prefix = '', maxLength = 48): string {
  const words = toSlug(toRomaji(reading));
  if (!words) return '';
  let slug = prefix ? `${prefix}-${words}` : words;
  // Cut long readings at a word boundary, so the URL stays readable when printed.
  if (slug.length > maxLength) slug = slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
  return slug;
}

/** The first of `base`, `base-2`, `base-3`… no entry holds. */
export function freeSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** What to suggest from the entry's own fields, or '' when they give nothing to go on yet. */
export function suggestSlug(collection: string, data: Record<string, unknown>): string {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (collection === 'activities') return toSlug(toRomaji(str(data.kana)));
  if (collection === 'notices') {
    const month = /^(\d{4})-(\d{2})/.exec(str(data.startsAt));
    return toSlug([str(data.council), month ? `${month[1]}-${month[2]}` : ''].filter(Boolean).join('-'));
  }
  // Kanji cannot be read without a dictionary: such a title gives way to its date.
  const title = str(data.title);
  const fromTitle = /\p{Script=Han}/u.test(title) ? '' : toSlug(toRomaji(title));
  const date = /^\d{4}-\d{2}-\d{2}/.exec(str(data.publishedAt))?.[0];
  return fromTitle.length >= 4 ? fromTitle : date ? `article-${date}` : '';
}

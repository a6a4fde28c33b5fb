/** よみがな: what one may be written with, and sorting and grouping by it (五十音順). */

/** Hiragana, ー and ・, spaces, and digits and Latin letters read as they are written (「ぱそこん PC きょうしつ」). */
const READING_CHARS = 'ぁ-んー・\\s　0-9a-zA-Z';
export const READING_PATTERN = new RegExp(`^[${READING_CHARS}]+$`);
/** Every character a よみがな may not hold. */
export const NOT_READING = new RegExp(`[^${READING_CHARS}]`, 'g');

const collator = new Intl.Collator('ja', { sensitivity: 'base', numeric: true });

export const compareKana = (a: string, b: string) => collator.compare(a, b);

export const sortByKana = <T>(items: readonly T[], kana: (item: T) => string) =>
  [...items].sort((a, b) => compareKana(kana(a), kana(b)));

const ROWS = [
  ['あ', 'あいうえおぁぃぅぇぉゔ'],
  ['か', 'かきくけこがぎぐげご'],
  ['さ', 'さしすせそざじずぜぞ'],
  ['た', 'たちつてとだぢづでどっ'],
  ['な', 'なにぬねの'],
  ['は', 'はひふへほばびぶべぼぱぴぷぺぽ'],
  ['ま', 'まみむめも'],
  ['や', 'やゆよゃゅょ'],
  ['ら', 'らりるれろ'],
  ['わ', 'わをんゎ'],
] as const;

/** The 行 a reading starts in: 「ひなたぼっこ」 → 「は」; anything else → 「他」. */
export function kanaRow(kana: string): string {
  const first = kana.trim().charAt(0);
  return ROWS.find(([, chars]) => chars.includes(first))?.[0] ?? '他';
}

/** よみがな: what one may be written with, and sorting and grouping by it (五十音順). */

/** What a よみがな may hold: hiragana, ー and ・, spaces, and digits and Latin letters read as written (「ぱそこん PC きょうしつ」). */
export const READING_PATTERN = /^[ぁ-んー・\s　0-9a-zA-Z]+$/;

/** The text without what a よみがな may not hold. */
export const readingOnly = (text: string) => [...text].filter((c) => READING_PATTERN.test(c)).join('');

// __PURE__: islands that import a schema module for its lists do not carry the collator.
const collator = /*#__PURE__*/ new Intl.Collator('ja', { sensitivity: 'base', numeric: true });

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

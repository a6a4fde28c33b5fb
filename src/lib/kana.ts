/** 五十音順: sorting and grouping by よみがな, and the one rule for what a よみがな may hold. */
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

/** What a よみがな may hold: ひらがな, ー, ・, spaces, and digits or Latin letters (「100さい たいそう」). */
const READING_CHARS = 'ぁ-んー・\\s　0-9a-zA-Z';
/** A whole よみがな (activities' and areas' `kana`). */
export const KANA_READING = new RegExp(`^[${READING_CHARS}]+$`);
/** Drops what a よみがな may not hold (the importer's readings from a spreadsheet). */
export const keepReadingChars = (text: string) => text.replace(new RegExp(`[^${READING_CHARS}]`, 'g'), '');

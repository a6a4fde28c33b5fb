/**
 * A URL name (slug) to suggest for a new entry: ASCII kebab-case from the よみがな (activities), the council and
 * month (notices), or a title in kana or Latin letters, else the date (articles). Editors may always write their own.
 */
const KANA: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o', か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko', が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo', た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do', な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no', は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo', ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po', ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo', ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro', わ: 'wa', を: 'o', ん: 'n', ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゎ: 'wa',
};
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Hepburn romaji of hiragana or katakana: 「ひなたぼっこ」 → hinatabokko, 「ちゃわかい」 → chawakai. */
export function kanaToRomaji(text: string): string {
  const hira = text.replace(/[ァ-ヴ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  let out = '';
  for (let i = 0; i < hira.length; i++) {
    const c = hira[i]!;
    const next = hira[i + 1];
    if (c === 'っ') {
      const following = next ? KANA[next] : undefined;
      if (following) out += following.startsWith('ch') ? 't' : following[0];
      continue;
    }
    if (c === 'ー') continue;
    const roman = KANA[c];
    if (!roman) {
      out += /[a-z0-9]/i.test(c) ? c.toLowerCase() : '-';
      continue;
    }
    if (next && SMALL_Y[next] && roman.length > 1) {
      const stem = roman.endsWith('i') ? roman.slice(0, -1) : roman;
      out += /^(sh|ch|j)$/.test(stem) ? stem + SMALL_Y[next] : `${stem}y${SMALL_Y[next]}`;
      i++;
      continue;
    }
    out += roman;
  }
  return out;
}

/** Lower-case ASCII words joined by single hyphens (the SLUG_PATTERN shape), or '' when nothing is left. */
export const toSlug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');

/** The first of `base`, `base-2`, `base-3`… no entry holds. */
export function freeSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** What to suggest from the entry's own fields, or '' when they give nothing to go on yet. */
export function suggestSlug(collection: string, data: Record<string, unknown>): string {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (collection === 'activities') return toSlug(kanaToRomaji(str(data.kana)));
  if (collection === 'notices') {
    const month = /^(\d{4})-(\d{2})/.exec(str(data.startsAt));
    return toSlug([str(data.council), month ? `${month[1]}-${month[2]}` : ''].filter(Boolean).join('-'));
  }
  // Kanji cannot be read without a dictionary: such a title gives way to its date.
  const title = str(data.title);
  const fromTitle = /\p{Script=Han}/u.test(title) ? '' : toSlug(kanaToRomaji(title));
  const date = /^\d{4}-\d{2}-\d{2}/.exec(str(data.publishedAt))?.[0];
  return fromTitle.length >= 4 ? fromTitle : date ? `article-${date}` : '';
}

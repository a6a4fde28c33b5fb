/**
 * Japanese text as editors type it and as residents should read it.
 *
 * Editors wrap long text: YAML's folded blocks (`>-`) turn each line break into a half-width space, and a line break
 * inside a Markdown paragraph is shown as one too. Between Japanese sentences that space is a visible gap
 * (「…協議体です。 緑ヶ丘…」), because Japanese has no spaces between words. Lines are joined without one wherever
 * both sides are Japanese, or where a line ends in Japanese punctuation; a space an editor typed between Japanese
 * words (「本町公民館 和室」) stays.
 */

/** Hiragana, katakana, kanji (with 々〆), Japanese punctuation and full-width forms. */
const JAPANESE = /[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Punctuation after which Japanese never has a space: 。、 and closing brackets, full-width ！？. */
const CLOSING = '。、，．！？）」』】〕〉》｝';

const LINE_BREAK = /(\S)[ \t]*\r?\n[ \t]*(?=(\S))/gu;
const SPACE_AFTER_CLOSING = new RegExp(`([${CLOSING}])[ \\t]+(?=\\S)`, 'gu');

/** Whether a line break between these two characters is dropped rather than shown as a space. */
export const joinsWithoutSpace = (before: string, after: string) =>
  CLOSING.includes(before) || (JAPANESE.test(before) && JAPANESE.test(after));

/** Joins wrapped lines (and folded-YAML spaces after Japanese punctuation) without a space between Japanese. */
export function joinJapaneseLines(text: string): string {
  return text
    .replace(LINE_BREAK, (line, before: string, after: string) => (joinsWithoutSpace(before, after) ? before : line))
    .replace(SPACE_AFTER_CLOSING, '$1');
}

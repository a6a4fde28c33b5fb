/**
 * Kana to Latin letters (modified Hepburn), for ASCII slugs made from a reading: 「さろん ひなたぼっこ」→
 * `saron-hinatabokko`. Kanji cannot be read without a dictionary, so they are left out: give the reading in kana.
 */
const BASE: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko', が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to', だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho', ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo', や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro', わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ん: 'n', ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ゎ: 'wa',
};

/** Two-kana sounds: きゃ kya, しゃ sha, and the katakana-only ones of loanwords (ティ ti, ファ fa, ウィ wi). */
const DIGRAPHS: Record<string, string> = {
  しゃ: 'sha', しゅ: 'shu', しぇ: 'she', しょ: 'sho', じゃ: 'ja', じゅ: 'ju', じぇ: 'je', じょ: 'jo',
  ちゃ: 'cha', ちゅ: 'chu', ちぇ: 'che', ちょ: 'cho', ぢゃ: 'ja', ぢゅ: 'ju', ぢょ: 'jo',
  てぃ: 'ti', でぃ: 'di', とぅ: 'tu', どぅ: 'du', ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo',
  うぃ: 'wi', うぇ: 'we', うぉ: 'wo', ゔぁ: 'va', ゔぃ: 'vi', ゔぇ: 've', ゔぉ: 'vo', つぁ: 'tsa',
};
for (const [kana, consonant] of Object.entries({ き: 'k', ぎ: 'g', に: 'n', ひ: 'h', び: 'b', ぴ: 'p', み: 'm', り: 'r' })) {
  DIGRAPHS[`${kana}ゃ`] = `${consonant}ya`;
  DIGRAPHS[`${kana}ゅ`] = `${consonant}yu`;
  DIGRAPHS[`${kana}ょ`] = `${consonant}yo`;
}

/** Katakana to hiragana (ヴ to ゔ included); everything else unchanged. */
export const toHiragana = (text: string) => text.replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** 「ひなたぼっこ」→ `hinatabokko`; the long-vowel mark ー is dropped (パーク → `paku`), as passports write names. */
export function toRomaji(text: string): string {
  const kana = toHiragana(text.normalize('NFKC'));
  let out = '';
  let doubled = false;
  for (let i = 0; i < kana.length; i++) {
    const pair = kana.slice(i, i + 2);
    const sound = DIGRAPHS[pair] ?? BASE[kana[i]!];
    if (DIGRAPHS[pair]) i++;
    if (kana[i] === 'っ') {
      doubled = true;
      continue;
    }
    if (sound === undefined) {
      // ー lengthens the vowel before it; anything else (spaces, ・, Latin letters, digits) passes through.
      if (kana[i] !== 'ー') out += kana[i];
      doubled = false;
      continue;
    }
    // っ doubles the next consonant (きっさ kissa), written t before ch (まっちゃ matcha).
    if (doubled) out += sound.startsWith('ch') ? 't' : sound.charAt(0);
    doubled = false;
    out += sound;
  }
  return out;
}

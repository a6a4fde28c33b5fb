/**
 * Japanese queries a resident or coordinator might type, with the pages that answer them (any one of them in the
 * first results counts), over the sample content. Pages chosen are long-lived sample entries; when sample content
 * changes, update the expectations here rather than the search.
 */
export interface SearchQuery {
  q: string;
  expect: string[];
  /** What the query exercises. */
  kind: '複合語' | '部分一致' | 'カタカナ' | '固有名詞' | '曜日・時刻' | '地区・校区' | '表記ゆれ' | '複数語';
}

const a = (slug: string) => `/activities/${slug}/`;
const r = (slug: string) => `/articles/${slug}/`;
const n = (slug: string) => `/notices/${slug}/`;

export const SEARCH_QUERIES: SearchQuery[] = [
  // Compound words (kanji compounds the segmenters may split differently)
  { q: '子ども食堂', expect: [a('minami-kodomo-shokudo'), a('kita-minna-shokudo'), r('ano-hito-01-shokudo-no-ojichan')], kind: '複合語' },
  { q: '百歳体操', expect: [a('kita-ikiiki-taiso'), r('ano-hito-02-hyakusai-taiso')], kind: '複合語' },
  { q: '生活支援コーディネーター', expect: [r('kyogitai-to-sc')], kind: '複合語' },
  { q: '重層的支援体制整備事業', expect: [r('juusouteki-shien-towa')], kind: '複合語' },
  { q: '参加支援', expect: [r('sanka-shien-tte-nani')], kind: '複合語' },
  { q: '地域活動支援センター', expect: [a('nishi-katsudo-center')], kind: '複合語' },
  { q: '公募委員', expect: [n('sasaeai-kaigi-iin-boshu-2027')], kind: '複合語' },
  { q: '移動販売', expect: [r('report-yamabe-chawakai-idohanbai')], kind: '複合語' },
  { q: '介護予防', expect: [r('ano-hito-02-hyakusai-taiso'), a('kita-ikiiki-taiso')], kind: '複合語' },
  { q: '養成研修', expect: [r('kurashi-supporter-kenshu-2026'), a('kita-kurashi-supporter')], kind: '複合語' },
  { q: '出張相談', expect: [a('kita-dechou-sodan')], kind: '複合語' },
  { q: '総合福祉センター', expect: [a('chuo-volunteer-center'), a('chuo-food-pantry'), a('chuo-shigoto-taiken')], kind: '複合語' },
  // Part of a word
  { q: '体操', expect: [a('kita-ikiiki-taiso'), r('ano-hito-02-hyakusai-taiso'), a('nishi-isu-yoga')], kind: '部分一致' },
  { q: '食堂', expect: [a('minami-kodomo-shokudo'), a('kita-minna-shokudo')], kind: '部分一致' },
  { q: '相談会', expect: [a('kita-dechou-sodan'), a('yamabe-yorozu-sodan')], kind: '部分一致' },
  { q: '茶話会', expect: [a('yamabe-chawakai'), r('report-yamabe-chawakai-idohanbai')], kind: '部分一致' },
  { q: '推進会議', expect: [n('sasaeai-kaigi-2026-12'), n('sasaeai-kaigi-2027-03'), n('sasaeai-kaigi-2026-05-report'), n('sasaeai-kaigi-2026-09-report')], kind: '部分一致' },
  { q: '工房', expect: [a('higashi-furugi-kobo'), r('ano-hito-05-furugi-kobo')], kind: '部分一致' },
  // Katakana
  { q: 'フードパントリー', expect: [a('chuo-food-pantry')], kind: 'カタカナ' },
  { q: 'ウォーキング', expect: [a('minami-walking-club')], kind: 'カタカナ' },
  { q: 'スマホ', expect: [a('minami-manabi-pc'), r('report-manabi-pc-sumaho-soudan')], kind: 'カタカナ' },
  { q: 'ヨガ', expect: [a('nishi-isu-yoga')], kind: 'カタカナ' },
  { q: 'ボランティアセンター', expect: [a('chuo-volunteer-center')], kind: 'カタカナ' },
  { q: 'アウトリーチ', expect: [r('column-genkan-saki-no-tachibanashi'), r('column-madoguchi-de-kiku-koe')], kind: 'カタカナ' },
  { q: 'ミシン', expect: [a('higashi-furugi-kobo'), r('ano-hito-05-furugi-kobo')], kind: 'カタカナ' },
  { q: 'パパ', expect: [a('higashi-papa-hiroba')], kind: 'カタカナ' },
  // Proper names (hiragana names are the hardest: a dictionary segmenter cuts them into syllables)
  { q: 'ひなたぼっこ', expect: [a('salon-hinatabokko'), r('report-hinatabokko-500-kaime')], kind: '固有名詞' },
  { q: 'にしっこ', expect: [a('nishi-kosodate-hiroba'), r('report-nishikko-mokuyou-no-asa')], kind: '固有名詞' },
  { q: 'くすのき', expect: [a('kita-salon-kusunoki')], kind: '固有名詞' },
  { q: 'かわせみ', expect: [a('nishi-katsudo-center')], kind: '固有名詞' },
  { q: 'ともしび', expect: [a('ibasho-tomoshibi')], kind: '固有名詞' },
  { q: 'てとて', expect: [r('tetote-sokan')], kind: '固有名詞' },
  { q: 'よりみちベース', expect: [a('chuo-yorimichi-base')], kind: '固有名詞' },
  { q: '支え合いフォーラム', expect: [n('sasaeai-forum-2027')], kind: '固有名詞' },
  { q: 'おかいもの便', expect: [a('minami-kaimono-bin')], kind: '固有名詞' },
  // Days and times as the schedule text writes them
  { q: '第2水曜', expect: [a('kita-dechou-sodan')], kind: '曜日・時刻' },
  { q: '第3土曜', expect: [a('chuo-food-pantry'), a('higashi-papa-hiroba')], kind: '曜日・時刻' },
  { q: '最終日曜', expect: [a('kita-minna-shokudo')], kind: '曜日・時刻' },
  { q: '第1・第3木曜', expect: [a('kita-salon-kusunoki')], kind: '曜日・時刻' },
  { q: '19:00', expect: [a('chuo-yorimichi-base'), a('yamabe-mimamori-net'), n('higashi-sasaeai-2026-07-report'), n('higashi-sasaeai-2026-12')], kind: '曜日・時刻' },
  { q: '8:15', expect: [a('higashi-yomikikase-tsubomi')], kind: '曜日・時刻' },
  // Districts, school districts, places
  { q: '緑ヶ丘団地', expect: [a('kita-salon-kusunoki'), a('kita-dechou-sodan')], kind: '地区・校区' },
  { q: '桜台小学校', expect: [a('higashi-yomikikase-tsubomi')], kind: '地区・校区' },
  { q: '青葉台', expect: [a('nishi-isu-yoga'), a('nishi-kosodate-hiroba')], kind: '地区・校区' },
  { q: '浜田', expect: [a('minami-kaimono-bin'), a('minami-nagomi-cafe')], kind: '地区・校区' },
  { q: '若葉公民館', expect: [a('minami-kodomo-shokudo'), a('minami-manabi-pc')], kind: '地区・校区' },
  { q: '奥山', expect: [a('yamabe-kayoinoba')], kind: '地区・校区' },
  { q: '山辺 ささえあい会議', expect: [n('yamabe-sasaeai-2027-01'), n('yamabe-sasaeai-2026-11-report')], kind: '地区・校区' },
  // Other spellings than the page uses (表記ゆれ, content/search/synonyms.yaml)
  { q: '子供食堂', expect: [a('minami-kodomo-shokudo'), a('kita-minna-shokudo'), r('ano-hito-01-shokudo-no-ojichan')], kind: '表記ゆれ' },
  { q: 'こども食堂', expect: [a('minami-kodomo-shokudo'), a('kita-minna-shokudo'), r('ano-hito-01-shokudo-no-ojichan')], kind: '表記ゆれ' },
  { q: '100歳体操', expect: [a('kita-ikiiki-taiso'), r('ano-hito-02-hyakusai-taiso')], kind: '表記ゆれ' },
  { q: '引きこもり', expect: [a('ibasho-tomoshibi')], kind: '表記ゆれ' },
  { q: 'スマートフォン', expect: [a('minami-manabi-pc'), r('report-manabi-pc-sumaho-soudan')], kind: '表記ゆれ' },
  { q: 'フードバンク', expect: [a('chuo-food-pantry')], kind: '表記ゆれ' },
  { q: '仕事体験', expect: [a('chuo-shigoto-taiken')], kind: '表記ゆれ' },
  { q: '地域支え合い推進員', expect: [r('kyogitai-to-sc')], kind: '表記ゆれ' },
  { q: '独居', expect: [a('yamabe-mimamori-net'), r('ano-hito-04-tokoya-no-mimamori'), r('column-genkan-saki-no-tachibanashi')], kind: '表記ゆれ' },
  { q: '障がい 居場所', expect: [a('nishi-katsudo-center')], kind: '表記ゆれ' },
  // Several words
  { q: '北部 相談', expect: [a('kita-dechou-sodan')], kind: '複数語' },
  { q: '社協 ボランティア', expect: [a('chuo-volunteer-center')], kind: '複数語' },
  { q: '南部 開催報告', expect: [n('minami-sasaeai-2026-10-report')], kind: '複数語' },
];

/**
 * A coordinator's spreadsheet of local activities (the 自治体標準オープンデータセット columns, or the names people
 * commonly give them) turned into activity entries. Pure: the CLI (scripts/import-activities.ts) reads the file and
 * writes the entries. What cannot be mapped is marked for the editor; consent is never assumed, so every imported
 * entry lacks `consent` and fails the content check until an editor records it.
 */
import yaml from 'js-yaml';
import { ACCESSIBILITY, CATEGORIES, type Category, TARGETS, type Target } from '../schemas/activity';
import { readingOnly } from './kana';
import { toHiragana } from './romaji';
import { kanaSlug } from './slug-suggest';
import { parseScheduleText } from './schedule-text';

/** The fields we read, and the column names that mean them (compared after normalising: see `headerKey`). */
const COLUMNS = {
  name: ['名称', '活動名', '名前', '団体・活動名', '事業名', 'サロン名', '施設名称'],
  kana: ['名称_カナ', '名称カナ', '名称(カナ)', '名称(ふりがな)', '名称(よみがな)', 'カナ', 'ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', '読み', 'よみ'],
  category: ['種別', '分類', '種類', 'カテゴリ', 'カテゴリー', '活動の種類'],
  targets: ['対象', '対象者', '参加対象'],
  area: ['地区', '地区名', '地域', 'エリア', '日常生活圏域'],
  schoolDistrict: ['小学校区', '校区', '学校区', '小学校'],
  venueName: ['会場名', '会場', '場所', '場所名称', '施設名', '開催場所'],
  address: ['住所', '所在地', '会場住所', '開催場所住所'],
  lat: ['緯度', 'lat', 'latitude'],
  lng: ['経度', 'lng', 'lon', 'longitude'],
  organization: ['団体名', '主催', '主催者', '運営', '運営団体', '連絡先名称', '問い合わせ先', '問合せ先'],
  phone: ['電話番号', '電話', 'tel', '連絡先電話番号', '問い合わせ電話番号'],
  email: ['メールアドレス', 'メール', 'email', 'e-mail'],
  url: ['url', 'ホームページ', 'ウェブサイト', 'webサイト'],
  days: ['利用可能曜日', '曜日', '開催曜日', '開催日', '活動日'],
  opens: ['開始時間', '開始時刻', '開始'],
  closes: ['終了時間', '終了時刻', '終了'],
  time: ['時間', '開催時間', '時間帯', '活動時間'],
  scheduleNote: ['利用可能日時特記事項', '開催日時', '日時', '日時特記事項'],
  summary: ['説明', '内容', '活動内容', '概要', '紹介'],
  cost: ['料金', '参加費', '費用', '会費'],
  reservation: ['予約', '申込', '申し込み', '予約の要否'],
  capacity: ['定員'],
  accessibility: ['バリアフリー情報', 'バリアフリー'],
  howToJoin: ['参加方法', '申込方法', '参加のしかた'],
  verifiedAt: ['最終確認日', '確認日', '更新日'],
  status: ['状態', '活動状況', '状況'],
  notes: ['備考', 'メモ'],
} as const;
type Field = keyof typeof COLUMNS;

/** Columns that name private persons: never imported, whatever consent the spreadsheet claims. */
const PRIVATE_COLUMNS = ['代表者', '代表者名', '担当者', '担当者名', '世話人', '氏名', '個人名', '携帯', '携帯電話', '自宅電話', '自宅住所'];

/** Columns the importer knows but does not need (open-data bookkeeping). */
const IGNORED_COLUMNS = ['全国地方公共団体コード', 'id', 'no', '番号', '地方公共団体名', '都道府県名', '市区町村名', '名称_英字', '名称_英語'];

/** 「ＵＲＬ」「 開始時間 」→ comparable keys. */
export const headerKey = (header: string) => header.normalize('NFKC').replace(/[\s　]/g, '').toLowerCase();

const FIELD_BY_KEY = new Map<string, Field>(
  (Object.entries(COLUMNS) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [headerKey(n), field] as const)),
);

/** The field a column means: its whole name (「名称（カナ）」), else without a trailing unit (「開始時間(HH:MM)」). */
export const fieldOfHeader = (header: string): Field | undefined =>
  FIELD_BY_KEY.get(headerKey(header)) ?? FIELD_BY_KEY.get(headerKey(header).replace(/\(.*?\)$/, ''));

export interface ImportArea { id: string; name: string; kana: string; schools: string[] }

export interface ImportContext {
  areas: readonly ImportArea[];
  /** Slugs already taken (content/activities and imports waiting). */
  takenSlugs: ReadonlySet<string>;
  /** `nameKey` of every activity already there, to the file it is in: a second import of a sheet adds nothing. */
  existingNames: ReadonlyMap<string, string>;
}

export interface SheetRow {
  /** Row number as the coordinator sees it in the spreadsheet (the header is row 1). */
  line: number;
  cells: Record<string, string>;
}

export interface ImportedEntry { line: number; slug: string; data: Record<string, unknown>; review: string[] }
export interface SkippedRow { line: number; name: string; reasons: string[] }

export interface ImportResult {
  entries: ImportedEntry[];
  skipped: SkippedRow[];
  /** Remarks about the whole file: columns not understood, private columns left out. */
  notes: string[];
}

const clean = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
const compact = (s: string) => clean(s).replace(/[\s・]/g, '');

/** Names compared for duplicates: 「サロン・ひだまり」 and 「サロン ひだまり」 are the same activity. */
export const nameKey = compact;
const splitList = (s: string) => clean(s).split(/\s*[、,;；/／\n]\s*/).filter(Boolean);

const CATEGORY_WORDS: [RegExp, Category][] = [
  [/相談/, '相談窓口'],
  [/子ども食堂|こども食堂|食堂|フード|食の|配食|食事/, '子ども食堂・食の支援'],
  [/子育て|親子|赤ちゃん|乳幼児|ママ|パパ/, '子育て'],
  [/通いの場|体操|運動|ウォーキング|ヨガ|健康/, '通いの場・体操'],
  [/サロン|茶話会|お茶|喫茶|カフェ/, 'サロン・茶話会'],
  [/居場所/, '居場所'],
  [/就労|仕事|働/, '就労・役割'],
  [/見守り|生活支援|買い物|ゴミ出し|ごみ出し|移動支援/, '見守り・生活支援'],
  [/ボランティア/, 'ボランティア'],
  [/学び|趣味|教室|講座|サークル|歌|手芸|囲碁|将棋/, '学び・趣味'],
];

const TARGET_WORDS: [RegExp, Target][] = [
  [/どなた|誰でも|だれでも|一般|全世代|制限なし/, 'どなたでも'],
  [/高齢|シニア|お年寄り|65歳/, '高齢者'],
  [/障害|障がい|障碍/, '障害のある人'],
  [/子ども|こども|子育て|親子|乳幼児|児童|小学生|中学生/, '子ども・子育て世帯'],
  [/生活|困窮|お困り/, '生活にお困りの人'],
];

const ACCESSIBILITY_WORDS: [RegExp, (typeof ACCESSIBILITY)[number]][] = [
  [/車いす|車椅子|車イス/, '車いす可'],
  [/多目的トイレ|だれでもトイレ|誰でもトイレ|バリアフリートイレ/, '多目的トイレ'],
  [/駐車場/, '駐車場あり'],
  [/手話/, '手話対応'],
  [/筆談/, '筆談対応'],
  [/送迎/, '送迎あり'],
  [/エレベーター|EV/i, 'エレベーターあり'],
  [/段差なし|段差がない|スロープ|フラット/, '段差なし'],
];

function mapCategory(text: string): Category | undefined {
  const t = clean(text);
  return (CATEGORIES as readonly string[]).includes(t) ? (t as Category) : CATEGORY_WORDS.find(([re]) => re.test(t))?.[1];
}

function mapTargets(text: string) {
  const targets = new Set<Target>();
  const unknown: string[] = [];
  for (const part of clean(text).split(/\s*[、,;；/／\n]\s*/).filter(Boolean)) {
    if ((TARGETS as readonly string[]).includes(part)) targets.add(part as Target);
    else {
      const found = TARGET_WORDS.filter(([re]) => re.test(part)).map(([, t]) => t);
      if (found.length) for (const t of found) targets.add(t);
      else unknown.push(part);
    }
  }
  return { targets: TARGETS.filter((t) => targets.has(t)), unknown };
}

function mapAccessibility(text: string) {
  const found = new Set<string>();
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const hits = ACCESSIBILITY_WORDS.filter(([re]) => re.test(part)).map(([, a]) => a);
    if (hits.length) for (const h of hits) found.add(h);
    else if (!/^(なし|無し|-)$/.test(part)) unknown.push(part);
  }
  return { accessibility: ACCESSIBILITY.filter((a) => found.has(a)), unknown };
}

const schoolKey = (s: string) => compact(s).replace(/小学校区?$|小$|校区$/, '');

function findArea(areaText: string, schoolText: string, areas: readonly ImportArea[]) {
  const key = compact(areaText);
  const byName = key
    ? areas.find((a) => [a.id, a.name, a.name.replace(/地区$/, ''), a.kana].some((n) => compact(n).toLowerCase() === key.toLowerCase()))
    : undefined;
  const school = schoolKey(schoolText);
  const bySchool = school ? areas.find((a) => a.schools.some((s) => schoolKey(s) === school)) : undefined;
  return { area: byName ?? (key ? undefined : bySchool), bySchool, school: bySchool?.schools.find((s) => schoolKey(s) === school) };
}

/** 2026-04-01, 2026/4/1, 2026年4月1日, 令和8年4月1日, R8.4.1 → 2026-04-01 (a real calendar date) or undefined. */
export function parseSheetDate(text: string): string | undefined {
  const t = clean(text);
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?$/.exec(t);
  let year = m ? Number(m[1]) : NaN;
  if (!m) {
    m = /^(?:令和|R)\s*(\d{1,2}|元)\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})日?$/i.exec(t);
    if (m) year = 2018 + (m[1] === '元' ? 1 : Number(m[1]));
  }
  if (!m) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The facility at the end of an address (「…2-5 北町公民館」→「北町公民館」), as a venue name. */
const venueFromAddress = (address: string) => /\s(\S*(?:館|センター|集会所|会館|ハウス|ホール|公園|支所|役所|室))$/.exec(address)?.[1];

const MOBILE = /^0[789]0/;

/** Turn the rows of one sheet into entries and skipped rows. `headers` are the sheet's first row. */
export function importRows(headers: readonly string[], rows: readonly SheetRow[], ctx: ImportContext): ImportResult {
  const notes: string[] = [];
  const fieldOf = new Map<string, Field>();
  for (const header of headers) {
    const key = headerKey(header);
    if (!key) continue;
    const field = fieldOfHeader(header);
    const earlier = [...fieldOf].find(([, f]) => f === field)?.[0];
    if (field && earlier) notes.push(`「${header}」は「${earlier}」と同じ項目なので、「${earlier}」の列を使いました`);
    else if (field) fieldOf.set(header, field);
    else if (PRIVATE_COLUMNS.some((p) => headerKey(p) === key)) notes.push(`「${header}」の列は個人の情報なので取り込みませんでした`);
    else if (!IGNORED_COLUMNS.some((c) => headerKey(c) === key)) notes.push(`「${header}」の列は使い道がわからないため取り込みませんでした`);
  }
  if (!headers.some((h) => fieldOf.get(h) === 'name')) notes.push('「名称」（活動名）の列が見つかりません。1行目に項目名を書いてください');

  const entries: ImportedEntry[] = [];
  const skipped: SkippedRow[] = [];
  const taken = new Set(ctx.takenSlugs);
  const seenNames = new Map<string, number>();

  for (const row of rows) {
    const get = (field: Field) => {
      const header = headers.find((h) => fieldOf.get(h) === field);
      return header ? clean(row.cells[header]) : '';
    };
    if (!Object.values(row.cells).some((v) => clean(v))) continue;

    const reasons: string[] = [];
    const review: string[] = [];
    const name = get('name');
    if (!name) reasons.push('名称（活動名）がありません');

    const kanaSource = get('kana') || (/^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s0-9A-Za-z]+$/u.test(name) ? name : '');
    const kana = readingOnly(toHiragana(kanaSource)).replace(/\s+/g, ' ').trim();
    if (name && !kana) reasons.push('よみがな（名称_カナ）がありません。名称に漢字があるときは読みの列が要ります');

    const { area, bySchool, school } = findArea(get('area'), get('schoolDistrict'), ctx.areas);
    if (!area) {
      reasons.push(
        get('area')
          ? `地区「${get('area')}」が content/areas/ にありません`
          : get('schoolDistrict')
            ? `小学校区「${get('schoolDistrict')}」がどの地区にもありません（content/areas/ の schools）`
            : '地区（または小学校区）がありません',
      );
    }
    const category = mapCategory(get('category'));
    if (!category) {
      reasons.push(get('category') ? `種別「${get('category')}」を分類（「${CATEGORIES.join('」「')}」）に当てはめられません` : '種別（分類）がありません');
    }
    const address = get('address');
    if (!address) reasons.push('住所がありません');

    const status = get('status');
    if (/終了|廃止/.test(status)) reasons.push('終了した活動です');

    const key = nameKey(name);
    const published = ctx.existingNames.get(key);
    if (published) reasons.push(`同じ名前の活動がすでにあります（${published}）`);
    const earlier = seenNames.get(key);
    if (name && earlier !== undefined) reasons.push(`${earlier}行目と同じ名前です`);
    if (name && earlier === undefined) seenNames.set(key, row.line);

    if (reasons.length) {
      skipped.push({ line: row.line, name, reasons });
      continue;
    }

    // From here on the row becomes an entry; each default filled in is named for the editor.
    let schoolDistrict: string | undefined;
    if (get('schoolDistrict')) {
      if (bySchool && bySchool.id === area!.id) schoolDistrict = school;
      else review.push(`小学校区「${get('schoolDistrict')}」は${area!.name}の小学校区（${area!.schools.join('・') || 'なし'}）にないため、空にしました`);
    }

    const { targets, unknown: unknownTargets } = mapTargets(get('targets'));
    if (!targets.length) {
      targets.push('どなたでも');
      review.push(get('targets') ? `対象「${get('targets')}」を当てはめられないため「どなたでも」にしました` : '対象がないため「どなたでも」にしました');
    } else if (unknownTargets.length) review.push(`対象のうち「${unknownTargets.join('」「')}」は当てはめられませんでした`);

    const venue: Record<string, unknown> = { name: get('venueName') || venueFromAddress(address) || address, address };
    if (!get('venueName')) review.push(`会場名がないため「${String(venue.name)}」にしました`);
    for (const [field, key, min, max] of [['lat', 'lat', -90, 90], ['lng', 'lng', -180, 180]] as const) {
      const text = get(field);
      if (!text) continue;
      const n = Number(text);
      if (Number.isFinite(n) && n >= min && n <= max) venue[key] = n;
      else review.push(`${field === 'lat' ? '緯度' : '経度'}「${text}」が数値でないため、入れませんでした`);
    }

    const timeText = get('opens') ? `${get('opens')}〜${get('closes')}` : get('time');
    const daysText = get('days') || get('scheduleNote');
    const { rules, unmapped } = parseScheduleText(daysText, timeText);
    for (const u of unmapped) review.push(`開催日時「${u}」を曜日・時刻に直せませんでした（開催日時の補足にそのまま入れています）`);
    if (!daysText && !timeText) review.push('開催日時がありません');
    if (get('days') && get('scheduleNote')) review.push(`利用可能日時特記事項「${get('scheduleNote')}」は取り込んでいません。必要なら開催日時の補足に書きます`);

    const costText = get('cost');
    const cost = /^(無料|0円|なし|無し|0)$/.test(costText) ? { free: true } : { free: false, text: costText || '費用は問い合わせ先にご確認ください' };
    if (!costText) review.push('料金がないため「費用は問い合わせ先にご確認ください」にしました');

    // The 予約 column decides; without it, the way to join may say (「直接お越しください」「前日までに電話で予約」).
    const howToJoinText = get('howToJoin');
    const reservationSaid = get('reservation')
      ? /不要|なし|無し|いらない/.test(get('reservation')) ? '不要' : /要|必要|あり/.test(get('reservation')) ? '要' : undefined
      : /不要|直接/.test(howToJoinText) ? '不要' : /予約|申込|申し込/.test(howToJoinText) ? '要' : undefined;
    const reservation = reservationSaid ?? '要';
    if (!reservationSaid) review.push('予約の要・不要がわからないため「要」にしました');
    const howToJoin = howToJoinText || '参加する前に、問い合わせ先にご連絡ください。';
    if (!howToJoinText) review.push('参加のしかたがないため「参加する前に、問い合わせ先にご連絡ください。」にしました');

    const capacityText = get('capacity');
    const capacity = /^\d+\s*(人|名)?(程度|まで)?$/.test(capacityText) ? Number(capacityText.match(/\d+/)![0]) : undefined;
    if (capacityText && !capacity) review.push(`定員「${capacityText}」が人数でないため、入れませんでした`);

    const { accessibility, unknown: unknownAccess } = mapAccessibility(get('accessibility'));
    if (unknownAccess.length) review.push(`バリアフリー情報のうち「${unknownAccess.join('」「')}」は当てはめられませんでした`);

    const contact: Record<string, unknown> = { organization: get('organization') || name };
    if (!get('organization')) review.push(`団体名がないため、活動名「${name}」を問い合わせ先にしました`);
    const phone = get('phone');
    if (phone && /^[0-9()\- ]+$/.test(phone)) {
      contact.phone = phone;
      if (MOBILE.test(phone.replace(/\D/g, ''))) review.push('電話番号が携帯電話の番号です。個人の番号なら、掲載してよいか本人に確認してください');
    } else if (phone) review.push(`電話番号「${phone}」が番号の形でないため、入れませんでした`);
    const email = get('email');
    if (email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) contact.email = email;
    else if (email) review.push(`メールアドレス「${email}」の形が正しくないため、入れませんでした`);
    const url = get('url');
    if (url && /^https?:\/\/\S+$/.test(url)) contact.url = url;
    else if (url) review.push(`URL「${url}」が http:// か https:// で始まらないため、入れませんでした`);

    const summary = get('summary') || `${String(venue.name)}で開かれている${category}の活動です。`;
    if (!get('summary')) review.push('説明（紹介文）がないため、仮の文を入れました');

    const verifiedAt = parseSheetDate(get('verifiedAt'));
    if (!verifiedAt) {
      review.push(get('verifiedAt')
        ? `最終確認日「${get('verifiedAt')}」が日付として読めません。団体に確認した日を verifiedAt に書きます`
        : '最終確認日がありません。団体に確認した日を verifiedAt に書きます');
    }
    if (get('notes')) review.push(`備考：「${get('notes')}」`);
    review.push('はじめての方へ（見学・体験・支援者の同行）を団体に確認してください');

    let slug = kanaSlug(kana, area!.id) || `${area!.id}-activity`;
    for (let n = 2; taken.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
    taken.add(slug);

    entries.push({
      line: row.line,
      slug,
      review,
      data: {
        slug, name, kana, summary, category, targets, area: area!.id, ...(schoolDistrict ? { schoolDistrict } : {}), venue,
        schedule: rules, cost, reservation, ...(capacity ? { capacity } : {}), accessibility, contact, howToJoin,
        firstVisit: { visit: false, trial: false, accompany: false },
        status: /休止|休み/.test(status) ? 'paused' : 'active',
        ...(verifiedAt ? { verifiedAt } : {}),
      },
    });
  }
  return { entries, skipped, notes };
}

/**
 * The entry file: frontmatter whose comments tell the editor what to check, and a consent block left commented
 * out, because only the editor can say that the group agreed to be published.
 */
export function entryMdx(entry: ImportedEntry, source: string, today: string) {
  // Dates unquoted, as editors write them in every other entry.
  const body = yaml.dump(entry.data, { lineWidth: -1, noRefs: true }).replace(/^verifiedAt: '(\d{4}-\d{2}-\d{2})'$/m, 'verifiedAt: $1');
  const comments = [
    `# 取り込み元: ${source} の ${entry.line} 行目（${today} に取り込み）`,
    '# 要確認（確かめたら、この行ごと消します）:',
    '#   - 掲載承諾がまだありません。団体に掲載してよいか確かめてから、下の consent を書きます',
    ...entry.review.map((r) => `#   - ${r.replace(/\n/g, ' ')}`),
  ];
  const consent = ['# 掲載承諾を得たら、次の3行の先頭の # を外して、承諾した日を書きます:', '# consent:', '#   recorded: true', `#   date: ${today}`];
  return `---\n${comments.join('\n')}\n${body}${consent.join('\n')}\n---\n`;
}

/** The report the command prints: what was written, what needs checking, what was skipped and why. */
export function formatImportReport(result: ImportResult, source: string, outDir: string) {
  const lines = [`${source}: ${result.entries.length}件を取り込み、${result.skipped.length}行を飛ばしました。`];
  for (const note of result.notes) lines.push(`  ※${note}`);
  if (result.entries.length) {
    lines.push('', `取り込んだ活動（${outDir}/ に書きました。まだ公開されません）:`);
    for (const e of result.entries) lines.push(`  ${e.line}行目 → ${e.slug}（要確認 ${e.review.length + 1}件）`);
  }
  if (result.skipped.length) {
    lines.push('', '飛ばした行:');
    for (const s of result.skipped) lines.push(`  ${s.line}行目${s.name ? `「${s.name}」` : ''}: ${s.reasons.join('／')}`);
  }
  lines.push(
    '',
    'つぎにすること: 各ファイルの「要確認」を確かめ、団体から掲載承諾を得たら consent を書き、',
    `フォルダーごと content/activities/ へ移します。npm run build がすべての項目を検査します。`,
  );
  return `${lines.join('\n')}\n`;
}

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, readSources } from '../../src/lib/content-check';
import { type ImportContext, entryMdx, fieldOfHeader, headerKey, importRows, nameKey, parseSheetDate } from '../../src/lib/importer';
import { cellText, decodeText, readSheet } from '../../src/lib/sheet';

const GOOD = new URL('../fixtures/good', import.meta.url).pathname;
const SAMPLES = new URL('../fixtures/import/', import.meta.url).pathname;

/** The good fixture plus a second area, as the samples name both. */
function scratch() {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync(GOOD, root, { recursive: true });
  cpSync(join(SAMPLES, 'areas'), join(root, 'content/areas'), { recursive: true });
  return root;
}

function contextFor(root: string): ImportContext {
  const sources = readSources(root);
  const activities = sources.filter((s) => s.collection === 'activities');
  return {
    areas: sources.filter((s) => s.collection === 'areas').map((s) => ({
      id: String(s.data.id), name: String(s.data.name), kana: String(s.data.kana), schools: s.data.schools as string[],
    })),
    takenSlugs: new Set(activities.map((s) => String(s.data.slug))),
    existingNames: new Map(activities.map((s) => [nameKey(String(s.data.name)), s.file])),
  };
}

async function importSample(file: string) {
  const root = scratch();
  const sheet = await readSheet(join(SAMPLES, file));
  return { root, sheet, result: importRows(sheet.headers, sheet.rows, contextFor(root)) };
}

/** What an editor does after confirming with the group: uncomment consent, add 最終確認日 if the sheet had none. */
const recordConsent = (mdx: string) =>
  mdx
    .replace('# consent:\n#   recorded: true\n#   date: ', 'consent:\n  recorded: true\n  date: ')
    .replace(/^status: (\w+)$/m, (line) => (/^verifiedAt:/m.test(mdx) ? line : `${line}\nverifiedAt: 2026-12-03`));

function publish(root: string, entries: { slug: string; mdx: string }[]) {
  for (const e of entries) {
    mkdirSync(join(root, 'content/activities', e.slug), { recursive: true });
    writeFileSync(join(root, 'content/activities', e.slug, 'index.mdx'), e.mdx);
  }
  return checkContent(root);
}

describe.each([
  {
    file: 'katsudo-utf8.csv', encoding: 'UTF-8',
    imported: { 2: 'kita-saron-hidamari', 3: 'minami-kosodatehiroba-tsumiki', 8: 'kita-oshaberi-kafe' },
    skipped: {
      4: '名称（活動名）がありません',
      5: '地区「東部地区」が content/areas/ にありません',
      6: '種別「その他」を分類（「サロン・茶話会」「通いの場・体操」「子ども食堂・食の支援」「子育て」「居場所」「学び・趣味」「就労・役割」「見守り・生活支援」「相談窓口」「ボランティア」）に当てはめられません',
      7: '同じ名前の活動がすでにあります（content/activities/salon-test/index.mdx）',
      10: 'よみがな（名称_カナ）がありません。名称に漢字があるときは読みの列が要ります',
    },
  },
  {
    file: 'katsudo-sjis.csv', encoding: 'Shift_JIS',
    imported: { 2: 'kita-kitamachi-taisoukurabu', 3: 'minami-fureaishokudou', 6: 'minami-wakaba-yomikikase' },
    skipped: { 4: '終了した活動です', 5: '住所がありません' },
  },
  {
    file: 'katsudo.xlsx', encoding: undefined,
    imported: { 2: 'kita-pasokonkyoushitsu-iroha', 3: 'kita-mimamoritai-hokubu', 5: 'minami-wakaba-wokingu' },
    skipped: { 4: '種別（分類）がありません', 6: '小学校区「西小学校」がどの地区にもありません（content/areas/ の schools）' },
  },
])('importing $file', ({ file, encoding, imported, skipped }) => {
  it('reads the file in its encoding', async () => {
    const { sheet } = await importSample(file);
    expect(sheet.encoding).toBe(encoding);
    expect(sheet.headers[0]).toMatch(/^(名称|活動名)$/);
  });

  it('turns the good rows into entries with ASCII slugs from the kana, and reports each bad row with its reason', async () => {
    const { result } = await importSample(file);
    expect(Object.fromEntries(result.entries.map((e) => [e.line, e.slug]))).toEqual(imported);
    expect(Object.fromEntries(result.skipped.map((s) => [s.line, s.reasons.join('／')]))).toEqual(skipped);
  });

  it('writes entries that the content check refuses only for want of consent (and 最終確認日 where the sheet had none)', async () => {
    const { root, result } = await importSample(file);
    const problems = publish(root, result.entries.map((e) => ({ slug: e.slug, mdx: entryMdx(e, file, '2026-12-03') })));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(['consent', 'verifiedAt']).toContain(p.field);
    expect(problems.filter((p) => p.field === 'consent').map((p) => p.file).sort()).toEqual(
      result.entries.map((e) => `content/activities/${e.slug}/index.mdx`).sort(),
    );
  });

  it('writes entries that pass the content check once an editor records consent', async () => {
    const { root, result } = await importSample(file);
    expect(publish(root, result.entries.map((e) => ({ slug: e.slug, mdx: recordConsent(entryMdx(e, file, '2026-12-03')) })))).toEqual([]);
  });
});

describe('what the importer maps and marks', () => {
  const entry = async (file: string, slug: string) => (await importSample(file)).result.entries.find((e) => e.slug === slug)!;

  it('maps open-data columns, schedule words and Excel date, time, link and rich-text cells', async () => {
    const e = await entry('katsudo.xlsx', 'kita-pasokonkyoushitsu-iroha');
    expect(e.data).toMatchObject({
      name: 'パソコン教室 いろは', kana: 'ぱそこんきょうしつ いろは', category: '学び・趣味', targets: ['高齢者', 'どなたでも'],
      area: 'kita', schoolDistrict: '北小学校', venue: { name: '北町公民館 学習室', lat: 33.31, lng: 130.52 },
      schedule: [{ freq: 'weekly', weekdays: ['fri'], nth: [], opens: '13:30', closes: '15:00' }],
      summary: 'スマートフォンとパソコンの使い方を教え合う教室です。', cost: { free: false, text: '1回200円' }, reservation: '要',
      capacity: 12, contact: { phone: '0000-11-7777', url: 'https://iroha.example.jp/' }, verifiedAt: '2026-07-01', status: 'active',
    });
    expect(e.data).not.toHaveProperty('consent');
  });

  it('reads column-name variants, 令和 dates, the area from the school, 午前 times; leaves private columns out', async () => {
    const { result } = await importSample('katsudo-sjis.csv');
    expect(result.notes).toEqual(['「代表者」の列は個人の情報なので取り込みませんでした']);
    const e = result.entries.find((x) => x.slug === 'kita-kitamachi-taisoukurabu')!;
    expect(e.data).toMatchObject({
      area: 'kita', schoolDistrict: '北小学校', category: '通いの場・体操', targets: ['高齢者'], cost: { free: true },
      schedule: [{ freq: 'weekly', weekdays: ['mon', 'thu'], opens: '10:00', closes: '11:00' }], verifiedAt: '2026-10-01',
    });
    expect(JSON.stringify(e)).not.toContain('山田');
    expect(e.review).toContain('備考：「雨の日も開きます」');
    expect(result.entries.find((x) => x.slug === 'minami-fureaishokudou')!.data).toMatchObject({
      status: 'paused', schedule: [{ freq: 'monthly', weekdays: ['sun'], nth: [3], opens: '11:30', closes: '13:00' }],
    });
  });

  it('marks for the editor every default it fills in and everything it could not map', async () => {
    const e = await entry('katsudo-utf8.csv', 'kita-oshaberi-kafe');
    expect(e.review).toEqual([
      '会場名がないため「北町ふれあいハウス」にしました',
      '開催日時「毎月15日」を曜日・時刻に直せませんでした（開催日時の補足にそのまま入れています）',
      '料金がないため「費用は問い合わせ先にご確認ください」にしました',
      '予約の要・不要がわからないため「要」にしました',
      '参加のしかたがないため「参加する前に、問い合わせ先にご連絡ください。」にしました',
      '団体名がないため、活動名「おしゃべり かふぇ」を問い合わせ先にしました',
      '電話番号が携帯電話の番号です。個人の番号なら、掲載してよいか本人に確認してください',
      '説明（紹介文）がないため、仮の文を入れました',
      '最終確認日がありません。団体に確認した日を verifiedAt に書きます',
      'はじめての方へ（見学・体験・支援者の同行）を団体に確認してください',
    ]);
    expect(e.data.schedule).toEqual([{ freq: 'irregular', weekdays: [], nth: [], skipHolidays: false, closedDates: [], note: '毎月15日 14:00〜16:00' }]);
    const walking = await entry('katsudo.xlsx', 'minami-wakaba-wokingu');
    expect(walking.review).toEqual(expect.arrayContaining([
      '緯度「北緯33度」が数値でないため、入れませんでした',
      'URL「wakaba.example.jp」が http:// か https:// で始まらないため、入れませんでした',
      '定員「たくさん」が人数でないため、入れませんでした',
      '開催日時「隔週火曜」を曜日・時刻に直せませんでした（開催日時の補足にそのまま入れています）',
    ]));
  });

  it('says in the file what to check, and leaves consent for the editor to write', async () => {
    const e = await entry('katsudo-utf8.csv', 'kita-saron-hidamari');
    const mdx = entryMdx(e, 'katsudo-utf8.csv', '2026-12-03');
    expect(mdx).toMatch(/^---\n# 取り込み元: katsudo-utf8\.csv の 2 行目（2026-12-03 に取り込み）\n# 要確認/);
    expect(mdx).toContain('#   - 掲載承諾がまだありません。');
    expect(mdx).toContain('# consent:\n#   recorded: true\n#   date: 2026-12-03\n---\n');
    expect(mdx).not.toMatch(/^consent:/m);
    expect(mdx).toContain('\nverifiedAt: 2026-10-01\n');
  });

  it('reads the first of two columns that mean the same, and says so', () => {
    const { notes, entries } = importRows(
      ['名称', '活動名', 'よみがな', '種別', '地区', '住所'],
      [{ line: 2, cells: { 名称: 'サロン あおば', 活動名: '別の名前', よみがな: 'さろん あおば', 種別: 'サロン', 地区: 'kita', 住所: 'テスト市北町1-1' } }],
      contextFor(scratch()),
    );
    expect(notes).toEqual(['「活動名」は「名称」と同じ項目なので、「名称」の列を使いました']);
    expect(entries[0]!.data.name).toBe('サロン あおば');
  });

  it('takes 予約 from its column, else from the way to join', () => {
    const ctx = contextFor(scratch());
    const reservation = (cells: Record<string, string>) =>
      importRows(['名称', '種別', '地区', '住所', ...Object.keys(cells)], [{ line: 2, cells: { 名称: 'さろん', 種別: 'サロン', 地区: 'kita', 住所: 'テスト市北町1-1', ...cells } }], ctx)
        .entries[0]!;
    expect(reservation({ 予約: '要', 参加方法: '直接お越しください' }).data.reservation).toBe('要');
    expect(reservation({ 予約: '不要' }).data.reservation).toBe('不要');
    expect(reservation({ 参加方法: '当日、直接お越しください' }).data.reservation).toBe('不要');
    expect(reservation({ 参加方法: '前日までに電話で予約してください' }).data.reservation).toBe('要');
    const unknown = reservation({});
    expect(unknown.data.reservation).toBe('要');
    expect(unknown.review).toContain('予約の要・不要がわからないため「要」にしました');
  });

  it('never reuses a slug that is taken', async () => {
    const root = scratch();
    const sheet = await readSheet(join(SAMPLES, 'katsudo-utf8.csv'));
    const ctx = contextFor(root);
    const { entries } = importRows(sheet.headers, sheet.rows, { ...ctx, takenSlugs: new Set([...ctx.takenSlugs, 'kita-saron-hidamari']) });
    expect(entries[0]!.slug).toBe('kita-saron-hidamari-2');
  });
});

describe('npm run import:activities', () => {
  it('writes the entries into imports/activities/ and prints the report', () => {
    const root = scratch();
    const script = (path: string) => new URL(`../../scripts/${path}`, import.meta.url).pathname;
    const run = spawnSync(process.execPath, ['--import', script('ts-resolve.mjs'), script('import-activities.ts'), join(SAMPLES, 'katsudo-sjis.csv')], {
      cwd: root, encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('文字コード: Shift_JIS\nkatsudo-sjis.csv: 3件を取り込み、2行を飛ばしました。');
    expect(run.stdout).toContain('  5行目「みなみ うたごえ」: 住所がありません');
    expect(readdirSync(join(root, 'imports/activities')).sort()).toEqual(['kita-kitamachi-taisoukurabu', 'minami-fureaishokudou', 'minami-wakaba-yomikikase']);
    expect(readFileSync(join(root, 'imports/activities/minami-fureaishokudou/index.mdx'), 'utf8')).toContain('name: ふれあい食堂');
    // Run again: everything is already waiting, so nothing is written twice.
    const again = spawnSync(process.execPath, ['--import', script('ts-resolve.mjs'), script('import-activities.ts'), join(SAMPLES, 'katsudo-sjis.csv')], {
      cwd: root, encoding: 'utf8',
    });
    expect(again.stdout).toContain('katsudo-sjis.csv: 0件を取り込み、5行を飛ばしました。');
    expect(again.stdout).toContain('  2行目「北町 体操クラブ」: 同じ名前の活動がすでにあります（imports/activities/kita-kitamachi-taisoukurabu/index.mdx）');
    expect(readdirSync(join(root, 'imports/activities'))).toHaveLength(3);
  });
});

describe('reading spreadsheet cells', () => {
  it('tells UTF-8 (with or without BOM) from Shift_JIS', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe3, 0x81, 0x82]))).toEqual({ text: 'あ', encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0x82, 0xa0, 0x96, 0xbc, 0x8f, 0xcc]))).toEqual({ text: 'あ名称', encoding: 'Shift_JIS' });
  });

  it('turns Excel cells into the text the coordinator sees', () => {
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 13, 30)))).toBe('13:30');
    expect(cellText(new Date(Date.UTC(2026, 6, 1)))).toBe('2026-07-01');
    expect(cellText({ richText: [{ text: 'お茶' }, { text: 'と会話' }] })).toBe('お茶と会話');
    expect(cellText({ text: 'サイト', hyperlink: 'https://x.example/' })).toBe('サイト');
    expect(cellText({ formula: 'A1+1', result: 3 } as never)).toBe('3');
    expect(cellText(null)).toBe('');
  });

  it('knows a column by its name after width and spaces are evened out, or without a trailing unit', () => {
    expect(headerKey(' ＵＲＬ ')).toBe('url');
    expect(fieldOfHeader('名称（カナ）')).toBe('kana');
    expect(fieldOfHeader('名称')).toBe('name');
    expect(fieldOfHeader('開始時間(HH:MM)')).toBe('opens');
    expect(fieldOfHeader('ＴＥＬ')).toBe('phone');
    expect(fieldOfHeader('代表者')).toBeUndefined();
  });

  it('reads dates as coordinators write them, refusing ones not on the calendar', () => {
    expect(parseSheetDate('2026/4/1')).toBe('2026-04-01');
    expect(parseSheetDate('2026年4月1日')).toBe('2026-04-01');
    expect(parseSheetDate('令和8年10月1日')).toBe('2026-10-01');
    expect(parseSheetDate('R8.8.20')).toBe('2026-08-20');
    expect(parseSheetDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseSheetDate('2026-02-30')).toBeUndefined();
    expect(parseSheetDate('そのうち')).toBeUndefined();
  });
});

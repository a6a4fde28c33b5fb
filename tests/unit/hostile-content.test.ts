/**
 * Hostile and mistaken content, applied one case at a time to a scratch copy of the sample content.
 * Each case is either rejected with one clear line (file, line, field, what is expected, in Japanese) or accepted,
 * and the check never throws. The cases that could run code or inject markup are also built for real (below).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type ContentProblem, checkContent, formatProblem } from '../../src/lib/content-check';

const ROOT = new URL('../../', import.meta.url).pathname;
const ACTIVITY = 'content/activities/salon-hinatabokko/index.mdx';
const ACTIVITY_2 = 'content/activities/kita-ikiiki-taiso/index.mdx';
const ARTICLE = 'content/articles/report-hinatabokko-500-kaime/index.mdx';
const NOTICE = 'content/notices/kita-sasaeai-2027-01/index.mdx';
const COURSE = 'content/notices/kurashi-supporter-kenshu-2027-fuyu/index.mdx';
const SOUDAN = 'content/activities/chuo-houkatsu-center/index.mdx';
const AREA = 'content/areas/kita.yaml';
const SITE = 'content/site.yaml';
const PAGE = 'content/pages/about/index.mdx';

type Edit = (text: string) => string;
/** Replace a top-level frontmatter/YAML field's line (`key: …`) with `line`. */
const setField = (key: string, line: string): Edit => (t) => {
  const re = new RegExp(`^${key}:.*$`, 'm');
  if (!re.test(t)) throw new Error(`test setup: no ${key} in file`);
  return t.replace(re, line);
};
/** Remove a top-level field and its indented block. */
const dropField = (key: string): Edit => (t) => t.replace(new RegExp(`^${key}:.*\\n(?:(?:  |- ).*\\n)*`, 'm'), '');
/** Add lines just before the closing `---` of the frontmatter. */
const addField = (lines: string): Edit => (t) => t.replace(/\n---\n/, `\n${lines}\n---\n`);
/** Replace a top-level field (with its block) by `lines`, or add them. */
const putField = (key: string, lines: string): Edit => (t) => addField(lines)(dropField(key)(t));
const appendBody = (text: string): Edit => (t) => `${t.trimEnd()}\n\n${text}\n`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

interface Rejected {
  file: string;
  field?: string;
  /** The line, or the text of the line the problem must point at. */
  line?: number | string;
  message: RegExp;
}

interface Case {
  name: string;
  edit: Record<string, Edit | string | null>;
  /** Rejected with this problem, or `'accepted'`. */
  expect: Rejected | 'accepted';
}

const PAYLOAD = 'みそ汁</script><script>document.documentElement.dataset.pwned=1</script>';

const cases: Case[] = [
  // — Code and markup in bodies (the MDX allow-list) —
  {
    name: 'a frontmatter fence followed by text, hiding an expression that would run at build time',
    edit: { [ACTIVITY]: (t) => t.replace(/\n---\n/, "\n---x: |\n  {process.getBuiltinModule('node:fs').writeFileSync('pwned.txt', 'x')}\n---\n") },
    expect: { file: ACTIVITY, line: '---x: |', message: /---/ },
  },
  { name: 'a built-in prototype name as an element', edit: { [ARTICLE]: appendBody('<constructor>中身</constructor>') }, expect: { file: ARTICLE, line: '<constructor>', message: /<constructor> は使えません/ } },
  { name: 'valueOf as a component with an attribute', edit: { [ARTICLE]: appendBody('<valueOf title="x" />') }, expect: { file: ARTICLE, line: '<valueOf', message: /<valueOf> は使えません/ } },
  { name: 'hasOwnProperty as a component', edit: { [ARTICLE]: appendBody('<hasOwnProperty />') }, expect: { file: ARTICLE, line: '<hasOwnProperty', message: /は使えません/ } },
  { name: 'toString as an attribute of an allowed component', edit: { [ARTICLE]: appendBody('<Note title="a" toString="b">x</Note>') }, expect: { file: ARTICLE, line: 'toString=', message: /toString 属性は使えません/ } },
  { name: '<script> in a body', edit: { [ARTICLE]: appendBody('<script>alert(1)</script>') }, expect: { file: ARTICLE, line: '<script>', message: /<script> は使えません/ } },
  { name: '<script> inside an allowed component', edit: { [ARTICLE]: appendBody('<Note title="a">\n\n<script>alert(1)</script>\n\n</Note>') }, expect: { file: ARTICLE, line: '<script>alert', message: /<script> は使えません/ } },
  { name: '<style> in a body', edit: { [ARTICLE]: appendBody('<style>body{display:none}</style>') }, expect: { file: ARTICLE, line: '<style>', message: /<style> は使えません|本文を読み取れません/ } },
  { name: '<iframe> in a body', edit: { [ARTICLE]: appendBody('<iframe src="https://example.com/" />') }, expect: { file: ARTICLE, line: '<iframe', message: /<iframe> は使えません/ } },
  { name: '<img> with an onerror handler', edit: { [ARTICLE]: appendBody('<img src="x" onerror="alert(1)" />') }, expect: { file: ARTICLE, line: '<img', message: /<img> は使えません/ } },
  { name: 'an expression', edit: { [ARTICLE]: appendBody('合計 {1 + 1} 人') }, expect: { file: ARTICLE, line: '{1 + 1}', message: /「\{…\}」の式は使えません/ } },
  { name: 'an expression that reads the environment', edit: { [ARTICLE]: appendBody('{process.env.HOME}') }, expect: { file: ARTICLE, line: 'process.env', message: /「\{…\}」の式は使えません/ } },
  { name: 'import', edit: { [ARTICLE]: appendBody("import fs from 'node:fs'") }, expect: { file: ARTICLE, line: 'import fs', message: /import \/ export は使えません/ } },
  { name: 'export', edit: { [ARTICLE]: appendBody('export const x = globalThis.process') }, expect: { file: ARTICLE, line: 'export const', message: /import \/ export は使えません/ } },
  { name: 'an on* attribute on an allowed component', edit: { [ARTICLE]: appendBody('<Note title="a" onClick="alert(1)">x</Note>') }, expect: { file: ARTICLE, line: 'onClick', message: /onClick 属性は使えません/ } },
  { name: 'a spread attribute', edit: { [ARTICLE]: appendBody('<Note {...globalThis}>x</Note>') }, expect: { file: ARTICLE, line: '<Note {...', message: /「\{…\}」の属性は使えません/ } },
  { name: 'an expression attribute', edit: { [ARTICLE]: appendBody('<Note title={process.cwd()}>x</Note>') }, expect: { file: ARTICLE, line: 'title={', message: /"…" で囲んだ文字/ } },
  { name: 'a javascript: link', edit: { [ARTICLE]: appendBody('[押す](javascript:alert(1))') }, expect: { file: ARTICLE, line: '[押す]', message: /javascript: のURLは使えません/ } },
  { name: 'a JAVASCRIPT: link in capitals', edit: { [ARTICLE]: appendBody('[押す](JAVASCRIPT:alert(1))') }, expect: { file: ARTICLE, line: '[押す]', message: /URLは使えません/ } },
  { name: 'a javascript: link definition', edit: { [ARTICLE]: appendBody('[押す][x]\n\n[x]: javascript:alert(1)') }, expect: { file: ARTICLE, line: '[x]: javascript', message: /URLは使えません/ } },
  { name: 'a vbscript: link', edit: { [ARTICLE]: appendBody('[押す](vbscript:msgbox)') }, expect: { file: ARTICLE, line: '[押す]', message: /URLは使えません/ } },
  { name: 'a data: link', edit: { [ARTICLE]: appendBody('[押す](data:text/html;base64,PHNjcmlwdD4=)') }, expect: { file: ARTICLE, line: '[押す]', message: /URLは使えません/ } },
  { name: 'an HTML comment (not MDX)', edit: { [ARTICLE]: appendBody('<!-- メモ -->') }, expect: { file: ARTICLE, line: '<!--', message: /本文を読み取れません/ } },
  { name: 'a stray brace', edit: { [ARTICLE]: appendBody('開催日 { 未定') }, expect: { file: ARTICLE, line: '{ 未定', message: /本文を読み取れません|「\{…\}」/ } },
  { name: 'a level-1 heading in a body', edit: { [ARTICLE]: appendBody('# 大見出し') }, expect: { file: ARTICLE, line: '# 大見出し', message: /大見出し/ } },
  { name: 'an external image in a body', edit: { [ARTICLE]: appendBody('![外の写真](http://example.com/a.jpg)') }, expect: { file: ARTICLE, line: '![外の写真]', message: /同じフォルダー/ } },
  { name: 'an image path leaving the entry folder', edit: { [ARTICLE]: appendBody('![写真](../report-manabi-pc-sumaho-soudan/hero.png)') }, expect: { file: ARTICLE, line: '![写真](../', message: /同じフォルダー/ } },
  { name: 'a missing image in a body, at its own line', edit: { [ARTICLE]: appendBody('![写真](./nai.jpg)') }, expect: { file: ARTICLE, line: '![写真](./nai.jpg)', message: /nai\.jpg/ } },
  { name: 'a body image without alt text', edit: { [ACTIVITY]: appendBody('![](./photo.jpg)') }, expect: { file: ACTIVITY, line: '![](./photo.jpg)', message: /代替テキスト/ } },
  { name: 'an ActivityCard for an activity that does not exist', edit: { [ARTICLE]: appendBody('<ActivityCard slug="no-such-activity" />') }, expect: { file: ARTICLE, line: 'no-such-activity', message: /「no-such-activity」という活動はありません/ } },
  { name: 'an ActivityCard without a slug', edit: { [ARTICLE]: appendBody('<ActivityCard />') }, expect: { file: ARTICLE, line: '<ActivityCard />', message: /slug/ } },
  { name: 'TOML frontmatter', edit: { [ARTICLE]: (t) => t.replace(/^---\n/, '+++\n').replace(/\n---\n/, '\n+++\n') }, expect: { file: ARTICLE, line: 1, message: /---/ } },
  { name: 'frontmatter that is never closed', edit: { [ARTICLE]: (t) => t.replace(/\n---\n/, '\n\n') }, expect: { file: ARTICLE, line: 1, message: /フロントマター/ } },
  { name: 'an empty file', edit: { [ARTICLE]: '' }, expect: { file: ARTICLE, line: 1, message: /空|フロントマター/ } },

  // — Markup in fields: accepted, and escaped wherever it goes (the build test below checks the output) —
  { name: 'a title that closes a script element', edit: { [ARTICLE]: setField('title', `title: '${PAYLOAD}'`) }, expect: 'accepted' },
  { name: 'an activity name with markup', edit: { [ACTIVITY]: setField('name', `name: '<img src=x onerror=alert(1)>サロン'`) }, expect: 'accepted' },
  { name: 'javascript: as a contact URL', edit: { [ACTIVITY]: (t) => t.replace(/^  email: .*$/m, (l) => `${l}\n  url: javascript:alert(1)`) }, expect: { file: ACTIVITY, field: 'contact.url', line: '  url: javascript', message: /https?:\/\// } },
  { name: 'javascript: as a meeting\'s online URL', edit: { [NOTICE]: addField('onlineUrl: javascript:alert(1)') }, expect: { file: NOTICE, field: 'onlineUrl', line: 'onlineUrl:', message: /https?:\/\// } },

  // — YAML mistakes —
  { name: 'YAML with bad indentation', edit: { [ACTIVITY]: (t) => t.replace(/^  address: (.*)$/m, ' address: $1') }, expect: { file: ACTIVITY, line: ' address:', message: /YAML の書き方に誤りがあります: .*字下げ/ } },
  { name: 'YAML indented with a tab', edit: { [ACTIVITY]: (t) => t.replace(/^  address: /m, '\taddress: ') }, expect: { file: ACTIVITY, line: '\taddress', message: /タブ/ } },
  { name: 'a key written twice', edit: { [ACTIVITY]: addField('name: 二つ目の名前') }, expect: { file: ACTIVITY, line: 'name: 二つ目の名前', message: /2回/ } },
  { name: 'an unclosed quote', edit: { [ACTIVITY]: setField('summary', 'summary: "閉じない引用符') }, expect: { file: ACTIVITY, line: 'summary: "', message: /YAML の書き方に誤りがあります: .*「"」/ } },
  { name: 'a YAML alias bomb', edit: { [AREA]: (t) => `${t}a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n` }, expect: { file: AREA, message: /別名/ } },
  { name: 'a data file that is a list, not a set of fields', edit: { [AREA]: '- kita\n- minami\n' }, expect: { file: AREA, line: 1, message: /項目名: 値/ } },
  { name: 'a syntax error in site.yaml', edit: { [SITE]: (t) => t.replace(/^shortName: (.*)$/m, 'shortName: "$1') }, expect: { file: SITE, message: /YAML の書き方に誤りがあります/ } },
  { name: 'site.yaml without the site name', edit: { [SITE]: setField('name', '') }, expect: { file: SITE, field: 'name', line: 1, message: /入力してください|必須/ } },
  { name: 'a byte-order mark', edit: { [ACTIVITY]: (t) => `\uFEFF${t}` }, expect: 'accepted' },
  { name: 'Windows line endings (CRLF)', edit: { [ACTIVITY]: (t) => t.replace(/\n/g, '\r\n') }, expect: 'accepted' },
  { name: 'a BOM and CRLF in a data file', edit: { [AREA]: (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}` }, expect: 'accepted' },

  // — Unknown keys: typos are not silently dropped —
  { name: 'Draft (a typo for draft)', edit: { [ARTICLE]: addField('Draft: true') }, expect: { file: ARTICLE, field: 'Draft', line: 'Draft: true', message: /Draft は未知の項目です。draft のことですか？/ } },
  { name: 'titel (a typo for title)', edit: { [ARTICLE]: addField('titel: 別のタイトル') }, expect: { file: ARTICLE, field: 'titel', line: 'titel:', message: /titel は未知の項目です。title のことですか？/ } },
  { name: 'a misspelt nested key', edit: { [ACTIVITY]: (t) => t.replace(/^  address: /m, '  adress: ') }, expect: { file: ACTIVITY, field: 'venue.adress', line: '  adress:', message: /adress は未知の項目です。address のことですか？/ } },
  { name: 'a key unlike any other', edit: { [NOTICE]: addField('zzz: 1') }, expect: { file: NOTICE, field: 'zzz', line: 'zzz: 1', message: /zzz は未知の項目です/ } },
  { name: '__proto__ as a key', edit: { [ACTIVITY]: addField('__proto__:\n  polluted: true') }, expect: { file: ACTIVITY, field: '__proto__', message: /未知の項目/ } },
  { name: 'an unknown key in a data file', edit: { [AREA]: (t) => `${t}colour: green\n` }, expect: { file: AREA, field: 'colour', line: 'colour:', message: /未知の項目/ } },

  { name: 'a story featuring people without their consent', edit: { [ARTICLE]: (t) => t.replace(/^  consent:\n(    .*\n)+/m, '') }, expect: { file: ARTICLE, field: 'people.consent', message: /同意/ } },
  { name: 'a story featuring people whose consent has no date', edit: { [ARTICLE]: (t) => t.replace(/^    date: .*\n/m, '') }, expect: { file: ARTICLE, field: 'people.consent.date', message: /同意を得た日/ } },

  // — Dates —
  { name: 'an impossible date (30 February)', edit: { [ARTICLE]: setField('publishedAt', 'publishedAt: 2025-02-30') }, expect: { file: ARTICLE, field: 'publishedAt', line: 'publishedAt:', message: /2025-02-30.*ありません/ } },
  { name: 'an impossible time (25:00)', edit: { [NOTICE]: setField('startsAt', 'startsAt: 2027-01-21T25:00:00+09:00') }, expect: { file: NOTICE, field: 'startsAt', line: 'startsAt:', message: /ありません/ } },
  { name: 'a date written with slashes', edit: { [ARTICLE]: setField('publishedAt', 'publishedAt: 2025/10/22') }, expect: { file: ARTICLE, field: 'publishedAt', line: 'publishedAt:', message: /2026-12-03 のように/ } },
  { name: 'a datetime without its offset', edit: { [NOTICE]: setField('startsAt', 'startsAt: 2027-01-21T14:00:00') }, expect: { file: NOTICE, field: 'startsAt', line: 'startsAt:', message: /\+09:00/ } },
  { name: 'verifiedAt in the future', edit: { [ACTIVITY]: setField('verifiedAt', 'verifiedAt: 2099-01-01') }, expect: { file: ACTIVITY, field: 'verifiedAt', line: 'verifiedAt:', message: /未来/ } },
  { name: 'a consent date in the future', edit: { [ACTIVITY]: (t) => t.replace(/^  date: .*$/m, '  date: 2099-01-01') }, expect: { file: ACTIVITY, field: 'consent.date', message: /未来/ } },
  { name: 'an end before the start', edit: { [NOTICE]: (t) => t.replace(/^endsAt: (\d{4}-\d{2}-\d{2})T\d{2}/m, 'endsAt: $1T01') }, expect: { file: NOTICE, field: 'endsAt', line: 'endsAt:', message: /終了日時は開始日時より後/ } },

  // — Required records —
  { name: 'an activity without consent', edit: { [ACTIVITY]: dropField('consent') }, expect: { file: ACTIVITY, field: 'consent', line: 1, message: /掲載承諾/ } },
  { name: 'consent recorded as false', edit: { [ACTIVITY]: (t) => t.replace(/^  recorded: true$/m, '  recorded: false') }, expect: { file: ACTIVITY, field: 'consent.recorded', line: '  recorded: false', message: /掲載承諾/ } },
  { name: 'an activity without verifiedAt', edit: { [ACTIVITY]: dropField('verifiedAt') }, expect: { file: ACTIVITY, field: 'verifiedAt', line: 1, message: /最終確認日/ } },
  { name: 'a paid activity without a cost text', edit: { [ACTIVITY]: (t) => t.replace(/^  text: 1回100円.*\n/m, '') }, expect: { file: ACTIVITY, field: 'cost.text', message: /金額/ } },
  { name: 'a monthly rule without 第n', edit: { [ACTIVITY]: (t) => t.replace('freq: weekly', 'freq: monthly') }, expect: { file: ACTIVITY, field: 'schedule.0.nth', message: /第何/ } },
  { name: 'a time in full-width digits', edit: { [ACTIVITY]: (t) => t.replace('opens: "10:00"', 'opens: "１０：００"') }, expect: { file: ACTIVITY, field: 'schedule.0.opens', line: 'opens:', message: /半角/ } },
  { name: 'a phone number with letters', edit: { [ACTIVITY]: (t) => t.replace(/^  phone: .*$/m, '  phone: "call-me"') }, expect: { file: ACTIVITY, field: 'contact.phone', line: '  phone:', message: /電話番号/ } },
  { name: 'an unknown area', edit: { [ACTIVITY]: setField('area', 'area: nowhere') }, expect: { file: ACTIVITY, field: 'area', line: 'area:', message: /「nowhere」という地区はありません/ } },
  { name: 'an unknown council', edit: { [NOTICE]: setField('council', 'council: no-council') }, expect: { file: NOTICE, field: 'council', line: 'council:', message: /協議体はありません/ } },

  // — The newer fields: 相談窓口, 小学校区, closed days, breaks, seasons, sessions —
  { name: 'situations on an activity that is not a 相談窓口', edit: { [ACTIVITY]: addField('situations: [介護・高齢]') }, expect: { file: ACTIVITY, field: 'situations', line: 'situations:', message: /「相談できること」は分類が相談窓口のときだけ/ } },
  { name: 'a 相談窓口 without situations', edit: { [SOUDAN]: dropField('situations') }, expect: { file: SOUDAN, field: 'situations', message: /相談窓口のときは「相談できること」を1つ以上/ } },
  { name: 'an unknown situation', edit: { [SOUDAN]: setField('situations', 'situations: [なんでも]') }, expect: { file: SOUDAN, field: 'situations.0', line: 'situations:', message: /相談できること/ } },
  { name: 'a 小学校区 of another area', edit: { [ACTIVITY]: setField('schoolDistrict', 'schoolDistrict: みどり北小学校') }, expect: { file: ACTIVITY, field: 'schoolDistrict', line: 'schoolDistrict:', message: /「みどり北小学校」は中央地区の小学校区ではありません。「みどり中央小学校」「本町小学校」のどれか/ } },
  { name: 'an impossible closed date (30 February)', edit: { [ACTIVITY]: (t) => t.replace('    skipHolidays: true\n', '    skipHolidays: true\n    closedDates: [2027-02-30]\n') }, expect: { file: ACTIVITY, field: 'schedule.0.closedDates.0', line: 'closedDates:', message: /2027-02-30.*ありません/ } },
  { name: 'a closed date written with slashes', edit: { [ACTIVITY]: (t) => t.replace('    skipHolidays: true\n', '    skipHolidays: true\n    closedDates: [2027/01/09]\n') }, expect: { file: ACTIVITY, field: 'schedule.0.closedDates.0', line: 'closedDates:', message: /休みの日/ } },
  { name: 'a year-end break on a day that does not exist', edit: { [ACTIVITY]: (t) => t.replace('from: "12-28"', 'from: "12-32"') }, expect: { file: ACTIVITY, field: 'schedule.0.yearEndBreak.from', line: 'from: "12-32"', message: /休みの始まりは 12-28 のように「月-日」で/ } },
  { name: 'a year-end break written as a full date', edit: { [ACTIVITY]: (t) => t.replace('to: "01-04"', 'to: 2027-01-04') }, expect: { file: ACTIVITY, field: 'schedule.0.yearEndBreak.to', line: 'to: 2027-01-04', message: /休みの終わりは 12-28 のように「月-日」で/ } },
  { name: 'a year-end break without its end', edit: { [ACTIVITY]: (t) => t.replace(/^      to: "01-04"\n/m, '') }, expect: { file: ACTIVITY, field: 'schedule.0.yearEndBreak.to', message: /休みの終わりを 12-28 のように「月-日」で入力してください/ } },
  { name: 'a rule that closes before it opens', edit: { [ACTIVITY]: (t) => t.replace('closes: "12:00"', 'closes: "09:00"') }, expect: { file: ACTIVITY, field: 'schedule.0.closes', line: 'closes:', message: /終了時刻は開始時刻より後/ } },
  { name: 'a season that ends before it begins', edit: { [ACTIVITY]: (t) => t.replace('    skipHolidays: true\n', '    skipHolidays: true\n    validFrom: 2027-03-01\n    validUntil: 2027-01-31\n') }, expect: { file: ACTIVITY, field: 'schedule.0.validUntil', line: 'validUntil:', message: /「この日まで」は「この日から」より後/ } },
  { name: 'a session that ends before it starts', edit: { [COURSE]: (t) => t.replace('    endsAt: 2027-01-13T15:30:00+09:00', '    endsAt: 2027-01-13T12:00:00+09:00') }, expect: { file: COURSE, field: 'sessions.0.endsAt', line: '    endsAt: 2027-01-13T12:00', message: /第1回の終了日時は開始日時より後/ } },
  { name: 'a session outside the course’s dates', edit: { [COURSE]: (t) => t.replace('    endsAt: 2027-02-10T15:30:00+09:00', '    endsAt: 2027-02-17T15:30:00+09:00').replace('  - startsAt: 2027-02-10T13:30:00+09:00', '  - startsAt: 2027-02-17T13:30:00+09:00') }, expect: { file: COURSE, field: 'sessions.4.startsAt', line: '  - startsAt: 2027-02-17', message: /第5回の日時は、全体の開始日時（初回）から終了日時（最終回）までの間/ } },
  { name: 'a session at an impossible time', edit: { [COURSE]: (t) => t.replace('  - startsAt: 2027-01-20T13:30:00+09:00', '  - startsAt: 2027-01-20T24:30:00+09:00') }, expect: { file: COURSE, field: 'sessions.1.startsAt', line: '  - startsAt: 2027-01-20T24', message: /ありません/ } },

  // — District figures (areas' population) —
  { name: 'more people aged 65+ than people', edit: { [AREA]: (t) => t.replace('  aged65: 7450', '  aged65: 99999') }, expect: { file: AREA, field: 'population.aged65', line: '  aged65:', message: /人口より多く/ } },
  { name: 'a population written in words', edit: { [AREA]: (t) => t.replace('  total: 21300', '  total: 二万人') }, expect: { file: AREA, field: 'population.total', line: '  total:', message: /人口/ } },
  { name: 'population figures without their source', edit: { [AREA]: (t) => t.replace(/^  source: .*\n/m, '') }, expect: { file: AREA, field: 'population.source', message: /出典/ } },
  { name: 'population figures dated in the future', edit: { [AREA]: (t) => t.replace('  asOf: 2026-04-01', '  asOf: 2099-04-01') }, expect: { file: AREA, field: 'population.asOf', line: '  asOf:', message: /未来|先/ } },

  // — Fixed pages (content/pages: このサイトについて, ウェブアクセシビリティ方針, 使い方) —
  { name: 'a script in a fixed page', edit: { [PAGE]: appendBody('<script>alert(1)</script>') }, expect: { file: PAGE, line: '<script>', message: /script/ } },
  { name: 'a fixed page without its title', edit: { [PAGE]: setField('title', 'title: ""') }, expect: { file: PAGE, field: 'title', line: 'title:', message: /入力してください|必須/ } },

  // — Slugs, ids and redirects —
  { name: 'a slug in capitals', edit: { [ACTIVITY]: setField('slug', 'slug: Salon-Hinata') }, expect: { file: ACTIVITY, field: 'slug', line: 'slug:', message: /半角英小文字/ } },
  { name: 'a slug in Japanese', edit: { [ACTIVITY]: setField('slug', 'slug: ひなたぼっこ') }, expect: { file: ACTIVITY, field: 'slug', line: 'slug:', message: /半角英小文字/ } },
  { name: 'a slug that climbs directories', edit: { [ACTIVITY]: setField('slug', 'slug: ../../etc') }, expect: { file: ACTIVITY, field: 'slug', line: 'slug:', message: /半角英小文字/ } },
  { name: 'a duplicate slug', edit: { 'content/activities/zz-copy/index.mdx': `@${ACTIVITY}` }, expect: { file: 'content/activities/zz-copy/index.mdx', field: 'slug', line: 'slug:', message: /重なっています/ } },
  { name: 'a duplicate area id', edit: { 'content/areas/zz-copy.yaml': `@${AREA}` }, expect: { file: 'content/areas/zz-copy.yaml', field: 'id', line: 'id:', message: /重なっています/ } },
  { name: 'the same redirectFrom in two entries', edit: { [ACTIVITY]: addField('redirectFrom: [old-salon]'), [ACTIVITY_2]: addField('redirectFrom: [old-salon]') }, expect: { file: ACTIVITY_2, field: 'redirectFrom.0', line: 'redirectFrom:', message: /old-salon.*salon-hinatabokko/ } },
  { name: 'a redirectFrom that is a live slug', edit: { [ACTIVITY]: addField('redirectFrom: [kita-ikiiki-taiso]') }, expect: { file: ACTIVITY, field: 'redirectFrom.0', line: 'redirectFrom:', message: /使っているURL名/ } },
  { name: 'a redirectFrom that is not a slug', edit: { [ACTIVITY]: addField('redirectFrom: ["../admin"]') }, expect: { file: ACTIVITY, field: 'redirectFrom.0', line: 'redirectFrom:', message: /半角英小文字/ } },

  // — Files —
  { name: 'a text file named .jpg', edit: { 'content/activities/salon-hinatabokko/photo.jpg': 'これは画像ではありません' }, expect: { file: ACTIVITY, field: 'images.0.image', line: '- image:', message: /画像ではありません/ } },
  { name: 'an SVG photo (it could carry a script)', edit: { 'content/activities/salon-hinatabokko/photo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', [ACTIVITY]: (t) => t.replace('./photo.jpg', './photo.svg') }, expect: { file: ACTIVITY, field: 'images.0.image', line: '- image:', message: /jpg/ } },
  { name: 'a photo path outside the entry', edit: { [ACTIVITY]: (t) => t.replace('./photo.jpg', '../ibasho-tomoshibi/photo.jpg') }, expect: { file: ACTIVITY, field: 'images.0.image', line: '- image:', message: /同じフォルダー/ } },
  { name: 'a photo without alt text', edit: { [ACTIVITY]: (t) => t.replace(/^    alt: .*\n/m, '') }, expect: { file: ACTIVITY, field: 'images.0.alt', message: /代替テキスト/ } },
  { name: 'a missing meeting document', edit: { [NOTICE]: putField('documents', 'documents:\n  - title: 資料\n    file: nai.pdf') }, expect: { file: NOTICE, field: 'documents.0.file', line: '    file: nai.pdf', message: /見つかりません/ } },
  { name: 'a document path that climbs out', edit: { [NOTICE]: putField('documents', 'documents:\n  - title: 資料\n    file: ../../../package.json') }, expect: { file: NOTICE, field: 'documents.0.file', line: '    file: ../', message: /半角英数字/ } },
  { name: 'an HTML file as a document', edit: { 'content/notices/kita-sasaeai-2027-01/page.html': '<script>alert(1)</script>', [NOTICE]: putField('documents', 'documents:\n  - title: 資料\n    file: page.html') }, expect: { file: NOTICE, field: 'documents.0.file', line: '    file: page.html', message: /pdf/ } },
  { name: 'a tag that cannot be a URL (..)', edit: { [ARTICLE]: setField('tags', 'tags: [居場所, ".."]') }, expect: { file: ARTICLE, field: 'tags.1', line: 'tags:', message: /タグ/ } },
  { name: 'a tag with a slash', edit: { [ARTICLE]: setField('tags', 'tags: [居場所/サロン]') }, expect: { file: ARTICLE, field: 'tags.0', line: 'tags:', message: /タグ/ } },
  { name: 'a very long body', edit: { [ARTICLE]: appendBody(Array.from({ length: 3000 }, (_, i) => `段落${i}。地域の支え合いについての文章です。`).join('\n\n')) }, expect: 'accepted' },
  { name: 'the allowed components, used properly', edit: { [ARTICLE]: appendBody('<Note title="ひとこと">メモ</Note>\n\n<Figure caption="説明">\n\n![写真の説明](./hero.jpg)\n\n</Figure>\n\n<ActivityCard slug="salon-hinatabokko" />\n\n<Ruby base="地域" reading="ちいき" />') }, expect: 'accepted' },
];


/** A scratch copy of the sample content with a case's edits applied. */
function scratchWith(edit: Case['edit']) {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    if (change === null) rmSync(path);
    else if (typeof change === 'string') writeFileSync(path, change.startsWith('@') ? readFileSync(join(ROOT, change.slice(1))) : change);
    else writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
  return root;
}

describe('hostile and mistaken content', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('the sample content itself passes', () => {
    expect(checkContent(ROOT).map(formatProblem)).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const root = scratchWith(c.edit);
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const started = performance.now();
    let problems: ContentProblem[] = [];
    expect(() => { problems = checkContent(root); }).not.toThrow();
    // A check that takes seconds is a denial of service (the alias bomb took 30 s); this bound is generous.
    expect(performance.now() - started).toBeLessThan(20_000);
    const lines = problems.map(formatProblem);
    if (c.expect === 'accepted') {
      expect(lines).toEqual([]);
      return;
    }
    const want = c.expect;
    const text = existsSync(join(root, want.file)) ? readFileSync(join(root, want.file), 'utf8').replace(/^\uFEFF/, '') : '';
    const line = typeof want.line === 'string' ? lineOf(text, want.line) : want.line;
    if (typeof want.line === 'string') expect(line, `test setup: "${want.line}" not in ${want.file}`).toBeGreaterThan(0);
    const match = problems.find(
      (p) => p.file === want.file && want.message.test(p.message) && (want.field === undefined || p.field === want.field) && (line === undefined || p.line === line),
    );
    expect(match, `expected ${want.file}:${line ?? '?'}: ${want.field ?? ''} — ${want.message} in:\n${lines.join('\n')}`).toBeDefined();
    // Every problem in a file that exists names a line, and reads as Japanese.
    for (const p of problems) {
      if (existsSync(join(root, p.file))) expect(p.line, formatProblem(p)).toBeGreaterThan(0);
      expect(p.message, formatProblem(p)).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(p.message, formatProblem(p)).not.toMatch(/\b(?:Error|undefined|object Object|Expected|Invalid)\b/);
    }
  });
});

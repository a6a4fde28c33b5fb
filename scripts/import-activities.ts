// Import a coordinator's spreadsheet of activities: `npm run import:activities -- 活動一覧.xlsx [--out DIR]`.
// Entries go to imports/activities/ (not content/): they lack consent until an editor records it. See README.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readSources } from '../src/lib/content-check.ts';
import { isoDate } from '../src/lib/dates.ts';
import { type ImportArea, entryMdx, formatImportReport, importRows, nameKey } from '../src/lib/importer.ts';
import { readSheet } from '../src/lib/sheet.ts';
import { IMPORTS_DIR } from '../src/lib/upkeep-files.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1]! : IMPORTS_DIR;
const [file] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
if (!file || !existsSync(file)) {
  console.error(file ? `ファイルが見つかりません: ${file}` : '使い方: npm run import:activities -- 活動一覧.xlsx（または .csv）  [--out 書き出すフォルダー]');
  process.exit(2);
}

const root = process.cwd();
const sources = readSources(root);
const areas: ImportArea[] = sources
  .filter((s) => s.collection === 'areas')
  .map((s) => ({ id: String(s.data.id), name: String(s.data.name), kana: String(s.data.kana ?? ''), schools: (s.data.schools as string[] | undefined) ?? [] }));
const activities = sources.filter((s) => s.collection === 'activities');
const waiting = existsSync(join(root, out)) ? readdirSync(join(root, out)).filter((d) => existsSync(join(root, out, d, 'index.mdx'))) : [];
const waitingName = (slug: string) => /^name: (.*)$/m.exec(readFileSync(join(root, out, slug, 'index.mdx'), 'utf8'))?.[1] ?? '';

const sheet = await readSheet(file).catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
const result = importRows(sheet.headers, sheet.rows, {
  areas,
  takenSlugs: new Set([...activities.map((s) => String(s.data.slug)), ...waiting]),
  existingNames: new Map([
    ...activities.map((s) => [nameKey(String(s.data.name ?? '')), s.file] as const),
    ...waiting.map((slug) => [nameKey(waitingName(slug)), `${out}/${slug}/index.mdx`] as const),
  ]),
});
const today = isoDate(new Date());
for (const entry of result.entries) {
  mkdirSync(join(root, out, entry.slug), { recursive: true });
  writeFileSync(join(root, out, entry.slug, 'index.mdx'), entryMdx(entry, basename(file), today));
}
if (sheet.encoding) console.log(`文字コード: ${sheet.encoding}`);
process.stdout.write(formatImportReport(result, basename(file), out));

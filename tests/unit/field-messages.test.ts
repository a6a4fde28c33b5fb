import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { readSources } from '../../src/lib/content-check';
import { type ContentIndex, buildIndex, checkEntry, entrySchema } from '../../src/lib/entry-check';
import { choicesOf, fieldAt } from '../../src/lib/field-messages';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/registry';

// The sample content: for each collection, the entry with the most fields filled in.
const ROOT = new URL('../..', import.meta.url).pathname;
const sources = readSources(ROOT);
const index: ContentIndex = buildIndex(sources);
type Path = (string | number)[];
const leaves = (v: unknown, path: Path = []): Path[] => {
  if (Array.isArray(v)) return [path, ...v.flatMap((x, i) => leaves(x, [...path, i]))];
  if (v && typeof v === 'object' && !(v instanceof Date)) return [path, ...Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]))];
  return [path];
};
const sample = (collection: CollectionName) =>
  sources.filter((s) => s.collection === collection).sort((a, b) => leaves(b.data).length - leaves(a.data).length)[0]!;

/** `data` with the value at `path` set (intermediate objects and lists made as needed), or removed when undefined. */
function withValue(data: Record<string, unknown>, path: Path, value: unknown) {
  const copy = structuredClone(data);
  let at: any = copy;
  path.slice(0, -1).forEach((key, i) => {
    if (at[key] === undefined || at[key] === null || typeof at[key] !== 'object') at[key] = typeof path[i + 1] === 'number' ? [] : {};
    at = at[key];
  });
  const last = path.at(-1)!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const problemsAt = (collection: CollectionName, data: Record<string, unknown>, path: Path) =>
  checkEntry(collection, data, { file: sample(collection).file, index }).filter((p) => p.path.join('.') === path.join('.')).map((p) => p.message);

/** Every path in a schema that holds a fixed choice (enum, literal or union of literals); list items as index 0. */
function choicePaths(schema: z.ZodType, path: Path = []): Path[] {
  const field = fieldAt(schema, []);
  if (choicesOf(field.schema)) return [path];
  const def = (field.schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } })._zod.def;
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([k, s]) => choicePaths(s, [...path, k]));
  if (def.type === 'array') return choicePaths(def.element!, [...path, 0]);
  return [];
}

/** Zod's own words and the names code uses: none may reach an editor. */
const RAW = /無効な|期待されました|\b(string|number|boolean|array|object|undefined|null|int)\b/;
describe('field messages', () => {
  it.each(COLLECTIONS.map((c) => [c.name]))('every choice field of %s names its label and the choices as the admin shows them', (collection) => {
    const schema = entrySchema(collection, index);
    const paths = choicePaths(schema);
    for (const path of paths) {
      const field = fieldAt(schema, path);
      const shown = choicesOf(field.schema)!.map((v) => field.options?.[String(v)] ?? String(v));
      const [message] = problemsAt(collection, withValue(sample(collection).data, path, 'zzz-not-a-choice'), path);
      // A label that is a phrase is quoted: 「どんな人に」は…
      expect(message?.replace(/^「([^」]*)」は/, '$1は'), path.join('.')).toBe(`${field.label}は${shown.map((s) => `「${s}」`).join('')}のどれかを選んでください`);
      // Raw values stay out when the admin shows labels for them (weekly → 毎週, active → 活動中).
      for (const value of choicesOf(field.schema)!) if (field.options?.[String(value)]) expect(message).not.toContain(`「${value}」`);
    }
    if (collection === 'activities') expect(paths.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['category', 'status', 'schedule.0.freq', 'schedule.0.weekdays.0', 'schedule.0.nth.0', 'helpWanted.0.kind']));
  });

  it('says a choice in plain words, whatever the collection', () => {
    const activity = sample('activities').data;
    expect(problemsAt('activities', withValue(activity, ['schedule', 0, 'freq'], 'biweekly'), ['schedule', 0, 'freq']))
      .toEqual(['頻度は「毎週」「毎月（第n曜日）」「不定期」のどれかを選んでください']);
    expect(problemsAt('activities', withValue(activity, ['status'], 'open'), ['status'])).toEqual(['状態は「活動中」「休止中」「終了」のどれかを選んでください']);
    expect(problemsAt('activities', withValue(activity, ['schedule', 0, 'weekdays'], ['wed', 'Wednesday']), ['schedule', 0, 'weekdays', 1]))
      .toEqual(['曜日は「月曜」「火曜」「水曜」「木曜」「金曜」「土曜」「日曜」のどれかを選んでください']);
    expect(problemsAt('notices', withValue(sample('notices').data, ['status'], undefined), ['status'])).toEqual(['状態を選んでください']);
    expect(problemsAt('councils', withValue(sample('councils').data, ['layer'], 3), ['layer'])).toEqual(['層は「第1層（市全域）」「第2層（地区）」のどれかを選んでください']);
  });

  it('names the field for a wrong kind of value, a count and an empty optional field', () => {
    const article = sample('articles').data;
    expect(problemsAt('articles', withValue(article, ['tags'], '居場所, 多世代交流'), ['tags'])).toEqual(['タグは1件ずつ分けて入力してください']);
    expect(problemsAt('articles', withValue(article, ['authors'], []), ['authors'])).toEqual(['書いた人を1人以上選んでください']);
    expect(problemsAt('articles', withValue(article, ['tags'], ['居場所, 多世代交流']), ['tags', 0]))
      .toEqual(['タグ「居場所, 多世代交流」には2つ以上のタグがつながっています。「タグを追加」で1つずつ入れてください']);
    const activity = sample('activities').data;
    expect(problemsAt('activities', withValue(activity, ['capacity'], '20人'), ['capacity'])).toEqual(['定員（人）は半角数字で入力してください']);
    expect(problemsAt('activities', withValue(activity, ['capacity'], 2.5), ['capacity'])).toEqual(['定員（人）は整数を半角数字で入力してください']);
    expect(problemsAt('activities', withValue(activity, ['venue', 'lat'], 135), ['venue', 'lat'])).toEqual(['緯度は90以下にしてください']);
    expect(problemsAt('activities', withValue(activity, ['firstVisit', 'visit'], 'はい'), ['firstVisit', 'visit'])).toEqual(['「見学できる」はオンかオフで選んでください']);
    expect(problemsAt('activities', withValue(activity, ['venue', 'parking'], null), ['venue', 'parking'])).toEqual(['駐車場が空になっています。書き入れるか、項目ごと消してください']);
    expect(problemsAt('activities', withValue(activity, ['consent'], undefined), ['consent'])).toEqual(['掲載承諾を記録してください（「掲載承諾を得ている」をオンにして、承諾日を入れます）']);
  });

  it.each(COLLECTIONS.map((c) => [c.name]))('no message about %s shows Zod’s wording, a type name or a field key', (collection) => {
    const { data } = sample(collection);
    const schema = entrySchema(collection, index);
    const keys = new Set([...leaves(data).flat(), ...choicePaths(schema).flat()].filter((k): k is string => typeof k === 'string' && k.length > 2));
    for (const path of leaves(data).filter((p) => p.length)) {
      for (const value of ['zzz', 12345, undefined, null, {}]) {
        for (const p of checkEntry(collection, withValue(data, path, value), { file: sample(collection).file, index })) {
          // File paths (content/areas/) are where to look, not field names.
          const words = p.message.replace(/content\/[\w/.-]+/g, '');
          expect(words, `${path.join('.')} = ${JSON.stringify(value)}`).not.toMatch(RAW);
          for (const key of keys) expect(words, `${path.join('.')} = ${JSON.stringify(value)}`).not.toMatch(new RegExp(`(^|[^A-Za-z])${key}([^A-Za-z]|$)`));
        }
      }
    }
  });
});

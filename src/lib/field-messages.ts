/**
 * What an editor reads when a value does not fit its field. Zod's own messages name types and raw values
 * (「無効な入力: stringが期待されましたが…」, `weekly`, `active`); these name the field by its Japanese label and the
 * choices as the admin shows them: 「頻度は「毎週」「毎月（第n曜日）」「不定期」のどれかを選んでください」.
 *
 * `schemaIssues` (./entry-check) parses every entry with `fieldMessage` as Zod's error map, so the build check, the
 * editors' status page and the admin all say the same. Zod asks it only for issues the schema has no message of its
 * own for: a schema's message for a format or for a rule between fields still wins.
 */
import { z } from 'astro/zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
}
interface Meta { label?: string; options?: Record<string, string>; widget?: string }

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType) => (z.globalRegistry.get(schema) ?? {}) as Meta;

/** A field as an editor knows it: its label, the labels of its choices, and the schema its value must fit. */
export interface FieldInfo extends Meta {
  schema: z.ZodType;
  /** May be left out (optional or with a default). */
  optional: boolean;
}

/** Through optional, default and pipe wrappers to the schema that holds the value, keeping the outermost metadata. */
function peel(schema: z.ZodType, meta: Meta): FieldInfo {
  let current = schema;
  let optional = false;
  const found: Meta = {};
  for (;;) {
    for (const [k, v] of Object.entries(metaOf(current))) if (found[k as keyof Meta] === undefined) Object.assign(found, { [k]: v });
    const def = defOf(current);
    if (['optional', 'default', 'prefault'].includes(def.type)) optional = true;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    else break;
  }
  return { ...meta, ...Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)), schema: current, optional };
}

/** The field at `path` of an entry's schema: a list item is known by its list's label (対象, 曜日, タグ). */
export function fieldAt(root: z.ZodType, path: readonly PropertyKey[]): FieldInfo {
  let field = peel(root, {});
  for (const key of path) {
    const def = defOf(field.schema);
    if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) field = peel(def.shape[key]!, {});
    else if (def.type === 'array' && typeof key === 'number') field = peel(def.element!, { label: field.label, options: field.options, widget: field.widget });
    else break;
  }
  return field;
}

/**
 * The values a choice field takes (an enum, a literal, a union of literals), or undefined for any other field. A
 * switch that must be on (`z.literal(true)`) is a switch, not a choice.
 */
export function choicesOf(schema: z.ZodType): unknown[] | undefined {
  const def = defOf(schema);
  const values = def.type === 'enum' ? Object.values(def.entries!)
    : def.type === 'literal' ? def.values
    : def.type === 'union' && def.options!.every((o) => defOf(o).type === 'literal') ? def.options!.flatMap((o) => defOf(o).values!)
    : undefined;
  return values?.every((v) => typeof v === 'boolean') ? undefined : values;
}

const quoted = (items: string[]) => items.map((s) => `「${s}」`).join('');

/** What the editor sees in place of a raw value: the select's option label, else the value itself. */
const shown = (field: FieldInfo, value: unknown) => field.options?.[String(value)] ?? String(value);

/** Picked rather than typed: a select, a switch, a list of choices. */
function picked(field: FieldInfo) {
  const def = defOf(field.schema);
  if (field.widget === 'select' || field.widget === 'boolean' || def.type === 'boolean' || def.type === 'literal' || choicesOf(field.schema)) return true;
  return def.type === 'array' && !!choicesOf(peel(def.element!, {}).schema);
}

const KINDS: Record<string, (name: string) => string> = {
  number: (n) => `${n}は半角数字で入力してください`,
  int: (n) => `${n}は整数を半角数字で入力してください`,
  boolean: (n) => `${n}はオンかオフで選んでください`,
  string: (n) => `${n}は文字で入力してください`,
  array: (n) => `${n}は1件ずつ分けて入力してください`,
  object: (n) => `${n}の中の項目を入力してください`,
  date: (n) => `${n}は日付で入力してください`,
};

/** A Zod issue as it reaches the error map: its code, path and the details of that code. */
type RawIssue = z.core.$ZodRawIssue;

/** The message for `issue`, found in the entry schema `root`. */
export function fieldMessage(root: z.ZodType, issue: RawIssue): string {
  const field = fieldAt(root, issue.path ?? []);
  // A label that is a phrase (見学できる, はじめての方へ) is quoted, so the sentence around it still reads.
  const name = !field.label ? 'この項目' : /[ぁ-ん]$/.test(field.label) || field.widget === 'boolean' || defOf(field.schema).type === 'boolean' ? `「${field.label}」` : field.label;
  // An optional field written with nothing after it (`parking:`) is empty, not missing.
  const missing = () => (issue.input === null && field.optional
    ? `${name}が空になっています。書き入れるか、項目ごと消してください`
    : `${name}を${picked(field) ? '選んで' : '入力して'}ください`);
  const i = issue as RawIssue & { expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; divisor?: number };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return missing();
      return (KINDS[i.expected ?? ''] ?? ((n: string) => `${n}の値が正しくありません`))(name);
    case 'invalid_value':
    case 'invalid_union': {
      if (issue.input === undefined || issue.input === null) return missing();
      const choices = choicesOf(field.schema);
      const on = defOf(field.schema).values?.[0];
      if (typeof on === 'boolean') return `${name}を${on ? 'オン' : 'オフ'}にしてください`;
      return choices
        ? `${name}は${quoted(choices.map((c) => shown(field, c)))}のどれかを選んでください`
        : `${name}の値が正しくありません`;
    }
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'array') return `${name}を${min}つ以上${picked(field) ? '選んで' : '入れて'}ください`;
      if (i.origin === 'string') return min <= 1 ? missing() : `${name}は${min}文字以上で入力してください`;
      return i.inclusive ? `${name}は${min}以上にしてください` : `${name}は${min}より大きい数にしてください`;
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'array') return `${name}は${max}つまでにしてください`;
      if (i.origin === 'string') return `${name}は${max}文字以内で入力してください`;
      return i.inclusive ? `${name}は${max}以下にしてください` : `${name}は${max}より小さい数にしてください`;
    }
    case 'not_multiple_of':
      return `${name}は${i.divisor}の倍数にしてください`;
    case 'invalid_format':
      return `${name}の書き方が正しくありません`;
    default:
      return `${name}の値が正しくありません`;
  }
}

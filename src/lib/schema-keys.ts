/**
 * Schemas are strict: a key they do not know is an error, never silently dropped (a `Draft: true` typo would
 * otherwise publish a draft). This names the key and, when it looks like a typo, the key that was meant.
 */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema at `path`, looking through optional, default, arrays and pipes. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  const unwrap = () => {
    for (let def = defOf(current!); ; def = defOf(current!)) {
      if (def.innerType) current = def.innerType;
      else if (def.type === 'pipe') current = defOf(def.in!).type === 'transform' ? def.out : def.in;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = defOf(current!);
    if (def.type === 'object' && typeof key === 'string') current = def.shape![key];
    else if (def.type === 'array') current = def.element;
    else return undefined;
    if (!current) return undefined;
  }
  unwrap();
  return current;
}

/** Edit distance counting a swap of neighbours as one edit (titel → title), for "did you mean". */
function distance(a: string, b: string) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known key `key` was probably meant as: same letters in another case, or one or two letters off. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const scored = known.map((k) => ({ k, d: distance(lower, k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(1, Math.min(2, Math.floor(key.length / 3))) ? best.k : undefined;
}

/** 「Draft は未知の項目です。draft のことですか？」 */
export function unknownKeyMessage(schema: z.ZodType, path: readonly PropertyKey[], key: string): string {
  const at = schemaAt(schema, path);
  const known = at && defOf(at).type === 'object' ? Object.keys(defOf(at).shape!) : [];
  const meant = closestKey(key, known);
  return meant
    ? `${key} は未知の項目です。${meant} のことですか？`
    : `${key} は未知の項目です。項目名の綴りを確認するか、不要なら消してください`;
}

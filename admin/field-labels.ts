/** Field labels by path, from the schemas' own metadata: 「開催日時 2件目 › 第何（毎月のとき）」. */
import { z } from 'astro/zod';
import { type CollectionName, isCollectionName } from '../src/schemas/registry';
import { cmsSchemas, unwrap } from './config';

const shapeOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType>; element?: z.ZodType } } })._zod.def;

export function labelOf(collection: CollectionName, path: readonly (string | number)[]): string {
  const parts: string[] = [];
  let current: z.ZodType | undefined = cmsSchemas[collection];
  for (const step of path) {
    if (!current) break;
    const inner: z.ZodType = unwrap(current).schema;
    if (typeof step === 'number') {
      parts.push(`${step + 1}件目`);
      current = shapeOf(inner).element;
      continue;
    }
    const field: z.ZodType | undefined = shapeOf(inner).shape?.[step];
    if (!field) break;
    parts.push(unwrap(field).meta.label ?? step);
    current = field;
  }
  return parts.join(' › ').replace(/ › (\d+件目)/g, ' $1');
}

/** The label of the field a content check problem is about, by the collection its file is in ('' when none). */
export function problemLabel(problem: { file: string; field?: string }): string {
  const collection = /^content\/([^/]+)\//.exec(problem.file)?.[1];
  const path = problem.field?.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  return isCollectionName(collection) && path ? labelOf(collection, path) : '';
}

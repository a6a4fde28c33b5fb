import { type SchemaContext, defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { COLLECTIONS, type Collection, type CollectionName, SINGLE_FILES, collectionSchemas } from './schemas/registry';

/**
 * MDX entries live in `content/<collection>/<slug>/index.mdx`, data entries in `content/<collection>/<id>.yaml`;
 * the id is the entry's own `slug` or `id` field (the registry, src/schemas/registry.ts).
 */
const loader = ({ folder, format, idField }: Collection) =>
  format === 'mdx'
    ? glob({ pattern: '*/index.mdx', base: `./${folder}`, generateId: ({ entry, data }) => String(data[idField] ?? entry.split('/')[0]) })
    : glob({ pattern: '*.yaml', base: `./${folder}`, generateId: ({ entry, data }) => String(data[idField] ?? entry.replace(/\.yaml$/, '')) });

const schemas = ({ image }: SchemaContext) => collectionSchemas({ image, reference });

/** Spelled out so each collection keeps its own entry type (Astro reads the types from this object). */
type Collections = { [C in CollectionName]: { loader: Loader; schema: (context: SchemaContext) => ReturnType<ReturnType<typeof schemas>[C]> } };

export const collections = {
  ...(Object.fromEntries(
    COLLECTIONS.map((c) => [c.name, defineCollection({ loader: loader(c), schema: (context) => schemas(context)[c.name]() })]),
  ) as Collections),
  site: defineCollection({
    loader: file(`./${SINGLE_FILES.site.file}`, { parser: (text) => ({ site: yaml.load(text) as Record<string, unknown> }) }),
    schema: SINGLE_FILES.site.schema(),
  }),
};

import { type SchemaContext, defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { explicitlyRelative } from './lib/image-paths';
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

/**
 * Astro calls a collection's schema function once per entry, with an `image()` helper for that entry's file, and one
 * of our schemas takes milliseconds to build (fields, labels, refinements): at 5,000 entries that was most of the
 * content sync (scripts/bench-results.md). But a path starting with `./` resolves the same whatever the entry (Astro
 * looks in the entry's folder only for a bare name, and the build's content check has already found every image
 * beside its entry), so paths get their `./` and each collection's schema is built once per kind of helper: Astro's,
 * and the plain string its type generator passes, told apart by what they make of the same path.
 */
const built = new Map<string, z.ZodType>();
const schemaOnce = (name: CollectionName, context: SchemaContext): z.ZodType => {
  const probe = context.image().safeParse('./probe.jpg');
  const key = `${name} ${probe.success ? JSON.stringify(probe.data) : 'unparsed'}`;
  let schema = built.get(key);
  if (!schema) {
    // Typed as Astro's helper: the pipe ends in it, so entries get the same image metadata.
    const astroImage = context.image as unknown as () => z.ZodType<unknown, string>;
    const image = (() => z.string().transform(explicitlyRelative).pipe(astroImage())) as unknown as SchemaContext['image'];
    schema = schemas({ image })[name]();
    built.set(key, schema);
  }
  return schema;
};

/** Spelled out so each collection keeps its own entry type (Astro reads the types from this object). */
type Collections = { [C in CollectionName]: { loader: Loader; schema: (context: SchemaContext) => ReturnType<ReturnType<typeof schemas>[C]> } };

export const collections = {
  ...(Object.fromEntries(
    COLLECTIONS.map((c) => [c.name, defineCollection({ loader: loader(c), schema: (context) => schemaOnce(c.name, context) })]),
  ) as Collections),
  site: defineCollection({
    loader: file(`./${SINGLE_FILES.site.file}`, { parser: (text) => ({ site: yaml.load(text) as Record<string, unknown> }) }),
    schema: SINGLE_FILES.site.schema(),
  }),
};

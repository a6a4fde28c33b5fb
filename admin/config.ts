/**
 * The Decap CMS config, generated from the same Zod schemas the content collections use: labels, hints, widgets,
 * required-ness, patterns and options all come from src/schemas (their `.meta()`), never maintained beside them.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type Collection, type CollectionName, SINGLE_FILES, type SingleFile, collection as collectionOf, collectionSchemas } from '../src/schemas/registry';
import { ACTIVITY_STATUS_LABELS } from '../src/schemas/activity';
import type { FieldMeta } from '../src/schemas/common';
import { NOTICE_STATUS_LABELS } from '../src/schemas/notice';

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; error?: (issue?: unknown) => unknown } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType) => (z.globalRegistry.get(schema) ?? {}) as Partial<FieldMeta> & { reference?: CollectionName };

/** The schema context for the generator: references and images carry a marker the walker turns into widgets. */
const cmsContext = {
  image: () => z.string().meta({ label: '画像', widget: 'image' }),
  reference: (collection: CollectionName) => z.string().meta({ label: collection, reference: collection }),
};

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  default?: unknown;
  meta: Partial<FieldMeta> & { reference?: CollectionName };
}

/** Peel optional/default/pipe wrappers, collecting metadata (outer wins) and whether a value is required. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  const metas = [metaOf(current)];
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else if (def.type !== 'pipe') break;
    current = (def.type === 'pipe' ? def.in : def.innerType)!;
    metas.push(metaOf(current));
  }
  return { schema: current, required, default: defaultValue, meta: Object.assign({}, ...metas.reverse()) };
}

const optionsFrom = (values: readonly unknown[], labels?: Record<string, string>) =>
  values.map((v) => (labels?.[String(v)] ? { label: labels[String(v)], value: v } : String(v)));

/** The pattern a string must match, with the schema's own message for it. */
function regexOf(schema: z.ZodType): { pattern: RegExp; message?: string } | undefined {
  const check = defOf(schema).checks?.map((c) => c._zod.def).find((d) => d.format === 'regex');
  if (!check?.pattern) return undefined;
  const message = check.error?.();
  return { pattern: check.pattern, message: typeof message === 'string' ? message : undefined };
}

/** One Zod field as one Decap field. */
export function toCmsField(name: string, schema: z.ZodType): CmsField {
  const { schema: inner, required, default: defaultValue, meta } = unwrap(schema);
  const def = defOf(inner);
  const field: CmsField = { name, label: meta.label ?? name, widget: 'string' };
  if (meta.hint) field.hint = meta.hint;
  if (!required) field.required = false;
  // No empty list and no false switch as a default: Decap starts them that way, and a default inside a list item makes
  // Decap put a blank item in every new entry.
  if (defaultValue !== undefined && defaultValue !== false && !(Array.isArray(defaultValue) && defaultValue.length === 0)) field.default = defaultValue;

  const element = def.type === 'array' ? unwrap(def.element!) : undefined;
  if (meta.reference || element?.meta.reference) {
    const collection = (meta.reference ?? element!.meta.reference)!;
    // References show the field people recognise an entry by and store the one that names it.
    const { idField: value, display } = collectionOf(collection);
    Object.assign(field, {
      widget: 'relation', collection, value_field: value, search_fields: [display, value], display_fields: [display],
      ...(element ? { multiple: true } : {}),
    });
  } else if (def.type === 'object') {
    // Decap checks the fields inside an object even when the object itself may be left out (年末年始の休み);
    // the schema still requires both ends once either is given.
    const fields = toCmsFields(inner).map((f) => (required ? f : { ...f, required: false }));
    Object.assign(field, { widget: 'object', collapsed: false, fields });
  } else if (def.type === 'array' && defOf(element!.schema).type === 'object') {
    Object.assign(field, { widget: 'list', fields: toCmsFields(element!.schema), add_to_top: false });
  } else if (def.type === 'array' && ['enum', 'union', 'literal'].includes(defOf(element!.schema).type)) {
    Object.assign(field, { widget: 'select', multiple: true, options: choices(element!.schema, element!.meta.options ?? meta.options) });
  } else if (def.type === 'array') {
    Object.assign(field, { widget: 'list', field: { name: 'item', label: meta.label ?? name, widget: 'string' } });
  } else if (def.type === 'enum' || (def.type === 'union' && meta.widget === 'select')) {
    Object.assign(field, { widget: 'select', options: choices(inner, meta.options) });
  } else if (def.type === 'boolean' || (def.type === 'literal' && typeof def.values?.[0] === 'boolean')) {
    // A required switch starts off, an answer rather than a missing value (admin/entry-validation.ts tells Decap so).
    // An optional one gets no default: a default inside a list item makes Decap add a blank item to every new entry.
    Object.assign(field, { widget: 'boolean' }, required ? { default: field.default ?? false } : {});
  } else if (def.type === 'number') {
    const integer = defOf(inner).checks?.some((c) => c._zod.def.format === 'safeint');
    Object.assign(field, { widget: 'number', value_type: integer ? 'int' : 'float' });
  } else if (meta.widget === 'image') {
    // Photos live beside the entry: no 「URLを入力する」 for a picture elsewhere on the web.
    Object.assign(field, { widget: 'image', choose_url: false });
  } else if (meta.widget === 'datetime' || def.type === 'date') {
    Object.assign(field, { widget: 'datetime', picker_utc: false, ...meta.cms });
  } else {
    field.widget = meta.widget ?? 'string';
    const regex = regexOf(inner);
    if (regex) field.pattern = [regex.pattern.source, regex.message ?? `${field.label}の形が正しくありません`];
  }
  if (meta.cms && field.widget !== 'datetime') Object.assign(field, meta.cms);
  return field;
}

function choices(schema: z.ZodType, labels?: unknown) {
  const def = defOf(schema);
  const values = def.type === 'enum' ? Object.values(def.entries!) : def.type === 'literal' ? def.values! : def.options!.flatMap((o) => defOf(o).values ?? []);
  return optionsFrom(values, labels as Record<string, string> | undefined);
}

export function toCmsFields(schema: z.ZodType): CmsField[] {
  const { shape } = defOf(unwrap(schema).schema);
  if (!shape) throw new Error('CMS fields can only be made from an object schema');
  return Object.entries(shape).map(([name, field]) => toCmsField(name, field));
}

/** The body of an MDX entry: a plain textarea (IME-safe) with buttons for the allowed components. */
const bodyField = (label: string, hint: string): CmsField => ({
  name: 'body', label, widget: 'mdx', hint, required: false, sanitize_preview: true,
});

const schemas = collectionSchemas(cmsContext);

/** The Zod schema each CMS collection is made from, by its registry name (for the test that keeps the two in step). */
export const cmsSchemas: Record<string, z.ZodType> = {
  ...Object.fromEntries(COLLECTIONS.map((c) => [c.name, schemas[c.name]()])),
  ...Object.fromEntries(Object.entries(SINGLE_FILES).map(([name, f]) => [name, f.schema()])),
};

export interface CmsOptions {
  repo?: string;
  branch?: string;
  baseUrl?: string;
  siteUrl: string;
  /** Port of decap-server for local editing (`npm run cms`), 8081 unless DECAP_PORT says otherwise. */
  localPort?: number;
  /** The districts, for the activity list's filters. */
  areas?: { id: string; name: string }[];
}

/**
 * Decap's list summaries can only print raw values; `⟨kind:value⟩` marks one for admin/list-labels.ts to show in
 * Japanese (状態 cancelled → 中止, 地区 kita → 北部地区, a future 公開日 → 公開予定).
 */
const mark = (kind: string, template: string) => `⟨${kind}:${template}⟩`;
const day = (field: string) => `{{${field} | date('YYYY/MM/DD')}}`;

/** How each entry list reads, sorts, filters and groups. */
function listViews(name: CollectionName, areas: { id: string; name: string }[]) {
  const status = (values: Record<string, string>) =>
    Object.entries(values).map(([value, label]) => ({ label, field: 'status', pattern: `^${value}$` }));
  switch (name) {
    case 'articles':
      return {
        summary: `${day('publishedAt')} {{title}} {{draft | ternary('〔下書き〕', '')}}${mark('published', "{{publishedAt | date('YYYY-MM-DD')}}")}`,
        sortable_fields: ['publishedAt', 'title'],
        view_filters: [{ label: '下書き', field: 'draft', pattern: true }, { label: '固定', field: 'pinned', pattern: true }],
        view_groups: [{ label: '公開年', field: 'publishedAt', pattern: '\\d{4}' }, { label: '連載', field: 'series' }],
      };
    case 'activities':
      return {
        summary: `{{name}} ${mark('area', '{{area}}')} ${mark('status', '{{status}}')} 最終確認 ${day('verifiedAt')}`,
        sortable_fields: ['kana', 'verifiedAt', 'name'],
        view_filters: [...status(ACTIVITY_STATUS_LABELS), ...areas.map((a) => ({ label: a.name, field: 'area', pattern: `^${a.id}$` }))],
        view_groups: [{ label: '地区', field: 'area' }, { label: '分類', field: 'category' }, { label: '状態', field: 'status' }],
      };
    case 'notices':
      return {
        summary: `${day('startsAt')} {{kind}} {{title}} ${mark('status', '{{status}}')}${mark('published', "{{publishedAt | date('YYYY-MM-DD')}}")}`,
        sortable_fields: ['startsAt', 'publishedAt', 'title'],
        view_filters: status(NOTICE_STATUS_LABELS),
        view_groups: [{ label: '種類', field: 'kind' }, { label: '協議体', field: 'council' }, { label: '状態', field: 'status' }, { label: '開催年', field: 'startsAt', pattern: '\\d{4}' }],
      };
    default:
      return {};
  }
}

const entryCollection = ({ name, label, listLabel = label, folder, body, create = true }: Collection, areas: { id: string; name: string }[] = []) => ({
  name, label: listLabel, label_singular: label, folder, create, extension: 'mdx', format: 'frontmatter',
  path: '{{slug}}/index', slug: '{{fields.slug}}', media_folder: '', public_folder: '', ...listViews(name, areas),
  // The page's address is its URL name (`{{slug}}` would be the file's folder path, `<slug>/index`).
  preview_path: `${name}/{{fields.slug}}/`,
  fields: [...toCmsFields(cmsSchemas[name]!), bodyField(body!.label, body!.hint)],
});

const dataCollection = ({ name, label, listLabel = label, folder, display }: Collection) => ({
  name, label: listLabel, label_singular: label, folder, create: true, extension: 'yaml', format: 'yaml',
  slug: '{{fields.id}}', identifier_field: display, fields: toCmsFields(cmsSchemas[name]!),
});

/**
 * Fields editors may not change: the CMS connection (repository, branch, login server) is changed in the repository
 * or by environment variables only, since an editor who changed it here would lock everyone out. Hidden fields keep
 * their value.
 */
const LOCKED_FIELDS: Partial<Record<keyof typeof SINGLE_FILES, string[]>> = { site: ['cms'] };

const singleFile = (name: keyof typeof SINGLE_FILES) => {
  const { cmsName, label, formLabel = label, file }: SingleFile = SINGLE_FILES[name];
  const locked = LOCKED_FIELDS[name] ?? [];
  return {
    name: cmsName, label, editor: { preview: false },
    files: [{
      name, label: formLabel, file,
      fields: toCmsFields(cmsSchemas[name]!).map((f) => (locked.includes(f.name) ? { name: f.name, label: f.label, widget: 'hidden' } : f)),
    }],
  };
};

export function buildCmsConfig(options: CmsOptions) {
  return {
    locale: 'ja',
    // A second person approves before anything goes live (決裁): 下書き → 確認待ち → 公開 on the GitHub backend.
    // decap-server (local editing) has no workflow; Decap then publishes directly, as the admin says.
    publish_mode: 'editorial_workflow',
    // Used only when the admin is opened on localhost with `npm run cms` running (decap-server).
    local_backend: { url: `http://localhost:${options.localPort ?? 8081}/api/v1` },
    backend: {
      name: 'github',
      repo: options.repo ?? 'OWNER/REPOSITORY',
      branch: options.branch ?? 'main',
      ...(options.baseUrl ? { base_url: options.baseUrl } : {}),
      commit_messages: {
        create: '{{collection}}「{{slug}}」を追加',
        update: '{{collection}}「{{slug}}」を更新',
        delete: '{{collection}}「{{slug}}」を削除',
        uploadMedia: '画像「{{path}}」を追加',
        deleteMedia: '画像「{{path}}」を削除',
      },
    },
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    logo_url: '/favicon.svg',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      ...COLLECTIONS.map((c) => (c.format === 'mdx' ? entryCollection(c, options.areas) : dataCollection(c))),
      ...(Object.keys(SINGLE_FILES) as (keyof typeof SINGLE_FILES)[]).map(singleFile),
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { buildCmsConfig, type CmsField, cmsSchemas, toCmsField } from '../../admin/config';
import { z } from 'astro/zod';

const config = buildCmsConfig({ siteUrl: 'https://example.jp' });
type Collection = (typeof config.collections)[number];

/** Field names at every depth of a Zod object, as dotted paths. */
function zodPaths(schema: z.ZodType, prefix = ''): string[] {
  let s = schema as any;
  while (['optional', 'default', 'prefault', 'pipe'].includes(s._zod.def.type)) s = s._zod.def.innerType ?? s._zod.def.in;
  if (s._zod.def.type === 'array') {
    let el = s._zod.def.element;
    while (['optional', 'default', 'prefault', 'pipe'].includes(el._zod.def.type)) el = el._zod.def.innerType ?? el._zod.def.in;
    return el._zod.def.type === 'object' ? zodPaths(el, prefix) : [];
  }
  if (s._zod.def.type !== 'object') return [];
  return Object.entries(s._zod.def.shape).flatMap(([name, child]) => [`${prefix}${name}`, ...zodPaths(child as z.ZodType, `${prefix}${name}.`)]);
}

function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...(f.fields ? cmsPaths(f.fields as CmsField[], `${prefix}${f.name}.`) : [])]);
}

const fieldsOf = (c: Collection) => ('fields' in c ? c.fields : c.files[0]!.fields) as CmsField[];

describe('generated Decap config', () => {
  it.each(config.collections.map((c) => [c.name, c] as const))('%s: every schema field has a CMS field and the reverse', (name, collection) => {
    const schema = cmsSchemas[(name === 'settings' ? 'site' : name) as keyof typeof cmsSchemas];
    const cms = cmsPaths(fieldsOf(collection)).filter((p) => p !== 'body');
    // A hidden group (the CMS connection settings) keeps its whole value without showing its fields.
    const hidden = fieldsOf(collection).filter((f) => f.widget === 'hidden').map((f) => `${f.name}.`);
    expect(cms.sort()).toEqual(zodPaths(schema).filter((p) => !hidden.some((h) => p.startsWith(h))).sort());
  });

  it('is Japanese, local-editing ready, with folder-per-entry media beside the entry', () => {
    expect(config.locale).toBe('ja');
    expect(config.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
    expect(buildCmsConfig({ siteUrl: 'https://example.jp', localPort: 8082 }).local_backend).toEqual({ url: 'http://localhost:8082/api/v1' });
    const articles = config.collections.find((c) => c.name === 'articles') as any;
    expect(articles).toMatchObject({ folder: 'content/articles', path: '{{slug}}/index', slug: '{{fields.slug}}', media_folder: '', extension: 'mdx' });
    // 「ライブで見る」 opens the page at its URL name, not at the file's folder path (<slug>/index).
    expect(articles.preview_path).toBe('articles/{{fields.slug}}/');
    // Photos are chosen from the entry's folder or uploaded, never typed in as a URL.
    expect(articles.fields.find((f: CmsField) => f.name === 'hero').fields.find((f: CmsField) => f.name === 'image')).toMatchObject({ widget: 'image', choose_url: false });
  });

  it('takes labels, hints, patterns and required-ness from the schema', () => {
    const activities = config.collections.find((c) => c.name === 'activities') as any;
    const slug = activities.fields.find((f: CmsField) => f.name === 'slug');
    expect(slug).toMatchObject({ label: 'URL名（スラッグ）', widget: 'slug', pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', '半角英小文字・数字・ハイフン（例: salon-hinata）で入力してください'] });
    expect(activities.fields.find((f: CmsField) => f.name === 'kana').pattern[1]).toBe('よみがなはひらがなで入力してください');
    expect(slug.required).toBeUndefined();
    const capacity = activities.fields.find((f: CmsField) => f.name === 'capacity');
    expect(capacity).toMatchObject({ widget: 'number', value_type: 'int', required: false });
  });

  it('lets editors give an area its population (whole numbers) with the source and the date', () => {
    const areas = config.collections.find((c) => c.name === 'areas') as any;
    const population = areas.fields.find((f: CmsField) => f.name === 'population');
    expect(population).toMatchObject({ label: '人口', widget: 'object', required: false });
    const get = (name: string) => population.fields.find((f: CmsField) => f.name === name);
    expect(get('total')).toMatchObject({ label: '人口（人）', widget: 'number', value_type: 'int', required: false });
    expect(get('aged65')).toMatchObject({ label: '65歳以上人口（人）', widget: 'number', value_type: 'int', required: false });
    expect(get('source')).toMatchObject({ label: '出典', widget: 'string' });
    expect(get('asOf')).toMatchObject({ label: '基準日', widget: 'datetime' });
  });

  it('uses relation widgets for references, selects for fixed lists, lists and objects for nested data', () => {
    const activities = config.collections.find((c) => c.name === 'activities') as any;
    const get = (name: string) => activities.fields.find((f: CmsField) => f.name === name);
    expect(get('area')).toMatchObject({ widget: 'relation', collection: 'areas', value_field: 'id' });
    expect(get('category')).toMatchObject({ widget: 'select' });
    expect(get('category').options).toContain('サロン・茶話会');
    expect(get('targets')).toMatchObject({ widget: 'select', multiple: true });
    expect(get('status').options).toContainEqual({ label: '休止中', value: 'paused' });
    const schedule = get('schedule');
    expect(schedule.widget).toBe('list');
    const weekdays = schedule.fields.find((f: CmsField) => f.name === 'weekdays');
    expect(weekdays).toMatchObject({ widget: 'select', multiple: true });
    expect(weekdays.options).toContainEqual({ label: '水曜', value: 'wed' });
    expect(schedule.fields.find((f: CmsField) => f.name === 'nth').options).toContainEqual({ label: '最終', value: -1 });
    expect(get('venue')).toMatchObject({ widget: 'object' });
    expect(get('images').fields.map((f: CmsField) => [f.name, f.widget])).toEqual([['image', 'image'], ['alt', 'string']]);
    expect(get('consent').fields[0]).toMatchObject({ name: 'recorded', widget: 'boolean' });
  });

  it('writes datetimes with their +09:00 offset and dates as YYYY-MM-DD', () => {
    const notices = config.collections.find((c) => c.name === 'notices') as any;
    expect(notices.fields.find((f: CmsField) => f.name === 'startsAt')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', picker_utc: false });
    expect(notices.fields.find((f: CmsField) => f.name === 'publishedAt')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(notices.fields.find((f: CmsField) => f.name === 'council')).toMatchObject({ widget: 'relation', collection: 'councils' });
  });

  it('edits every MDX body with the IME-safe mdx widget', () => {
    for (const name of ['articles', 'activities', 'notices']) {
      const c = config.collections.find((x) => x.name === name) as any;
      expect(c.fields.at(-1)).toMatchObject({ name: 'body', widget: 'mdx', sanitize_preview: true });
    }
  });

  it('never uses a markdown field without sanitize_preview', () => {
    const all = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...all((f.fields as CmsField[]) ?? [])]);
    const markdown = config.collections.flatMap((c) => all(fieldsOf(c))).filter((f) => f.widget === 'markdown' || f.widget === 'mdx');
    expect(markdown.length).toBeGreaterThan(0);
    for (const f of markdown) expect(f.sanitize_preview).toBe(true);
  });

  it('does not let editors change the CMS connection', () => {
    const settings = config.collections.find((c) => c.name === 'settings') as any;
    expect(settings.files[0].fields.find((f: CmsField) => f.name === 'cms')).toMatchObject({ widget: 'hidden' });
  });

  it('lists entries with dates and statuses, sortable by date, with filters and groups', () => {
    const notices = config.collections.find((c) => c.name === 'notices') as any;
    expect(notices.summary).toContain("{{startsAt | date('YYYY/MM/DD')}} {{kind}} {{title}}");
    expect(notices.sortable_fields).toContain('startsAt');
    expect(notices.view_filters).toContainEqual({ label: '中止', field: 'status', pattern: '^cancelled$' });
    const articles = config.collections.find((c) => c.name === 'articles') as any;
    expect(articles.view_filters).toContainEqual({ label: '下書き', field: 'draft', pattern: true });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('maps a plain optional string with its hint', () => {
    expect(toCmsField('note', z.string().optional().meta({ label: '補足', hint: '例' }))).toEqual({ name: 'note', label: '補足', widget: 'string', hint: '例', required: false });
  });
});

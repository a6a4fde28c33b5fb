/**
 * Runs in the admin page after decap-cms.js: our body widget, editor components and preview templates.
 * Bundled by src/integrations/admin.ts into /admin/cms-setup.js. Decap provides React as window.h / createClass.
 */
import { te } from '../src/i18n/editor';
import { t } from '../src/i18n/ja';
import { activityStatusNotice } from '../src/lib/activity-view';
import { formatCost } from '../src/lib/cost';
import { formatDateTimeRange, formatSessionTime } from '../src/lib/dates';
import { noticeStatusNotice } from '../src/lib/notice-display';
import { detailsChangedNote } from '../src/lib/people';
import { formatSchedule } from '../src/lib/schedule';
import { urls } from '../src/lib/urls';
import { ACTIVITY_STATUS_LABELS } from '../src/schemas/activity';
import { NOTICE_STATUS_LABELS } from '../src/schemas/notice';
import type { ScheduleRule } from '../src/schemas/schedule';
import { editorComponents } from './editor-components';
import { afterSave, beforeSave, withEntryCheck } from './entry-validation';
import { imeSafe, registerImeSafeWidgets } from './ime-widgets';
import { relabelLists } from './list-labels';
import { registerSlugWidget } from './slug-widget';
import { REPORT_TEMPLATE, withStatusChecklist } from './guided-changes';
import { japanese } from './locale-ja';
import { relabelRemoveButtons, withDateWords } from './plain-words';
import { addAdminLinks } from './report-link';
import { type EventRegistry, registerPrivacyGuard } from './privacy';
import { type DialogState, entryPhotos, prepareLibraryUploads, preparePhoto, renderPhotoDialog } from './photo-dialog';

type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface Immutable { getIn(path: (string | number)[]): any; get(key: string): any; toJS?: () => any }
interface PreviewProps { entry: Immutable; getAsset: (path: string) => { toString(): string } | string }

declare global {
  interface Window {
    CMS: EventRegistry & {
      registerWidget: (name: string, control: unknown, preview?: unknown) => void;
      registerPreviewTemplate: (name: string, component: unknown) => void;
      registerPreviewStyle: (href: string) => void;
      registerEditorComponent: (component: unknown) => void;
      registerLocale: (locale: string, phrases: unknown) => void;
      getWidget: (name: string) => { control: unknown };
      registerEventListener: (listener: { name: string; handler: (event: any) => unknown }) => void;
      init: (options: { config: Record<string, unknown> }) => void;
    };
    CMS_MANUAL_INIT?: boolean;
    h: H;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

const { CMS, h, createClass } = window;
CMS.registerLocale('ja', japanese);
addAdminLinks(
  [
    { label: te('guide.link'), href: urls.editorsGuide(), className: 'admin-link admin-link--guide' },
    { label: te('report.title'), href: urls.upkeepReport(), className: 'admin-link' },
  ],
  { label: te('guide.link'), href: urls.editorsGuide(), className: 'header-guide-link' },
  te('admin.localPublishNote'),
);

const js = (value: any) => (value && typeof value.toJS === 'function' ? value.toJS() : value);

/**
 * The body editor: a native <textarea> (IME-safe, see ./ime-widgets) instead of Decap's Slate-based markdown editor,
 * whose rich-text and raw modes both mishandle composition. Buttons insert the allowed components at the cursor.
 */
const MdxControl = createClass({
  ...imeSafe,
  getInitialState() { return { dialog: undefined }; },
  insert(this: any, snippet: string, at?: { start: number; end: number }) {
    const el: HTMLTextAreaElement | null = this.el;
    if (!el) return;
    const { value } = el;
    const { start, end } = at ?? { start: el.selectionStart, end: el.selectionEnd };
    const block = `${start > 0 && value[start - 1] !== '\n' ? '\n\n' : ''}${snippet}\n`;
    el.value = value.slice(0, start) + block + value.slice(end);
    el.setSelectionRange(start + block.length, start + block.length);
    el.focus();
    this.send(el.value);
  },
  entry(this: any) { return this.props.getEntry?.() ?? this.props.entry; },
  openPhotos(this: any) {
    const el: HTMLTextAreaElement | null = this.el;
    this.at = el ? { start: el.selectionStart, end: el.selectionEnd } : undefined;
    this.setState({ dialog: { photos: entryPhotos(this.entry(), this.props.getAsset), alt: '', caption: '' } });
  },
  photoActions(this: any) {
    const set = (patch: Partial<DialogState>) => this.setState({ dialog: { ...this.state.dialog, ...patch } });
    return {
      choose: (name: string) => set({ chosen: name, error: undefined }),
      alt: (alt: string) => set({ alt, error: undefined }),
      caption: (caption: string) => set({ caption }),
      cancel: () => { this.setState({ dialog: undefined }); this.el?.focus(); },
      upload: async (original: File) => {
        set({ busy: true, error: undefined });
        try {
          const { photos } = this.state.dialog as DialogState;
          const file = await preparePhoto(original, String(this.entry()?.getIn(['data', 'slug']) ?? ''), photos.map((p) => p.name));
          await this.props.onPersistMedia(file, { field: this.props.field });
          set({ busy: false, photos: [...photos, { name: file.name, url: URL.createObjectURL(file) }], chosen: file.name });
        } catch {
          set({ busy: false, error: 'この写真は読み込めませんでした。JPEG・PNG などの写真を選んでください' });
        }
      },
      insert: () => {
        const { chosen, alt, caption } = this.state.dialog as DialogState;
        if (!chosen) return set({ error: '写真を選ぶか、追加してください' });
        if (!alt.trim()) return set({ error: '代替テキスト（写っているものの説明）を書いてください' });
        const figure = editorComponents.find((c) => c.id === 'figure')!;
        this.setState({ dialog: undefined });
        this.insert(figure.toBlock({ image: `./${chosen}`, alt: alt.trim(), caption: caption.trim() }), this.at);
      },
    };
  },
  render(this: any) {
    const entry = this.entry();
    // Shown for every notice (this control re-renders only when the body changes, not when 種類 does).
    const report = entry?.get('collection') === 'notices' && !String(this.props.value ?? '').includes('## 議事の概要');
    return h('div', null,
      report ? h('button', {
        type: 'button', onClick: () => this.insert(REPORT_TEMPLATE),
        style: { padding: '6px 12px', border: '2px solid #2a5d8f', borderRadius: '6px', background: '#fff', cursor: 'pointer', minHeight: '32px', marginBottom: '8px' },
      }, '開催報告のひな形（出席・議事の概要・主な意見・今後の予定）を入れる') : null,
      this.state.dialog ? renderPhotoDialog(h, `${this.props.forID}-photo`, this.state.dialog, this.photoActions()) : null,
      h('div', { role: 'toolbar', 'aria-label': '部品を入れる', style: { display: 'flex', flexWrap: 'wrap', gap: '8px', marginBottom: '8px' } },
        editorComponents.map((c) =>
          h('button', {
            key: c.id, type: 'button', 'data-component': c.id, 'aria-haspopup': c.id === 'figure' ? 'dialog' : undefined,
            onClick: () => (c.id === 'figure' ? this.openPhotos() : this.insert(c.toBlock(c.example))),
            style: { padding: '6px 12px', border: '1px solid #8a8a8a', borderRadius: '6px', background: '#fff', cursor: 'pointer', minHeight: '32px' },
          }, `＋ ${c.label}`))),
      h('textarea', { rows: 18, spellCheck: false, style: { fontFamily: 'inherit', lineHeight: 1.8, minHeight: '24rem', resize: 'vertical' }, ...this.handlers() }));
  },
});

type GetAsset = (path: string) => { toString(): string } | string;

/**
 * A plain rendering of the body for previews: headings and paragraphs as text (never as HTML), photos as the site
 * shows them, other components as labels.
 */
function bodyPreview(body: string | undefined, getAsset?: GetAsset) {
  return splitBlocks(body ?? '').map((block, i) => {
    const heading = /^(#{2,4})\s+(.*)$/.exec(block.trim());
    if (heading) return h(`h${heading[1]!.length}`, { key: i }, heading[2]);
    const figure = /^<Figure caption="([^"]*)">\s*!\[([^\]]*)\]\(([^)]*)\)\s*<\/Figure>$/.exec(block.trim());
    if (figure && getAsset) {
      return h('figure', { key: i }, h('img', { src: String(getAsset(figure[3]!.replace(/^\.\//, ''))), alt: figure[2], style: { maxWidth: '100%', height: 'auto' } }), figure[1] ? h('figcaption', null, figure[1]) : null);
    }
    const component = editorComponents.find((c) => c.pattern.test(block.trim()));
    if (component) return h('p', { key: i, className: 'callout callout--info' }, `［${component.label}］ ${Object.values(component.fromBlock(block.trim().match(component.pattern)!)).filter(Boolean).join('／')}`);
    return h('p', { key: i }, withRuby(block));
  });
}

/** Inline <Ruby base="…" reading="…" /> shown as ruby, the rest as plain text. */
function withRuby(text: string) {
  return text.split(/(<Ruby base="[^"]*" reading="[^"]*" \/>)/).map((part, i) => {
    const ruby = /^<Ruby base="([^"]*)" reading="([^"]*)" \/>$/.exec(part);
    return ruby ? h('ruby', { key: i }, ruby[1], h('rt', null, ruby[2])) : part;
  });
}

/** Blocks separated by blank lines, a <Figure>…</Figure> (which has blank lines inside) kept whole. */
const splitBlocks = (body: string) =>
  body.split(/(<Figure[^>]*>[\s\S]*?<\/Figure>)/).flatMap((part) => (part.startsWith('<Figure') ? [part] : part.split(/\n{2,}/))).filter((b) => b.trim());

const MdxPreview = (props: { value?: string; getAsset?: GetAsset }) => h('div', { className: 'prose' }, bodyPreview(props.value, props.getAsset));

registerImeSafeWidgets(CMS, h, createClass);
CMS.registerWidget('mdx', MdxControl, MdxPreview);
registerSlugWidget(CMS, h, createClass);
for (const component of editorComponents) {
  CMS.registerEditorComponent({
    id: component.id, label: component.label, fields: component.fields, pattern: component.pattern,
    fromBlock: component.fromBlock, toBlock: component.toBlock, toPreview: component.toBlock,
  });
}

// Every field control shows the build's own rules for its field (see ./entry-validation); lists and groups are
// containers whose fields show their own.
for (const name of ['string', 'text', 'mdx', 'slug', 'select', 'boolean', 'datetime', 'number', 'relation', 'image', 'file']) {
  withEntryCheck(CMS.getWidget(name), name);
}
withStatusChecklist(CMS.getWidget('select'), h);
withDateWords(CMS.getWidget('datetime'));
relabelRemoveButtons();
CMS.registerEventListener({ name: 'preSave', handler: beforeSave });
CMS.registerEventListener({ name: 'postSave', handler: afterSave });
relabelLists();
prepareLibraryUploads();

CMS.registerPreviewStyle('/admin/preview.css');

const dl = (rows: [string, unknown][]) =>
  h('dl', { className: 'facts card' }, rows.filter(([, v]) => v !== undefined && v !== '' && v !== null).flatMap(([k, v]) => [h('dt', { key: `${k}t` }, k), h('dd', { key: `${k}d` }, v)]));

const asDate = (value: unknown) => (value ? new Date(String(value)) : undefined);

/** The same words and look as the site's EasySummary and StatusCallout components. */
const easySummary = (text: unknown) =>
  text ? h('section', { className: 'easy callout callout--info' }, h('h2', null, t('article.easySummary')), h('p', null, String(text))) : null;
const statusCallout = (notice: { tone: string; title: string; note?: string } | undefined) =>
  notice ? h('div', { className: `callout${notice.tone === 'alert' ? ' callout--alert' : ''}`, role: 'note' },
    h('p', null, h('strong', null, notice.title)), notice.note ? h('p', null, notice.note) : null) : null;

function ArticlePreview({ entry, getAsset }: PreviewProps) {
  const d = js(entry.get('data')) ?? {};
  const hero = d.hero ?? {};
  const note = detailsChangedNote(d.people);
  return h('article', { className: 'narrow' },
    h('h1', null, d.title ?? ''),
    h('p', { className: 'lead' }, d.description ?? ''),
    hero.image ? h('figure', null, h('img', { src: String(getAsset(hero.image)), alt: hero.alt ?? '' }), hero.caption ? h('figcaption', null, hero.caption) : null) : null,
    easySummary(d.easySummary),
    h('div', { className: 'prose' }, bodyPreview(d.body, getAsset)),
    note ? h('p', { className: 'muted' }, t(note)) : null);
}

function ActivityPreview({ entry, getAsset }: PreviewProps) {
  const d = js(entry.get('data')) ?? {};
  // The CMS holds dates as strings; the schedule text reads them as the Dates the schema would make.
  const rules = (d.schedule ?? []).map((r: Record<string, unknown>) => ({
    weekdays: [], nth: [], closedDates: [], skipHolidays: false, ...r,
    validFrom: asDate(r.validFrom), validUntil: asDate(r.validUntil),
  })) as ScheduleRule[];
  let schedule: string[] = [];
  try {
    schedule = formatSchedule(rules);
  } catch {
    schedule = ['（開催日時を入力中）'];
  }
  return h('article', { className: 'container' },
    h('p', null, h('span', { className: 'badge' }, d.category ?? ''), ' ', d.status && d.status !== 'active' ? h('span', { className: 'badge badge--warm' }, ACTIVITY_STATUS_LABELS[d.status as 'paused'] ?? d.status) : null),
    h('h1', null, d.name ?? ''),
    h('p', { className: 'lead' }, d.summary ?? ''),
    statusCallout(activityStatusNotice(d.status, d.statusNote)),
    easySummary(d.easySummary),
    dl([
      ['日時', h('ul', { className: 'schedule-lines' }, schedule.map((line, i) => h('li', { key: i }, line)))],
      ['会場', d.venue ? `${d.venue.name ?? ''} ${d.venue.address ?? ''}` : undefined],
      [t('activity.school'), d.schoolDistrict],
      ['費用', d.cost ? formatCost({ free: Boolean(d.cost.free), text: d.cost.text || undefined }, t('activity.free')) : undefined],
      ['予約', d.reservation],
      ['対象', (d.targets ?? []).join('、')],
      ['問い合わせ先', d.contact?.organization],
    ]),
    d.howToJoin ? h('section', null, h('h2', null, '参加のしかた'), h('p', null, d.howToJoin)) : null,
    h('div', { className: 'prose' }, bodyPreview(d.body, getAsset)));
}

function NoticePreview({ entry, getAsset }: PreviewProps) {
  const d = js(entry.get('data')) ?? {};
  const starts = asDate(d.startsAt);
  const ends = asDate(d.endsAt);
  const when = starts && ends && !Number.isNaN(+starts) && !Number.isNaN(+ends) ? formatDateTimeRange(starts, ends) : '';
  return h('article', { className: 'narrow' },
    h('p', null, h('span', { className: 'badge badge--muted' }, d.kind ?? ''), ' ', h('span', { className: `badge ${d.status === 'cancelled' ? 'badge--alert' : ''}` }, NOTICE_STATUS_LABELS[d.status as 'held'] ?? '')),
    h('h1', null, d.title ?? ''),
    statusCallout(noticeStatusNotice(d.status, d.statusNote)),
    easySummary(d.easySummary),
    dl([['日時', when], ['会場', d.venue ? `${d.venue.name ?? ''} ${d.venue.address ?? ''}` : undefined]]),
    (d.sessions ?? []).length ? h('section', null, h('h2', null, `日程（全${d.sessions.length}回）`), h('ol', null, d.sessions.map((x: Record<string, any>, i: number) => {
      const [s0, e0] = [asDate(x.startsAt), asDate(x.endsAt)];
      const time = s0 && e0 && !Number.isNaN(+s0) && !Number.isNaN(+e0) ? formatSessionTime(s0, e0) : '';
      return h('li', { key: i }, [time, x.topic, x.venue?.name].filter(Boolean).join('　'));
    }))) : null,
    (d.agenda ?? []).length ? h('section', null, h('h2', null, '議題'), h('ol', null, d.agenda.map((a: string, i: number) => h('li', { key: i }, a)))) : null,
    h('div', { className: 'prose' }, bodyPreview(d.body, getAsset)));
}

CMS.registerPreviewTemplate('articles', ArticlePreview);
CMS.registerPreviewTemplate('activities', ActivityPreview);
CMS.registerPreviewTemplate('notices', NoticePreview);
registerPrivacyGuard(CMS);

// `?backend=test` on localhost (see ./init.js): the same admin on Decap's in-memory backend with the workflow on.
if (window.CMS_MANUAL_INIT) {
  CMS.init({ config: { backend: { name: 'test-repo' }, local_backend: false, publish_mode: 'editorial_workflow' } });
}

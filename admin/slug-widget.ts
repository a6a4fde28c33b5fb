/**
 * The URL name (slug) field: IME-safe like every text field, with a suggestion made from the entry's own fields
 * (src/lib/slug-suggest) and a live line saying whether the name is free, by the same rule the build applies
 * (src/lib/entry-check). For a published entry it says what changing it does: the old name is kept in
 * redirectFrom when saving (admin/entry-validation.ts), so printed QR codes keep working.
 */
import { uniquenessProblems } from '../src/lib/entry-check';
import { freeSlug, suggestSlug } from '../src/lib/slug-suggest';
import { type CollectionName, collection as collectionOf } from '../src/schemas/registry';
import { SLUG_PATTERN } from '../src/schemas/common';
import { contentIndex, type Immutable } from './entry-validation';
import { imeSafe } from './ime-widgets';

type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export function registerSlugWidget(cms: { registerWidget: (name: string, control: unknown) => void }, h: H, createClass: (spec: Record<string, unknown>) => unknown) {
  const SlugControl = createClass({
    ...imeSafe,
    entry(this: any): Immutable { return this.props.getEntry?.() ?? this.props.entry; },
    where(this: any) {
      const entry = this.entry();
      const collection = entry.get('collection') as CollectionName;
      const file = entry.get('newRecord') ? undefined : (entry.get('path') as string);
      return { entry, collection, file, self: file ? contentIndex()[collection]?.find((e) => e.file === file) : undefined };
    },
    suggest(this: any) {
      const { entry, collection, file } = this.where();
      const base = suggestSlug(collection, (entry.get('data') as Immutable).toJS());
      if (!base) {
        this.setState({ note: collection === 'activities' ? '先に「よみがな」を入れてください' : '先にタイトルと日付を入れてください' });
        return;
      }
      const slug = freeSlug(base, (s) => uniquenessProblems(collection, { slug: s }, file, contentIndex()).length > 0);
      if (this.el) this.el.value = slug;
      this.setState({ note: undefined });
      this.send(slug);
    },
    status(this: any): string {
      const value = String(this.props.value ?? '');
      const { collection, file, self } = this.where() as { collection: CollectionName; file?: string; self?: { id: string } };
      if (this.state?.note) return this.state.note;
      if (!value) return '半角英小文字・数字・ハイフンで。「候補を入れる」で、入力した内容から作れます';
      if (!SLUG_PATTERN.test(value)) return '半角英小文字・数字・ハイフンだけにしてください（例: salon-hinata）';
      const taken = uniquenessProblems(collection, { slug: value }, file, contentIndex())[0];
      if (taken) return taken.message;
      const url = collectionOf(collection).url?.(value) ?? `/${value}/`;
      if (self && self.id !== value) return `公開中のURL名「${self.id}」を変えます。保存すると「${self.id}」は以前の名前に残り、古いURLからも ${url} に届きます`;
      return self ? `公開中のURL名です（${url}）。印刷物のQRコードのため、なるべく変えません` : `使えます。ページは ${url} になります`;
    },
    render(this: any) {
      const { self } = this.where();
      return h('div', null,
        h('div', { style: { display: 'flex', gap: '8px', alignItems: 'stretch' } },
          h('input', { type: 'text', autoComplete: 'off', spellCheck: false, 'aria-describedby': `${this.props.forID}-status`, ...this.handlers() }),
          self ? null : h('button', {
            type: 'button', onClick: () => this.suggest(),
            style: { flex: 'none', padding: '0 12px', border: '1px solid #8a8a8a', borderRadius: '6px', background: '#fff', cursor: 'pointer', minHeight: '32px' },
          }, '候補を入れる')),
        h('p', { id: `${this.props.forID}-status`, role: 'status', style: { margin: '6px 0 0', fontSize: '14px' } }, this.status()));
    },
  });
  cms.registerWidget('slug', SlugControl);
}

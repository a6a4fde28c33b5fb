/**
 * Photos in the body: the 「写真とキャプション」 button opens this dialog, which lists the entry's own photos, uploads
 * a new one (scaled in the browser to 1600 px on its long side, JPEG, named `<slug>-<n>.jpg`), asks for the
 * alternative text (required) and a caption, and returns the <Figure> block to insert.
 */
import { fitWithin, photoName } from '../src/lib/photo-names';
import { IMAGE_EXTENSIONS } from '../src/lib/image-paths';
import type { Immutable } from './entry-validation';

type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface Photo { name: string; url: string }

const isImage = (name: string) => (IMAGE_EXTENSIONS as readonly string[]).includes(name.split('.').pop()?.toLowerCase() ?? '');

/** The photos beside the entry, as Decap knows them (saved ones and those uploaded since it was opened). */
export function entryPhotos(entry: Immutable | undefined, getAsset: (path: string) => unknown): Photo[] {
  const files = ((entry?.get('mediaFiles') as Immutable | undefined)?.toJS() ?? []) as { name: string; path: string }[];
  return files.filter((f) => isImage(f.name)).map((f) => ({ name: f.name, url: String(getAsset(f.path) ?? '') }));
}

/** A photo as the site wants it: at most 1600 px on its long side, JPEG at quality 0.85, a safe ASCII name. */
export async function preparePhoto(file: File, slug: string, taken: readonly string[]): Promise<File> {
  const bitmap = await createImageBitmap(file);
  const { width, height } = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff'; // transparent parts of a PNG would turn black in a JPEG
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/jpeg', 0.85));
  return new File([blob], photoName(slug, taken), { type: 'image/jpeg' });
}

export interface DialogState { photos: Photo[]; chosen?: string; alt: string; caption: string; error?: string; busy?: boolean }

const button = { padding: '8px 16px', border: '1px solid #8a8a8a', borderRadius: '6px', background: '#fff', cursor: 'pointer', minHeight: '36px' };

/** The dialog's markup; `on` carries what the body control does with each action. */
export function renderPhotoDialog(h: H, id: string, state: DialogState, on: {
  choose: (name: string) => void; upload: (file: File) => void; alt: (v: string) => void; caption: (v: string) => void; insert: () => void; cancel: () => void;
}) {
  return h('div', {
    role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-title`, 'data-photo-dialog': '',
    onKeyDown: (e: KeyboardEvent) => { if (e.key === 'Escape') on.cancel(); },
    style: { border: '2px solid #2a5d8f', borderRadius: '8px', padding: '16px', margin: '0 0 12px', background: '#f7fafc', color: '#1f2937' },
  },
  h('h3', { id: `${id}-title`, style: { margin: '0 0 8px', fontSize: '18px' } }, '写真を入れる'),
  h('fieldset', { style: { border: 0, padding: 0, margin: '0 0 12px' } },
    h('legend', { style: { fontWeight: 700, marginBottom: '6px' } }, 'この記事・活動の写真から選ぶ'),
    state.photos.length === 0 ? h('p', { style: { margin: 0 } }, 'まだ写真がありません。下から追加してください。') : null,
    h('div', { style: { display: 'flex', flexWrap: 'wrap', gap: '8px' } }, state.photos.map((p) =>
      h('label', { key: p.name, style: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '4px', padding: '6px', border: state.chosen === p.name ? '3px solid #2a5d8f' : '1px solid #ccc', borderRadius: '6px', cursor: 'pointer', background: '#fff' } },
        p.url ? h('img', { src: p.url, alt: '', style: { width: '120px', height: '90px', objectFit: 'cover' } }) : null,
        h('span', null, h('input', { type: 'radio', name: `${id}-photo`, checked: state.chosen === p.name, onChange: () => on.choose(p.name) }), ` ${p.name}`))))),
  h('p', { style: { margin: '0 0 12px' } },
    // The browser's own file button speaks the browser's language (「Choose File」); the label is the button here.
    h('input', { id: `${id}-file`, type: 'file', className: 'photo-file', accept: 'image/jpeg,image/png,image/webp,image/gif,image/avif', 'data-photo-dialog': '',
      onChange: (e: { currentTarget: HTMLInputElement }) => { const f = e.currentTarget.files?.[0]; if (f) on.upload(f); } }),
    h('label', { htmlFor: `${id}-file`, className: 'photo-file-button' }, '写真を追加する'),
    h('span', { style: { display: 'block', fontSize: '14px' } }, '大きな写真は横1600px程度に縮小し、JPEG で保存します。ファイル名は自動で半角英数字になります。')),
  h('p', { style: { margin: '0 0 12px' } },
    h('label', { htmlFor: `${id}-alt`, style: { fontWeight: 700, display: 'block' } }, '代替テキスト（写っているものの説明・必須）'),
    h('input', { id: `${id}-alt`, type: 'text', value: state.alt, 'aria-invalid': state.error ? 'true' : undefined, 'aria-describedby': `${id}-error`,
      onChange: (e: { currentTarget: HTMLInputElement }) => on.alt(e.currentTarget.value), style: { width: '100%', padding: '8px' } })),
  h('p', { style: { margin: '0 0 12px' } },
    h('label', { htmlFor: `${id}-caption`, style: { fontWeight: 700, display: 'block' } }, 'キャプション（写真の下に出る文）'),
    h('input', { id: `${id}-caption`, type: 'text', value: state.caption, onChange: (e: { currentTarget: HTMLInputElement }) => on.caption(e.currentTarget.value), style: { width: '100%', padding: '8px' } })),
  h('p', { id: `${id}-error`, role: 'alert', style: { color: '#b00020', fontWeight: 700, margin: '0 0 8px' } }, state.error ?? (state.busy ? '写真を準備しています…' : '')),
  h('div', { style: { display: 'flex', gap: '8px' } },
    h('button', { type: 'button', onClick: on.insert, disabled: state.busy, style: { ...button, background: '#2a5d8f', color: '#fff' } }, '本文に入れる'),
    h('button', { type: 'button', onClick: on.cancel, style: button }, 'やめる')));
}

const slugOnScreen = () =>
  (document.querySelector<HTMLInputElement>('input[id^="slug-field-"]')?.value ?? '').trim();

/**
 * Photos uploaded through Decap's own library (the 画像 fields) get the same treatment as the dialog's: scaled,
 * JPEG, `<slug>-<n>.jpg`. Decap would otherwise strip a Japanese name down to 「.jpg」. The file input's change is
 * caught before Decap sees it, its file replaced, and the change sent on.
 */
export function prepareLibraryUploads() {
  const done = new WeakSet<Event>();
  document.addEventListener('change', (event) => {
    const input = event.target;
    if (done.has(event) || !(input instanceof HTMLInputElement) || input.type !== 'file' || input.hasAttribute('data-photo-dialog')) return;
    const file = input.files?.[0];
    if (!file || !file.type.startsWith('image/') || file.type === 'image/svg+xml') return;
    event.stopImmediatePropagation();
    const taken = [...document.querySelectorAll('[role="dialog"], .ReactModal__Content, body')].flatMap((el) => el.textContent?.match(/[\w.-]+\.(?:jpe?g|png|webp|gif|avif)/gi) ?? []);
    void preparePhoto(file, slugOnScreen(), taken).then((prepared) => {
      const transfer = new DataTransfer();
      transfer.items.add(prepared);
      input.files = transfer.files;
      const again = new Event('change', { bubbles: true });
      done.add(again);
      input.dispatchEvent(again);
    });
  }, true);
}

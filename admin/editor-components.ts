/**
 * The MDX components editors may use (src/lib/mdx-components.ts), as Decap editor components: each knows how to
 * write itself into the body and read itself back. Every allowed component has one, in the order of the buttons.
 */
import type { MdxComponentName } from '../src/lib/mdx-components';

export interface EditorComponent {
  id: string;
  label: string;
  fields: { name: string; label: string; widget: string; hint?: string }[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string | undefined>) => string;
  /** A blank instance, inserted by the body editor's buttons. */
  example: Record<string, string>;
}

const attr = (value: string | undefined) => (value ?? '').replace(/"/g, '”');

const byComponent = {
  Note: {
    id: 'note',
    label: 'メモ欄',
    fields: [
      { name: 'title', label: '見出し', widget: 'string' },
      { name: 'body', label: '本文', widget: 'text' },
    ],
    pattern: /^<Note title="([^"]*)">\n?([\s\S]*?)\n?<\/Note>$/m,
    fromBlock: (m) => ({ title: m[1] ?? '', body: m[2] ?? '' }),
    toBlock: (d) => `<Note title="${attr(d.title)}">\n${d.body ?? ''}\n</Note>`,
    example: { title: 'ひとこと', body: 'ここに本文を書きます。' },
  },
  Figure: {
    id: 'figure',
    label: '写真とキャプション',
    fields: [
      { name: 'image', label: '写真', widget: 'image' },
      { name: 'alt', label: '代替テキスト（写真の説明）', widget: 'string', hint: '写っているものを一文で' },
      { name: 'caption', label: 'キャプション', widget: 'string' },
    ],
    pattern: /^<Figure caption="([^"]*)">\n\n!\[([^\]]*)\]\(([^)]*)\)\n\n<\/Figure>$/m,
    fromBlock: (m) => ({ caption: m[1] ?? '', alt: m[2] ?? '', image: m[3] ?? '' }),
    toBlock: (d) => `<Figure caption="${attr(d.caption)}">\n\n![${d.alt ?? ''}](${d.image ?? ''})\n\n</Figure>`,
    example: { caption: 'キャプション', alt: '写っているものの説明', image: './photo.jpg' },
  },
  Ruby: {
    id: 'ruby',
    label: 'ふりがな',
    fields: [
      { name: 'base', label: '漢字', widget: 'string' },
      { name: 'reading', label: 'よみがな', widget: 'string' },
    ],
    pattern: /^<Ruby base="([^"]*)" reading="([^"]*)" \/>$/m,
    fromBlock: (m) => ({ base: m[1] ?? '', reading: m[2] ?? '' }),
    toBlock: (d) => `<Ruby base="${attr(d.base)}" reading="${attr(d.reading)}" />`,
    example: { base: '地域', reading: 'ちいき' },
  },
  ActivityCard: {
    id: 'activity-card',
    label: '活動カード',
    fields: [{ name: 'slug', label: '活動のURL名', widget: 'string', hint: '例: salon-hinatabokko' }],
    pattern: /^<ActivityCard slug="([a-z0-9-]*)" \/>$/m,
    fromBlock: (m) => ({ slug: m[1] ?? '' }),
    toBlock: (d) => `<ActivityCard slug="${attr(d.slug)}" />`,
    example: { slug: 'salon-hinatabokko' },
  },
} satisfies Record<MdxComponentName, EditorComponent>;

export const editorComponents: EditorComponent[] = Object.values(byComponent);

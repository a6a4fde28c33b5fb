/**
 * Building blocks shared by every collection schema.
 *
 * A schema is written once, as a function of a small context (`image`, `reference`), so the same
 * definition serves Astro's content layer, our own pre-build validator and the CMS config generator.
 * Field metadata (Japanese label, hint, CMS widget) is attached with Zod 4's `.meta()`.
 */
import { z } from 'astro/zod';
import { joinJapaneseLines } from '../lib/japanese-text';
import type { CollectionName } from './registry';

// Messages Zod writes itself (wrong type, missing value) reach editors, so they must be Japanese too.
z.config(z.locales.ja());


/** What a schema needs from its host: Astro passes its own helpers, the validator passes checking stubs. */
export interface SchemaContext<Img extends z.ZodType = z.ZodType, Ref extends z.ZodType = z.ZodType> {
  image: () => Img;
  reference: (collection: CollectionName) => Ref;
  /** A file kept beside the entry (a meeting's 資料), published next to its page. */
  file?: () => z.ZodType<string>;
}

/** Files an entry may attach: documents people download, never anything a browser would run. */
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'csv', 'txt'] as const;
const DOCUMENT_FILE = new RegExp(`^[A-Za-z0-9._-]+\\.(${DOCUMENT_EXTENSIONS.join('|')})$`);

export const documentFile = () =>
  z.string().regex(DOCUMENT_FILE, {
    error: `ファイル名は半角英数字で、${DOCUMENT_EXTENSIONS.join('・')} のどれかにしてください（例: shidai.pdf）`,
  });

/** Metadata read by the CMS config generator and by error messages. */
export interface FieldMeta {
  label: string;
  hint?: string;
  widget?: string;
  /** Extra Decap options passed through unchanged (e.g. `{ date_format: 'YYYY-MM-DD' }`). */
  cms?: Record<string, unknown>;
  [key: string]: unknown;
}

export const label = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta(meta) as T;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_HINT = '半角英小文字・数字・ハイフンのみ（例: salon-hinata）。公開後は変更しないでください。';

export const slug = () =>
  label(z.string().regex(SLUG_PATTERN, { error: '半角英小文字・数字・ハイフン（例: salon-hinata）で入力してください' }), {
    label: 'URL名（スラッグ）',
    hint: SLUG_HINT,
    widget: 'slug',
  });

export const dataId = () =>
  label(z.string().regex(SLUG_PATTERN, { error: '半角英小文字・数字・ハイフン（例: minami）で入力してください' }), {
    label: 'ID',
    hint: SLUG_HINT,
  });

/** Required text. Wrapped lines (YAML `>-`) are joined without a space between Japanese, see `joinJapaneseLines`. */
export const text = (meta: FieldMeta) =>
  label(
    z.string({ error: `${meta.label}を入力してください` }).trim().overwrite(joinJapaneseLines).min(1, { error: `${meta.label}を入力してください` }),
    meta,
  );

/** Optional prose an editor may wrap over several lines, joined like `text`. */
export const prose = (meta: FieldMeta) => label(z.string().trim().overwrite(joinJapaneseLines).optional(), meta);

const pad = (n: number) => String(n).padStart(2, '0');
const isRealDate = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** `2026-12-03` from a date field's value (kept as that day's UTC midnight). */
export const dateKey = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/**
 * Today's date in Asia/Tokyo (YYYY-MM-DD): what "not in the future" is judged against.
 * SITE_NOW pins it for reproducible builds, as in src/lib/content.ts.
 */
const tokyoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
export const todayInTokyo = () => tokyoDate.format(new Date((typeof process !== 'undefined' && process.env.SITE_NOW) || Date.now()));

/** Astro's YAML hands over a Date for an unquoted date; the checks below read it back as the text it stood for. */
const fromYamlDate = (toText: (d: Date) => string) => (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? toText(v) : v);

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date, written 2026-12-03. It must exist (no 2025-02-30 rolling over into March) and becomes that
 * day's UTC midnight, which is the same day in Asia/Tokyo. With `notFuture`, it may not be after today (a
 * confirmation or a consent is never dated ahead).
 */
export const date = (meta: FieldMeta, { notFuture = false } = {}) => {
  const format = `${meta.label}は 2026-12-03 のように「年-月-日」を半角数字とハイフンで入力してください`;
  return label(
    z.preprocess(
      fromYamlDate(dateKey),
      z
        .string({ error: format })
        .trim()
        .superRefine((s, ctx) => {
          const m = DATE_ONLY.exec(s);
          if (!m) ctx.addIssue({ code: 'custom', message: format, continue: false });
          else if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
            ctx.addIssue({ code: 'custom', message: `${meta.label}の「${s}」という日付はありません`, continue: false });
          } else if (notFuture && s > todayInTokyo()) {
            ctx.addIssue({ code: 'custom', message: `${meta.label}が未来の日付（${s}）になっています。確認した日・記録した日を入れてください`, continue: false });
          }
        })
        .transform((s) => new Date(`${s}T00:00:00Z`)),
    ),
    { widget: 'datetime', cms: { date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD' }, ...meta },
  );
};

/**
 * A moment in time. Strings must carry their offset (+09:00), because a bare "10:00" would be read as UTC on the
 * build machine and move the meeting by nine hours; and every part must exist (no 25:00 rolling into the next day).
 */
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
export const dateTime = (meta: FieldMeta) => {
  const format = `${meta.label}は「2026-12-03T10:00:00+09:00」の形（時差 +09:00 付き）で入力してください`;
  return label(
    z.preprocess(
      fromYamlDate((d) => d.toISOString()),
      z
        .string({ error: format })
        .trim()
        .superRefine((s, ctx) => {
          const m = ISO_WITH_OFFSET.exec(s);
          if (!m) return void ctx.addIssue({ code: 'custom', message: format, continue: false });
          const [y, mo, d, h, mi, sec = 0, oh = 0, om = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
          if (!(isRealDate(y!, mo!, d!) && h! <= 23 && mi! <= 59 && sec! <= 59 && oh! <= 14 && om! <= 59)) {
            ctx.addIssue({ code: 'custom', message: `${meta.label}の「${s}」という日時はありません（時刻は 00:00〜23:59）`, continue: false });
          }
        })
        .transform((s) => new Date(s)),
    ),
    { widget: 'datetime', cms: { format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' }, ...meta },
  );
};

export const url = (meta: FieldMeta) =>
  label(z.url({ protocol: /^https?$/, error: `${meta.label}は http:// か https:// で始まるURLで入力してください` }), meta);

export const contact = () =>
  label(
    z.strictObject({
      organization: text({ label: '団体・窓口名', hint: '個人の名前ではなく、団体名や窓口名を書きます' }),
      phone: label(z.string().regex(/^[0-9０-９-－()（） ]+$/, { error: '電話番号は数字とハイフンで入力してください' }).optional(), {
        label: '電話番号',
        hint: '団体・窓口の番号（個人の携帯番号は掲載承諾がある場合のみ）',
      }),
      email: label(z.email({ error: 'メールアドレスの形が正しくありません' }).optional(), { label: 'メールアドレス' }),
      url: url({ label: 'ウェブサイト' }).optional(),
    }),
    { label: '問い合わせ先' },
  );

/** A tag becomes a URL (/tags/<tag>/), so it may not hold what would change the path or the query. */
export const tag = () =>
  z
    .string()
    .trim()
    .min(1, { error: 'タグが空です' })
    // 「居場所, 多世代交流」 typed into one box is two tags run together, and would become one tag page.
    .refine((t) => !/[,、，]/.test(t), {
      error: (issue) => `タグ「${String(issue.input)}」には2つ以上のタグがつながっています。「タグを追加」で1つずつ入れてください`,
      abort: true,
    })
    .refine((t) => !/[/\\?#%<>"'`\p{Cc}]/u.test(t) && !/^\.+$/.test(t), {
      error: (issue) => `タグ「${String(issue.input)}」はURLにできません（「/」「?」「#」「%」などの記号や「.」だけのタグは使えません）`,
    });

export const redirectFrom = () =>
  label(z.array(z.string().regex(SLUG_PATTERN, { error: '以前のURL名も半角英小文字・数字・ハイフン（例: salon-hinata）です' })).default([]), {
    // No Latin letters: Decap lower-cases list labels (「以前のurl名を追加」).
    label: '以前の名前',
    hint: 'URL名を変えたときに、以前のURL名をここに残すと、印刷済みのQRコードからも新しいページに届きます',
  });

/** Image with mandatory alternative text. */
export const imageWithAlt = <Img extends z.ZodType>(image: () => Img, imageLabel = '画像') =>
  z.strictObject({
    image: label(image(), { label: imageLabel, widget: 'image' }),
    alt: text({ label: '代替テキスト（画像の説明）', hint: '目の見えない方が読み上げで聞く説明です。写っているものを一文で書きます' }),
  });

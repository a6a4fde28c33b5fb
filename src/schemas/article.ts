import { z } from 'astro/zod';
import { type SchemaContext, date, imageWithAlt, label, prose, redirectFrom, slug, tag, text } from './common';
import { peopleIssues, peopleSchema } from './people';

export const articleSchema = <I extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaContext<I, R>) =>
  z
    .strictObject({
      slug: slug(),
      title: text({ label: 'タイトル' }),
      description: text({ label: 'リード文', widget: 'text', hint: '記事の冒頭と一覧に出る2〜3行の紹介（120字程度まで）' }),
      publishedAt: date({ label: '公開日' }),
      updatedAt: date({ label: '更新日', hint: '内容を直したときだけ入れます' }).optional(),
      series: label(reference('series').optional(), { label: '連載' }),
      volume: label(z.number().int().positive({ error: 'Vol. 番号は1以上の整数です' }).optional(), {
        label: 'Vol. 番号', hint: '番号つきの連載のときに入れます',
      }),
      tags: label(z.array(tag()).default([]), { label: 'タグ', hint: '「タグを追加」で1つずつ入れます（例: 居場所、子ども食堂 は2つに分けて）' }),
      authors: label(z.array(reference('authors')).min(1, { error: '書いた人を1人以上選んでください' }), { label: '書いた人' }),
      hero: imageWithAlt(image, 'メイン画像')
        .extend({ caption: label(z.string().optional(), { label: 'キャプション' }) })
        .meta({ label: 'メイン画像' }),
      areas: label(z.array(reference('areas')).default([]), { label: '関係する地区' }),
      activities: label(z.array(reference('activities')).default([]), { label: '記事に出てくる活動' }),
      people: peopleSchema(),
      easySummary: prose({ label: 'やさしい日本語の要約', widget: 'text', hint: '短い文で、むずかしい言葉を使わずに書きます' }),
      draft: label(z.boolean().default(false), { label: '下書き', hint: 'オンの間はサイトに出ません' }),
      pinned: label(z.boolean().default(false), { label: 'トップに固定' }),
      redirectFrom: redirectFrom(),
    })
    .superRefine((article, ctx) => {
      if (article.volume !== undefined && !article.series) {
        ctx.addIssue({ code: 'custom', path: ['series'], message: 'Vol. 番号を入れるときは連載を選んでください' });
      }
      if (article.updatedAt && article.updatedAt < article.publishedAt) {
        ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: '更新日は公開日より後にしてください' });
      }
      for (const issue of peopleIssues(article.people, article)) ctx.addIssue({ code: 'custom', ...issue });
    });

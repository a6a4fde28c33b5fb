import { z } from 'astro/zod';
import { contact, label, text, url } from './common';

/** Site-wide settings: everything another municipality changes to adopt the project. */
export const siteSettingsSchema = () =>
  z.object({
    name: text({ label: 'サイト名', hint: '例: みどり市 地域福祉マガジン「よりみち」' }),
    shortName: text({ label: '短い名前', hint: 'ヘッダーやタブに出る短い名前' }),
    tagline: text({ label: 'キャッチコピー' }),
    description: text({ label: 'サイトの説明', widget: 'text', hint: '検索結果やSNSで表示されます' }),
    municipality: text({ label: '自治体名', hint: '例: みどり市' }),
    municipalityCode: label(z.string().regex(/^\d{6}$/, { error: '全国地方公共団体コードは6桁の数字です（例: 401234）' }).optional(), {
      label: '全国地方公共団体コード', hint: 'オープンデータの1列目に入ります（6桁、検査数字つき）',
    }),
    publisher: text({ label: '発行', hint: '例: みどり市 健康福祉部 地域福祉課・みどり市社会福祉協議会' }),
    contact: contact().meta({ label: 'サイトの問い合わせ先' }),
    address: label(z.string().optional(), { label: '所在地' }),
    openDataLicense: z
      .object({ name: text({ label: 'ライセンス名' }), url: url({ label: 'ライセンスのURL' }) })
      .meta({ label: 'オープンデータのライセンス' }),
    cms: z
      .object({
        repo: label(z.string().optional(), { label: 'GitHub リポジトリ', hint: '例: midori-city/fukushi-magazine' }),
        branch: label(z.string().default('main'), { label: 'ブランチ' }),
        baseUrl: url({ label: '認証サーバーのURL', hint: 'GitHub OAuth を中継するサーバー（README参照）' }).optional(),
      })
      .default({ branch: 'main' })
      .meta({ label: 'CMS の接続先' }),
  });

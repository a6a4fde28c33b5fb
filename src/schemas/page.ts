import { z } from 'astro/zod';
import { prose, slug, text } from './common';

/**
 * A fixed page of the site whose words the municipality writes (このサイトについて, ウェブアクセシビリティ方針):
 * the route adds what comes from data (site settings, the latest test results) after the body.
 */
export const pageSchema = () =>
  z.strictObject({
    slug: slug(),
    title: text({ label: 'ページの見出し' }),
    description: prose({ label: 'ページの説明', hint: '検索結果や SNS に出る1〜2文。空のときはサイトの説明を使います' }),
  });

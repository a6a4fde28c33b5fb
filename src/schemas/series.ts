import { z } from 'astro/zod';
import { dataId, label, text } from './common';

export const seriesSchema = () =>
  z.strictObject({
    id: dataId(),
    name: text({ label: '連載名', hint: '例: あん人おもしろか' }),
    description: text({ label: '連載の紹介', widget: 'text' }),
    numbered: label(z.boolean().default(false), { label: 'Vol. 番号をつける', hint: '回ごとに Vol.1, Vol.2 … と番号をふる連載' }),
    order: label(z.number().int().default(100), { label: '表示順' }),
  });

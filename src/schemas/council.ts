import { z } from 'astro/zod';
import { type SchemaContext, contact, dataId, label, text } from './common';

export const COUNCIL_LAYERS = [1, 2] as const;

export const councilSchema = <R extends z.ZodType>({ reference }: Pick<SchemaContext<z.ZodType, R>, 'reference'>) =>
  z
    .strictObject({
      id: dataId(),
      name: text({ label: '協議体の名前', hint: '例: 南部地区 支え合い推進会議' }),
      layer: label(z.union([z.literal(1), z.literal(2)]), {
        label: '層', widget: 'select', options: { 1: '第1層（市全域）', 2: '第2層（地区）' },
      }),
      area: label(reference('areas').optional(), { label: '地区', hint: '第2層協議体のときに選びます' }),
      description: text({ label: '協議体の紹介', widget: 'text' }),
      meets: label(z.string().optional(), { label: '開催の目安', hint: '例: 年4回（6月・9月・12月・3月）' }),
      members: label(z.array(z.string().min(1)).default([]), {
        label: '構成団体', hint: '団体名で書きます（個人名は書きません）',
      }),
      secretariat: contact().meta({ label: '事務局' }),
      order: label(z.number().int().default(100), { label: '表示順' }),
    })
    .superRefine((council, ctx) => {
      if (council.layer === 2 && !council.area) {
        ctx.addIssue({ code: 'custom', path: ['area'], message: '第2層協議体には地区を選んでください' });
      }
    });

import { z } from 'astro/zod';
import { dataId, label, prose, text } from './common';

export const authorSchema = () =>
  z.strictObject({
    id: dataId(),
    name: text({ label: '表示名', hint: '例: 地域福祉課 編集部、みどり市社協 生活支援コーディネーター' }),
    organization: text({ label: '所属' }),
    role: label(z.string().optional(), { label: '役割', hint: '例: 生活支援コーディネーター' }),
    bio: prose({ label: '紹介文', widget: 'text' }),
  });

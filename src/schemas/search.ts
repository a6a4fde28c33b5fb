import { z } from 'astro/zod';
import { label, text } from './common';

/**
 * 表記ゆれ: groups of spellings that mean the same thing. A page that contains one spelling of a group is also found
 * by the others (the search index gets the group's other spellings as hidden keywords).
 */
export const synonymsSchema = () =>
  z.strictObject({
    groups: label(
      z
        .array(
          z.strictObject({
            words: label(
              z.array(text({ label: '書き方' })).min(2, { error: '1つのグループには2つ以上の書き方を入れてください' }),
              { label: '同じ意味の書き方', hint: '例: 子ども、子供、こども（1行に1つ）' },
            ),
            note: label(z.string().optional(), { label: 'メモ', hint: '編集する人向けのメモ（検索には使いません）' }),
          }),
        )
        .min(1, { error: '表記ゆれのグループを1つ以上入れてください' }),
      { label: '表記ゆれのグループ', hint: 'どれか1つの書き方で検索すると、ほかの書き方を含むページも見つかります' },
    ),
  });

export type Synonyms = z.infer<ReturnType<typeof synonymsSchema>>;

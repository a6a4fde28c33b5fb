/**
 * People in a story: whether an article features identifiable people, and their consent (掲載の同意).
 * The rule that goes with it lives here as a pure function, so the schema (build and content check) and the
 * admin's save check refuse the same articles with the same words.
 */
import { z } from 'astro/zod';
import { date, label } from './common';

export const CONSENT_GIVERS = ['本人', '本人と家族', '家族'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const peopleSchema = () =>
  z
    .strictObject(
      {
        featured: label(z.boolean({ error: '「個人がわかる形で人が登場する」かどうかを選んでください' }), {
          label: '個人がわかる形で人が登場する',
          hint: '名前（ニックネームを含む）、写真、エピソードから、どなたかわかる人が出てくるときはオンにします。オンにすると同意の記録が必要です',
          cms: { default: false },
        }),
        consent: z
          .strictObject({
            by: label(z.enum(CONSENT_GIVERS).optional(), {
              label: '同意した人', widget: 'select', hint: '人が登場する記事では、公開する前に必ず記録します',
            }),
            date: date({ label: '同意を得た日', hint: '原稿を見ていただき、掲載の同意を得た日' }).optional(),
            detailsChanged: label(z.boolean().default(false), {
              label: 'ご本人を守るため、内容の一部を変えた',
              hint: 'オンにすると、記事の終わりに「ご本人の同意を得て、内容の一部を変えています」と表示されます',
            }),
          })
          .optional()
          .meta({ label: '登場する人の同意（掲載承諾）' }),
      },
      { error: '「登場する人」の「個人がわかる形で人が登場する」を選んでください' },
    )
    .meta({
      label: '登場する人',
      hint: '年齢・住んでいる場所・支援の経過を一緒に書かない、支援会議の内容を書かない、個人の連絡先を書かない',
    });

export type People = z.infer<ReturnType<typeof peopleSchema>>;

export interface PeopleIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What stops an article that features people from being published: no record of who agreed and when, or a consent
 * dated after the article went out. Drafts may wait for consent; they do not appear on the site.
 */
export function peopleIssues(
  people: { featured?: boolean; consent?: { by?: string; date?: Date | string } } | undefined,
  article: { draft?: boolean; publishedAt?: Date | string },
): PeopleIssue[] {
  if (!people?.featured || article.draft) return [];
  const { consent } = people;
  if (!consent?.by && !consent?.date) {
    return [{
      path: ['people', 'consent'],
      message: '登場する人の同意（「同意した人」と「同意を得た日」）を記録してください。同意の記録がない記事は公開できません',
    }];
  }
  const issues: PeopleIssue[] = [];
  if (!consent.by) issues.push({ path: ['people', 'consent', 'by'], message: '同意した人（本人・本人と家族・家族）を選んでください' });
  if (!consent.date) issues.push({ path: ['people', 'consent', 'date'], message: '同意を得た日を入れてください' });
  const consented = consent.date ? new Date(consent.date) : undefined;
  const published = article.publishedAt ? new Date(article.publishedAt) : undefined;
  if (consented && published && consented.getTime() > published.getTime()) {
    issues.push({ path: ['people', 'consent', 'date'], message: '同意を得た日が公開日より後です。公開する前に同意を得てください' });
  }
  return issues;
}

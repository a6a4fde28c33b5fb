import type { StringKey } from '../i18n/ja';
import type { People } from '../schemas/people';

/** The line an article shows when details were changed to protect the people in it, naming whose consent it has. */
export function detailsChangedNote(people: People | undefined): StringKey | undefined {
  if (!people?.featured || !people.consent?.detailsChanged || !people.consent.by) return undefined;
  return ({ 本人: 'article.detailsChanged.self', 本人と家族: 'article.detailsChanged.selfAndFamily', 家族: 'article.detailsChanged.family' } as const)[
    people.consent.by
  ];
}

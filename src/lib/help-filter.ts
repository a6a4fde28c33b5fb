/**
 * お手伝い募集 filtering and expiry, shared by the build and the /help-wanted/ island (so it imports no schema code).
 * Filters live in the query string with ASCII ids: `?area=kita&kind=hands,goods&level=supporter`; values of one
 * filter are ORed, different filters ANDed.
 */
import { isoDate } from './dates';

export const HELP_FILTER_KEYS = ['area', 'kind', 'level'] as const;
export type HelpFilterKey = (typeof HELP_FILTER_KEYS)[number];
export type HelpFilter = Record<HelpFilterKey, string[]>;

const ID = /^[a-z0-9-]{1,40}$/;

/** Reads both `kind=a,b` (a shared link) and `kind=a&kind=b` (what a GET form sends). */
export function parseHelpFilter(search: string | URLSearchParams): HelpFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = (key: HelpFilterKey) => [
    ...new Set(params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => ID.test(v))),
  ];
  return { area: values('area'), kind: values('kind'), level: values('level') };
}

/** The canonical query for a filter (`?area=kita&kind=hands,goods`), empty when nothing is chosen. */
export function helpFilterQuery(filter: HelpFilter): string {
  const parts = HELP_FILTER_KEYS.filter((k) => filter[k].length > 0).map((k) => `${k}=${filter[k].join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export const matchesHelpFilter = (item: Record<HelpFilterKey, string>, filter: HelpFilter) =>
  HELP_FILTER_KEYS.every((k) => filter[k].length === 0 || filter[k].includes(item[k]));

/** A wish with an end date (YYYY-MM-DD) is open through that whole day in Asia/Tokyo; one without stays open. */
export const isOpenOn = (until: string | undefined, now: Date) => !until || isoDate(now) <= until;

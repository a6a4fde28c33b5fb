/**
 * schema.org JSON-LD for articles, meetings and activities: what search engines and other systems read.
 * Pure functions of an entry's data, so pages only pass them on.
 */
import type { ScheduleRule } from '../schemas/schedule';
import { isoDate, isoDateTime } from './dates';
import { scheduleToSchemaOrg } from './schedule';

const CONTEXT = 'https://schema.org';

const SCRIPT_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON to place inside `<script type="application/ld+json">`: no `<`, `>` or `&` appears raw, so no text an editor
 * wrote (「</script><script>…」) can close the element or open a comment, and U+2028/2029 are escaped for old
 * parsers. The escapes are plain JSON, so every consumer reads the same values back.
 */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!);
const org = (name: string, extra: Record<string, unknown> = {}) => ({ '@type': 'Organization', name, ...extra });

export function articleJsonLd(a: {
  title: string; description: string; publishedAt: Date; updatedAt?: Date; tags: string[];
  authors: string[]; publisher: string; url: string; series?: string;
}) {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    datePublished: isoDate(a.publishedAt),
    ...(a.updatedAt ? { dateModified: isoDate(a.updatedAt) } : {}),
    author: a.authors.map((name) => org(name)),
    publisher: org(a.publisher),
    inLanguage: 'ja',
    mainEntityOfPage: a.url,
    keywords: a.tags.join(','),
    ...(a.series ? { isPartOf: { '@type': 'CreativeWorkSeries', name: a.series } } : {}),
  };
}

const EVENT_STATUS: Record<string, string> = {
  scheduled: 'EventScheduled', held: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
};

export function noticeJsonLd(n: {
  title: string; startsAt: Date; endsAt: Date; status: string; previousStartsAt?: Date; onlineUrl?: string;
  venue: { name: string; address: string }; organizer: string;
}) {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: n.title,
    startDate: isoDateTime(n.startsAt),
    endDate: isoDateTime(n.endsAt),
    eventStatus: `${CONTEXT}/${EVENT_STATUS[n.status]}`,
    ...(n.previousStartsAt ? { previousStartDate: isoDateTime(n.previousStartsAt) } : {}),
    eventAttendanceMode: `${CONTEXT}/${n.onlineUrl ? 'MixedEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    location: { '@type': 'Place', name: n.venue.name, address: n.venue.address },
    organizer: org(n.organizer),
    inLanguage: 'ja',
  };
}

const ACTIVITY_STATUS: Record<string, string> = { active: 'EventScheduled', paused: 'EventPostponed', ended: 'EventCancelled' };

/** A recurring activity as an Event with its `eventSchedule` (the same rules the page prints). */
export function activityJsonLd(a: {
  name: string; summary: string; status: string; schedule: readonly ScheduleRule[]; free: boolean; targets: string[];
  venue: { name: string; address: string; lat?: number; lng?: number }; contact: { organization: string; phone?: string };
}) {
  const { venue } = a;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: a.name,
    description: a.summary,
    eventStatus: `${CONTEXT}/${ACTIVITY_STATUS[a.status]}`,
    eventAttendanceMode: `${CONTEXT}/OfflineEventAttendanceMode`,
    eventSchedule: scheduleToSchemaOrg(a.schedule),
    isAccessibleForFree: a.free,
    location: {
      '@type': 'Place',
      name: venue.name,
      address: venue.address,
      ...(venue.lat !== undefined && venue.lng !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: venue.lat, longitude: venue.lng } } : {}),
    },
    organizer: org(a.contact.organization, a.contact.phone ? { telephone: a.contact.phone } : {}),
    audience: a.targets.map((audienceType) => ({ '@type': 'Audience', audienceType })),
    inLanguage: 'ja',
  };
}

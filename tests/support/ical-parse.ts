/**
 * Reads an iCalendar file back with ical.js (an independent parser), so tests compare what a calendar app would
 * understand rather than the text we wrote.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number;
  /** Tokyo wall-clock start as written (2026-12-17T14:00:00) and its TZID, or a DATE for all-day events. */
  start: string;
  tzid: string | null;
  /** The absolute moment the start stands for (ISO, UTC). */
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  description: string | null;
  url: string | null;
  rrule: string | null;
  exdates: string[];
}

export function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events: ParsedEvent[] = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    const rrule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    return {
      uid: event.uid,
      summary: event.summary,
      status: vevent.getFirstPropertyValue('status') as string | null,
      sequence: event.sequence,
      start: String(dtstart.getFirstValue()),
      tzid: (dtstart.getParameter('tzid') as string | undefined) ?? null,
      startsAt: event.startDate.toJSDate().toISOString(),
      endsAt: vevent.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : null,
      location: event.location,
      description: event.description,
      url: vevent.getFirstPropertyValue('url') as string | null,
      rrule: rrule ? rrule.toString() : null,
      exdates: vevent.getAllProperties('exdate').flatMap((p) => p.getValues().map(String)),
    };
  });
  return {
    name: root.getFirstPropertyValue('x-wr-calname') as string | null,
    timezones: root.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid') as string),
    events,
  };
}

/** The first `count` dates the event recurs on (Tokyo wall-clock, as ical.js expands RRULE minus EXDATE). */
export function expandEvent(text: string, uid: string, count: number): string[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = root.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === uid)!;
  const iterator = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) out.push(next.toString());
  return out;
}

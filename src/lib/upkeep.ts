/**
 * The upkeep report: what in the directory and the notices needs an editor's hand, by slug. Out-of-date lists are
 * the top complaint about every resource directory, so the report is printed by `npm run content:report` and built
 * into the editors' page under /admin/. It reads the raw content files, so it still works on entries the content
 * check would refuse (an activity without consent is exactly what it must name).
 */
import { type EditorStringKey, te } from '../i18n/editor';
import type { SourceFile } from './content-check';
import { daysBetween, formatDate, isoDate } from './dates';
import { STALE_AFTER_DAYS, openHelpWanted } from './queries';
import { urls } from './urls';

export const UPKEEP_KINDS = [
  'stale', 'dueSoon', 'noConsent', 'noContact', 'pausedLong', 'expiredWish', 'noReport', 'largeImage', 'pendingImport',
] as const;
export type UpkeepKind = (typeof UPKEEP_KINDS)[number];

/** Reported ahead of time: the 12-month mark falls within this many days. */
export const DUE_SOON_DAYS = 30;
export const PAUSED_TOO_LONG_DAYS = 182;
export const REPORT_AFTER_DAYS = 28;
/** Originals above this fill the repository and the CMS's uploads; Astro shrinks them for the site anyway. */
export const IMAGE_LIMIT_BYTES = 2 * 1024 * 1024;

export interface UpkeepItem { slug: string; file: string; detail: string }
export interface UpkeepSection { kind: UpkeepKind; title: string; hint?: string; items: UpkeepItem[] }

export interface UpkeepInput {
  sources: readonly SourceFile[];
  /** Every image file under content/, with its size. */
  images: readonly { file: string; bytes: number }[];
  /** Entries the importer wrote that wait for consent. */
  pendingImports: readonly { slug: string; file: string }[];
}

const asDate = (value: unknown) => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};
const record = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const list = (value: unknown) => (Array.isArray(value) ? value.map(record) : []);
const slugOf = (s: SourceFile) => String(s.data.slug ?? s.file.split('/').at(-2));

export function formatSize(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;
}

/** Every section, in a fixed order, empty ones included (the page says「なし」for them). */
export function upkeepReport(input: UpkeepInput, now: Date): UpkeepSection[] {
  const items = new Map<UpkeepKind, UpkeepItem[]>(UPKEEP_KINDS.map((k) => [k, []]));
  const add = (kind: UpkeepKind, s: { slug: string; file: string }, detail: string) => items.get(kind)!.push({ slug: s.slug, file: s.file, detail });

  const activities = input.sources.filter((s) => s.collection === 'activities');
  for (const s of activities) {
    const entry = { slug: slugOf(s), file: s.file };
    const d = s.data;
    const verified = asDate(d.verifiedAt);
    const age = verified ? daysBetween(verified, now) : undefined;
    const status = String(d.status ?? '');
    if (status !== 'ended') {
      if (!verified) add('stale', entry, te('report.noVerifiedAt'));
      else if (age! > STALE_AFTER_DAYS) add('stale', entry, te('report.verifiedAt', { date: formatDate(verified), days: age! }));
      else if (age! > STALE_AFTER_DAYS - DUE_SOON_DAYS) {
        const due = new Date(verified.getTime() + STALE_AFTER_DAYS * 86_400_000);
        add('dueSoon', entry, te('report.dueOn', { date: formatDate(verified), due: formatDate(due) }));
      }
    }
    const consent = record(d.consent);
    if (consent.recorded !== true || !asDate(consent.date)) add('noConsent', entry, te('report.consentMissing'));
    const contact = record(d.contact);
    if (!contact.phone && !contact.email && !contact.url) {
      add('noContact', entry, te('report.contactMissing', { organization: String(contact.organization ?? '') }));
    }
    if (status === 'paused' && verified && age! > PAUSED_TOO_LONG_DAYS) {
      add('pausedLong', entry, te('report.pausedSince', { date: formatDate(verified), days: age!, note: d.statusNote ? `：${String(d.statusNote)}` : '' }));
    }
    for (const wish of list(d.helpWanted)) {
      const until = asDate(wish.until);
      // Expired exactly when the pages stop showing it.
      if (until && openHelpWanted([{ until }], now).length === 0) {
        add('expiredWish', entry, te('report.wishExpired', { kind: String(wish.kind ?? ''), what: String(wish.what ?? ''), until: formatDate(until) }));
      }
    }
  }

  const notices = input.sources.filter((s) => s.collection === 'notices');
  const reported = new Set(
    notices.filter((n) => n.data.kind === '開催報告').flatMap((n) => {
      const start = asDate(n.data.startsAt);
      return start ? [`${String(n.data.council)}|${isoDate(start)}`] : [];
    }),
  );
  for (const n of notices) {
    const start = asDate(n.data.startsAt);
    const end = asDate(n.data.endsAt) ?? start;
    if (n.data.kind !== '開催案内' || !start || !end || ['cancelled', 'postponed'].includes(String(n.data.status))) continue;
    const since = daysBetween(end, now);
    if (since > REPORT_AFTER_DAYS && !reported.has(`${String(n.data.council)}|${isoDate(start)}`)) {
      add('noReport', { slug: slugOf(n), file: n.file }, te('report.meetingHeld', { date: formatDate(start), days: since }));
    }
  }

  for (const image of input.images) {
    if (image.bytes <= IMAGE_LIMIT_BYTES) continue;
    const parts = image.file.split('/');
    add('largeImage', { slug: parts.at(-2) ?? image.file, file: image.file }, te('report.imageSize', { file: parts.at(-1)!, size: formatSize(image.bytes) }));
  }
  for (const p of input.pendingImports) add('pendingImport', p, te('report.pending', { file: p.file }));

  const HINTS: Partial<Record<UpkeepKind, EditorStringKey>> = {
    stale: 'report.staleHint', noConsent: 'report.noConsentHint', pausedLong: 'report.pausedLongHint', expiredWish: 'report.expiredWishHint',
    noReport: 'report.noReportHint', largeImage: 'report.largeImageHint', pendingImport: 'report.pendingImportHint',
  };
  return UPKEEP_KINDS.map((kind) => ({
    kind,
    title: te(`report.${kind}` as EditorStringKey, { limit: formatSize(IMAGE_LIMIT_BYTES) }),
    ...(HINTS[kind] ? { hint: te(HINTS[kind]) } : {}),
    items: items.get(kind)!.sort((a, b) => a.slug.localeCompare(b.slug, 'en')),
  }));
}

export const upkeepCount = (sections: readonly UpkeepSection[]) => sections.reduce((n, s) => n + s.items.length, 0);

/** The report as the terminal prints it: only the sections with something in them. */
export function formatUpkeepReport(sections: readonly UpkeepSection[], now: Date) {
  const lines = [te('report.heading', { date: formatDate(now) }), te('report.cliTotal', { count: upkeepCount(sections) })];
  for (const s of sections.filter((x) => x.items.length)) {
    lines.push('', `■ ${s.title}（${te('report.count', { count: s.items.length })}）`);
    if (s.hint) lines.push(`  ※${s.hint}`);
    for (const item of s.items) lines.push(`  ${item.slug} — ${item.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report page's halves: sections with something to do, and the checks that found nothing. */
export const splitUpkeepSections = (sections: readonly UpkeepSection[]) => ({
  open: sections.filter((s) => s.items.length > 0),
  clear: sections.filter((s) => s.items.length === 0),
});

/** The entry a file belongs to, opened in the admin's editor; none for imports, which live outside content/. */
export function upkeepEditHref(file: string) {
  const m = /^content\/(articles|activities|notices)\/([^/]+)\//.exec(file);
  return m ? urls.cmsEntry(m[1]!, m[2]!) : undefined;
}

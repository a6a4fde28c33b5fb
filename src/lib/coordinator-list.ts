/**
 * The coordinator's list: activity slugs kept in this browser only (localStorage) and carried in the list's URL
 * (`/list/?ids=a,b,c`). Nothing is sent anywhere. Pure helpers, shared by the header count, the 「リストに追加」
 * forms and the /list/ page.
 */
export const LIST_STORAGE_KEY = 'coordinator-list';
/** Fired on `window` when this page changes the list (other tabs hear the `storage` event). */
export const LIST_CHANGE_EVENT = 'coordinator-list-change';
/** A handout for one person stays short; a longer query is more likely a mistake or abuse. */
export const LIST_MAX = 20;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs from `a,b,c`: trimmed, lower-cased, de-duplicated, at most LIST_MAX; anything else is kept for naming. */
export function parseIds(value: string | null | undefined): { ids: string[]; invalid: string[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (!id) continue;
    if (!SLUG.test(id) || id.length > 100) invalid.push(raw.trim().slice(0, 40));
    else if (!ids.includes(id) && ids.length < LIST_MAX) ids.push(id);
  }
  return { ids, invalid };
}

export const listSearch = (ids: readonly string[]) => (ids.length > 0 ? `?ids=${ids.join(',')}` : '');

export const addId = (ids: readonly string[], id: string) => (ids.includes(id) || ids.length >= LIST_MAX ? [...ids] : [...ids, id]);

export const removeId = (ids: readonly string[], id: string) => ids.filter((x) => x !== id);

/** Moves `id` by `by` places (−1 up, +1 down), staying inside the list. */
export function moveId(ids: readonly string[], id: string, by: number): string[] {
  const from = ids.indexOf(id);
  const to = Math.min(ids.length - 1, Math.max(0, from + by));
  if (from < 0 || from === to) return [...ids];
  const next = ids.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}

export interface ListTarget {
  /** The slug the activity lives at now (an old slug in `redirectFrom` resolves to it). */
  slug: string;
  ended: boolean;
}

/**
 * Splits requested ids into what can be shown, in order, and what must be named instead: ended activities and
 * ids that match nothing. Old slugs resolve to the current one, so a list printed before a rename still works.
 */
export function resolveIds(ids: readonly string[], targets: ReadonlyMap<string, ListTarget>) {
  const shown: string[] = [];
  const ended: string[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const target = targets.get(id);
    if (!target) unknown.push(id);
    else if (target.ended) ended.includes(target.slug) || ended.push(target.slug);
    else shown.includes(target.slug) || shown.push(target.slug);
  }
  return { shown, ended, unknown };
}

/** What `?add=<slug>` (the 「リストに追加」 form of an activity's page) did to the list. */
export type AddOutcome =
  | { kind: 'added' | 'already' | 'full' | 'ended'; slug: string; ids: string[] }
  | { kind: 'unknown'; ids: string[] };

/**
 * Adds the activity named by `?add=` to `ids`, once. Only an activity the list can show is added: a malformed
 * value (`../x`, `<script>`), an id that matches nothing and an ended activity leave the list as it was. An old
 * slug adds the activity under its current one.
 */
export function addRequested(ids: readonly string[], value: string, targets: ReadonlyMap<string, ListTarget>): AddOutcome {
  const parsed = parseIds(value);
  const target = parsed.ids.length === 1 && parsed.invalid.length === 0 ? targets.get(parsed.ids[0]!) : undefined;
  if (!target) return { kind: 'unknown', ids: [...ids] };
  const { slug } = target;
  if (target.ended) return { kind: 'ended', slug, ids: [...ids] };
  if (ids.includes(slug)) return { kind: 'already', slug, ids: [...ids] };
  if (ids.length >= LIST_MAX) return { kind: 'full', slug, ids: [...ids] };
  return { kind: 'added', slug, ids: [...ids, slug] };
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem' | 'removeItem'>;

/** The stored list, or an empty one when storage is blocked or holds something else. */
export function readList(storage: ReadableStorage | undefined): string[] {
  try {
    return parseIds(storage?.getItem(LIST_STORAGE_KEY)).ids;
  } catch {
    return [];
  }
}

/** Stores the list (an empty list leaves nothing behind); false when the browser refuses storage. */
export function writeList(storage: WritableStorage | undefined, ids: readonly string[]): boolean {
  try {
    if (!storage) return false;
    if (ids.length > 0) storage.setItem(LIST_STORAGE_KEY, ids.join(','));
    else storage.removeItem(LIST_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * What /list/ renders at build: the activities the list can show, and the ended ones, which it only names (so a
 * shared list that still holds one can say it has ended).
 */
export const listPool = <T extends { data: { status: string } }>(activities: readonly T[]) => ({
  listed: activities.filter((a) => a.data.status !== 'ended'),
  ended: activities.filter((a) => a.data.status === 'ended'),
});

/**
 * The one place pages read collections from. Shaping lives in the pure functions of ./queries;
 * this file only fetches and applies them with the build time.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { CATEGORIES } from '../schemas/activity';
import { sortByKana } from './kana';
import { listedActivities, publishedArticles } from './queries';

/** The moment "upcoming" and "stale" are judged at. SITE_NOW pins it for reproducible builds. */
export const buildTime = new Date(process.env.SITE_NOW ?? Date.now());

export type Article = CollectionEntry<'articles'>;
export type Activity = CollectionEntry<'activities'>;
export type Notice = CollectionEntry<'notices'>;
export type Area = CollectionEntry<'areas'>;
export type Council = CollectionEntry<'councils'>;
export type Series = CollectionEntry<'series'>;
export type Author = CollectionEntry<'authors'>;

/**
 * In a build, each query runs once and every page shares its result: pages and their cards ask for the same lists
 * thousands of times, and each getCollection call rebuilds every entry (and its image references) and each list is
 * sorted again, which made a build's cost grow with pages × entries. Callers get a copy of the shared list, so a page
 * that sorts its copy cannot reorder another's. In `astro dev` content changes while the server runs: always read.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let shared: Promise<T> | undefined;
  return async () => {
    if (import.meta.env.DEV) return read();
    shared ??= read();
    const value = await shared;
    return (Array.isArray(value) ? [...value] : value) as T;
  };
}

export const getSiteSettings = once(async () => {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml がありません');
  return entry.data;
});

export const getArticles = once(async () => publishedArticles(await getCollection('articles'), buildTime));

/** Every activity with a page (ended ones too, so printed links keep working), in 五十音順. */
export const getAllActivities = once(async () => sortByKana(await getCollection('activities'), (a) => a.data.kana));

export const getActivities = once(async () => listedActivities(await getAllActivities()));

export const getNotices = once(async () => getCollection('notices'));

const byOrder = <T extends { data: { order: number; name: string } }>(items: T[]) =>
  items.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'ja'));

export const getAreas = once(async () => byOrder(await getCollection('areas')));
export const getCouncils = once(async () => byOrder(await getCollection('councils')));
export const getSeries = once(async () => byOrder(await getCollection('series')));
export const getAuthors = once(async () => getCollection('authors'));

/** A lookup from id to entry, for resolving references without one query each. */
export const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

/** Series by id, for article cards (read once per build: a page may hold several grids). */
export const getSeriesById = once(async () => byId(await getSeries()));

export const categories = CATEGORIES;

/** What the open data files need besides the entries: publisher, licence, names of areas and councils, the time. */
export async function getOpenDataContext(site: URL | undefined) {
  const settings = await getSiteSettings();
  return {
    municipality: settings.municipality,
    municipalityCode: settings.municipalityCode,
    license: settings.openDataLicense,
    site: site ?? 'http://localhost:4321/',
    areaNames: new Map((await getAreas()).map((a) => [a.id, a.data.name])),
    councilNames: new Map((await getCouncils()).map((c) => [c.id, c.data.name])),
    now: buildTime,
  };
}

/**
 * Site search (Pagefind): what is indexed, the filters' ASCII ids, the hidden keywords a page gets for 表記ゆれ and
 * for Japanese compounds, and the search page's query string. Pure functions, shared by the build integration,
 * the page templates and the search island.
 */
import { CATEGORIES, CATEGORY_IDS, type Category } from '../schemas/categories';

/** The 種類 filter: ids in URLs and in the index, labels from the strings module (`search.type.<id>`). */
export const SEARCH_TYPES = ['article', 'activity', 'soudan', 'notice'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The 分類 filter's ids are the directory's, one per activity category (stable: in URLs such as ?category=salon). */
export { CATEGORY_IDS };
export const categoryOptions = CATEGORIES.map((label) => ({ id: CATEGORY_IDS[label], label }));

/** Pagefind's browser script, written into dist/pagefind/ after the build (so loaded by its URL, not bundled). */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/**
 * What the search page has the browser fetch at once, before its island asks for them one after another: Pagefind's
 * script and its WebAssembly, the largest file of a first search. Pagefind's extended build serves Japanese with its
 * language-neutral WebAssembly (`wasm.unknown.pagefind`); the link check (npm run test:links) fails if an update of
 * Pagefind names it otherwise.
 */
export const SEARCH_PRELOADS: { href: string; as: 'script' | 'fetch' }[] = [
  { href: PAGEFIND_SCRIPT, as: 'script' },
  { href: '/pagefind/wasm.unknown.pagefind', as: 'fetch' },
];

/** An activity whose category is 相談窓口 is listed as one, not as a community activity. */
export const activitySearchType = (category: Category): SearchType => (category === '相談窓口' ? 'soudan' : 'activity');

/**
 * Pages that must never be in the index even if a template marked them: the admin, the search page itself,
 * a coordinator's list (its content comes from the query string), print handouts (a copy of the activity page)
 * and the 404 page.
 */
export function excludedFromSearch(path: string): boolean {
  return /^\/(admin|search|list)\//.test(path) || /^\/activities\/[^/]+\/print\//.test(path) || path === '/404.html' || path === '/404/';
}

/** `dist/articles/x/index.html` → `/articles/x/` (Pagefind's URL for a built file). */
export const pageUrl = (relativeFile: string) => `/${relativeFile.split('\\').join('/')}`.replace(/index\.html$/, '');

/** Whether a built page asks to stay out of search engines (redirect stubs, drafts previews): also out of ours. */
export const isNoindex = (html: string) => /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);

export interface SynonymGroup {
  words: string[];
}

/**
 * 表記ゆれ: for each group with a spelling that occurs in the text, the group's other spellings. Matching is on
 * the plain text, so 障がいのある人 counts as containing 障がい.
 */
export function otherSpellings(text: string, groups: readonly SynonymGroup[]): string[] {
  const found = new Set<string>();
  for (const { words } of groups) {
    if (!words.some((w) => text.includes(w))) continue;
    for (const w of words) if (!text.includes(w)) found.add(w);
  }
  return [...found];
}

/** The visible text of the part of a page that is indexed (tags dropped, entities decoded, chrome removed). */
export function indexedText(html: string): string {
  const body = /<([a-z]+)[^>]*\sdata-pagefind-body[\s>=][\s\S]*$/i.exec(html)?.[0] ?? '';
  return body
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page as handed to Pagefind (never written to dist/): the hidden keywords go into a low-weight paragraph at
 * the end of the indexed element, so a page found only through another spelling ranks below pages that use the
 * searched spelling itself.
 */
export function withSearchKeywords(html: string, keywords: readonly string[]): string {
  if (keywords.length === 0) return html;
  const block = `<p data-pagefind-weight="${KEYWORD_WEIGHT}">${escapeText(keywords.join(' '))}</p>`;
  const at = html.lastIndexOf('</main>');
  return at < 0 ? html : `${html.slice(0, at)}${block}${html.slice(at)}`;
}

export const KEYWORD_WEIGHT = 0.5;

/** What the search page reads from and writes to its URL: `/search/?q=子ども食堂&type=activity&area=kita`. */
export interface SearchState {
  q: string;
  type: string;
  area: string;
  category: string;
  sort: 'relevance' | 'date';
}

export function readSearchParams(params: URLSearchParams): SearchState {
  const one = (name: string) => (params.get(name) ?? '').trim();
  return {
    q: one('q').slice(0, 200),
    type: one('type'),
    area: one('area'),
    category: one('category'),
    sort: one('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The query string for a state, leaving out what is empty or the default, in a fixed order. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of ['type', 'area', 'category'] as const) if (state[name]) params.set(name, state[name]);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object for a state (only the filters that are set). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of ['type', 'area', 'category'] as const) if (state[name]) filters[name] = state[name];
  return filters;
}

/**
 * A Pagefind excerpt (page text, HTML-escaped, with <mark> around matches) as plain pieces, so the island can build
 * text nodes and <mark> elements instead of assigning HTML.
 */
export function excerptPieces(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' })[e]!);
  // Pagefind joins headings and paragraphs with ". "; after Japanese text a full-width space reads naturally.
  return excerpt
    .replace(/(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー。、」』）](?:<\/mark>)?)\. /gu, '　')
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part), mark: false }));
}

/**
 * The query as one exact phrase, when it is a single run of text the word segmenter cuts into several words — a
 * compound (子ども食堂 → 子ども｜食堂), a name (てとて → て｜と｜て), a time (19:00 → 19｜00). Pagefind scores each word on
 * its own, so pages that merely use 子ども and 食堂 somewhere can outrank the page about 子ども食堂; a phrase search
 * finds the pages where the words stand together, in order.
 */
export function phraseQuery(q: string, segment: (text: string) => string[]): string | undefined {
  const text = q.trim();
  if (!text || /\s/.test(text) || text.includes('"')) return undefined;
  const words = segment(text);
  return words.length > 1 ? `"${words.join(' ')}"` : undefined;
}

/** How much an exact phrase match counts, and more when it is near the top of the page (title, lead). */
export const PHRASE_BOOST = 2;
export const EARLY_PHRASE_BOOST = 4;
export const EARLY_WORDS = 100;

/**
 * Pagefind's results reordered so that pages containing the exact phrase rise: score × 2, or × 4 when the phrase
 * first occurs within the first 100 words. Other pages keep their place relative to each other.
 */
export function rerankByPhrase<T extends { id: string; score: number }>(results: readonly T[], phraseMatches: readonly { id: string; words: number[] }[]): T[] {
  const first = new Map(phraseMatches.map((m) => [m.id, Math.min(...m.words)]));
  const boosted = (r: T) => {
    const at = first.get(r.id);
    return r.score * (at === undefined ? 1 : at < EARLY_WORDS ? EARLY_PHRASE_BOOST : PHRASE_BOOST);
  };
  return results
    .map((r, i) => ({ r, i, s: boosted(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}

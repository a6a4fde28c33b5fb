/**
 * The search page's island: reads the query string, asks Pagefind (loaded only here, on first use), shows the
 * results, and keeps the URL in step so a search can be bookmarked or shared.
 */
import { t } from '../i18n/ja';
import { excerptPieces, PAGEFIND_SCRIPT, pagefindFilters, phraseQuery, readSearchParams, rerankByPhrase, type SearchState, searchQueryString } from '../lib/search';
import { islandReady } from './island-ready';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first (each one loads its page's fragment, so fewer keep the first search light), then per click. */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () => {
  pagefind ??= (async () => {
    // A runtime URL, so the bundler leaves Pagefind's own file (written after the build) alone.
    const module = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
    // On the main thread: Pagefind's worker is another script (12 KB gzip) and would take the first search past its
    // 100 KB budget (tested in tests/e2e/search.spec.ts); searches on a site this size are quick.
    await module.options({ excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  })();
  return pagefind;
};

/** Ends the current task, so the browser can paint and handle input before the next piece of work. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// The same segmenter Pagefind applies to the query (Intl.Segmenter), so the phrase has the words it will look up.
// Made on first use: building it loads ICU's Japanese dictionary, which page start-up does not need.
let segmenter: Intl.Segmenter | undefined;
const segmentWords = (text: string) => [...(segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' })).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = ['type', 'area', 'category', 'sort'].map((name) => form.elements.namedItem(name) as HTMLSelectElement);

  const stateFromForm = (): SearchState => readSearchParams(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));
  const fill = (state: SearchState) => {
    input.value = state.q;
    for (const select of selects) select.value = state[select.name as keyof SearchState] || select.options[0]!.value;
  };

  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const showMore = async () => {
    const batch = results.slice(shown, shown + (shown === 0 ? FIRST_PAGE : PAGE_SIZE));
    const items = await Promise.all(batch.map(async (r) => renderResult(await r.data())));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const search = async (state: SearchState) => {
    const current = ++run;
    const filters = pagefindFilters(state);
    if (!state.q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = t('search.empty');
      return;
    }
    status.textContent = t('search.loading');
    try {
      const engine = await loadPagefind();
      const options = { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
      // Pagefind works on the main thread (noWorker): a pause between its steps lets the page answer taps meanwhile.
      await yieldToMain();
      const found = await engine.search(state.q || null, options);
      const phrase = state.sort === 'relevance' ? phraseQuery(state.q, segmentWords) : undefined;
      if (phrase) await yieldToMain();
      const together = phrase ? await engine.search(phrase, options) : null;
      await yieldToMain();
      if (current !== run || !found) return; // a newer search has started
      results = together ? rerankByPhrase(found.results, together.results) : found.results;
      shown = 0;
      list.replaceChildren();
      await showMore();
      if (current !== run) return;
      const q = state.q || t('search.filter.all');
      status.textContent = results.length === 0
        ? t('search.none', { q })
        : t(Object.keys(filters).length > 0 ? 'search.countFiltered' : 'search.count', { q, count: results.length });
    } catch {
      if (current === run) status.textContent = t('search.error');
    }
  };

  const submit = (push: boolean) => {
    const state = stateFromForm();
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void search(state);
  };

  // Enter that confirms an IME conversion (かな→漢字) must not search yet: the text is still being composed.
  // (Safari reports that Enter with isComposing false but keyCode 229, the code of a key the IME handled.)
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.isComposing || imeKeyCode(event))) event.preventDefault();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(true);
  });
  for (const select of selects) select.addEventListener('change', () => submit(false));
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = readSearchParams(new URLSearchParams(location.search));
    fill(state);
    void search(state);
  });

  const initial = readSearchParams(new URLSearchParams(location.search));
  fill(initial);
  // What lies below the results was kept unseen until now: their arrival moves nothing.
  void search(initial).finally(() => {
    islandReady();
  });
}

const imeKeyCode = (event: KeyboardEvent) => (event as { keyCode?: number }).keyCode === 229;

function renderResult(data: { url: string; excerpt: string; meta: Record<string, string | undefined> }): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const body = document.createElement('div');
  body.className = 'result-body';
  if (data.meta.kind) body.append(element('p', 'result-kind', data.meta.kind));
  const heading = document.createElement('h3');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  body.append(heading);
  if (data.meta.date) body.append(element('p', 'result-date', data.meta.date));
  const excerpt = element('p', 'result-excerpt', '');
  for (const piece of excerptPieces(data.excerpt)) excerpt.append(piece.mark ? element('mark', '', piece.text) : document.createTextNode(piece.text));
  body.append(excerpt);
  item.append(body);
  if (data.meta.image) {
    const image = document.createElement('img');
    image.src = data.meta.image;
    image.alt = '';
    image.width = 120;
    image.height = 80;
    image.loading = 'lazy';
    image.decoding = 'async';
    item.append(image);
  }
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.textContent = text;
  return node;
}

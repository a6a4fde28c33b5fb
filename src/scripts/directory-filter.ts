/**
 * The directory's filter island: reads the query string, shows the matching cards (grouped by category, or in one
 * list when sorted by next date or area), keeps the form and the address bar in step, and announces the count.
 * Plain DOM, no framework; the matching itself is src/lib/filters (unit-tested, shared with the build).
 */
import { type Filters, FILTER_PARAMS, LIST_KEYS, FLAG_KEYS, facetsFromDataset, filterQuery, hasFilters, matchesFilters, parseFilters } from '../lib/filters';
import { islandReady } from './island-ready';

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const $$ = <T extends Element>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)];

export function initDirectory() {
  const details = $<HTMLDetailsElement>('#directory-filter');
  const form = details && $<HTMLFormElement>('form', details);
  const status = $<HTMLElement>('[data-directory-status]');
  const flat = $<HTMLElement>('[data-directory-flat]');
  if (!details || !form || !status || !flat) return;
  const flatList = $<HTMLUListElement>('ul', flat)!;
  const items = $$<HTMLLIElement>('[data-directory-item]');
  const groups = $$<HTMLElement>('[data-directory-group]');
  const hideWhenFiltered = $$<HTMLElement>('[data-directory-unfiltered]');
  // Where each card lives in the grouped view, to put it back after a flat sort.
  const home = new Map(items.map((li) => [li, li.parentElement!]));
  details.hidden = false;

  const labelOf = (input: HTMLInputElement) => input.closest('label')?.textContent?.trim() ?? input.value;

  function readForm(): Filters {
    const params = new URLSearchParams();
    for (const input of $$<HTMLInputElement>('input[type=checkbox]:checked', form!)) params.append(input.name, input.value);
    params.set(FILTER_PARAMS.sort, $<HTMLSelectElement>('select[name=sort]', form!)!.value);
    return parseFilters(params);
  }

  function writeForm(filters: Filters) {
    for (const input of $$<HTMLInputElement>('input[type=checkbox]', form!)) {
      const key = (Object.keys(FILTER_PARAMS) as (keyof Filters)[]).find((k) => FILTER_PARAMS[k] === input.name);
      if (!key) continue;
      const value = filters[key];
      input.checked = Array.isArray(value) ? value.includes(input.value) : value === true;
    }
    $<HTMLSelectElement>('select[name=sort]', form!)!.value = filters.sort;
    showSchools(filters);
  }

  /** 小学校区 are offered inside the chosen 地区. */
  function showSchools(filters: Filters) {
    for (const list of $$<HTMLElement>('[data-area-schools]', form!)) {
      const shown = filters.area.includes(list.dataset.areaSchools!);
      list.hidden = !shown;
      if (!shown) for (const input of $$<HTMLInputElement>('input', list)) input.checked = false;
    }
    // 地区全体の活動 (no 校区) can be chosen beside the schools of whichever 地区 are chosen.
    const none = $<HTMLElement>('[data-school-none]', form!)!;
    none.hidden = filters.area.length === 0;
    if (none.hidden) $<HTMLInputElement>('input', none)!.checked = false;
    $<HTMLElement>('[data-school-hint]', form!)!.hidden = filters.area.length > 0;
  }

  function apply(filters: Filters) {
    let count = 0;
    for (const li of items) {
      const card = $<HTMLElement>('[data-activity]', li)!;
      const match = matchesFilters(facetsFromDataset(card.dataset), filters);
      li.hidden = !match;
      if (match) count++;
    }
    // One list when sorted by next date or area; the category groups otherwise.
    const sorted = filters.sort !== 'kana';
    if (sorted) {
      const key = (li: HTMLLIElement) => (filters.sort === 'next' ? li.dataset.next || '9999' : li.dataset.areaOrder ?? '');
      flatList.append(...[...items].sort((a, b) => key(a).localeCompare(key(b)) || Number(a.dataset.order) - Number(b.dataset.order)));
    } else if (items.some((li) => li.parentElement !== home.get(li))) {
      // Back from a flat sort. Moving every card costs a phone a long task, so the first view (grouped) moves none.
      for (const li of [...items].sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order))) home.get(li)!.append(li);
    }
    flat!.hidden = !sorted;
    for (const group of groups) group.hidden = sorted || !$$('[data-directory-item]:not([hidden])', group).length;
    const filtered = hasFilters(filters);
    for (const el of hideWhenFiltered) el.hidden = filtered || sorted;

    const chosen = [
      ...LIST_KEYS.flatMap((k) => $$<HTMLInputElement>(`input[name=${FILTER_PARAMS[k]}]:checked`, form!).map(labelOf)),
      ...FLAG_KEYS.flatMap((k) => $$<HTMLInputElement>(`input[name=${FILTER_PARAMS[k]}]:checked`, form!).map(labelOf)),
    ];
    const say = (key: 'results' | 'resultsAll' | 'none' | 'conditions') => status!.dataset[key]!;
    status!.textContent = [
      count === 0 ? say('none') : (filtered ? say('results') : say('resultsAll')).replace('{count}', String(count)),
      chosen.length ? say('conditions').replace('{list}', chosen.join('・')) : '',
    ].filter(Boolean).join(' ');
  }

  function fromLocation() {
    const filters = parseFilters(new URLSearchParams(location.search));
    writeForm(filters);
    apply(filters);
  }

  function update() {
    const filters = readForm();
    showSchools(filters);
    const query = filterQuery(readForm());
    // Each change is a step Back can return to.
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
    apply(readForm());
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    status.focus();
  });
  $<HTMLAnchorElement>('[data-clear]', form)!.addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', location.pathname);
    fromLocation();
  });
  window.addEventListener('popstate', fromLocation);
  fromLocation();
  // The list was kept unseen until now, so hiding cards moves nothing.
  islandReady();
}

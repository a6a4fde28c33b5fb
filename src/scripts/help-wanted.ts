/**
 * /help-wanted/: hides wishes whose last day has passed since the build, and filters by 地区・種類・どんな人に from
 * the query string (so a filtered list can be sent as a link, and Back restores the previous choice).
 */
import { HELP_FILTER_KEYS, type HelpFilter, helpFilterQuery, isOpenOn, matchesHelpFilter, parseHelpFilter } from '../lib/help-filter';
import { islandReady } from './island-ready';

export function initHelpWanted() {
  const form = document.querySelector<HTMLFormElement>('[data-help-filter]')!;
  const status = document.querySelector<HTMLElement>('[data-help-status]')!;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-help-group]')];
  const now = new Date();

  function apply(filter: HelpFilter) {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = filter[box.name as keyof HelpFilter]?.includes(box.value) ?? false;
    }
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('[data-kind]')) {
        const { area = '', kind = '', level = '', until } = item.dataset;
        item.hidden = !isOpenOn(until, now) || !matchesHelpFilter({ area, kind, level }, filter);
        if (!item.hidden) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    document.querySelector<HTMLElement>('[data-help-none]')!.hidden = shown > 0;
    // The jump links count every wish; once a filter is set they would promise what is not shown.
    document.querySelector<HTMLElement>('[data-help-jump]')!.hidden = HELP_FILTER_KEYS.some((k) => filter[k].length > 0);
    status.textContent = (status.dataset.template ?? '').replace('{count}', String(shown));
  }

  const fromForm = (): HelpFilter => parseHelpFilter(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const choose = (filter: HelpFilter) => {
    history.pushState(null, '', `${location.pathname}${helpFilterQuery(filter)}`);
    apply(filter);
  };
  form.addEventListener('change', () => choose(fromForm()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    choose(fromForm());
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    choose(Object.fromEntries(HELP_FILTER_KEYS.map((k) => [k, []])) as unknown as HelpFilter);
  });
  window.addEventListener('popstate', () => apply(parseHelpFilter(location.search)));

  form.hidden = false;
  apply(parseHelpFilter(location.search));
  // The form and the list were kept unseen until now, so showing the form and hiding wishes moves nothing.
  islandReady();
}

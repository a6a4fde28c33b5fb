/**
 * /list/: shows the requested activities (from `?ids=` or this browser's stored list) in order, lets the
 * coordinator reorder and remove them with buttons, and keeps the URL, its QR code and the LINE link current.
 * Edits are saved to this browser only. `?add=<slug>` (the 「リストに追加」 form of a page without JavaScript) adds one
 * activity, says what happened and links back to it; the address then loses `add`, so a reload does not repeat it.
 */
import { type AddOutcome, type ListTarget, addRequested, listSearch, moveId, parseIds, removeId, resolveIds } from '../lib/coordinator-list';
import { formatDate } from '../lib/dates';
import { islandReady } from './island-ready';
import { loadList, saveList } from './list-storage';
import { qrSvg } from './qr-svg';

const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

export function initListPage() {
  const app = $<HTMLElement>(document, '[data-list-app]');
  const pool = $<HTMLElement>(document, '[data-list-pool]');
  const items = $<HTMLOListElement>(app, '[data-list-items]');
  const status = $<HTMLElement>(app, '[data-list-status]');
  const msg = (name: string, params: Record<string, string | number> = {}) =>
    (app.dataset[name] ?? '').replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

  // Every activity the build knows, by its slug and by old slugs that redirect to it.
  const nodes = new Map<string, HTMLLIElement>();
  const targets = new Map<string, ListTarget>();
  for (const li of pool.querySelectorAll<HTMLLIElement>('[data-list-item]')) {
    const slug = li.dataset.listItem!;
    nodes.set(slug, li);
    for (const id of [slug, ...(li.dataset.aliases ?? '').split(' ').filter(Boolean)]) targets.set(id, { slug, ended: 'ended' in li.dataset });
  }
  const nameOf = (slug: string) => nodes.get(slug)?.dataset.name ?? slug;

  const params = new URLSearchParams(location.search);
  const requested = params.has('ids') ? parseIds(params.get('ids')) : { ids: loadList(), invalid: [] };
  const resolved = resolveIds(requested.ids, targets);
  let ids = resolved.shown;
  const adding = params.get('add');
  const added = adding === null ? undefined : addRequested(ids, adding, targets);
  if (added) ids = added.ids;

  const problems = $<HTMLElement>(app, '[data-list-problems]');
  const endedLine = $<HTMLElement>(problems, '[data-list-ended]');
  const unknownLine = $<HTMLElement>(problems, '[data-list-unknown]');
  const unknown = [...resolved.unknown, ...requested.invalid];
  endedLine.textContent = msg('msgEnded', { names: resolved.ended.map((s) => `「${nameOf(s)}」`).join('、') });
  endedLine.hidden = resolved.ended.length === 0;
  unknownLine.textContent = msg('msgUnknown', { ids: unknown.map((s) => `「${s}」`).join('、') });
  unknownLine.hidden = unknown.length === 0;
  problems.hidden = endedLine.hidden && unknownLine.hidden;

  for (const holder of pool.querySelectorAll<HTMLElement>('[data-item-qr]')) {
    holder.append(qrSvg(holder.dataset.itemQr!, holder.dataset.label!));
  }

  const urlInput = $<HTMLInputElement>(app, '[data-list-url]');
  const urlText = $<HTMLElement>(app, '[data-list-url-text]');
  const qrHolder = $<HTMLElement>(app, '[data-list-qr]');
  const line = $<HTMLAnchorElement>(app, '[data-list-line]');
  const count = $<HTMLElement>(app, '[data-list-count]');

  function render() {
    const url = new URL(`${location.pathname}${listSearch(ids)}`, location.href).href;
    history.replaceState(null, '', url);
    urlInput.value = url;
    urlText.textContent = url;
    qrHolder.replaceChildren(qrSvg(url, qrHolder.dataset.label!));
    line.href = `https://line.me/R/share?text=${encodeURIComponent(`${app.dataset.lineText}\n${url}`)}`;
    items.replaceChildren(...ids.map((slug) => nodes.get(slug)!));
    ids.forEach((slug, i) => {
      const li = nodes.get(slug)!;
      li.querySelector('[data-move="-1"]')!.setAttribute('aria-disabled', String(i === 0));
      li.querySelector('[data-move="1"]')!.setAttribute('aria-disabled', String(i === ids.length - 1));
    });
    count.textContent = msg('msgCount', { count: ids.length });
    $<HTMLElement>(app, '[data-list-empty]').hidden = ids.length > 0;
    $<HTMLElement>(app, '[data-list-share]').hidden = ids.length === 0;
    count.hidden = ids.length === 0;
    $<HTMLElement>(app, '[data-list-clear-row]').hidden = ids.length === 0;
  }

  function update(next: string[], message: string, focus?: HTMLElement | null) {
    ids = next;
    saveList(ids);
    render();
    status.textContent = message;
    (focus ?? count).focus();
  }

  items.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    const li = button?.closest<HTMLLIElement>('[data-list-item]');
    if (!button || !li) return;
    const slug = li.dataset.listItem!;
    if ('move' in button.dataset) {
      if (button.getAttribute('aria-disabled') === 'true') return;
      const next = moveId(ids, slug, Number(button.dataset.move));
      update(next, msg('msgMoved', { name: nameOf(slug), position: next.indexOf(slug) + 1 }), button);
    } else if ('remove' in button.dataset) {
      const after = ids[ids.indexOf(slug) + 1] ?? ids[ids.indexOf(slug) - 1];
      update(removeId(ids, slug), msg('msgDeleted', { name: nameOf(slug) }), after ? nodes.get(after)?.querySelector<HTMLElement>('[data-remove]') : null);
    }
  });

  $<HTMLButtonElement>(app, '[data-list-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(urlInput.value);
      status.textContent = msg('msgCopied');
    } catch {
      urlInput.select();
      status.textContent = msg('msgCopyFailed');
    }
  });
  $<HTMLButtonElement>(app, '[data-list-print]').addEventListener('click', () => window.print());
  $<HTMLButtonElement>(app, '[data-list-clear]').addEventListener('click', () => update([], msg('msgCleared')));

  $<HTMLElement>(app, '[data-list-printed]').textContent = msg('msgPrinted', { date: formatDate(new Date()) });
  app.hidden = false;
  document.querySelector<HTMLElement>('[data-list-nojs]')!.hidden = true;
  render();
  // The notice for browsers without scripts and the list were kept unseen until now: swapping them moved nothing.
  // (Before the message of `?add=`, which takes focus: an unseen element cannot.)
  islandReady();
  if (added) reportAdded(added);

  /** Says what `?add=` did, in a message that takes focus (the coordinator has just arrived from the activity). */
  function reportAdded(outcome: AddOutcome) {
    const saved = outcome.kind === 'added' ? saveList(ids) : true;
    const box = $<HTMLElement>(app, '[data-list-add]');
    const back = $<HTMLElement>(box, '[data-list-add-back]');
    let message = msg('msgAddUnknown');
    if (outcome.kind !== 'unknown') {
      const name = nameOf(outcome.slug);
      const key = { added: 'msgAdded', already: 'msgAlready', full: 'msgFull', ended: 'msgAddEnded' }[outcome.kind];
      message = msg(key, { name, count: ids.length });
      if (!saved) message += msg('msgBlocked');
      const href = nodes.get(outcome.slug)?.dataset.href;
      if (href) {
        const link = $<HTMLAnchorElement>(back, '[data-list-add-link]');
        link.href = href;
        link.textContent = msg('msgBack', { name });
      }
      back.hidden = !href;
    }
    box.classList.toggle('callout--info', outcome.kind === 'added' || outcome.kind === 'already');
    box.hidden = false;
    $<HTMLElement>(box, '[data-list-add-message]').textContent = message;
    box.focus();
  }
}

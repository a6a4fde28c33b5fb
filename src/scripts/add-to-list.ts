/**
 * 「リストに追加」 forms (src/components/activity/AddToListButton.astro) on a page that already runs scripts: instead of
 * opening /list/, each form adds its activity in place, and then offers to remove it.
 */
import { LIST_MAX, addId, removeId } from '../lib/coordinator-list';
import { loadList, onListChange, saveList } from './list-storage';

export function initAddToList() {
  const widgets = [...document.querySelectorAll<HTMLFormElement>('form[data-add-to-list]')];
  const render = () => {
    const ids = loadList();
    for (const widget of widgets) {
      const button = widget.querySelector('button')!;
      const inList = ids.includes(widget.dataset.addToList!);
      button.querySelector('[data-label]')!.textContent = (inList ? button.dataset.labelRemove : button.dataset.labelAdd) ?? '';
      button.toggleAttribute('data-in-list', inList);
    }
  };
  for (const widget of widgets) {
    const slug = widget.dataset.addToList!;
    const status = widget.querySelector<HTMLElement>('[role="status"]')!;
    widget.addEventListener('submit', (event) => {
      event.preventDefault();
      const ids = loadList();
      const inList = ids.includes(slug);
      if (!inList && ids.length >= LIST_MAX) {
        status.textContent = status.dataset.msgFull ?? '';
        return;
      }
      const next = inList ? removeId(ids, slug) : addId(ids, slug);
      const saved = saveList(next);
      const message = !saved ? status.dataset.msgBlocked : inList ? status.dataset.msgRemoved : status.dataset.msgAdded;
      status.textContent = (message ?? '').replace('{count}', String(next.length));
      render();
    });
  }
  render();
  onListChange(render);
}

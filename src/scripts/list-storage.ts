/** The browser side of the coordinator's list: localStorage (which may be blocked) and change notices. */
import { LIST_CHANGE_EVENT, readList, writeList } from '../lib/coordinator-list';

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

export const loadList = () => readList(storage());

/** Saves the list and tells this page's other parts (the header count, the buttons); false when refused. */
export function saveList(ids: readonly string[]) {
  const saved = writeList(storage(), ids);
  window.dispatchEvent(new Event(LIST_CHANGE_EVENT));
  return saved;
}

/** Calls `update` whenever the list changes here or in another tab. */
export function onListChange(update: () => void) {
  window.addEventListener(LIST_CHANGE_EVENT, update);
  window.addEventListener('storage', update);
}

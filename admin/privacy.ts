/**
 * The admin's guard for people in stories. Before an article is saved, the same consent rule as the build
 * (src/schemas/people.ts) refuses it; before an article featuring people goes on the site, the editor ticks a
 * short privacy checklist. Decap awaits `preSave` and `prePublish` handlers inside persistEntry, and a handler
 * that throws stops the save and shows its message in the failure notice (decap-cms-core backend.persistEntry).
 */
import { te as t } from '../src/i18n/editor';
import { peopleIssues } from '../src/schemas/people';

interface EntryData {
  people?: { featured?: boolean; consent?: { by?: string; date?: string } };
  draft?: boolean;
  publishedAt?: string;
}

/** Decap prints `%{details}` with String(error): without this the notice would read 「Error: …」. */
class SaveStopped extends Error {
  override toString() {
    return this.message;
  }
}

/** The consent problems that would fail the build, as one message (empty when there are none). */
export function consentProblems(data: EntryData): string {
  return peopleIssues(data.people, data).map((i) => i.message).join(' ');
}

/** An article the site will show that features people: the checklist applies. */
export const needsPrivacyCheck = (data: EntryData) => data.people?.featured === true && data.draft !== true;

const CHECKS = ['privacy.noProfile', 'privacy.noCaseMeeting', 'privacy.noPrivateContact'] as const;

/** A modal checklist; resolves true only when every item is ticked and the editor confirms. */
export function confirmPrivacy(doc: Document = document): Promise<boolean> {
  return new Promise((resolve) => {
    const el = <T extends HTMLElement = HTMLElement>(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): T => {
      const node = Object.assign(doc.createElement(tag), props);
      node.append(...children);
      return node as unknown as T;
    };
    const boxes = CHECKS.map((key) => el<HTMLInputElement>('input', { type: 'checkbox', name: key }));
    const confirm = el<HTMLButtonElement>('button', { type: 'button', disabled: true }, t('privacy.confirm'));
    const back = el('button', { type: 'button' }, t('privacy.back'));
    const list = el('ul', {}, ...CHECKS.map((key, i) => el('li', {}, el('label', {}, boxes[i]!, ` ${t(key)}`))));
    const title = el('h2', { id: 'privacy-check-title' }, t('privacy.title'));
    const dialog = el<HTMLDialogElement>('dialog', {}, title, el('p', {}, t('privacy.lead')), list, el('p', {}, confirm, ' ', back));
    dialog.setAttribute('aria-labelledby', title.id);
    Object.assign(dialog.style, { maxWidth: '36rem', padding: '24px', border: '2px solid #3a3a3a', borderRadius: '8px', lineHeight: '1.7' });
    Object.assign(list.style, { listStyle: 'none', padding: '0', display: 'grid', gap: '12px' });
    for (const button of [confirm, back]) Object.assign(button.style, { minHeight: '40px', padding: '6px 16px', borderRadius: '6px', border: '1px solid #3a3a3a', cursor: 'pointer' });
    Object.assign(title.style, { fontSize: '1.25rem', fontWeight: '700', marginBottom: '8px' });
    Object.assign(confirm.style, { background: '#1d5c3f', color: '#fff' });
    const showState = () => {
      confirm.disabled = !boxes.every((b) => b.checked);
      Object.assign(confirm.style, { opacity: confirm.disabled ? '0.5' : '1', cursor: confirm.disabled ? 'not-allowed' : 'pointer' });
    };
    showState();
    for (const box of boxes) {
      Object.assign(box.style, { width: '20px', height: '20px', verticalAlign: 'middle' });
      box.addEventListener('change', showState);
    }

    const finish = (ok: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(ok);
    };
    confirm.addEventListener('click', () => finish(boxes.every((b) => b.checked)));
    back.addEventListener('click', () => finish(false));
    // Escape closes a modal dialog: treat it as 「戻って直す」.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    });
    doc.body.append(dialog);
    dialog.showModal();
  });
}

interface Entry { get(key: string): any }
type Handler = (args: { entry: Entry }) => Promise<undefined>;
export interface EventRegistry {
  registerEventListener: (listener: { name: 'preSave' | 'prePublish'; handler: Handler }) => void;
}

const articleData = (entry: Entry): EntryData | undefined => {
  if (entry.get('collection') !== 'articles') return undefined;
  const data = entry.get('data');
  return data && typeof data.toJS === 'function' ? data.toJS() : data;
};

export function registerPrivacyGuard(cms: EventRegistry) {
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const data = articleData(entry);
      const problems = data && consentProblems(data);
      if (problems) throw new SaveStopped(problems);
      return undefined;
    },
  });
  cms.registerEventListener({
    name: 'prePublish',
    handler: async ({ entry }) => {
      const data = articleData(entry);
      if (data && needsPrivacyCheck(data) && !(await confirmPrivacy())) throw new SaveStopped(t('privacy.stopped'));
      return undefined;
    },
  });
}

/**
 * Decap prints list summaries and group headings from raw values; these are shown in Japanese instead:
 * summary marks ⟨status:cancelled⟩ → 中止 (see listViews in ./config), group headings 「状態 cancelled」 → 「状態 中止」,
 * ids of districts, councils and series → their names, and a 公開日 after today → 公開予定 (it goes live with the
 * daily rebuild of that day).
 */
import { ACTIVITY_STATUS_LABELS } from '../src/schemas/activity';
import { todayInTokyo } from '../src/schemas/common';
import { NOTICE_STATUS_LABELS } from '../src/schemas/notice';
import { contentIndex } from './entry-validation';

const STATUS: Record<string, string> = { ...ACTIVITY_STATUS_LABELS, ...NOTICE_STATUS_LABELS, active: '' };
const nameIn = (collection: 'areas' | 'councils' | 'series') => (id: string) => contentIndex()[collection].find((e) => e.id === id)?.title;

const MARKS: Record<string, (value: string) => string> = {
  status: (v) => (STATUS[v] ? `〔${STATUS[v]}〕` : ''),
  area: (v) => nameIn('areas')(v) ?? v,
  published: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && v > todayInTokyo() ? '〔公開予定〕' : ''),
};

/** Only raw values are translated (a heading already in Japanese is left alone). */
const GROUPS: Record<string, (value: string) => string | undefined> = {
  状態: (v) => (v === 'active' ? ACTIVITY_STATUS_LABELS.active : STATUS[v]),
  地区: nameIn('areas'),
  協議体: nameIn('councils'),
  連載: nameIn('series'),
};

/** A summary or heading as editors should read it; undefined when it needs no change. */
export function relabel(text: string): string | undefined {
  if (text.includes('⟨')) return text.replace(/⟨(\w+):([^⟩]*)⟩/g, (_, kind: string, value: string) => MARKS[kind]?.(value) ?? value).replace(/\s+/g, ' ').trim();
  const group = /^(状態|地区|協議体|連載) (\S+)$/.exec(text);
  if (group) {
    const label = GROUPS[group[1]!]!(group[2]!);
    return label ? `${group[1]} ${label}` : undefined;
  }
  return undefined;
}

/**
 * The top bar's メディア opens a library of files in public/uploads, which no page uses: photos live beside their
 * entry and are added from the entry itself. Its button is taken away.
 */
function hideGlobalMedia(node: Node) {
  if (!(node instanceof Element)) return;
  for (const b of [node, ...node.querySelectorAll('button, a')].filter((e) => e.matches('button, a'))) if (b.textContent?.trim() === 'メディア') (b as HTMLElement).style.display = 'none';
}

/** Keep every summary and group heading in the admin relabelled as Decap renders them. */
export function relabelLists(root: Node = document.body) {
  const fix = (node: Node) => {
    if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue) return;
    const next = relabel(node.nodeValue);
    if (next !== undefined && next !== node.nodeValue) node.nodeValue = next;
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return fix(node);
    hideGlobalMedia(node);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) fix(n);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') fix(r.target);
      else r.addedNodes.forEach(walk);
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
  walk(root);
}

/**
 * Link checks over built HTML: every internal link and asset must resolve to a file in dist/, every #fragment to
 * an id, and no link may say only 「ここ」 or 「こちら」 (JIS X 8341-3 / WCAG 2.4.4: link purpose).
 */
import { ELEMENT_NODE, type Node, TEXT_NODE, parse, walkSync } from 'ultrahtml';
import { phoneNumbers } from './phone.ts';

export interface PageLinks {
  ids: Set<string>;
  /** Internal URLs (path, optional #fragment) the page points at. */
  targets: string[];
  /** Links whose whole text is vague. */
  vague: string[];
  /** Phone numbers in the text that are not tel: links, so a phone cannot call them. */
  unlinkedPhones: string[];
}

const VAGUE = new Set(['ここ', 'こちら', '詳しくはこちら', 'くわしくはこちら', 'こちらから', 'ここをクリック', 'クリック', 'こちらをクリック', '詳細', 'more', 'click here', 'here']);

const textOf = (node: Node): string =>
  node.type === TEXT_NODE ? node.value : 'children' in node ? (node.children as Node[]).map(textOf).join('') : '';

const inside = (node: Node, test: (element: Node) => boolean): boolean =>
  !!node.parent && (test(node.parent) || inside(node.parent, test));
const isTelLinkOrCode = (element: Node) =>
  element.type === ELEMENT_NODE &&
  ((element.name === 'a' && String(element.attributes.href ?? '').startsWith('tel:')) || ['script', 'style', 'title'].includes(element.name));

const isInternal = (url: string) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const targets: string[] = [];
  const vague: string[] = [];
  const unlinkedPhones: string[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === TEXT_NODE && !inside(node, isTelLinkOrCode)) unlinkedPhones.push(...phoneNumbers(node.value));
    if (node.type !== ELEMENT_NODE) return;
    const a = node.attributes as Record<string, string>;
    if (a.id) ids.add(a.id);
    for (const attr of ['href', 'src']) if (a[attr] && isInternal(a[attr]!)) targets.push(a[attr]!);
    if (a.srcset) for (const candidate of a.srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url && isInternal(url)) targets.push(url);
    }
    if (node.name === 'a' && a.href) {
      const text = (textOf(node) || a['aria-label'] || '').replace(/\s+/g, ' ').trim();
      if (VAGUE.has(text.toLowerCase())) vague.push(text);
    }
  });
  return { ids, targets, vague, unlinkedPhones };
}

/** The dist/ file a URL path points at, following how static hosts serve `trailingSlash: 'always'` sites. */
export function fileForPath(pathname: string): string {
  const path = decodeURIComponent(pathname.split('#')[0]!.split('?')[0]!);
  if (path.endsWith('/')) return `${path}index.html`;
  return path;
}

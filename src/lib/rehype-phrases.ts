/**
 * A rehype plugin: headings written in Markdown break between phrases, like the templates' `<Phrases>`.
 * Only a heading's own text is split; links and other markup inside it are left as they are.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { phrases } from './phrases';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

export default function rehypePhrases() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      node.children = node.children.flatMap((child): ElementContent[] =>
        child.type !== 'text'
          ? [child]
          : phrases(child.value).flatMap((part, i): ElementContent[] => [
              ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
              { type: 'text', value: part },
            ]));
      node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'phrases'];
    });
  };
}

/** A rehype plugin: phone numbers in Markdown bodies become tel: links (see `splitPhoneNumbers`). */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { splitPhoneNumbers } from './phone';

export default function rehypeTelLinks() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (node as Element).tagName === 'a') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = splitPhoneNumbers(node.value);
      if (parts.length === 1 && !('tel' in parts[0]!)) return;
      const replacement: ElementContent[] = parts.map((part) =>
        'tel' in part
          ? { type: 'element', tagName: 'a', properties: { href: part.tel }, children: [{ type: 'text', value: part.text }] }
          : { type: 'text', value: part.text });
      (parent as Element).children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

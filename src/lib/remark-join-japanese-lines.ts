/**
 * A remark plugin: a line break inside a paragraph of MDX is not shown as a space where both sides are Japanese
 * (the same rule as for YAML text, see `joinJapaneseLines`), also where the break meets **強調** or a link.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { joinJapaneseLines, joinsWithoutSpace } from './japanese-text';

const edge = (node: Nodes | undefined, end: 'first' | 'last'): string => {
  if (!node) return '';
  if ('value' in node) return end === 'first' ? node.value.trimStart().charAt(0) : node.value.trimEnd().slice(-1);
  if (!('children' in node)) return '';
  const children = node.children as Nodes[];
  return edge(end === 'first' ? children[0] : children.at(-1), end);
};

export default function remarkJoinJapaneseLines() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const children = (node as Parent).children as Nodes[];
      children.forEach((child, i) => {
        if (child.type !== 'text') return;
        let value = joinJapaneseLines(child.value);
        const before = edge(children[i - 1], 'last');
        const after = edge(children[i + 1], 'first');
        if (/\n\s*$/.test(value) && joinsWithoutSpace(value.trimEnd().slice(-1) || before, after)) value = value.trimEnd();
        if (/^\s*\n/.test(value) && joinsWithoutSpace(before, value.trimStart().charAt(0) || after)) value = value.trimStart();
        child.value = value;
      });
    });
  };
}

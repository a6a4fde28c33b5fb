/**
 * Editor-written MDX may use Markdown and an allow-list of our components, nothing else: no import/export,
 * no `{…}` expressions, no <script>, no on*= attributes, no javascript: URLs, no unknown components.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Components an editor may use, with the attributes each accepts. Lower-case names are plain HTML for ruby. */
export const ALLOWED_COMPONENTS: Record<string, readonly string[]> = {
  Figure: ['caption'],
  Note: ['title'],
  Ruby: ['base', 'reading'],
  ActivityCard: ['slug'],
  ruby: [],
  rt: [],
  rp: [],
};

export interface MdxProblem {
  line: number;
  message: string;
}

const processor = unified().use(remarkParse).use(remarkMdx);

const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** Problems in an MDX body; `lineOffset` maps body lines back to lines in the file (after the frontmatter). */
export function checkMdx(body: string, lineOffset = 0): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + lineOffset;
  let tree: Root;
  try {
    tree = processor.parse(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    const line = (e.line ?? e.place?.line ?? 1) + lineOffset;
    return [{ line, message: `本文を読み取れません（「{」「}」「<」は文字として使えません）: ${e.reason ?? e.message}` }];
  }
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({ line: at(node), message: 'import / export は使えません' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line: at(node), message: '「{…}」の式は使えません（文字の「{」「}」も使えません）' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = ALLOWED_COMPONENTS[name];
        if (!allowed) {
          problems.push({
            line: at(node),
            message: name === 'script' ? '<script> は使えません' : `<${name || '>'}> は使えません（使える部品: ${Object.keys(ALLOWED_COMPONENTS).filter((n) => /^[A-Z]/.test(n)).join(', ')}）`,
          });
          break;
        }
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            problems.push({ line: at(node), message: `<${name}> に「{…}」の属性は使えません` });
          } else if (/^on/i.test(attr.name)) {
            problems.push({ line: at(node), message: `<${name}> に ${attr.name} 属性は使えません` });
          } else if (typeof attr.value !== 'string') {
            problems.push({ line: at(node), message: `<${name} ${attr.name}> は "…" で囲んだ文字で書いてください` });
          } else if (!allowed.includes(attr.name)) {
            problems.push({ line: at(node), message: `<${name}> に ${attr.name} 属性は使えません（使える属性: ${allowed.join(', ') || 'なし'}）` });
          } else if (UNSAFE_URL.test(attr.value)) {
            problems.push({ line: at(node), message: `<${name}> に javascript: などのURLは使えません` });
          }
        }
        break;
      }
      case 'link':
      case 'definition':
        if (UNSAFE_URL.test(node.url)) problems.push({ line: at(node), message: `リンクに ${node.url.split(':')[0]}: のURLは使えません` });
        break;
      case 'image':
        if (UNSAFE_URL.test(node.url)) problems.push({ line: at(node), message: '画像に javascript: などのURLは使えません' });
        if (!node.alt?.trim()) problems.push({ line: at(node), message: `画像（${node.url}）に代替テキストがありません: ![写っているもの](${node.url}) と書いてください` });
        break;
      case 'heading':
        if (node.depth === 1) problems.push({ line: at(node), message: '本文に大見出し（# …）は使えません。## から始めてください' });
        break;
    }
  });
  return problems;
}

/** Whether a body gives readings (ふりがな), so its page offers the furigana switch. */
export const hasReadings = (body: string | undefined) => /<(Ruby|ruby)[\s>]/.test(body ?? '');

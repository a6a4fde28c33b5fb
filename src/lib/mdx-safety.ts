/**
 * Editor-written MDX may use Markdown and an allow-list of our components, nothing else: no import/export,
 * no `{…}` expressions, no <script>, no on*= attributes, no javascript: URLs, no unknown components, and images only
 * from files beside the entry.
 *
 * The body is parsed by the parser Astro's MDX integration compiles it with: the site uses the remark processor
 * (astro.config.mjs), whose MDX renderer is @mdx-js/mdx with remark-gfm (see @astrojs/markdown-remark). Parsing
 * happens before any plugin runs, so what is checked here is exactly the tree the build would compile.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Node as UnistNode } from 'unist';
import remarkGfm from 'remark-gfm';
import { MDX_COMPONENTS, MDX_HTML_ELEMENTS } from './mdx-components';

/** Elements an editor may use, with the attributes each accepts (./mdx-components). */
type Rules = { attributes: readonly string[]; required: readonly string[] };
const ALLOWED = new Map<string, Rules>([
  ...Object.entries<Rules>(MDX_COMPONENTS),
  ...MDX_HTML_ELEMENTS.map((name): [string, Rules] => [name, { attributes: [], required: [] }]),
]);

/** The allowed component names editors see in messages. */
const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS);

const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

export interface MdxProblem {
  line: number;
  message: string;
}

export interface MdxContext {
  /** Added to every line (when the body was cut out of its file); 0 when the body keeps the file's lines. */
  lineOffset?: number;
  /** Why an image path cannot be used (missing, not an image…), or undefined when it is a file beside the entry. */
  imageProblem?: (path: string) => string | undefined;
  /** Whether an activity with this slug exists, for <ActivityCard slug="…" />. */
  activityExists?: (slug: string) => boolean;
}

const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;
/** Anything with a scheme or starting at the root is not a file beside the entry. */
const NOT_BESIDE = /^(?:[a-z][a-z0-9+.-]*:|\/|\\)|(?:^|[/\\])\.\.(?:[/\\]|$)/i;

/** The MDX parser's reasons, as an editor would understand them. */
const PARSE_REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Unexpected character `!` \(U\+0021\) before name/, () => 'HTML のコメント（<!-- -->）は使えません。メモは消してください'],
  [/Expected a closing tag for `<([^>]*)>`/, (m) => `<${m[1]}> を閉じる </${m[1]}> がありません`],
  [/Unexpected closing (?:slash|tag) `?<\/([^>`]*)>?`?/, (m) => `</${m[1]}> に対応する <${m[1]}> がありません`],
  [/before name|expected a character that can start a name/, () => '「<」の後ろに部品名がありません。文字の「<」は全角の「＜」で書いてください'],
  [/expression|brace|acorn/i, () => '「{」「}」は使えません（文字として書くときは全角の「｛」「｝」にしてください）'],
  [/end of file/i, () => 'タグか「{」が閉じないまま本文が終わっています'],
];
const parseErrorReason = (message: string) => {
  for (const [re, say] of PARSE_REASONS) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return '書き方に誤りがあります（「<」「{」「}」は文字として使えません）';
};

type Node = UnistNode & {
  name?: string | null;
  url?: string;
  alt?: string | null;
  depth?: number;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
};

/** Problems in an MDX body. */
export function checkMdx(body: string, context: MdxContext = {}): MdxProblem[] {
  const { lineOffset = 0, imageProblem, activityExists } = context;
  const problems: MdxProblem[] = [];
  const at = (node: Node) => (node.position?.start.line ?? 1) + lineOffset;
  let tree: Node;
  try {
    tree = parser.parse(body) as Node;
  } catch (error) {
    const e = error as { message: string; reason?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return [{ line: line + lineOffset, message: `本文を読み取れません: ${parseErrorReason(e.reason ?? e.message)}` }];
  }

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({ line: at(node), message: 'import / export は使えません' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line: at(node), message: '「{…}」の式は使えません（文字の「{」「}」も使えません）' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'link':
      case 'definition':
        if (UNSAFE_URL.test(node.url ?? '')) problems.push({ line: at(node), message: `リンクに ${(node.url ?? '').trim().split(':')[0]}: のURLは使えません` });
        break;
      case 'image': {
        const url = node.url ?? '';
        if (!node.alt?.trim()) problems.push({ line: at(node), message: `画像（${url}）に代替テキストがありません: ![写っているもの](${url}) と書いてください` });
        if (UNSAFE_URL.test(url) || NOT_BESIDE.test(url.trim())) {
          problems.push({ line: at(node), message: `画像「${url}」は使えません。写真は index.mdx と同じフォルダーに置き、./photo.jpg のように書いてください` });
        } else {
          const problem = imageProblem?.(decodeURI(url));
          if (problem) problems.push({ line: at(node), message: problem });
        }
        break;
      }
      case 'heading':
        if (node.depth === 1) problems.push({ line: at(node), message: '本文に大見出し（# …）は使えません。## から始めてください' });
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };

  const checkElement = (node: Node) => {
    const name = node.name ?? '';
    // Map membership only: `constructor` or `valueOf` are not components just because every object has them.
    const rules = ALLOWED.get(name);
    if (!rules) {
      problems.push({ line: at(node), message: name === 'script' ? '<script> は使えません' : `<${name || '>'}> は使えません（使える部品: ${COMPONENT_NAMES.join(', ')}）` });
      return;
    }
    const given = new Map<string, string>();
    for (const attr of node.attributes ?? []) {
      const attrName = attr.name ?? '';
      if (attr.type === 'mdxJsxExpressionAttribute') {
        problems.push({ line: at(node), message: `<${name}> に「{…}」の属性は使えません` });
      } else if (/^on/i.test(attrName)) {
        problems.push({ line: at(node), message: `<${name}> に ${attrName} 属性は使えません` });
      } else if (typeof attr.value !== 'string') {
        problems.push({ line: at(node), message: `<${name} ${attrName}> は "…" で囲んだ文字で書いてください` });
      } else if (!rules.attributes.includes(attrName)) {
        problems.push({ line: at(node), message: `<${name}> に ${attrName} 属性は使えません（使える属性: ${rules.attributes.join(', ') || 'なし'}）` });
      } else if (UNSAFE_URL.test(attr.value)) {
        problems.push({ line: at(node), message: `<${name}> に javascript: などのURLは使えません` });
      } else {
        given.set(attrName, attr.value);
      }
    }
    for (const required of rules.required) {
      if (!given.get(required)?.trim()) problems.push({ line: at(node), message: `<${name}> には ${required} 属性が必要です（例: <${name} ${required}="…" />）` });
    }
    const slug = given.get('slug');
    if (name === 'ActivityCard' && slug && activityExists && !activityExists(slug)) {
      problems.push({ line: at(node), message: `「${slug}」という活動はありません（content/activities/ を確認してください）` });
    }
  };

  visit(tree);
  return problems;
}

/** Whether a body gives readings (ふりがな), so its page offers the furigana switch. */
export const hasReadings = (body: string | undefined) => /<(Ruby|ruby)[\s>]/.test(body ?? '');

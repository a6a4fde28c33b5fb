#!/usr/bin/env node
// Lints the Japanese of the content with textlint (rules in .textlintrc.json, 表記 dictionary in .textlint/prh.yml):
// MDX bodies as they are, and every text value of the YAML (data files and MDX frontmatter) as the site shows it,
// that is after wrapped lines are joined. One line per problem: file:line: field — message (rule).
// `npm run lint:content -- --fix` fixes what can be fixed automatically in MDX bodies.
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import yaml from 'js-yaml';
import { createLinter, loadTextlintrc } from 'textlint';
import { joinJapaneseLines } from '../src/lib/japanese-text.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;
const fix = process.argv.includes('--fix');

const linter = createLinter({ descriptor: await loadTextlintrc({ configFilePath: `${ROOT}.textlintrc.json` }), cwd: ROOT });
const mdx = globSync('content/**/*.mdx', { cwd: ROOT }).sort();
// The search synonyms list spelling variants on purpose (子供・子ども…): the 表記 rules do not apply to it.
const yamlFiles = globSync('content/**/*.yaml', { cwd: ROOT }).filter((f) => !f.startsWith('content/search/')).sort();
const problems = [];

if (fix) {
  for (const result of await linter.fixFiles(mdx.map((file) => `${ROOT}${file}`))) {
    if (result.output !== readFileSync(result.filePath, 'utf8')) writeFileSync(result.filePath, result.output);
  }
}

for (const result of await linter.lintFiles(mdx.map((file) => `${ROOT}${file}`))) {
  for (const m of result.messages) {
    problems.push(`${relative(ROOT, result.filePath)}:${m.line}:${m.column}: ${m.message.replace(/\s*\n\s*/g, ' ')} (${m.ruleId})`);
  }
}

/** Every string with Japanese in it, with the path of keys that leads to it. */
function* texts(value, path = []) {
  if (typeof value === 'string') {
    if (JAPANESE.test(value)) yield { path, value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* texts(item, [...path, i]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
  }
}

const sources = [
  ...yamlFiles.map((file) => ({ file, source: readFileSync(`${ROOT}${file}`, 'utf8'), offset: 0 })),
  ...mdx.map((file) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${ROOT}${file}`, 'utf8'));
    return { file, source: frontmatter?.[1] ?? '', offset: 1 };
  }),
];
for (const { file, source, offset } of sources) {
  const lines = source.split('\n');
  for (const { path, value } of texts(yaml.load(source))) {
    const key = path.filter((p) => typeof p === 'string').at(-1) ?? '';
    const line = lines.findIndex((l) => l.includes(value.slice(0, 12)) || l.trimStart().startsWith(`${key}:`)) + 1 + offset;
    const shown = joinJapaneseLines(value.trim());
    const result = await linter.lintText(shown, `${ROOT}${file}.txt`);
    for (const m of result.messages) {
      const near = shown.slice(Math.max(0, m.index - 10), m.index + 10);
      problems.push(`${file}:${line}: ${path.join('.')} — ${m.message.replace(/\s*\n\s*/g, ' ')} (${m.ruleId})「${near}」`);
    }
  }
}

for (const problem of problems) console.log(problem);
console.log(problems.length ? `\n日本語の表記の指摘 ${problems.length} 件（.textlintrc.json と .textlint/prh.yml の決まり）` : `日本語の表記: ${mdx.length + yamlFiles.length} ファイル、指摘なし`);
process.exitCode = problems.length ? 1 : 0;

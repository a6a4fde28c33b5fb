#!/usr/bin/env node
// Checks every built page in dist/: internal links and assets resolve, #fragments exist, no vague link text, and
// every phone number is a tel: link.
// Usage: node scripts/check-links.mjs [dist]   (exit 1 on any problem; writes .cache/quality/links.json)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractLinks, fileForPath } from '../src/lib/links.ts';

const dist = process.argv[2] ?? 'dist';
const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'admin' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });

const pages = new Map();
for (const file of htmlFiles(dist)) pages.set('/' + relative(dist, file).split('\\').join('/'), extractLinks(readFileSync(file, 'utf8')));

const problems = [];
let checked = 0;
for (const [page, { targets, vague, unlinkedPhones }] of pages) {
  const pageUrl = new URL(page.replace(/index\.html$/, ''), 'http://site');
  for (const target of targets) {
    checked++;
    const url = new URL(target, pageUrl);
    const file = fileForPath(url.pathname);
    if (!existsSync(join(dist, file))) {
      problems.push(`${page}: リンク切れ ${target}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !pages.get(file)?.ids.has(fragment)) problems.push(`${page}: ページ内の移動先がありません ${target}`);
  }
  for (const text of vague) problems.push(`${page}: リンクの文字が「${text}」だけでは、行き先がわかりません`);
  for (const phone of unlinkedPhones) problems.push(`${page}: 電話番号 ${phone} が tel: のリンクになっていません`);
}

for (const p of problems) console.error(p);
console.log(`リンク検査: ${pages.size} ページ、${checked} 件のリンク、問題 ${problems.length} 件`);
mkdirSync('.cache/quality', { recursive: true });
writeFileSync('.cache/quality/links.json', JSON.stringify({ pages: pages.size, links: checked, problems: problems.length }));
process.exit(problems.length ? 1 : 0);

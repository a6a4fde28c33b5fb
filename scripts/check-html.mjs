#!/usr/bin/env node
// Runs the Nu HTML Checker (vnu-jar, needs Java) over every built page in dist/: zero errors allowed
// (JIS X 8341-3 still asks for 4.1.1 構文解析). Usage: node scripts/check-html.mjs [dist]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', '--exit-zero-always', dist], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error || run.status !== 0) {
  console.error(run.error?.message ?? run.stderr);
  console.error('Java が必要です（Debian / Ubuntu: sudo apt-get install -y default-jre-headless）');
  process.exit(2);
}
const { messages } = JSON.parse(run.stderr || run.stdout);
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const m of errors) {
  const file = relative(process.cwd(), new URL(m.url).pathname);
  console.error(`${file}:${m.lastLine ?? '?'}: ${m.message}`);
}
const files = spawnSync('find', [dist, '-name', '*.html', '-not', '-path', `${dist}/admin/*`], { encoding: 'utf8' }).stdout.trim().split('\n').length;
console.log(`HTML 検査（Nu HTML Checker）: ${files} ページ、エラー ${errors.length} 件`);
mkdirSync('.cache/quality', { recursive: true });
writeFileSync('.cache/quality/html.json', JSON.stringify({ pages: files, errors: errors.length }));
process.exit(errors.length ? 1 : 0);

#!/usr/bin/env node
// Builds the site twice, with the machine's time zone set to Asia/Tokyo and to America/Los_Angeles (same SITE_NOW),
// and checks that every calendar file (.ics) and every page comes out byte for byte the same: times must not depend
// on where the site is built. Usage: npm run test:tz   (exit 1 on any difference; builds into .cache/tz/)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ZONES = ['Asia/Tokyo', 'America/Los_Angeles'];
const now = process.env.SITE_NOW ?? new Date().toISOString();

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'admin' ? [] : files(path);
    return /\.(ics|html)$/.test(name) ? [path] : [];
  });

const outputs = ZONES.map((zone) => {
  const outDir = join('.cache', 'tz', zone.replace('/', '_'));
  rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync('astro', ['build', '--outDir', outDir], {
    encoding: 'utf8', shell: process.platform === 'win32',
    env: { ...process.env, TZ: zone, SITE_NOW: now, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  return { zone, outDir, list: files(outDir).map((f) => relative(outDir, f)).sort() };
});

const [a, b] = outputs;
const problems = [];
if (a.list.join('\n') !== b.list.join('\n')) problems.push(`ファイルの一覧が違います（${a.list.length} 件と ${b.list.length} 件）`);
for (const file of a.list) {
  const other = join(b.outDir, file);
  if (existsSync(other) && !readFileSync(join(a.outDir, file)).equals(readFileSync(other))) problems.push(`${file}: ${a.zone} と ${b.zone} で内容が違います`);
}

for (const p of problems.slice(0, 20)) console.error(p);
const ics = a.list.filter((f) => f.endsWith('.ics')).length;
console.log(`タイムゾーン検査（SITE_NOW=${now}）: ${ZONES.join(' と ')} で .ics ${ics} 件・ページ ${a.list.length - ics} 件を比べ、違い ${problems.length} 件`);
process.exit(problems.length ? 1 : 0);

import { readdirSync, readFileSync } from 'node:fs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every page path in the built sitemap, plus the pages a sitemap leaves out. */
export function sweepPaths(): string[] {
  const sitemap = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/404.html'];
}

/** Every HTML file the build wrote for residents (not the admin), with its path as served. */
export function builtPages(): { path: string; html: string }[] {
  return (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .map((file) => ({ path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, html: readFileSync(`${DIST}${file}`, 'utf8') }));
}

import { readFileSync } from 'node:fs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every page path in the built sitemap, plus the pages a sitemap leaves out. */
export function sweepPaths(): string[] {
  const sitemap = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/404.html'];
}

// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import admin from './src/integrations/admin.ts';
import contentChecks from './src/integrations/content-checks.ts';
import documents from './src/integrations/documents.ts';
import searchIndex from './src/integrations/search-index.ts';
import { redirectSourcePaths } from './src/lib/content-check.ts';
import { PAGE_DIRECTIVES } from './src/lib/security-policy.ts';

const redirects = redirectSourcePaths(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  // The public address, for canonical URLs, feeds, the sitemap and QR codes. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://fukushi.midori.example.jp',
  trailingSlash: 'always',
  // All CSS in files, so a host's Content-Security-Policy header can say style-src 'self' (see public/_headers).
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      // The search page adds Pagefind's one need itself (src/pages/search.astro).
      directives: PAGE_DIRECTIVES,
    },
  },
  integrations: [contentChecks(), mdx(), admin(), documents(), searchIndex(), sitemap({ filter: (page) => !redirects.has(new URL(page).pathname) })],
});

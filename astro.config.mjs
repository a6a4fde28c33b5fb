// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import admin from './src/integrations/admin.ts';
import contentChecks from './src/integrations/content-checks.ts';
import documents from './src/integrations/documents.ts';
import { redirectSourcePaths } from './src/lib/content-check.ts';

const redirects = redirectSourcePaths(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  // The public address, for canonical URLs, feeds, the sitemap and QR codes. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://fukushi.midori.example.jp',
  trailingSlash: 'always',
  // All CSS in files, so a host's Content-Security-Policy header can say style-src 'self' (see public/_headers).
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
  // Print handouts are another view of an activity's page: not listed, not indexed.
  integrations: [
    contentChecks(), mdx(), admin(), documents(),
    sitemap({ filter: (page) => !redirects.has(new URL(page).pathname) && !new URL(page).pathname.endsWith('/print/') }),
  ],
});

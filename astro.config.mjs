// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import admin from './src/integrations/admin.ts';
import contentChecks from './src/integrations/content-checks.ts';
import documents from './src/integrations/documents.ts';
import { buildSnapshot, redirectSourcePaths } from './src/lib/content-check.ts';
import rehypePhrases from './src/lib/rehype-phrases.ts';
import rehypeTelLinks from './src/lib/rehype-tel-links.ts';
import remarkJoinJapaneseLines from './src/lib/remark-join-japanese-lines.ts';
import { PAGE_DIRECTIVES } from './src/lib/security-policy.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const redirects = redirectSourcePaths(root, buildSnapshot(root).sources);

export default defineConfig({
  // The public address, for canonical URLs, feeds, the sitemap and QR codes. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://fukushi.midori.example.jp',
  trailingSlash: 'always',
  // All CSS in files, so a host's Content-Security-Policy header can say style-src 'self' (src/lib/security-policy.ts).
  build: { inlineStylesheets: 'never' },
  // Islands as files too (Astro would inline small scripts), so the host's CSP can say script-src 'self'. And one
  // stylesheet for the whole site (8 KB gzip, cached once) instead of up to 8 render-blocking ones per page: rules meant
  // for one page say so (<body data-page>, CSS named pages for print; see BaseLayout.astro).
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  security: {
    csp: {
      // The search page adds Pagefind's one need itself (src/pages/search.astro).
      directives: PAGE_DIRECTIVES,
    },
  },
  // Japanese in Markdown: wrapped lines join without a space, **強調** works next to 「」 and 。, headings break
  // between phrases, and phone numbers can be tapped (remark/rehype plugins, so the remark processor, not Sätteri).
  markdown: {
    processor: unified({
      remarkPlugins: [remarkJoinJapaneseLines, remarkCjkFriendly],
      rehypePlugins: [rehypePhrases, rehypeTelLinks],
    }),
  },
  // The search index and the security headers come after `astro build`, in scripts/finish-build.ts (npm run build).
  integrations: [contentChecks(), mdx(), admin(), documents(), sitemap({ filter: (page) => !redirects.has(new URL(page).pathname) && !new URL(page).pathname.startsWith('/admin/') && !new URL(page).pathname.endsWith('/print/') })],
});

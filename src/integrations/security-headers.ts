import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, htaccess, nginxConfig } from '../lib/security-policy';

/**
 * Writes the security headers of src/lib/security-policy.ts for the host, after everything else is in dist/ (pages,
 * the admin, the search index, documents): dist/_headers for Netlify and Cloudflare Pages, dist/.htaccess for Apache
 * and dist/security-headers.nginx.conf for nginx to include.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        // Every file as it is served: a folder's index.html at the folder's address.
        const paths = (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[])
          .map((file) => `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
        writeFileSync(join(out, '_headers'), headersFile(paths));
        writeFileSync(join(out, '.htaccess'), htaccess());
        writeFileSync(join(out, 'security-headers.nginx.conf'), nginxConfig());
      },
    },
  };
}

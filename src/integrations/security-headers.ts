import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, htaccess, nginxConfig } from '../lib/security-policy';

/**
 * Writes the security headers of src/lib/security-policy.ts for the host, after everything else is in dist/ (pages,
 * the admin, documents, and the search index, which scripts/finish-build.ts writes just before): dist/_headers for
 * Netlify and Cloudflare Pages, dist/.htaccess for Apache and dist/security-headers.nginx.conf for nginx to include.
 */
export function writeSecurityHeaders(out: string): void {
  // Every file as it is served: a folder's index.html at the folder's address.
  const paths = (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
  writeFileSync(join(out, '_headers'), headersFile(paths));
  writeFileSync(join(out, '.htaccess'), htaccess());
  writeFileSync(join(out, 'security-headers.nginx.conf'), nginxConfig());
}

import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Every security header of the site, stated once. astro.config.mjs puts the page directives (plus Astro's script and
 * style hashes) into every page's <meta>; src/integrations/security-headers.ts writes the same policy as headers for
 * the host: dist/_headers (Netlify, Cloudflare Pages), dist/.htaccess (Apache) and dist/security-headers.nginx.conf.
 */
export const PAGE_DIRECTIVES: NonNullable<CspConfig['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/**
 * Pagefind's search engine is WebAssembly, which a CSP blocks unless script-src allows 'wasm-unsafe-eval' (compiling
 * WebAssembly only, not JavaScript eval). Only where the index loads: the search page and /pagefind/ (its worker).
 */
export const SEARCH_SCRIPT_SOURCE = "'wasm-unsafe-eval'";

/** script-src sources of the search page (setting any replaces Astro's default 'self', so it is listed too). */
export const SEARCH_PAGE_SCRIPT_SOURCES = ["'self'", SEARCH_SCRIPT_SOURCE];

/**
 * The port of decap-server when editing locally (`npm run cms`): DECAP_PORT, as the admin is built with it
 * (src/integrations/admin.ts, admin/config.ts), else 8081, decap-server's own default.
 */
const LOCAL_CMS_PORT = Number(globalThis.process?.env?.DECAP_PORT || 8081);

/** Which policy a path gets. */
export type RouteFamily = 'page' | 'search' | 'admin';

/**
 * The header policy per family. Pages: no inline script or style at all (islands are files under /_astro/, see the
 * README), so 'self' is enough. The admin is Decap CMS, which injects styles at run time, compiles its config
 * validator with eval (ajv), shows images from the repository and talks to GitHub (or decap-server on localhost, port
 * LOCAL_CMS_PORT, when editing locally).
 */
export function headerPolicy(family: RouteFamily = 'page'): string {
  if (family === 'admin') {
    return [
      "default-src 'self'", "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'", "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https:", "font-src 'self' data:", `connect-src 'self' https: http://localhost:${LOCAL_CMS_PORT}`,
      "frame-src 'self' https:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ].join('; ');
  }
  const script = ["'self'", ...(family === 'search' ? [SEARCH_SCRIPT_SOURCE] : [])].join(' ');
  // The <meta> policy gets script-src and style-src from Astro (with hashes); frame-ancestors only works as a header.
  return [`script-src ${script}`, "style-src 'self'", ...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
}

/** Sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Top-level sections with their own policy, and the extra headers of some sections. */
const SECTION_FAMILY: Readonly<Record<string, RouteFamily>> = { search: 'search', pagefind: 'search', admin: 'admin' };
const SECTION_HEADERS: Readonly<Record<string, Record<string, string>>> = {
  admin: { 'X-Robots-Tag': 'noindex' },
  // Open data is for other sites' maps and lists too, so browsers may fetch it from any origin.
  data: { 'Access-Control-Allow-Origin': '*' },
};

/** With nosniff, calendar apps and browsers need the right type, and UTF-8 for Japanese; the CSV files are UTF-8 too. */
export const FILE_TYPES: Readonly<Record<string, string>> = {
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The family of a served path (its first segment decides). */
export function routeFamily(path: string): RouteFamily {
  return SECTION_FAMILY[path.split('/')[1] ?? ''] ?? 'page';
}

export interface HeaderRule { pattern: string; headers: Record<string, string> }

/**
 * The rules of a `_headers` file for a built site, given the paths of its pages and files. A CSP on `/*` would be
 * combined with a section's own (both enforced), so each section gets exactly one; the other headers go on `/*`.
 */
export function headerRules(paths: readonly string[]): HeaderRule[] {
  const sections = new Map<string, string>();
  for (const path of paths) {
    const [, first = '', ...rest] = path.split('/');
    if (!first) sections.set('/', '/');
    else if (rest.length) sections.set(first, `/${first}/*`);
    else if (first.endsWith('.html')) sections.set(first, `/${first}`);
  }
  const rules: HeaderRule[] = [{ pattern: '/*', headers: { ...COMMON_HEADERS } }];
  for (const [section, pattern] of [...sections].sort(([a], [b]) => a.localeCompare(b))) {
    const family = SECTION_FAMILY[section] ?? 'page';
    rules.push({ pattern, headers: { 'Content-Security-Policy': headerPolicy(family), ...SECTION_HEADERS[section] } });
  }
  for (const path of [...paths].sort()) {
    const type = Object.entries(FILE_TYPES).find(([ext]) => path.endsWith(ext))?.[1];
    if (type) rules.push({ pattern: path, headers: { 'Content-Type': type } });
  }
  return rules;
}

const GENERATED = 'Generated by src/integrations/security-headers.ts from src/lib/security-policy.ts: do not edit.';

/** dist/_headers, as Netlify and Cloudflare Pages read it. */
export function headersFile(paths: readonly string[]): string {
  const body = headerRules(paths).map((r) => [r.pattern, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `# ${GENERATED}\n${body.join('\n')}\n`;
}

const sectionPattern = (family: RouteFamily) =>
  `^/(${Object.keys(SECTION_FAMILY).filter((s) => SECTION_FAMILY[s] === family).join('|')})/`;

/**
 * For nginx, included inside the site's `server { }` block. Variables instead of `location` blocks, because an
 * add_header inside a location drops every add_header of the server, and a location could clash with the admin's own.
 * nginx leaves out a header whose value is empty.
 */
export function nginxConfig(): string {
  const lines = [
    `# ${GENERATED}`,
    '# include it inside the server { } block that serves dist/ (see the README).',
    `set $csp "${headerPolicy('page')}";`,
    `if ($uri ~ "${sectionPattern('search')}") { set $csp "${headerPolicy('search')}"; }`,
    `if ($uri ~ "${sectionPattern('admin')}") { set $csp "${headerPolicy('admin')}"; }`,
    'add_header Content-Security-Policy $csp always;',
    ...Object.entries(SECTION_HEADERS).flatMap(([section, headers]) =>
      Object.entries(headers).flatMap(([name, value]) => {
        const v = `$h_${section}_${name.toLowerCase().replace(/-/g, '_')}`;
        return [`set ${v} "";`, `if ($uri ~ "^/${section}/") { set ${v} "${value}"; }`, `add_header ${name} ${v} always;`];
      })),
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`),
    ...Object.entries(FILE_TYPES).map(([ext, type]) => `location ~ \\${ext}$ { types { } default_type "${type}"; }`),
  ];
  return `${lines.join('\n')}\n`;
}

/** For Apache: dist/.htaccess, read where dist/ is the document root (AllowOverride FileInfo). */
export function htaccess(): string {
  const lines = [
    `# ${GENERATED}`,
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `Header always set ${name} "${value}"`),
    `Header always set Content-Security-Policy "${headerPolicy('page')}"`,
    ...(['search', 'admin'] as const).map((family) =>
      `<If "%{REQUEST_URI} =~ m#${sectionPattern(family)}#">\n  Header always set Content-Security-Policy "${headerPolicy(family)}"\n</If>`),
    ...Object.entries(SECTION_HEADERS).map(([section, headers]) =>
      `<If "%{REQUEST_URI} =~ m#^/${section}/#">\n${Object.entries(headers).map(([n, v]) => `  Header always set ${n} "${v}"`).join('\n')}\n</If>`),
    ...Object.entries(FILE_TYPES).map(([ext, type]) => `AddType "${type}" ${ext}`),
  ];
  return `${lines.join('\n')}\n`;
}

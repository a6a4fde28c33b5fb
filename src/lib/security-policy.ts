import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The Content-Security-Policy, stated once. astro.config.mjs puts the page directives (plus Astro's script and
 * style hashes) into every page's <meta>; public/_headers sends the same policy as a header on hosts that read it,
 * and the security-headers test checks that file against `headerPolicy` here.
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

/** The header value for a public route family, as written in public/_headers. */
export function headerPolicy({ search = false } = {}): string {
  const script = ["'self'", ...(search ? [SEARCH_SCRIPT_SOURCE] : [])].join(' ');
  return [
    "default-src 'self'", `script-src ${script}`, "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
    "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
  ].join('; ');
}

import { t } from '../i18n/ja';

/** Every public URL in one place (the README lists them). They are a contract: printed QR codes point at them. */
export const urls = {
  home: () => '/',
  articles: (page = 1) => (page > 1 ? `/articles/page/${page}/` : '/articles/'),
  article: (slug: string) => `/articles/${slug}/`,
  series: (id: string) => `/series/${id}/`,
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}/`,
  activities: () => '/activities/',
  activity: (slug: string) => `/activities/${slug}/`,
  activityPrint: (slug: string) => `/activities/${slug}/print/`,
  areas: () => '/areas/',
  area: (id: string) => `/areas/${id}/`,
  councils: () => '/councils/',
  council: (id: string) => `/councils/${id}/`,
  notice: (slug: string) => `/notices/${slug}/`,
  /** A meeting document (資料), published beside its notice's page. */
  noticeDocument: (slug: string, file: string) => `/notices/${slug}/${file}`,
  about: () => '/about/',
  accessibility: () => '/accessibility/',
  /** A fixed page of content/pages/: the editors' guide sits with the admin, the others at the top. */
  page: (id: string) => (id === 'editors-guide' ? '/admin/guide/' : `/${id}/`),
  sitemap: () => '/sitemap/',
  search: () => '/search/',
  soudan: () => '/soudan/',
  list: () => '/list/',
  helpWanted: (area?: string) => (area ? `/help-wanted/?area=${area}` : '/help-wanted/'),
  articlesFeed: () => '/feeds/articles.xml',
  noticesCalendar: () => '/feeds/notices.ics',
  councilCalendar: (id: string) => `/councils/${id}/notices.ics`,
  noticeCalendar: (slug: string) => `/notices/${slug}/event.ics`,
  activityCalendar: (slug: string) => `/activities/${slug}/schedule.ics`,
  openData: () => '/opendata/',
  activitiesCsv: () => '/data/activities.csv',
  activitiesJson: () => '/data/activities.json',
  noticesCsv: () => '/data/notices.csv',
  /** The /areas/ overview as CSV: activities counted by 地区・小学校区 and 分類. */
  activitiesByAreaCsv: () => '/data/activities-by-area.csv',
  admin: () => '/admin/',
  upkeepReport: () => '/admin/report/',
  /** The editors' guide (使い方), linked from the admin. */
  editorsGuide: () => '/admin/guide/',
  /** An entry in the admin's editor (Decap names a folder entry by its path: `<folder>/index`). */
  cmsEntry: (collection: string, folder: string) => `/admin/#/collections/${collection}/entries/${folder}/index`,
} as const;

/** webcal://… for a calendar file: phones and desktop apps offer to subscribe instead of downloading once. */
export const webcalUrl = (path: string, site: URL | string) => new URL(path, site).href.replace(/^https?:/, 'webcal:');

/**
 * Static paths for every entry's page, plus a redirect page at each old slug an entry lists in `redirectFrom`, so a
 * renamed entry's printed URL still works. `props` gives the page its own props; a redirect page gets `redirectTo`.
 */
export const withRedirects = <E extends { id: string; data: { redirectFrom: string[] } }, P>(
  entries: readonly E[],
  to: (slug: string) => string,
  props: (entry: E) => P,
) => [
  ...entries.map((entry) => ({ params: { slug: entry.id }, props: props(entry) as P | { redirectTo: string } })),
  ...entries.flatMap((e) => e.data.redirectFrom.map((old) => ({ params: { slug: old }, props: { redirectTo: to(e.id) } as P | { redirectTo: string } }))),
];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page left at an old URL: sends browsers on at once, tells search engines where the page lives now, and shows
 * a plain link for anyone whose browser does not follow. (Astro's own redirect page writes `0;url=`, which the Nu
 * HTML Checker rejects.)
 */
export function redirectResponse(to: string, site: URL | string | undefined) {
  const href = escapeHtml(to);
  const canonical = escapeHtml(new URL(to, site ?? 'http://localhost/').href);
  const title = escapeHtml(t('redirect.title'));
  // The sentence is escaped whole, then its {link} placeholder becomes the link.
  const body = escapeHtml(t('redirect.body')).replace('{link}', `<a href="${href}">${canonical}</a>`);
  const html = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="robots" content="noindex"><link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}"></head>
<body><main><h1>${title}</h1><p>${body}</p></main></body></html>
`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

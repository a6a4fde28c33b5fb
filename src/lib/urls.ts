/** Every public URL in one place (DESIGN.md §4). They are a contract: printed QR codes point at them. */
export const urls = {
  home: () => '/',
  articles: (page = 1) => (page > 1 ? `/articles/page/${page}/` : '/articles/'),
  article: (slug: string) => `/articles/${slug}/`,
  series: (id: string) => `/series/${id}/`,
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}/`,
  activities: () => '/activities/',
  activity: (slug: string) => `/activities/${slug}/`,
  activityPrint: (slug: string) => `/activities/${slug}/print/`,
  area: (id: string) => `/areas/${id}/`,
  councils: () => '/councils/',
  council: (id: string) => `/councils/${id}/`,
  notice: (slug: string) => `/notices/${slug}/`,
  about: () => '/about/',
  search: () => '/search/',
  list: () => '/list/',
  articlesFeed: () => '/feeds/articles.xml',
} as const;

/** An absolute URL on the configured site. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;

/**
 * Static paths for the old slugs an entry lists in `redirectFrom`, so a renamed entry's printed URL still works.
 */
export const redirectPaths = (
  entries: readonly { id: string; data: { redirectFrom: string[] } }[],
  to: (slug: string) => string,
) => entries.flatMap((e) => e.data.redirectFrom.map((old) => ({ params: { slug: old }, props: { redirectTo: to(e.id) } })));

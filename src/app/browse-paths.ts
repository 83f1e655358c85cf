/** The listing pages a recipe links to, one rule for pages, breadcrumbs and the sitemap. */
export const BROWSE_FACETS = {
  cuisine: "cuisines",
  category: "categories",
  tag: "tags",
  author: "authors",
} as const;
export type BrowseFacet = keyof typeof BROWSE_FACETS;

/** "/cuisines/vietnamese": lowercased, since search matches facets without case. */
export function browsePath(facet: BrowseFacet, value: string): string {
  return `/${BROWSE_FACETS[facet]}/${encodeURIComponent(value.trim().toLowerCase())}`;
}

/** Absolute form of a site path or web address; anything else (data:, javascript:) is dropped. */
export function absoluteUrl(origin: string, url: string): string | undefined {
  if (!/^(https?:\/\/|\/(?!\/))/i.test(url)) return undefined;
  return new URL(url, origin).href;
}

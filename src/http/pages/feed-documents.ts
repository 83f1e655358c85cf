import { escapeUTF8 } from "entities";
import { type BrowseFacet, browsePath } from "../../app/browse-paths.js";
import type { StoredRecipe } from "../../app/ports.js";
import { imageUrls, recipePageUrl } from "../../app/recipe-json-ld.js";
import { describeRecipe } from "../../domain/describe-recipe.js";
import { SITE_NAME } from "./recipe-meta.js";

/** Escapes text for XML elements and attributes (&, <, >, " and '). */
const x = (text: string) => escapeUTF8(text);
const FEED_TITLE = `${SITE_NAME} recipes`;
const FEED_DESCRIPTION = "The newest public recipes on this Claypot.";

export interface FeedInput {
  readonly origin: string;
  readonly recipes: readonly StoredRecipe[];
  /** When the feed was made: its date when there are no recipes. */
  readonly now: Date;
}

const newest = (input: FeedInput) =>
  input.recipes.reduce((d, r) => (r.updatedAt > d ? r.updatedAt : d), new Date(0));
const updatedOf = (input: FeedInput) => (input.recipes.length > 0 ? newest(input) : input.now);

/** RSS 2.0, with Atom's self link and Dublin Core's creator (RSS's own author wants an email). */
export function renderRss(input: FeedInput): string {
  const home = `${input.origin}/`;
  const items = input.recipes.map(({ recipe, createdAt }) => {
    const url = recipePageUrl(input.origin, recipe.slug);
    const description = describeRecipe(recipe);
    const image = imageUrls(recipe, input.origin)[0];
    return [
      "<item>",
      `<title>${x(recipe.title)}</title>`,
      `<link>${x(url)}</link>`,
      `<guid isPermaLink="true">${x(url)}</guid>`,
      `<pubDate>${createdAt.toUTCString()}</pubDate>`,
      description ? `<description>${x(description)}</description>` : "",
      recipe.source.author ? `<dc:creator>${x(recipe.source.author)}</dc:creator>` : "",
      ...[...recipe.cuisine, ...recipe.category].map((c) => `<category>${x(c)}</category>`),
      image ? `<enclosure url="${x(image)}" type="${imageType(image)}" length="0"/>` : "",
      "</item>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${x(FEED_TITLE)}</title>`,
    `<link>${x(home)}</link>`,
    `<description>${x(FEED_DESCRIPTION)}</description>`,
    `<atom:link href="${x(`${input.origin}/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${updatedOf(input).toUTCString()}</lastBuildDate>`,
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** Atom 1.0: the feed's author is the site, so every entry has one as the format requires. */
export function renderAtom(input: FeedInput): string {
  const entries = input.recipes.map(({ recipe, createdAt, updatedAt }) => {
    const url = recipePageUrl(input.origin, recipe.slug);
    const description = describeRecipe(recipe);
    return [
      "<entry>",
      `<title>${x(recipe.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(url)}"/>`,
      `<id>${x(url)}</id>`,
      `<published>${createdAt.toISOString()}</published>`,
      `<updated>${updatedAt.toISOString()}</updated>`,
      recipe.source.author ? `<author><name>${x(recipe.source.author)}</name></author>` : "",
      description ? `<summary>${x(description)}</summary>` : "",
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<title>${x(FEED_TITLE)}</title>`,
    `<subtitle>${x(FEED_DESCRIPTION)}</subtitle>`,
    `<id>${x(`${input.origin}/`)}</id>`,
    `<link rel="alternate" type="text/html" href="${x(`${input.origin}/`)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${x(`${input.origin}/feed.atom`)}"/>`,
    `<updated>${updatedOf(input).toISOString()}</updated>`,
    `<author><name>${x(SITE_NAME)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

function imageType(url: string): string {
  const ext = /\.(\w+)(?:$|\?)/.exec(url)?.[1]?.toLowerCase();
  return ext === "png"
    ? "image/png"
    : ext === "webp"
      ? "image/webp"
      : ext === "avif"
        ? "image/avif"
        : "image/jpeg";
}

/** Every public recipe, and the listing pages they lead to (home, cuisines, categories, tags). */
export function renderSitemap(input: FeedInput): string {
  const urls = new Map<string, Date>();
  const touch = (loc: string, date: Date) => {
    const seen = urls.get(loc);
    if (!seen || date > seen) urls.set(loc, date);
  };
  touch(`${input.origin}/`, updatedOf(input));
  for (const { recipe, updatedAt } of input.recipes) {
    touch(recipePageUrl(input.origin, recipe.slug), updatedAt);
    const facets: [BrowseFacet, readonly string[]][] = [
      ["cuisine", recipe.cuisine],
      ["category", recipe.category],
      ["tag", recipe.keywords],
      ["author", recipe.source.author ? [recipe.source.author] : []],
    ];
    for (const [facet, values] of facets) {
      for (const value of values) touch(`${input.origin}${browsePath(facet, value)}`, updatedAt);
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...urls].map(
      ([loc, date]) => `<url><loc>${x(loc)}</loc><lastmod>${date.toISOString()}</lastmod></url>`,
    ),
    "</urlset>",
    "",
  ].join("\n");
}

/** Crawlers welcome, except where only a signed-in person has anything to see. */
export function renderRobots(origin: string): string {
  // Board lists and accounts are personal; a print view repeats its page; share links are secret.
  const closed = ["/account", "/boards$", "/sign-in", "/sign-up", "/reset-password/", "/api/"];
  return [
    "User-agent: *",
    "Allow: /",
    ...closed.map((p) => `Disallow: ${p}`),
    "Disallow: /recipes/*/print",
    "Disallow: /*?share=",
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
}

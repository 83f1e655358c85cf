import { squashText } from "../clean-text.js";

/** Pages title recipes for search engines: "Mango Guacamole - Rick Bayless", "Fresca Street
 *  Tacos | Choose Homemade", "PB&J Smoothie Recipe | Quaker Oats". When a segment after the
 *  first names the site (its name, or its host without "www." and the suffix), the dish is
 *  the first segment, without a trailing "Recipe". */
// Read on text whose spaces are single (see collapse): no run of spaces for the two sides to share.
const SEPARATORS = / ?[|│·] ?| [-–—] /;
const collapse = (text: string) => text.replace(/\s+/g, " ");

// Decomposed first, so "Crème" and "Creme" spell the same host name.
const squash = (text: string) => squashText(text.normalize("NFKD"));

/** Second-level names under which a country's sites register ("bbc.co.uk", "taste.com.au"). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "ac", "gov", "edu"]);

/** The name a site registered: "recipes.timesofindia.com" → "timesofindia", "bbc.co.uk" → "bbc"
 *  (a subdomain such as "recipes" or "cooking" names a section, not the site). */
function hostKey(url: string): string {
  try {
    const labels = new URL(url).hostname.split(".").filter(Boolean);
    const at = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2)!) ? -3 : -2;
    return squash(labels.at(Math.max(at, -labels.length)) ?? "");
  } catch {
    // not a URL: no host to compare
    return "";
  }
}

function siteKeys(site: { site?: string; url?: string }): string[] {
  const keys: string[] = [];
  if (site.site) keys.push(squash(site.site));
  if (site.url) keys.push(hostKey(site.url));
  return keys.filter((k) => k.length >= 3);
}

export function stripSiteName(title: string, site: { site?: string; url?: string }): string {
  const segments = collapse(title).split(SEPARATORS).filter(Boolean);
  if (segments.length < 2) return title;
  const keys = siteKeys(site);
  const namesSite = (segment: string) => {
    const s = squash(segment);
    return s.length >= 3 && keys.some((k) => k.includes(s) || s.includes(k));
  };
  if (!segments.slice(1).some(namesSite)) return title;
  const dish = segments[0]!.replace(/\s+recipe$/i, "").trim();
  return dish || title;
}

/** The site's name as the page's title spells it ("Mantu | Afghan Kitchen Recipes" on
 *  afghankitchenrecipes.com): a segment after the first that is the address's name, spaced and
 *  cased (one holding it in a longer phrase, "Kochen mit Picnic", is a slogan). */
export function findSiteInTitle(title: string, url: string | undefined): string | undefined {
  const key = url === undefined ? "" : hostKey(url);
  if (key.length < 3) return undefined;
  const segments = collapse(title).split(SEPARATORS).filter(Boolean);
  return segments
    .slice(1)
    .map((segment) => segment.trim())
    .find((segment) => squash(segment) === key);
}

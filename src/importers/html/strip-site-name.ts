/** Pages title recipes for search engines: "Mango Guacamole - Rick Bayless", "Fresca Street
 *  Tacos | Choose Homemade", "PB&J Smoothie Recipe | Quaker Oats". When a segment after the
 *  first names the site (its name, or its host without "www." and the suffix), the dish is
 *  the first segment, without a trailing "Recipe". */
const SEPARATORS = /\s*[|│·]\s*|\s+[-–—]\s+/;

const squash = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

function siteKeys(site: { site?: string; url?: string }): string[] {
  const keys: string[] = [];
  if (site.site) keys.push(squash(site.site));
  if (site.url) {
    try {
      const host = new URL(site.url).hostname.replace(/^www\./, "");
      keys.push(squash(host.split(".")[0] ?? ""));
    } catch {
      // not a URL: the site name alone decides
    }
  }
  return keys.filter((k) => k.length >= 3);
}

export function stripSiteName(title: string, site: { site?: string; url?: string }): string {
  const segments = title.split(SEPARATORS).filter(Boolean);
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

/** URL-safe, lowercase, ASCII slugs: "Caramelised Pork Mince" → "caramelised-pork-mince". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf("-");
  // A cut just after a dash would end the slug in one ("0-" of "0-0" at 2).
  return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut.replace(/-$/, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

import { recipePageUrl } from "../app/recipe-json-ld.js";

/** The page address search engines and Pinterest should see: the configured public URL when
 *  there is one (behind a proxy the request's own host can be internal), else the request's. */
export function pageUrlOf(requestUrl: string, publicUrl: string | undefined, slug: string): string {
  return recipePageUrl(publicUrl ?? new URL(requestUrl).origin, slug);
}

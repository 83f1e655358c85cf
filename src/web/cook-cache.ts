/** What cook mode keeps for offline use, shared by the page (which fills the cache) and the
 *  service worker (which refreshes and serves it). */
export const COOK_CACHE = "claypot-cook-v1";

/** The worker's scope: every recipe address, so it controls the cook pages below it. */
export const COOK_SCOPE = "/recipes/";

/** Cook pages and the site's static files; nothing else (forms, the API, accounts) is touched. */
export function isKeptForOffline(path: string): boolean {
  return /^\/recipes\/[^/]+\/cook$/.test(path) || path.startsWith("/assets/");
}

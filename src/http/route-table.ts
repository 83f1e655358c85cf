import type { Hono } from "hono";

/** Every route the app answers, as "METHOD /path": what the authorization matrix test walks, so
 *  a route added without an entry there fails the tests. Middleware (method ALL) is left out. */
// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its env
export function routeTable(app: Hono<any>): string[] {
  const routes = app.routes
    .filter((r) => r.method !== "ALL")
    .map((r) => `${r.method} ${r.path.length > 1 ? r.path.replace(/\/$/, "") : r.path}`);
  return [...new Set(routes)].sort();
}

import type { Context } from "hono";
import { Hono } from "hono";
import { listPublishedRecipes, MAX_PUBLISHED } from "../../app/list-published-recipes.js";
import type { AppEnv } from "../app-env.js";
import {
  type FeedInput,
  renderAtom,
  renderRobots,
  renderRss,
  renderSitemap,
} from "../pages/feed-documents.js";
import type { RouteDeps } from "../route-deps.js";
import { originOf } from "./sharing-api.js";

/** Newest first, bounded: a feed reader wants what is new, not the archive. */
export const FEED_SIZE = 20;

/** Feeds, sitemap and robots.txt: public recipes only, whoever asks (signed in or not). */
export function publishingRoutes(deps: RouteDeps) {
  const routes = new Hono<AppEnv>();
  const input = async (c: Context<AppEnv>, limit: number): Promise<FeedInput> => ({
    origin: originOf(c.req.url, deps.publicUrl),
    recipes: await listPublishedRecipes(deps, { limit }),
    now: deps.clock.now(),
  });
  const xml = (c: Context<AppEnv>, body: string, type: string) =>
    c.body(body, 200, {
      "Content-Type": `${type}; charset=utf-8`,
      "Cache-Control": "public, max-age=600",
    });

  routes.get("/feed.xml", async (c) =>
    xml(c, renderRss(await input(c, FEED_SIZE)), "application/rss+xml"),
  );
  routes.get("/feed.atom", async (c) =>
    xml(c, renderAtom(await input(c, FEED_SIZE)), "application/atom+xml"),
  );
  routes.get("/sitemap.xml", async (c) =>
    xml(c, renderSitemap(await input(c, MAX_PUBLISHED)), "application/xml"),
  );
  routes.get("/robots.txt", (c) =>
    c.body(renderRobots(originOf(c.req.url, deps.publicUrl)), 200, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    }),
  );
  return routes;
}

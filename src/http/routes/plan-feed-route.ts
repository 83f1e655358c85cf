import { Hono } from "hono";
import { planCalendar } from "../../app/plan-feed.js";
import type { AppEnv } from "../app-env.js";
import type { RouteDeps } from "../route-deps.js";

const FEED_FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;

const siteUrlOf = (requestUrl: string, publicUrl: string | undefined) =>
  (publicUrl ?? new URL(requestUrl).origin).replace(/\/+$/, "");

/** The address a calendar app subscribes to. */
export const feedUrlOf = (requestUrl: string, publicUrl: string | undefined, secret: string) =>
  `${siteUrlOf(requestUrl, publicUrl)}/plan/feed/${secret}.ics`;

/** GET /plan/feed/<secret>.ics: the plan as iCalendar, for apps that send no cookies. A wrong or
 *  revoked secret is plain 404, like any address that is not there. */
export function planFeedRoute(deps: RouteDeps) {
  const route = new Hono<AppEnv>();
  route.get("/plan/feed/:file", async (c) => {
    const secret = FEED_FILE.exec(c.req.param("file"))?.[1];
    const calendar = secret
      ? await planCalendar(deps, secret, siteUrlOf(c.req.url, deps.publicUrl))
      : undefined;
    if (!calendar?.ok) {
      return c.text("There is no calendar feed at this address.", 404, {
        "Cache-Control": "no-store",
      });
    }
    return c.body(calendar.value, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="meal-plan.ics"',
      // The address is the credential: no shared cache may keep what it opens.
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    });
  });
  return route;
}

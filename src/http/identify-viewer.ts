import type { Context, MiddlewareHandler } from "hono";
import { type WhoIsThisDeps, whoIsThis } from "../app/who-is-this.js";
import type { Issue } from "../lib/result.js";
import type { AppEnv } from "./app-env.js";
import { readCookie, SESSION_COOKIE } from "./session-cookie.js";

const BEARER = /^Bearer\s+(\S{1,200})$/i;

/** Puts the viewer on the request: from an API token when one is sent, else the session cookie,
 *  else anonymous. */
export function identifyViewer(
  deps: WhoIsThisDeps,
  refuse: (c: Context<AppEnv>, issues: readonly Issue[]) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const bearerToken = BEARER.exec(c.req.header("authorization") ?? "")?.[1];
    const sessionToken = readCookie(c, SESSION_COOKIE);
    const who = await whoIsThis(deps, {
      ...(bearerToken !== undefined && { bearerToken }),
      ...(sessionToken !== undefined && { sessionToken }),
    });
    if (!who.ok) return refuse(c, who.issues);
    c.set("viewer", who.value.viewer);
    c.set("via", who.value.via);
    c.set("sessionToken", sessionToken);
    await next();
    // What a signed-in viewer is shown may be private: no shared cache keeps it.
    if (who.value.via.kind !== "none" && !c.res.headers.has("Cache-Control")) {
      c.header("Cache-Control", "private, no-store");
    }
  };
}

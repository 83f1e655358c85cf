import type { Context, MiddlewareHandler } from "hono";
import { issue } from "../lib/result.js";
import { newSecretToken, sameSecret } from "../lib/secret-token.js";
import type { AppEnv } from "./app-env.js";
import { CSRF_COOKIE, readCookie, setCsrfCookie } from "./session-cookie.js";

export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The token a form or script must send back: the session's own (a synchronizer token kept in
 *  the session row) when signed in, else a random one in a cookie (double submit). */
export function csrfTokenFor(c: Context<AppEnv>, publicUrl: string | undefined): string {
  const via = c.get("via");
  if (via.kind === "session") return via.csrfToken;
  const made = c.get("anonymousCsrf");
  if (made) return made;
  const existing = readCookie(c, CSRF_COOKIE);
  if (existing && TOKEN.test(existing)) return existing;
  const token = newSecretToken();
  setCsrfCookie(c, publicUrl, token);
  c.set("anonymousCsrf", token);
  return token;
}

async function sentToken(c: Context): Promise<string | undefined> {
  const header = c.req.header(CSRF_HEADER);
  if (header) return header;
  const type = c.req.header("content-type") ?? "";
  if (
    type.startsWith("application/x-www-form-urlencoded") ||
    type.startsWith("multipart/form-data")
  ) {
    // parseBody caches the body, so the route reads the same form after this.
    const body = await c.req.parseBody();
    const value = body[CSRF_FIELD];
    return typeof value === "string" ? value : undefined;
  }
  return undefined;
}

export interface CsrfGuardOptions {
  /** Forms that sign someone in (sign-in, sign-up, reset): checked even without a session, so
   *  another site cannot sign a visitor into an account of its choosing. */
  readonly isSignInForm: (path: string) => boolean;
  readonly refuse: (c: Context<AppEnv>) => Response | Promise<Response>;
}

/** One check for every state-changing request a cookie authenticates. Requests with an API token
 *  carry no ambient authority and are exempt; anonymous ones have none to abuse, except sign-in. */
export function csrfGuard(options: CsrfGuardOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
    const via = c.get("via");
    if (via.kind === "token") return next();
    let expected: string | undefined;
    if (via.kind === "session") expected = via.csrfToken;
    else if (options.isSignInForm(c.req.path)) expected = readCookie(c, CSRF_COOKIE) ?? "";
    else return next();
    const sent = await sentToken(c);
    if (!expected || !sent || !sameSecret(sent, expected)) return options.refuse(c);
    return next();
  };
}

export const csrfIssue = () =>
  issue("CSRF_INVALID", "the form is stale or came from another site: reload the page and retry");

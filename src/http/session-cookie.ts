import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const SESSION_COOKIE = "claypot_session";
export const CSRF_COOKIE = "claypot_csrf";

/** Behind https (the public URL says so, or the request came that way) cookies are Secure and
 *  HSTS is sent; on a laptop's plain http they cannot be. */
export function isHttps(c: Context, publicUrl: string | undefined): boolean {
  return (publicUrl ?? c.req.url).startsWith("https:");
}

const options = (c: Context, publicUrl: string | undefined) =>
  ({ httpOnly: true, sameSite: "Lax", path: "/", secure: isHttps(c, publicUrl) }) as const;

export function setSessionCookie(
  c: Context,
  publicUrl: string | undefined,
  token: string,
  expiresAt: Date,
): void {
  setCookie(c, SESSION_COOKIE, token, { ...options(c, publicUrl), expires: expiresAt });
}

export function clearSessionCookie(c: Context, publicUrl: string | undefined): void {
  deleteCookie(c, SESSION_COOKIE, options(c, publicUrl));
}

export function setCsrfCookie(c: Context, publicUrl: string | undefined, token: string): void {
  setCookie(c, CSRF_COOKIE, token, options(c, publicUrl));
}

export const readCookie = (c: Context, name: string) => getCookie(c, name);

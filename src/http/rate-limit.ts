import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.js";

export interface RateRule {
  /** Requests allowed per window, per client address. */
  readonly limit: number;
  readonly windowMs: number;
}

/** The client's address as the socket saw it; behind a proxy that is the proxy, which then
 *  limits everyone together (safe, if strict). In-process tests have no socket. */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}

/** A fixed-window counter per address and route, in memory: enough for one server (several
 *  servers each allow `limit`). The map is swept as it grows so it cannot fill memory. */
export function rateLimit(
  name: string,
  rule: RateRule,
  now: () => number,
  refuse: (c: Context<AppEnv>, retryAfterSeconds: number) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const t = now();
    if (windows.size > 10_000) {
      for (const [key, w] of windows) if (t - w.start >= rule.windowMs) windows.delete(key);
    }
    const key = `${name} ${clientAddress(c)}`;
    let window = windows.get(key);
    if (!window || t - window.start >= rule.windowMs || t < window.start) {
      window = { start: t, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    if (window.count > rule.limit) {
      const retry = Math.max(1, Math.ceil((window.start + rule.windowMs - t) / 1000));
      c.header("Retry-After", String(retry));
      return refuse(c, retry);
    }
    return next();
  };
}

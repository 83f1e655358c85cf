import type { Context, Env } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Issue } from "../lib/result.js";

/** The one place an issue code becomes an HTTP status; unknown codes are the client's fault. */
const STATUS_BY_CODE: Record<string, ContentfulStatusCode> = {
  RECIPE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  INPUT_TOO_LARGE: 413,
  INPUT_EMPTY: 400,
  INPUT_BINARY: 415,
  FORMAT_UNKNOWN: 400,
  FORMAT_UNRECOGNISED: 415,
  NO_RECIPE_FOUND: 422,
  BAD_REQUEST: 400,
  SEARCH_CURSOR_INVALID: 400,
  NO_STRUCTURED_RECIPE: 422,
  URL_INVALID: 400,
  URL_SCHEME_REFUSED: 400,
  ADDRESS_REFUSED: 403,
  NAME_UNRESOLVED: 502,
  TOO_MANY_REDIRECTS: 502,
  RESPONSE_TOO_LARGE: 502,
  FETCH_TIMEOUT: 504,
  CONTENT_TYPE_REFUSED: 415,
  FETCH_FAILED: 502,
  INTERNAL: 500,
  UNAUTHENTICATED: 401,
  CREDENTIALS_INVALID: 401,
  TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  EMAIL_TAKEN: 409,
  EMAIL_INVALID: 400,
  PASSWORD_TOO_SHORT: 400,
  RESET_LINK_INVALID: 410,
  USER_NOT_FOUND: 404,
  API_TOKEN_NOT_FOUND: 404,
  BOARD_NOT_FOUND: 404,
  SHARE_WITH_SELF: 400,
  RATE_LIMITED: 429,
  RATING_NOT_FOUND: 404,
  PIN_NOT_FOUND: 404,
};

export function statusOf(code: string): ContentfulStatusCode {
  return STATUS_BY_CODE[code] ?? 422;
}

/** RFC 9457 problem document, with our stable `code` and every issue behind it. */
export function problem<E extends Env>(c: Context<E>, issues: readonly Issue[]) {
  const [first] = issues;
  const code = first?.code ?? "INTERNAL";
  const status = statusOf(code);
  return c.json(
    {
      type: `about:blank#${code}`,
      title: first?.message ?? "error",
      status,
      code,
      issues,
    },
    status,
    { "Content-Type": "application/problem+json" },
  );
}

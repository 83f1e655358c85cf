import type { Context, Env } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type Issue, issueCarriedBy } from "../lib/result.js";

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
  LIST_NOT_FOUND: 404,
  LIST_ITEM_NOT_FOUND: 404,
  DRAFT_NOT_FOUND: 404,
  IMAGE_TOO_LARGE: 413,
  IMAGE_TOO_MANY_PIXELS: 413,
  IMAGE_UNREADABLE: 415,
  // What the database refused (storage/storage-failure.ts): nothing was changed.
  STORAGE_FULL: 507,
  STORAGE_READ_ONLY: 503,
  STORAGE_BUSY: 503,
  STORAGE_UNAVAILABLE: 503,
  STORAGE_IO_ERROR: 500,
  STORAGE_CORRUPT: 500,
};

/** The issue an expected failure carries when it is thrown through the app rather than
 *  returned (storage's StorageFailure: a full disk, a read-only database); undefined for a bug.
 *  Read by shape, as http may not import storage; only codes this table knows count. */
export function knownIssueCarriedBy(error: unknown): Issue | undefined {
  const carried = issueCarriedBy(error);
  return carried && Object.hasOwn(STATUS_BY_CODE, carried.code) ? carried : undefined;
}

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

import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { fail, ok, type Result } from "./result.js";
import {
  bareHost,
  isIpLiteral,
  isOddIpSpelling,
  isPublicAddress,
  rawHost,
} from "./safe-fetch-address.js";
import { readBody } from "./safe-fetch-body.js";

/** Fetches a page a user named without letting them reach what the server can reach.
 *  Each hop (the URL, then every redirect, at most 5): http(s) only → the host resolved with
 *  the injected resolver → every address public (see safe-fetch-address) unless the host is
 *  named in `allowHosts` → the connection made to that checked address (the socket's `lookup`
 *  returns it, so a second DNS answer cannot differ: no rebinding) → only HTML/JSON accepted,
 *  the body capped on the wire and after decompression, the whole fetch capped in time. */

export const FetchIssueCode = {
  UrlInvalid: "URL_INVALID",
  SchemeRefused: "URL_SCHEME_REFUSED",
  AddressRefused: "ADDRESS_REFUSED",
  NameUnresolved: "NAME_UNRESOLVED",
  TooManyRedirects: "TOO_MANY_REDIRECTS",
  TooLarge: "RESPONSE_TOO_LARGE",
  Timeout: "FETCH_TIMEOUT",
  ContentTypeRefused: "CONTENT_TYPE_REFUSED",
  Failed: "FETCH_FAILED",
} as const;

export interface SafeFetchDeps {
  /** Name → addresses (e.g. `dns.promises.lookup(name, { all: true })` mapped to strings). */
  readonly resolve: (hostname: string) => Promise<readonly string[]>;
  /** Host names that may resolve to private addresses (a local test server, an intranet). */
  readonly allowHosts?: readonly string[];
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
  readonly userAgent?: string;
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export type FetchPage = (url: string) => Promise<Result<FetchedPage>>;

const ACCEPTED_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "application/json",
  "application/ld+json",
];

type Hop =
  | { kind: "page"; page: FetchedPage }
  | { kind: "redirect"; location: string }
  | { kind: "fail"; result: Result<never> };

/** The address this URL may be fetched from, or why not. */
async function checkTarget(
  url: URL,
  typed: string,
  deps: SafeFetchDeps,
): Promise<Result<{ address: string; family: 4 | 6 }>> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return fail(
      FetchIssueCode.SchemeRefused,
      `only http and https URLs are fetched, not ${url.protocol}`,
    );
  }
  const host = bareHost(url.hostname);
  if (isOddIpSpelling(rawHost(typed), host)) {
    return fail(
      FetchIssueCode.AddressRefused,
      `the address ${rawHost(typed)} is an unusual spelling of ${host}`,
    );
  }
  const allowed = deps.allowHosts?.includes(host.toLowerCase()) ?? false;
  let addresses: readonly string[];
  if (isIpLiteral(host)) addresses = [host];
  else {
    try {
      addresses = await deps.resolve(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0)
      return fail(FetchIssueCode.NameUnresolved, `${host} does not resolve`);
  }
  const refused = addresses.find((a) => !isPublicAddress(a));
  if (refused !== undefined && !allowed) {
    return fail(
      FetchIssueCode.AddressRefused,
      `${host} points at ${refused}, which is not a public address`,
    );
  }
  const address = addresses[0]!;
  return ok({ address, family: address.includes(":") ? 6 : 4 });
}

function pinnedLookup(address: string, family: 4 | 6): LookupFunction {
  return ((
    _hostname: string,
    options: { all?: boolean },
    callback: (...args: unknown[]) => void,
  ) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

function send(url: URL, options: RequestOptions): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, options, resolve);
    req.on("error", reject);
    req.end();
  });
}

async function fetchHop(
  url: URL,
  typed: string,
  deps: SafeFetchDeps,
  signal: AbortSignal,
): Promise<Hop> {
  const target = await checkTarget(url, typed, deps);
  if (!target.ok) return { kind: "fail", result: target };
  const maxBytes = deps.maxBytes ?? 5 * 1024 * 1024;
  const response = await send(url, {
    method: "GET",
    signal,
    lookup: pinnedLookup(target.value.address, target.value.family),
    headers: {
      accept: "text/html,application/xhtml+xml,application/json;q=0.9,application/ld+json;q=0.9",
      "accept-encoding": "gzip, deflate, br",
      "user-agent": deps.userAgent ?? "Claypot recipe importer",
    },
  });
  const status = response.statusCode ?? 0;
  if (status >= 300 && status < 400 && response.headers.location) {
    response.destroy();
    return { kind: "redirect", location: response.headers.location };
  }
  if (status < 200 || status >= 300) {
    response.destroy();
    return { kind: "fail", result: fail(FetchIssueCode.Failed, `the server answered ${status}`) };
  }
  const contentType = String(response.headers["content-type"] ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();
  if (!ACCEPTED_TYPES.includes(contentType)) {
    response.destroy();
    return {
      kind: "fail",
      result: fail(
        FetchIssueCode.ContentTypeRefused,
        `"${contentType || "no content type"}" is not a web page`,
      ),
    };
  }
  const declared = Number(response.headers["content-length"] ?? 0);
  if (declared > maxBytes) {
    response.destroy();
    return {
      kind: "fail",
      result: fail(
        FetchIssueCode.TooLarge,
        `the page is ${declared} bytes; the limit is ${maxBytes}`,
      ),
    };
  }
  const body = await readBody(response, maxBytes);
  if (body.kind === "ok")
    return { kind: "page", page: { url: url.href, contentType, bytes: body.bytes } };
  if (body.kind === "too-large") {
    return {
      kind: "fail",
      result: fail(FetchIssueCode.TooLarge, `the page is over ${maxBytes} bytes`),
    };
  }
  if (body.kind === "encoding") {
    return {
      kind: "fail",
      result: fail(FetchIssueCode.Failed, `unknown content encoding "${body.encoding}"`),
    };
  }
  throw body.error;
}

export function createSafeFetch(deps: SafeFetchDeps): FetchPage {
  const maxRedirects = deps.maxRedirects ?? 5;
  const timeoutMs = deps.timeoutMs ?? 10_000;
  return async (input) => {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return fail(FetchIssueCode.UrlInvalid, `"${input.slice(0, 200)}" is not a URL`);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let typed = input;
    try {
      for (let hop = 0; hop <= maxRedirects; hop++) {
        const outcome = await fetchHop(url, typed, deps, controller.signal);
        if (outcome.kind === "page") return ok(outcome.page);
        if (outcome.kind === "fail") return outcome.result;
        try {
          url = new URL(outcome.location, url);
          typed = outcome.location.includes("//") ? outcome.location : url.href;
        } catch {
          return fail(FetchIssueCode.Failed, "the server redirected to an invalid URL");
        }
      }
      return fail(FetchIssueCode.TooManyRedirects, `more than ${maxRedirects} redirects`);
    } catch (error) {
      if (controller.signal.aborted) {
        return fail(FetchIssueCode.Timeout, `no complete answer within ${timeoutMs} ms`);
      }
      return fail(
        FetchIssueCode.Failed,
        `the page could not be fetched: ${(error as Error).message ?? error}`,
      );
    } finally {
      clearTimeout(timer);
    }
  };
}

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch } from "./safe-fetch.js";

/** The SSRF battery: a real server on 127.0.0.1 that counts every request it gets. Only the
 *  name "allowed.test" may reach it; every other way there must be refused before connecting. */

const PAGE = "<!doctype html><html><body><h1>Soup</h1></body></html>";
let server: Server;
let port = 0;
const hits: string[] = [];

const NAMES: Record<string, string[]> = {
  "allowed.test": ["127.0.0.1"],
  "loopback.test": ["127.0.0.1"],
  localhost: ["127.0.0.1", "::1"],
  "private.test": ["10.1.2.3"],
  "metadata.test": ["169.254.169.254"],
  "v6loop.test": ["::1"],
  "mapped.test": ["::ffff:127.0.0.1"],
  "ula.test": ["fd00::1"],
  "mixed.test": ["93.184.216.34", "127.0.0.1"],
  "cgnat.test": ["100.64.0.7"],
};

const fetchPage = (timeoutMs = 2_000) =>
  createSafeFetch({
    resolve: async (name) => NAMES[name] ?? [],
    allowHosts: ["allowed.test"],
    maxBytes: 1024 * 1024,
    timeoutMs,
  });

beforeAll(async () => {
  const big = Buffer.alloc(8 * 1024 * 1024, 0x20);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    hits.push(url.pathname);
    const html = { "content-type": "text/html; charset=utf-8" };
    switch (url.pathname) {
      case "/page":
        return res.writeHead(200, html).end(PAGE);
      case "/gzip-page":
        return res.writeHead(200, { ...html, "content-encoding": "gzip" }).end(gzipSync(PAGE));
      case "/redirect":
        return res.writeHead(302, { location: url.searchParams.get("to") ?? "/" }).end();
      case "/loop":
        return res
          .writeHead(302, { location: `/loop?n=${Number(url.searchParams.get("n") ?? 0) + 1}` })
          .end();
      case "/big-declared":
        return res.writeHead(200, { ...html, "content-length": String(big.length) }).end(big);
      case "/big-chunked":
        res.writeHead(200, html);
        return res.end(big);
      case "/bomb-gzip":
        return res.writeHead(200, { ...html, "content-encoding": "gzip" }).end(gzipSync(big));
      case "/bomb-deflate":
        return res.writeHead(200, { ...html, "content-encoding": "deflate" }).end(deflateSync(big));
      case "/bomb-br":
        return res
          .writeHead(200, { ...html, "content-encoding": "br" })
          .end(brotliCompressSync(big));
      case "/odd-encoding":
        return res.writeHead(200, { ...html, "content-encoding": "zstd-ish" }).end(PAGE);
      case "/slow-body":
        res.writeHead(200, html);
        res.write("<html>");
        return; // never ends
      case "/slow-headers":
        return; // never answers
      case "/image":
        return res.writeHead(200, { "content-type": "image/png" }).end("png");
      case "/binary":
        return res.writeHead(200, { "content-type": "application/octet-stream" }).end("x");
      case "/no-type":
        return res.writeHead(200).end(PAGE);
      case "/missing":
        return res.writeHead(404, html).end("no");
      default:
        return res.writeHead(200, html).end("secret");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const P = () => port;

// [vector, expected code]; `:PORT` becomes the local server's port.
const REFUSED_BEFORE_CONNECTING: Array<[string, string]> = [
  // loopback, private, link-local, CGNAT, unspecified, broadcast, multicast, reserved
  ["http://127.0.0.1:PORT/secret", "ADDRESS_REFUSED"],
  ["http://127.9.9.9:PORT/secret", "ADDRESS_REFUSED"],
  ["http://10.0.0.1/secret", "ADDRESS_REFUSED"],
  ["http://172.16.5.4/secret", "ADDRESS_REFUSED"],
  ["http://192.168.1.1/secret", "ADDRESS_REFUSED"],
  ["http://169.254.169.254/latest/meta-data/", "ADDRESS_REFUSED"],
  ["http://100.64.0.1/secret", "ADDRESS_REFUSED"],
  ["http://0.0.0.0:PORT/secret", "ADDRESS_REFUSED"],
  ["http://255.255.255.255/secret", "ADDRESS_REFUSED"],
  ["http://224.0.0.1/secret", "ADDRESS_REFUSED"],
  ["http://240.0.0.1/secret", "ADDRESS_REFUSED"],
  ["http://192.0.2.1/secret", "ADDRESS_REFUSED"],
  ["https://198.18.0.1/secret", "ADDRESS_REFUSED"],
  // IPv6: loopback, unspecified, link-local, unique-local, multicast, IPv4 inside IPv6, docs
  ["http://[::1]:PORT/secret", "ADDRESS_REFUSED"],
  ["http://[::]:PORT/secret", "ADDRESS_REFUSED"],
  ["http://[fe80::1]/secret", "ADDRESS_REFUSED"],
  ["http://[fc00::1]/secret", "ADDRESS_REFUSED"],
  ["http://[fd12:3456::1]/secret", "ADDRESS_REFUSED"],
  ["http://[ff02::1]/secret", "ADDRESS_REFUSED"],
  ["http://[::ffff:127.0.0.1]:PORT/secret", "ADDRESS_REFUSED"],
  ["http://[::ffff:7f00:1]:PORT/secret", "ADDRESS_REFUSED"],
  ["http://[64:ff9b::7f00:1]/secret", "ADDRESS_REFUSED"],
  ["http://[2002:7f00:1::1]/secret", "ADDRESS_REFUSED"],
  ["http://[2001:db8::1]/secret", "ADDRESS_REFUSED"],
  // decimal, octal, hex and short spellings (of private and of public addresses)
  ["http://2130706433:PORT/secret", "ADDRESS_REFUSED"],
  ["http://0x7f000001:PORT/secret", "ADDRESS_REFUSED"],
  ["http://0177.0.0.1:PORT/secret", "ADDRESS_REFUSED"],
  ["http://0x7f.0.0.1:PORT/secret", "ADDRESS_REFUSED"],
  ["http://127.1:PORT/secret", "ADDRESS_REFUSED"],
  ["http://017700000001:PORT/secret", "ADDRESS_REFUSED"],
  ["http://3232235777/secret", "ADDRESS_REFUSED"],
  ["http://134744072/secret", "ADDRESS_REFUSED"],
  // names that resolve to refused addresses (through the injected resolver)
  ["http://loopback.test:PORT/secret", "ADDRESS_REFUSED"],
  ["http://localhost:PORT/secret", "ADDRESS_REFUSED"],
  ["http://private.test/secret", "ADDRESS_REFUSED"],
  ["http://metadata.test/secret", "ADDRESS_REFUSED"],
  ["http://v6loop.test:PORT/secret", "ADDRESS_REFUSED"],
  ["http://mapped.test:PORT/secret", "ADDRESS_REFUSED"],
  ["http://ula.test/secret", "ADDRESS_REFUSED"],
  ["http://mixed.test:PORT/secret", "ADDRESS_REFUSED"],
  ["http://cgnat.test/secret", "ADDRESS_REFUSED"],
  ["http://nowhere.test/secret", "NAME_UNRESOLVED"],
  // schemes other than http(s)
  ["file:///etc/passwd", "URL_SCHEME_REFUSED"],
  ["ftp://allowed.test/secret", "URL_SCHEME_REFUSED"],
  ["gopher://127.0.0.1:PORT/_secret", "URL_SCHEME_REFUSED"],
  ["data:text/html,<h1>x</h1>", "URL_SCHEME_REFUSED"],
  ["javascript:alert(1)", "URL_SCHEME_REFUSED"],
  ["ws://allowed.test:PORT/secret", "URL_SCHEME_REFUSED"],
  ["not a url", "URL_INVALID"],
];

describe("refused before connecting", () => {
  it.each(REFUSED_BEFORE_CONNECTING)("%s → %s", async (vector, code) => {
    const before = hits.length;
    const result = await fetchPage()(vector.replace("PORT", String(P())));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe(code);
    expect(hits.length).toBe(before);
  });
});

const REDIRECTS: Array<[string, string]> = [
  ["http://127.0.0.1:PORT/secret", "ADDRESS_REFUSED"],
  ["http://loopback.test:PORT/secret", "ADDRESS_REFUSED"],
  ["http://[::1]:PORT/secret", "ADDRESS_REFUSED"],
  ["http://2130706433:PORT/secret", "ADDRESS_REFUSED"],
  ["http://169.254.169.254/latest/meta-data/", "ADDRESS_REFUSED"],
  ["http://[::ffff:127.0.0.1]:PORT/secret", "ADDRESS_REFUSED"],
  ["file:///etc/passwd", "URL_SCHEME_REFUSED"],
];

describe("checked again after every redirect", () => {
  it.each(REDIRECTS)("a redirect to %s → %s", async (target, code) => {
    const before = hits.length;
    const to = encodeURIComponent(target.replace("PORT", String(P())));
    const result = await fetchPage()(`http://allowed.test:${P()}/redirect?to=${to}`);
    expect(result.issues[0]?.code).toBe(code);
    expect(hits.slice(before)).toEqual(["/redirect"]);
  });

  it("stops after 5 redirects", async () => {
    const before = hits.length;
    const result = await fetchPage()(`http://allowed.test:${P()}/loop`);
    expect(result.issues[0]?.code).toBe("TOO_MANY_REDIRECTS");
    expect(hits.length - before).toBe(6);
  });
});

describe("bodies and answers", () => {
  it.each([
    ["/big-declared", "RESPONSE_TOO_LARGE"],
    ["/big-chunked", "RESPONSE_TOO_LARGE"],
    ["/bomb-gzip", "RESPONSE_TOO_LARGE"],
    ["/bomb-deflate", "RESPONSE_TOO_LARGE"],
    ["/bomb-br", "RESPONSE_TOO_LARGE"],
    ["/odd-encoding", "FETCH_FAILED"],
    ["/image", "CONTENT_TYPE_REFUSED"],
    ["/binary", "CONTENT_TYPE_REFUSED"],
    ["/no-type", "CONTENT_TYPE_REFUSED"],
    ["/missing", "FETCH_FAILED"],
  ])("%s → %s", async (path, code) => {
    const result = await fetchPage()(`http://allowed.test:${P()}${path}`);
    expect(result.issues[0]?.code).toBe(code);
  });

  it.each(["/slow-body", "/slow-headers"])("%s → FETCH_TIMEOUT", async (path) => {
    const started = Date.now();
    const result = await fetchPage(300)(`http://allowed.test:${P()}${path}`);
    expect(result.issues[0]?.code).toBe("FETCH_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("the allowed host", () => {
  it("fetches a page, following a redirect, decompressing it, with the final URL", async () => {
    const result = await fetchPage()(`http://allowed.test:${P()}/redirect?to=/gzip-page`);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(new TextDecoder().decode(result.value.bytes)).toBe(PAGE);
    expect(result.value.url).toBe(`http://allowed.test:${P()}/gzip-page`);
    expect(result.value.contentType).toBe("text/html");
  });
});

import type { IncomingMessage } from "node:http";
import type { Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/** Reads a response body within two caps: bytes on the wire and bytes after decompression,
 *  so neither a huge page nor a small compression bomb is ever held whole. */

export type BodyOutcome =
  | { kind: "ok"; bytes: Uint8Array }
  | { kind: "too-large" }
  | { kind: "encoding"; encoding: string }
  | { kind: "error"; error: unknown };

function decoderFor(encoding: string): Transform | null | undefined {
  switch (encoding) {
    case "":
    case "identity":
      return null;
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

export function readBody(response: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decoder = decoderFor(encoding);
  if (decoder === undefined) {
    response.destroy();
    return Promise.resolve({ kind: "encoding", encoding });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: BodyOutcome) => {
      if (settled) return;
      settled = true;
      if (outcome.kind !== "ok") {
        response.destroy();
        decoder?.destroy();
      }
      resolve(outcome);
    };
    let wire = 0;
    response.on("data", (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) finish({ kind: "too-large" });
    });
    response.on("error", (error) => finish({ kind: "error", error }));
    const body = decoder ? response.pipe(decoder) : response;
    const chunks: Buffer[] = [];
    let size = 0;
    body.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish({ kind: "too-large" });
      else chunks.push(chunk);
    });
    body.on("error", (error) => finish({ kind: "error", error }));
    body.on("end", () => finish({ kind: "ok", bytes: new Uint8Array(Buffer.concat(chunks)) }));
  });
}

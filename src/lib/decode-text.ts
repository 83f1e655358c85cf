import { fail, ok, type Result } from "./result.js";

export const DecodeIssueCode = {
  Empty: "INPUT_EMPTY",
  Binary: "INPUT_BINARY",
  TooLarge: "INPUT_TOO_LARGE",
} as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ODD_CHARACTERS = /[\u0000-\u0008\u000b\u000d-\u001f\ufffd]/g;

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/** Bytes a person could have typed → text with "\n" line ends; refuses empty, binary and
 *  oversized input before anything parses it. Binary means a NUL byte, or more than 1 in 20
 *  characters being replacement or control characters (tabs and line ends aside). */
export function decodeText(bytes: Uint8Array, maxBytes: number): Result<string> {
  if (bytes.byteLength > maxBytes) {
    return fail(
      DecodeIssueCode.TooLarge,
      `input is ${bytes.byteLength} bytes; the limit is ${maxBytes} bytes`,
    );
  }
  if (bytes.includes(0)) return fail(DecodeIssueCode.Binary, "input is binary, not text");
  const text = utf8.decode(bytes).replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail(DecodeIssueCode.Empty, "input is empty");
  // A regular expression scans in native code: a per-character loop took ms on a large page.
  const odd = text.match(ODD_CHARACTERS)?.length ?? 0;
  if (odd * 20 > text.length) return fail(DecodeIssueCode.Binary, "input is binary, not text");
  return ok(text);
}

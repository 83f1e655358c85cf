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
  if (mostlyOdd(text)) return fail(DecodeIssueCode.Binary, "input is binary, not text");
  return ok(text);
}

/** More than one character in 20 is a control or a replacement character. A regular expression
 *  scans in native code (a per-character loop took ms on a large page), and the count stops at
 *  the limit: matching them all built an array of millions for 5 MB of U+FFFD (180 ms). */
function mostlyOdd(text: string): boolean {
  const limit = Math.floor(text.length / 20);
  const odd = new RegExp(ODD_CHARACTERS.source, "g");
  let count = 0;
  while (odd.exec(text) !== null) if (++count > limit) return true;
  return false;
}

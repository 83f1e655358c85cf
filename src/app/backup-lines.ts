import { type Issue, issue } from "../lib/result.js";
import { BackupIssueCode, MAX_BACKUP_LINE_CHARS } from "./backup-format.js";

/** A line of a backup as read, or why reading stopped (a line or a file over its bound). */
export type BackupInput = string | { readonly refused: Issue };

export interface SplitLimits {
  readonly maxLineChars?: number;
  /** Bytes in all; absent, no bound (a file the operator chose). */
  readonly maxBytes?: number;
}

/** Bytes (a file, an upload, a request body) → lines, without ever holding more than one line:
 *  a line longer than the bound is refused rather than read to its end. UTF-8, "\n" or "\r\n". */
export async function* splitBackupLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limits: SplitLimits = {},
): AsyncGenerator<BackupInput> {
  const maxLine = limits.maxLineChars ?? MAX_BACKUP_LINE_CHARS;
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let bytes = 0;
  let line = 0;
  const tooLong = () => ({
    refused: issue(
      BackupIssueCode.Invalid,
      `line ${line + 1} is longer than ${Math.round(maxLine / 1024 / 1024)} MiB: not a backup line`,
      ["line", line + 1],
    ),
  });
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (limits.maxBytes !== undefined && bytes > limits.maxBytes) {
      yield {
        refused: issue(
          "INPUT_TOO_LARGE",
          `the backup is over ${Math.round(limits.maxBytes / 1024 / 1024)} MiB: restore it with claypot restore`,
        ),
      };
      return;
    }
    // Only the new text can hold a line end: a long line is not scanned again per chunk.
    const scanned = pending.length;
    pending += decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = pending.indexOf("\n", scanned); end !== -1; end = pending.indexOf("\n", start)) {
      if (end - start > maxLine) {
        yield tooLong();
        return;
      }
      line++;
      yield stripCr(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLine) {
      yield tooLong();
      return;
    }
  }
  pending += decoder.decode();
  if (pending !== "") yield stripCr(pending);
}

const stripCr = (line: string) => (line.endsWith("\r") ? line.slice(0, -1) : line);

/** A web stream (a request body, an uploaded file) as chunks for `splitBackupLines`. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // The restore may stop at a bad line: let go of the rest of the body.
    await reader.cancel().catch(() => {});
  }
}

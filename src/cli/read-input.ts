import { open } from "node:fs/promises";
import { fail, ok, type Result } from "../lib/result.js";

/** Reads a file, or standard input for "-", refusing more than `maxBytes` before reading it all:
 *  a 50 MB file costs one stat and one bounded read, not 50 MB of memory. */
export async function readInput(
  path: string,
  maxBytes: number,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): Promise<Result<Uint8Array>> {
  if (path === "-") return readBounded(stdin, maxBytes);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? fail("INPUT_NOT_FOUND", `no such file: ${path}`)
      : fail("INPUT_UNREADABLE", `cannot read ${path}: ${code ?? String(error)}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return fail("INPUT_UNREADABLE", `${path} is a directory`);
    if (info.size > maxBytes) {
      return fail(
        "INPUT_TOO_LARGE",
        `${path} is ${info.size} bytes; the limit is ${maxBytes} bytes`,
      );
    }
    const bytes = await handle.readFile();
    // A file still growing after the stat is held to the same bound.
    return bytes.byteLength > maxBytes
      ? fail("INPUT_TOO_LARGE", `${path} grew past the limit of ${maxBytes} bytes`)
      : ok(bytes);
  } finally {
    await handle.close();
  }
}

async function readBounded(
  stream: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Result<Uint8Array>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      return fail("INPUT_TOO_LARGE", `input is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return ok(Buffer.concat(chunks));
}

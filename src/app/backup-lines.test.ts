import { describe, expect, it } from "vitest";
import { type BackupInput, splitBackupLines } from "./backup-lines.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const read = async (
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  maxLineChars?: number,
  maxBytes?: number,
) => {
  const out: BackupInput[] = [];
  const limits = {
    ...(maxLineChars !== undefined && { maxLineChars }),
    ...(maxBytes !== undefined && { maxBytes }),
  };
  for await (const line of splitBackupLines(chunks, limits)) out.push(line);
  return out;
};

describe("splitBackupLines", () => {
  it("splits on \\n and \\r\\n, keeps a last line without its end, and a character cut between chunks", async () => {
    const whole = bytes('{"a":"crème"}\r\n\n{"b":2}\n{"c":"🍜"}');
    // Every split point, so a UTF-8 sequence is cut in every possible place.
    for (let at = 0; at <= whole.length; at++) {
      const lines = await read([whole.subarray(0, at), whole.subarray(at)]);
      expect(lines, `split at ${at}`).toEqual(['{"a":"crème"}', "", '{"b":2}', '{"c":"🍜"}']);
    }
  });

  it("refuses a line over its bound with the line's number, without reading on", async () => {
    let served = 0;
    async function* endless() {
      yield bytes("short\n");
      for (;;) {
        served++;
        yield bytes("x".repeat(1000));
      }
    }
    const lines = await read(endless(), 10_000);
    expect(lines[0]).toBe("short");
    expect(lines[1]).toMatchObject({ refused: { code: "BACKUP_INVALID", path: ["line", 2] } });
    expect(served).toBeLessThan(20);
  });

  it("refuses a body over its bound", async () => {
    const lines = await read([bytes("a\n"), bytes("b\n"), bytes("c\n")], undefined, 4);
    expect(lines).toEqual([
      "a",
      "b",
      { refused: expect.objectContaining({ code: "INPUT_TOO_LARGE" }) },
    ]);
  });
});

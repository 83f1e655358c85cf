import { describe, expect, it } from "vitest";
import { runClaypot } from "../../../test/support/run-cli.js";

async function parse(stdin: string | Uint8Array[]) {
  const { out, status } = await runClaypot(["ingredients", "parse"], { stdin });
  return { lines: out.map((line) => JSON.parse(line)), status };
}

describe("claypot ingredients parse", () => {
  it("prints one JSON object per line with the contract's keys", async () => {
    const { lines, status } = await parse(
      "2 1/2 tbsp palm sugar, finely grated\n2-3 large eggs\nsalt, to taste\n",
    );
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      text: "2 1/2 tbsp palm sugar, finely grated",
      quantity: 2.5,
      unit: "tablespoon",
      size: null,
      food: "palm sugar",
      preparation: "finely grated",
      note: null,
    });
    expect(lines[1]).toMatchObject({ quantity: { min: 2, max: 3 }, unit: null, size: "large" });
    expect(lines[2]).toMatchObject({ quantity: null, unit: null, food: "salt" });
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(["text", "quantity", "unit", "size", "food", "preparation", "note"]),
      );
    }
  });

  it("names units in English whatever the line wrote", async () => {
    const { lines } = await parse("250g butter\n1 cup flour\n8 oz cheese\n500 ml milk");
    expect(lines.map((l) => l.unit)).toEqual(["gram", "cup", "ounce", "milliliter"]);
  });

  it("marks group headers and reads lines split across chunks and CRLF", async () => {
    const chunks = ["For the sauce:\r\n1 tb", "sp soy sauce\r\n"].map((s) => Buffer.from(s));
    const { lines } = await parse(chunks);
    expect(lines[0]).toMatchObject({ header: "For the sauce", food: null });
    expect(lines[1]).toMatchObject({ text: "1 tbsp soy sauce", quantity: 1, unit: "tablespoon" });
  });
});

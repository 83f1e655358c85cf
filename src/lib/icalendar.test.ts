import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, writeCalendar } from "./icalendar.js";

const stamp = new Date("2026-11-24T10:00:00.000Z");
const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));

describe("iCalendar writer", () => {
  it("escapes what TEXT must, and a real parser reads it back exactly", () => {
    const title = "Pork, chilies; and a \\ backslash\nnew line";
    const text = writeCalendar({
      productId: "-//Claypot//Test//EN",
      name: "Plan",
      events: [{ uid: "e1@x", stamp, start: { day: "2026-11-24" }, summary: title }],
    });
    expect(text).toContain("SUMMARY:Pork\\, chilies\\; and a \\\\ backslash\\nnew line\r\n");
    const [only] = parse(text);
    expect(only?.event.summary).toBe(title);
    expect(only?.event.startDate.isDate).toBe(true);
    expect(only?.event.startDate.toString()).toBe("2026-11-24");
    expect(only?.event.endDate.toString()).toBe("2026-11-25");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const title = `Phở bò ${"với rau thơm và nước dùng ".repeat(8)}end`;
    const text = writeCalendar({
      productId: "-//Claypot//Test//EN",
      name: "Plan",
      events: [
        {
          uid: "e2@x",
          stamp,
          start: { day: "2026-11-26", time: "19:00" },
          minutes: 45,
          summary: title,
          description: `See ${"https://example.org/recipes/long ".repeat(4)}`,
          url: "https://example.org/recipes/pho?share=a,b",
        },
      ],
    });
    const lines = text.split("\r\n");
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(3);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // Every fold boundary falls between whole characters: no U+FFFD after decoding.
    expect(text).not.toContain("\uFFFD");
    const [only] = parse(text);
    expect(only?.event.summary).toBe(title);
    expect(only?.event.startDate.isDate).toBe(false);
    expect(only?.event.startDate.toString()).toBe("2026-11-26T19:00:00");
    expect(only?.event.startDate.zone?.tzid).toBe("floating");
    expect(only?.event.duration.toSeconds()).toBe(45 * 60);
    expect(only?.vevent.getFirstPropertyValue("url")).toBe(
      "https://example.org/recipes/pho?share=a,b",
    );
    expect(only?.vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-24T10:00:00Z");
  });

  it("folds by octets, not characters", () => {
    const line = `SUMMARY:${"é".repeat(80)}`;
    const [first, second] = foldLine(line).split("\r\n");
    // 8 + 33 × 2 = 74 octets: a 34th "é" would make 76, so it starts the next line whole.
    expect(Buffer.byteLength(first!)).toBe(74);
    expect(second!.startsWith(" é")).toBe(true);
    expect(escapeText("a\r\nb\u0007")).toBe("a\\nb");
  });
});

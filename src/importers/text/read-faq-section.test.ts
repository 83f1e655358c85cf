import { describe, expect, it } from "vitest";
import { readFaqSection } from "./read-faq-section.js";
import { splitLines } from "./split-lines.js";

describe("readFaqSection", () => {
  it.each([
    ["arrow markers", "- → Can I freeze it?\nYes, for 3 months.\n- → Is it spicy?\nA little."],
    ["Q:/A: lines", "Q: Can I freeze it?\nA: Yes, for 3 months.\nQ: Is it spicy?\nA: A little."],
    [
      "Q and A on one line",
      "Q: Can I freeze it? A: Yes, for 3 months.\nQ. Is it spicy? A. A little.",
    ],
    ["plain question lines", "Can I freeze it?\nYes, for 3 months.\nIs it spicy?\nA little."],
  ])("reads %s", (_, text) => {
    expect(readFaqSection(splitLines(text))).toEqual({
      faq: [
        { question: "Can I freeze it?", answer: "Yes, for 3 months." },
        { question: "Is it spicy?", answer: "A little." },
      ],
      notes: [],
    });
  });

  it("joins answer paragraphs and keeps text that answers nothing", () => {
    expect(
      readFaqSection(
        splitLines("Some questions readers ask.\nCan I freeze it?\nYes.\nThaw overnight."),
      ),
    ).toEqual({
      faq: [{ question: "Can I freeze it?", answer: "Yes.\n\nThaw overnight." }],
      notes: ["Some questions readers ask."],
    });
  });
});

import { describe, expect, it } from "vitest";
import { readFaq } from "./read-faq.js";

describe("readFaq", () => {
  it("gathers swaps, storage and spice from the entries", () => {
    const facts = readFaq(
      [
        {
          question: "What if I don't have palm sugar?",
          answer: "Brown sugar is a good substitute.",
        },
        { question: "How long does it keep?", answer: "Up to 3 days in the fridge." },
        { question: "How do I make it less spicy?", answer: "Remove the seeds." },
        { question: "Is it gluten free?", answer: "Yes." },
      ],
      ["Palm Sugar", "Red Chilies"],
    );
    expect(facts.substitutions).toEqual([
      {
        replace: "Palm Sugar",
        options: [{ use: "brown sugar", add: [], note: "Brown sugar is a good substitute." }],
      },
    ]);
    expect(facts.storage).toEqual({ fridgeDays: 3 });
    expect(facts.spice?.adjustments.map((a) => a.kind)).toEqual(["deseed"]);
  });

  it("has no storage or spice when the FAQ says none", () => {
    expect(readFaq([], [])).toEqual({ substitutions: [] });
  });
});

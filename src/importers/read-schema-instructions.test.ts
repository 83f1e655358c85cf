import { describe, expect, it } from "vitest";
import { readSchemaInstructions } from "./read-schema-instructions.js";

const items = (value: unknown) =>
  readSchemaInstructions(value, new Map()).flatMap((g) => [
    ...(g.title !== undefined ? [`# ${g.title}`] : []),
    ...g.steps.map((s) => (s.title ? `[${s.title}] ${s.text}` : s.text)),
  ]);

describe("readSchemaInstructions", () => {
  it("reads each string of a list as one step, a line break inside it being a wrap", () => {
    expect(items(["Heat to 100°C\n(210°F).", "Serve with rice.\nBetter the next day!"])).toEqual([
      "Heat to 100°C (210°F).",
      "Serve with rice. Better the next day!",
    ]);
  });

  it("splits one string into its lines and drops lines that only number the next", () => {
    expect(items("1: <p>Mix the flour.</p> 2: <p>Bake.</p>")).toEqual(["Mix the flour.", "Bake."]);
  });

  it("reads capitalised property names", () => {
    expect(
      items([
        {
          "@type": "HowToSection",
          Name: "Sauce",
          ItemListElement: [{ "@type": "HowToStep", Text: "Whisk." }],
        },
      ]),
    ).toEqual(["# Sauce", "Whisk."]);
  });

  it("keeps a step's own name as its title, but not a name that only numbers it", () => {
    expect(
      items([
        { "@type": "HowToStep", name: "Preheat", text: "Heat the oven to 200°C." },
        { "@type": "HowToStep", name: "stap 2", text: "Bake for 20 minutes." },
        { "@type": "HowToStep", name: "Étape 3", text: "Cool." },
      ]),
    ).toEqual(["[Preheat] Heat the oven to 200°C.", "Bake for 20 minutes.", "Cool."]);
  });

  it("drops the numbers steps open with when they run in order, and reads the text again", () => {
    const groups = readSchemaInstructions(
      ["1. Mix.", "2) Rest 10 minutes.", "Step 3 | Bake.", "Enjoy!"],
      new Map(),
    );
    const steps = groups.flatMap((g) => g.steps);
    expect(steps.map((s) => s.text)).toEqual(["Mix.", "Rest 10 minutes.", "Bake.", "Enjoy!"]);
    expect(steps[1]?.timers[0]?.duration).toEqual({ min: 600 });
  });

  it("drops bare numbers only when every step opens with its own before a capital", () => {
    expect(items(["1 Thread the fruit.", "2 Blend the dip.", "3 Serve."])).toEqual([
      "Thread the fruit.",
      "Blend the dip.",
      "Serve.",
    ]);
    expect(items(["1 Beat the eggs.", "2 Fry them.", "Serve."])).toEqual([
      "1 Beat the eggs.",
      "2 Fry them.",
      "Serve.",
    ]);
    expect(items(["1 egg goes in.", "2 cups of milk follow."])).toEqual([
      "1 egg goes in.",
      "2 cups of milk follow.",
    ]);
    // German nouns are capitalised: amounts in sequence by chance stay, with or without a unit.
    const german = ["1 Zwiebel fein würfeln.", "2 EL Butter erhitzen.", "3 Eier verquirlen."];
    expect(items(german)).toEqual(german);
    expect(items(["1 Ei trennen.", "2 Eiweiß steif schlagen."])).toEqual([
      "1 Ei trennen.",
      "2 Eiweiß steif schlagen.",
    ]);
  });

  it("leaves numbers out of sequence as written", () => {
    expect(items(["1. Mix.", "3. Bake."])).toEqual(["1. Mix.", "3. Bake."]);
    expect(items(["2 eggs go in first.", "Then bake."])).toEqual([
      "2 eggs go in first.",
      "Then bake.",
    ]);
  });

  it("drops lines without a letter or digit and a section named only as the recipe", () => {
    expect(items("[{")).toEqual([]);
    expect(items(["Mix.", "|", "Bake."])).toEqual(["Mix.", "Bake."]);
    const sections = [
      { "@type": "HowToSection", name: "Oppskrift", itemListElement: ["Kok ris."] },
      { "@type": "HowToSection", name: "Raita:", itemListElement: ["Riv agurk."] },
    ];
    expect(items(sections)).toEqual(["Kok ris.", "# Raita:", "Riv agurk."]);
  });

  it("cuts the links a site glued after the last step's final sentence", () => {
    expect(
      items(["Simmer.", "Serve hot. Keeps a week. Links: Chicken Soup here, also great!"]),
    ).toEqual(["Simmer.", "Serve hot. Keeps a week."]);
    expect(items(["Add the links: sausages go in now.", "Serve."])).toEqual([
      "Add the links: sausages go in now.",
      "Serve.",
    ]);
  });
});

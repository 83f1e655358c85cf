import { describe, expect, it } from "vitest";
import { isStatedFact, trimCardMethod } from "./trim-card-method.js";

const steps = ["Preheat the oven to 200°C.", "Bake the tart for 30 minutes."];
const trimmed = (...tail: string[]) =>
  trimCardMethod([{ lines: [...steps, ...tail] }]).groups.flatMap((g) => g.lines);

describe("trimCardMethod", () => {
  it("drops share buttons, credits, invitations and pointers after the last step", () => {
    expect(trimmed("Facebook", "Twitter")).toEqual(steps);
    expect(trimmed("Photo credit: © Example.com")).toEqual(steps);
    expect(trimmed("Volg ons ook op Pinterest en sla daar deze taart op!")).toEqual(steps);
    expect(trimmed("Follow us on Instagram for more.", "Ook lekker: taart met spinazie.")).toEqual(
      steps,
    );
  });

  it("ends the method at a group titled as pointers to other pages", () => {
    const groups = [
      { title: "Stew", lines: steps },
      { title: "Mash", lines: ["Boil the potatoes until tender."] },
      { title: "Voir aussi:", lines: ["Nos meilleurs braisés", "Recettes pour les thermos"] },
    ];
    expect(trimCardMethod(groups).groups).toEqual(groups.slice(0, 2));
  });

  it("drops yields and times stated after the last step, in several languages", () => {
    expect(trimmed("Elkészítési idő: kb. 30 perc", "Hűtési idő: 1 óra")).toEqual(steps);
    expect(trimmed("Serves 4")).toEqual(steps);
    expect(trimmed("Prep Time: 10 minutes")).toEqual(steps);
  });

  it("keeps such lines before the last step, and a tip after unlabelled steps", () => {
    const kept = ["Serves 4", ...steps];
    expect(trimCardMethod([{ lines: kept }]).groups[0]!.lines).toEqual(kept);
    expect(trimmed("Tip: add a little truffle oil at the end.")).toEqual([
      ...steps,
      "Tip: add a little truffle oil at the end.",
    ]);
  });

  it("drops a note labelled like the steps after labelled steps", () => {
    const labelled = ["STEP 1 | Preheat the oven.", "STEP 2 | Bake for 35 minutes."];
    const { groups } = trimCardMethod([{ lines: [...labelled, "NOTE | Swap in corn or carrot."] }]);
    expect(groups).toEqual([{ lines: labelled }]);
  });

  it("cuts a yield printed after the last sentence and hands it back, but not the author's sentence", () => {
    const glued = trimCardMethod([{ lines: ["Mix.", "Serve with the dip. Serves 4"] }]);
    expect(glued).toEqual({
      groups: [{ lines: ["Mix.", "Serve with the dip."] }],
      yields: "Serves 4",
    });
    const sentence = ["Mix.", "Serve in lettuce cups. Makes 6 servings."];
    expect(trimCardMethod([{ lines: sentence }])).toEqual({ groups: [{ lines: sentence }] });
  });

  it("drops lines with no letter or digit, and a trailing group left empty", () => {
    const { groups } = trimCardMethod([
      { title: "Dough", lines: ["Knead the dough well.", "|"] },
      { title: "Share", lines: ["Pinterest"] },
    ]);
    expect(groups).toEqual([{ title: "Dough", lines: ["Knead the dough well."] }]);
  });
});

describe("isStatedFact", () => {
  it("reads labelled times and yields, not steps that mention them", () => {
    expect(isStatedFact("Kühlzeit: ca. 2 Stunden")).toBe(true);
    expect(isStatedFact("Temps de repos : 1 h")).toBe(true);
    expect(isStatedFact("Bake for 30 minutes.")).toBe(false);
    expect(isStatedFact("Time to serve: add the herbs and enjoy.")).toBe(false);
  });
});

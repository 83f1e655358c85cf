import { describe, expect, it } from "vitest";
import { isAboutStorage, mergeStorage, readStorage } from "./read-storage.js";

describe("readStorage", () => {
  it("reads container, fridge days, reheating and make-ahead advice", () => {
    const storage = readStorage(
      "Absolutely! It tastes better the next day. Store it in an airtight container in the refrigerator for up to 3 days. Reheat gently over medium heat with a splash of water. Add fresh herbs when serving.",
      "Can I make this ahead of time?",
    );
    expect(storage).toEqual({
      container: "airtight container",
      fridgeDays: 3,
      reheat: "Reheat gently over medium heat with a splash of water.",
      makeAhead: "It tastes better the next day. Add fresh herbs when serving.",
    });
  });

  it.each([
    ["Keeps 3-4 days in the fridge.", { fridgeDays: 3 }],
    ["Refrigerate for up to 1 week.", { fridgeDays: 7 }],
    ["Freeze for up to 3 months in freezer bags.", { container: "freezer bags", freezerMonths: 3 }],
    ["Microwave until hot.", { reheat: "Microwave until hot." }],
  ])("%s", (text, storage) => {
    expect(readStorage(text)).toEqual(storage);
  });

  it("says nothing for unrelated text", () => {
    expect(readStorage("Serve with rice.")).toBeUndefined();
  });

  it("recognises storage questions", () => {
    expect(isAboutStorage("Can I make this ahead of time?")).toBe(true);
    expect(isAboutStorage("How long do leftovers keep?")).toBe(true);
    expect(isAboutStorage("Can I use turkey?")).toBe(false);
  });

  it("merges answers, the first stated value winning", () => {
    expect(mergeStorage({ fridgeDays: 3 }, { fridgeDays: 5, freezerMonths: 2 })).toEqual({
      fridgeDays: 3,
      freezerMonths: 2,
    });
  });
});

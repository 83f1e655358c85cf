import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.js";

describe("splitSentences", () => {
  it.each([
    ["One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]],
    ["Absolutely! This dish keeps.", ["Absolutely!", "This dish keeps."]],
    ["She said, 'Go.' Then left.", ["She said, 'Go.'", "Then left."]],
    ["Use 1.5 cups. Add 2 tbsp. Salt it.", ["Use 1.5 cups.", "Add 2 tbsp. Salt it."]],
    ["Try herbs, e.g. Thai basil. Done.", ["Try herbs, e.g. Thai basil.", "Done."]],
    ["First line.\nSecond line", ["First line.", "Second line"]],
    ["it's lower. case stays", ["it's lower. case stays"]],
  ])("%s", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

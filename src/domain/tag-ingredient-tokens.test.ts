import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createLineFeatures,
  describeTokens,
  FEATURE_SLOTS,
  isPunctuation,
  LABEL_COUNT,
  LABEL_NAME,
  LABELS,
  MAX_FEATURES,
  START,
  tokenFeatures,
} from "./ingredient-features.js";
import weightsFile from "./ingredient-tagger-weights.json" with { type: "json" };
import {
  createIngredientTagger,
  decodeTaggerWeights,
  type TaggerWeights,
  tagIngredientTokens,
} from "./tag-ingredient-tokens.js";
import { tokenizeIngredientLine } from "./tokenize-ingredient-line.js";

/** The tagger as trained: one slot per template, eight int8 sums, the first best label wins.
 *  No folding, no packed lanes: what the fast tagger must agree with, token for token. */
function referenceTags(trained: Int8Array, text: string): number[] {
  const tokens = tokenizeIngredientLine(text);
  const line = describeTokens(tokens, text, createLineFeatures());
  const features = new Int32Array(MAX_FEATURES);
  const labels: number[] = [];
  let previous = START;
  let beforePrevious = START;
  let seenName = 0;
  for (let i = 0; i < tokens.length; i++) {
    let best = 0;
    if (!isPunctuation(tokens[i]!)) {
      const scores = new Array<number>(LABEL_COUNT).fill(0);
      const n = tokenFeatures(line, i, previous, beforePrevious, seenName, features);
      for (let f = 0; f < n; f++)
        for (let l = 0; l < LABEL_COUNT; l++)
          scores[l]! += trained[features[f]! * LABEL_COUNT + l]!;
      for (let l = 1; l < LABEL_COUNT; l++) if (scores[l]! > scores[best]!) best = l;
    }
    labels.push(best);
    beforePrevious = previous;
    previous = best;
    if (best === LABEL_NAME) seenName = 1;
  }
  return labels;
}

// Lines written for this test (none from the evaluation corpus).
const LINES = [
  "2 1/2 tbsp palm sugar, finely grated",
  "150g/5¼oz butter, softened",
  "1 (14-ounce) can chopped tomatoes, drained",
  "a pinch of smoked paprika (optional)",
  "3-4 Thai bird's eye chillies, thinly sliced, to taste",
  "1½ cups ricotta cheese or cottage cheese, for the filling",
  "Salz und Pfeffer",
  "2 EL Olivenöl",
  "½ bunch flat-leaf parsley [leaves only]",
  "4 large free-range eggs, at room temperature",
  "about 200 ml coconut milk 🥥",
  "1 x 400g tin chickpeas, rinsed – or 250g cooked",
  "",
  // Every shape and context the fast tagger writes out as literals: units by case ("T", "Tb" but
  // not "TB"), fractions, ranges, number words, capitals, brackets within parentheses, "/" and
  // other marks, more tokens than positions, and a line longer than the tagger's first buffers.
  "1 T sugar, 2 t salt, 1 Tb oil, 1 TB ghee, 3 tbsp. water",
  "1/2 cup (4 fl oz) milk [or (soy [or oat]) milk], 2 to 3 Tbsp honey",
  "One Large egg # 3 ½-4 Cups / 2 dozen eggs; a few sprigs of thyme!",
  "ÉPICES 🌶 und Olivenöl, 2 EL",
  "salt, ".repeat(60),
];

const random = (seed: number) => () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

function randomWeights(next: () => number, pick: (r: number) => number): Int8Array {
  const raw = new Int8Array(FEATURE_SLOTS * LABEL_COUNT);
  for (let i = 0; i < raw.length; i++) raw[i] = pick(next());
  return raw;
}

describe("tagIngredientTokens", () => {
  const shipped = decodeTaggerWeights(weightsFile as TaggerWeights);

  it.each(LINES)("agrees with the reference decoder on %j", (line) => {
    const tags = [...tagIngredientTokens(tokenizeIngredientLine(line), line)];
    expect(tags).toEqual(referenceTags(shipped, line));
  });

  it("labels the parts of a plain line", () => {
    const line = "2 1/2 tbsp palm sugar, finely grated";
    const tags = [...tagIngredientTokens(tokenizeIngredientLine(line), line)];
    expect(tags.map((t) => LABELS[t])).toEqual([
      "QTY",
      "UNIT",
      "NAME",
      "NAME",
      "O",
      "PREP",
      "PREP",
    ]);
  });

  it("agrees with the reference on random weights, extremes included (no lane carries)", () => {
    const next = random(7);
    const weightsSets = [
      randomWeights(next, (r) => Math.floor(r * 256) - 128),
      // Every weight at an end of the int8 range: the largest sums the packed lanes must hold.
      randomWeights(next, (r) => (r < 0.5 ? -128 : 127)),
      // One label at the top on every slot: its lane reaches 19 × 255, the most it can hold.
      (() => {
        const raw = randomWeights(next, (r) => (r < 0.9 ? -128 : 127));
        for (let at = 5; at < raw.length; at += LABEL_COUNT) raw[at] = 127;
        return raw;
      })(),
    ];
    for (const trained of weightsSets) {
      const tag = createIngredientTagger(trained);
      for (const line of LINES)
        expect([...tag(tokenizeIngredientLine(line), line)]).toEqual(referenceTags(trained, line));
      // With weights this random every slot sways some decision: a slot read from the wrong
      // place shows on some line.
      fc.assert(
        fc.property(fc.string({ maxLength: 60 }), (line) => {
          expect([...tag(tokenizeIngredientLine(line), line)]).toEqual(
            referenceTags(trained, line),
          );
        }),
        { numRuns: 100 },
      );
    }
  });

  it("agrees with the reference on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (line) => {
        const tags = [...tagIngredientTokens(tokenizeIngredientLine(line), line)];
        expect(tags).toEqual(referenceTags(shipped, line));
      }),
      { numRuns: 300 },
    );
  });

  it("writes into a caller's scratch the same labels, then a zero, whatever it held", () => {
    const scratch = new Uint8Array(256).fill(7);
    for (const line of LINES) {
      const tokens = tokenizeIngredientLine(line);
      const into = tagIngredientTokens(tokens, line, scratch);
      expect(into).toBe(scratch);
      expect([...into.subarray(0, tokens.length)]).toEqual(referenceTags(shipped, line));
      expect(into[tokens.length]).toBe(0);
    }
    // A scratch no longer than the tokens is not used: a new array is.
    const line = LINES[0]!;
    const tokens = tokenizeIngredientLine(line);
    const short = new Uint8Array(tokens.length);
    expect(tagIngredientTokens(tokens, line, short)).not.toBe(short);
  });

  it("refuses weights trained for another feature layout", () => {
    expect(() => decodeTaggerWeights({ hashBits: 3, weights: "" })).toThrow(/npm run train/);
    expect(() => createIngredientTagger(new Int8Array(8))).toThrow(/npm run train/);
  });
});

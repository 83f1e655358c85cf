import { createWordTable, hashWord } from "./word-table.js";

/** Units as data. Long file: one table row per unit, with every word cooks use for it.
 *
 *  `id` is the canonical id stored in a recipe ("tbsp", "g"); `name` is its lowercase singular
 *  English name ("tablespoon"). `base` is the size in millilitres (volume) or grams (mass).
 *  Sources: NIST Handbook 44 Appendix C (US customary and imperial volume and mass), the SI
 *  brochure (metric); the cooking words of German, French, Dutch, Italian and Spanish from
 *  common cookbook usage (EL/TL, c. à s., eetlepel, cucchiaio, cucharada…). Words are matched
 *  lowercase with a final full stop removed; `exactWords` are matched as written ("T" is a
 *  tablespoon, "t" a teaspoon). */
export type UnitKind = "volume" | "mass" | "count" | "container" | "length";
export type UnitSystem = "metric" | "us" | "imperial" | "any";

export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly system: UnitSystem;
  /** Millilitres (volume) or grams (mass); absent for counts and containers. */
  readonly base?: number;
  readonly words: readonly string[];
  readonly exactWords?: readonly string[];
}

const US_CUP = 236.5882365;
const US_FLOZ = US_CUP / 8;
const IMP_FLOZ = 28.4130625;

export const UNITS: readonly Unit[] = [
  // Volume, metric.
  {
    id: "ml",
    name: "milliliter",
    kind: "volume",
    system: "metric",
    base: 1,
    words: ["ml", "mls", "milliliter", "milliliters", "millilitre", "millilitres", "millilitri"],
  },
  {
    id: "cl",
    name: "centiliter",
    kind: "volume",
    system: "metric",
    base: 10,
    words: ["cl", "centiliter", "centiliters", "centilitre", "centilitres"],
  },
  {
    id: "dl",
    name: "deciliter",
    kind: "volume",
    system: "metric",
    base: 100,
    words: ["dl", "deciliter", "deciliters", "decilitre", "decilitres"],
  },
  {
    id: "l",
    name: "liter",
    kind: "volume",
    system: "metric",
    base: 1000,
    words: ["l", "liter", "liters", "litre", "litres", "ltr", "lt", "litro", "litri", "litros"],
  },
  // Volume, spoons and cups (US sizes; the metric spoons differ by under 2%).
  {
    id: "tsp",
    name: "teaspoon",
    kind: "volume",
    system: "us",
    base: US_FLOZ / 6,
    words: [
      "tsp",
      "tsps",
      "teaspoon",
      "teaspoons",
      "teasp",
      "tl",
      "teelöffel",
      "teelepel",
      "tl.",
      "c. à c.",
      "càc",
      "cuillère à café",
      "cuillères à café",
      "cucchiaino",
      "cucchiaini",
      "cucharadita",
      "cucharaditas",
    ],
    exactWords: ["t"],
  },
  {
    id: "tbsp",
    name: "tablespoon",
    kind: "volume",
    system: "us",
    base: US_FLOZ / 2,
    words: [
      "tbsp",
      "tbsps",
      "tbs",
      "tbl",
      "tbls",
      "tblsp",
      "tablespoon",
      "tablespoons",
      "tbspn",
      "el",
      "esslöffel",
      "eetlepel",
      "eetlepels",
      "c. à s.",
      "càs",
      "cuillère à soupe",
      "cuillères à soupe",
      "cucchiaio",
      "cucchiai",
      "cucharada",
      "cucharadas",
    ],
    exactWords: ["T", "Tb"],
  },
  {
    id: "fl oz",
    name: "fluid ounce",
    kind: "volume",
    system: "us",
    base: US_FLOZ,
    words: ["fl oz", "fl. oz", "fl.oz", "floz", "fluid ounce", "fluid ounces", "fl ounce"],
  },
  {
    id: "cup",
    name: "cup",
    kind: "volume",
    system: "us",
    base: US_CUP,
    words: ["cup", "cups", "c", "cp", "tasse", "tassen", "kopje", "kopjes", "taza", "tazas"],
  },
  {
    id: "pt",
    name: "pint",
    kind: "volume",
    system: "us",
    base: US_FLOZ * 16,
    words: ["pint", "pints", "pt", "pts"],
  },
  {
    id: "qt",
    name: "quart",
    kind: "volume",
    system: "us",
    base: US_FLOZ * 32,
    words: ["quart", "quarts", "qt", "qts"],
  },
  {
    id: "gal",
    name: "gallon",
    kind: "volume",
    system: "us",
    base: US_FLOZ * 128,
    words: ["gallon", "gallons", "gal", "gals"],
  },
  {
    id: "imp pt",
    name: "imperial pint",
    kind: "volume",
    system: "imperial",
    base: IMP_FLOZ * 20,
    words: ["imperial pint", "imperial pints"],
  },
  // Mass.
  {
    id: "mg",
    name: "milligram",
    kind: "mass",
    system: "metric",
    base: 0.001,
    words: ["mg", "milligram", "milligrams", "milligramme", "milligrammes"],
  },
  {
    id: "g",
    name: "gram",
    kind: "mass",
    system: "metric",
    base: 1,
    words: [
      "g",
      "gr",
      "grs",
      "gm",
      "gms",
      "gram",
      "grams",
      "gramme",
      "grammes",
      "gramm",
      "grammi",
      "grammo",
      "gramo",
      "gramos",
    ],
  },
  {
    id: "kg",
    name: "kilogram",
    kind: "mass",
    system: "metric",
    base: 1000,
    words: ["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"],
  },
  {
    id: "oz",
    name: "ounce",
    kind: "mass",
    system: "us",
    base: 28.349523125,
    words: ["oz", "ozs", "ounce", "ounces", "onza", "onzas"],
  },
  {
    id: "lb",
    name: "pound",
    kind: "mass",
    system: "us",
    base: 453.59237,
    words: ["lb", "lbs", "pound", "pounds", "#", "pfund", "livre", "livres"],
  },
  // Small measures, counts and containers: no fixed size.
  ...(
    [
      ["pinch", "pinch", "count", ["pinch", "pinches", "prise", "prisen", "pincée", "snufje"]],
      ["dash", "dash", "count", ["dash", "dashes", "scheutje", "schuss"]],
      ["drop", "drop", "count", ["drop", "drops", "tropfen", "goutte", "gouttes"]],
      ["splash", "splash", "count", ["splash", "splashes"]],
      ["handful", "handful", "count", ["handful", "handfuls", "handvoll", "handvol", "poignée"]],
      ["clove", "clove", "count", ["clove", "cloves", "zehe", "zehen", "teen", "tenen", "gousse"]],
      ["slice", "slice", "count", ["slice", "slices", "scheibe", "scheiben", "plak", "tranche"]],
      ["sprig", "sprig", "count", ["sprig", "sprigs", "zweig", "zweige", "takje", "brin"]],
      ["stalk", "stalk", "count", ["stalk", "stalks", "stangen", "stange"]],
      ["stick", "stick", "count", ["stick", "sticks"]],
      ["piece", "piece", "count", ["piece", "pieces", "pc", "pcs", "stück", "stuk", "stuks"]],
      ["head", "head", "count", ["head", "heads"]],
      ["bunch", "bunch", "count", ["bunch", "bunches", "bund", "bos", "botte", "mazzo"]],
      ["knob", "knob", "count", ["knob", "knobs"]],
      ["sheet", "sheet", "count", ["sheet", "sheets"]],
      ["fillet", "fillet", "count", ["fillet", "fillets"]],
      ["leaf", "leaf", "count", ["leaf", "leaves"]],
      ["strip", "strip", "count", ["strip", "strips"]],
      ["ear", "ear", "count", ["ear", "ears"]],
      ["dozen", "dozen", "count", ["dozen", "dozens"]],
      ["scoop", "scoop", "count", ["scoop", "scoops"]],
      ["can", "can", "container", ["can", "cans", "dose", "dosen", "blik", "boîte", "lata"]],
      ["tin", "tin", "container", ["tin", "tins"]],
      ["jar", "jar", "container", ["jar", "jars", "glas", "pot", "bocal"]],
      ["bottle", "bottle", "container", ["bottle", "bottles", "flasche", "fles", "bouteille"]],
      ["package", "package", "container", ["package", "packages", "pkg", "pkgs", "pack", "packs"]],
      ["packet", "packet", "container", ["packet", "packets", "päckchen", "pakje", "sachet"]],
      ["envelope", "envelope", "container", ["envelope", "envelopes"]],
      ["box", "box", "container", ["box", "boxes"]],
      ["bag", "bag", "container", ["bag", "bags"]],
      ["carton", "carton", "container", ["carton", "cartons"]],
      ["container", "container", "container", ["container", "containers", "tub", "tubs"]],
      ["bulb", "bulb", "count", ["bulb", "bulbs"]],
      ["punnet", "punnet", "container", ["punnet", "punnets"]],
      ["loaf", "loaf", "count", ["loaf", "loaves"]],
      ["cube", "cube", "count", ["cube", "cubes"]],
      ["rasher", "rasher", "count", ["rasher", "rashers"]],
      ["rib", "rib", "count", ["rib", "ribs"]],
      ["spear", "spear", "count", ["spear", "spears"]],
      ["square", "square", "count", ["square", "squares"]],
      ["bar", "bar", "count", ["bar", "bars"]],
      ["glass", "glass", "container", ["glass", "glasses"]],
      ["jigger", "jigger", "volume", ["jigger", "jiggers", "shot", "shots"]],
      ["recipe", "recipe", "count", ["recipe", "recipes", "batch", "batches"]],
      [
        "cm",
        "centimetre",
        "length",
        ["cm", "centimeter", "centimeters", "centimetre", "centimetres"],
      ],
      ["in", "inch", "length", ["inch", "inches"]],
    ] as const
  ).map(([id, name, kind, words]): Unit => ({ id, name, kind, system: "any", words: [...words] })),
];

const BY_WORD = new Map<string, Unit>();
const BY_EXACT_WORD = new Map<string, Unit>();
const BY_ID = new Map<string, Unit>();
for (const unit of UNITS) {
  BY_ID.set(unit.id, unit);
  for (const word of unit.words) BY_WORD.set(word, unit);
  for (const word of unit.exactWords ?? []) BY_EXACT_WORD.set(word, unit);
}
/** Every lowercase unit word, and whether an exact word ("T", "t") is written that way too. */
const EXACT_LOWER = new Set([...BY_EXACT_WORD.keys()].map((word) => word.toLowerCase()));
const BY_HASHED_WORD = createWordTable(
  [...new Set([...BY_WORD.keys(), ...EXACT_LOWER])].map(
    (word) => [word, { unit: BY_WORD.get(word), exact: EXACT_LOWER.has(word) }] as const,
  ),
);

/** The unit a word names ("Tbsp.", "cups", "EL"), or undefined. */
export function findUnit(word: string): Unit | undefined {
  const exact = BY_EXACT_WORD.get(word);
  if (exact) return exact;
  const lower = word.toLowerCase();
  const found = BY_WORD.get(lower);
  if (found || !lower.endsWith(".")) return found;
  return BY_WORD.get(lower.slice(0, -1));
}

/** findUnit for a word token already lowercased (with its hashWord), with no full stop: one
 *  probe by the hash, and only a word whose lowercase is also an exact word ("T") is sliced. */
export function findUnitWord(
  lower: string,
  hash: number,
  text: string,
  start: number,
  end: number,
): Unit | undefined {
  const entry = BY_HASHED_WORD.get(lower, hash);
  if (entry === undefined) return undefined;
  return (entry.exact && BY_EXACT_WORD.get(text.slice(start, end))) || entry.unit;
}

/** One bit per hashWord of every word findUnitWord knows, at bit (hash & 31) of word (hash >>>
 *  5) & UNIT_BITS_MASK: a word whose bit is clear is no unit, and most words are told so by one
 *  load in the caller's own loop, without a call. */
export const UNIT_BITS_MASK = 511;
export const UNIT_WORD_BITS = new Int32Array(UNIT_BITS_MASK + 1);
for (const word of new Set([...BY_WORD.keys(), ...EXACT_LOWER])) {
  const hash = hashWord(word);
  UNIT_WORD_BITS[(hash >>> 5) & UNIT_BITS_MASK]! |= 1 << (hash & 31);
}

export function unitById(id: string): Unit | undefined {
  return BY_ID.get(id);
}

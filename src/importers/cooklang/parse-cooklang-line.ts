/** One line of Cooklang step text → items (comments already removed).
 *  Grammar (Cooklang spec, canonical tests v7):
 *    LINE       = (TEXT | INGREDIENT | COOKWARE | TIMER)*
 *    INGREDIENT = "@" MODIFIER? (MULTIWORD "{" AMOUNT? "}" | WORD) ("(" NOTE ")")?
 *    COOKWARE   = "#" (MULTIWORD "{" AMOUNT? "}" | WORD)
 *    TIMER      = "~" (MULTIWORD? "{" AMOUNT? "}" | WORD)
 *    MULTIWORD  = a name not starting with white space, running to the "{" before any other
 *                 "@", "#", "~" or "}" on the line
 *    WORD       = characters up to white space or punctuation (Unicode aware)
 *    AMOUNT     = "="? QUANTITY ("%" UNITS)?     "=" marks a fixed amount that does not scale
 *    MODIFIER   = "?" (optional ingredient)
 *    ESCAPE     = "\\" one of @ # ~ - [ > = \\      the character itself (as cooklang-rs reads it)
 *  A marker that starts no valid item ("@ example", "# 5", "~ {5}") stays text. */

export type CooklangQuantity = number | string;

export type CooklangItem =
  | { readonly type: "text"; value: string }
  | {
      readonly type: "ingredient";
      readonly name: string;
      readonly quantity: CooklangQuantity;
      readonly units: string;
      readonly fixed?: true;
      readonly optional?: true;
      readonly note?: string;
    }
  | { readonly type: "cookware"; readonly name: string; readonly quantity: CooklangQuantity }
  | {
      readonly type: "timer";
      readonly name: string;
      readonly quantity: CooklangQuantity;
      readonly units: string;
    };

const WORD_END = /[\s\p{P}]/u;
/** Characters a backslash makes literal: the markers, and what starts comments, notes, sections. */
export const ESCAPABLE = "@#~-[>=\\";
/** "\\@" → "@" where no markup is read (notes, section names, an ingredient's "(note)"), as
 *  in step text: a writer escapes them all alike. */
export const unescapeCooklang = (text: string) => text.replace(/\\([@#~\-[>=\\])/g, "$1");
const INTEGER_OR_DECIMAL = /^\d+(?:\.\d+)?$/;
// A leading zero ("01/2") makes it not a fraction, as the canonical tests expect.
const FRACTION = /^(0|[1-9]\d*)\s*\/\s*([1-9]\d*)$/;

/** "3" → 3, "1/2" → 0.5, "1 / 2" → 0.5; anything else stays the author's words. */
export function readCooklangQuantity(text: string): CooklangQuantity {
  const trimmed = text.trim();
  if (INTEGER_OR_DECIMAL.test(trimmed)) return Number(trimmed);
  const fraction = FRACTION.exec(trimmed);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return trimmed;
}

interface Amount {
  quantity: string;
  units: string;
  fixed: boolean;
  hasUnits: boolean;
}

function readAmount(inside: string): Amount {
  const percent = inside.indexOf("%");
  let quantity = (percent < 0 ? inside : inside.slice(0, percent)).trim();
  const units = percent < 0 ? "" : inside.slice(percent + 1).trim();
  const fixed = quantity.startsWith("=");
  if (fixed) quantity = quantity.slice(1).trim();
  return { quantity, units, fixed, hasUnits: percent >= 0 };
}

interface Name {
  name: string;
  /** The text between the braces, when the name was followed by them. */
  braces?: string;
  end: number;
}

type Find = (char: string, from: number) => number;

/** `line.indexOf` remembered per character. Markers are read left to right, so a search never
 *  starts before the last one: a line of many "@a{" and no "}" is searched once, not per marker. */
function finderOf(line: string): Find {
  const found = new Map<string, number>();
  return (char, from) => {
    const known = found.get(char);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = line.indexOf(char, from);
    found.set(char, at);
    return at;
  };
}

/** The name after a marker at `start` (the index after "@", "#" or "~"), or undefined. */
function readName(line: string, start: number, allowEmpty: boolean, find: Find): Name | undefined {
  const first = line[start];
  if (first === undefined || /\s/u.test(first)) return undefined;
  // Multi-word: the first "{" before the next marker, with its "}" on the same line.
  let i = start;
  while (i < line.length && !"@#~{}".includes(line[i] as string)) i++;
  if (line[i] === "{") {
    const close = find("}", i);
    const name = line.slice(start, i).trim();
    if (close >= 0 && (name !== "" || allowEmpty) && !/^\s/u.test(line.slice(start, i))) {
      return { name, braces: line.slice(i + 1, close), end: close + 1 };
    }
  }
  let end = start;
  for (const char of line.slice(start)) {
    if (WORD_END.test(char)) break;
    end += char.length;
  }
  if (end === start) return undefined;
  return { name: line.slice(start, end), end };
}

function pushText(items: CooklangItem[], value: string): void {
  if (value === "") return;
  const last = items.at(-1);
  if (last?.type === "text") last.value += value;
  else items.push({ type: "text", value });
}

/** Items of one line; `items` may already hold the step's earlier lines (text is merged). */
export function parseCooklangLine(line: string, items: CooklangItem[] = []): CooklangItem[] {
  const find = finderOf(line);
  let textStart = 0;
  let i = 0;
  while (i < line.length) {
    const marker = line[i];
    // "\@" (and the other escapes a writer needs) is the character itself, not markup.
    if (marker === "\\" && ESCAPABLE.includes(line[i + 1] ?? " ")) {
      pushText(items, line.slice(textStart, i));
      textStart = i + 1;
      i += 2;
      continue;
    }
    if (marker !== "@" && marker !== "#" && marker !== "~") {
      i++;
      continue;
    }
    const optional = marker === "@" && line[i + 1] === "?";
    const name = readName(line, i + 1 + (optional ? 1 : 0), marker === "~", find);
    if (!name) {
      i++;
      continue;
    }
    pushText(items, line.slice(textStart, i));
    let end = name.end;
    const amount = name.braces === undefined ? undefined : readAmount(name.braces);
    if (marker === "@") {
      // "(note)" right after the braces: to the first ")".
      const close = name.braces !== undefined && line[end] === "(" ? find(")", end) : -1;
      const note = close < 0 ? undefined : unescapeCooklang(line.slice(end + 1, close).trim());
      if (close >= 0) end = close + 1;
      items.push({
        type: "ingredient",
        name: name.name,
        quantity: amount?.quantity ? readCooklangQuantity(amount.quantity) : "some",
        units: amount?.units ?? "",
        ...(amount?.fixed && { fixed: true as const }),
        ...(optional && { optional: true as const }),
        ...(note && { note }),
      });
    } else if (marker === "#") {
      items.push({
        type: "cookware",
        name: name.name,
        quantity: amount?.quantity ? readCooklangQuantity(amount.quantity) : 1,
      });
    } else {
      items.push({
        type: "timer",
        name: name.name,
        quantity: amount?.quantity ? readCooklangQuantity(amount.quantity) : "",
        units: amount?.units ?? "",
      });
    }
    i = end;
    textStart = end;
  }
  pushText(items, line.slice(textStart));
  return items;
}

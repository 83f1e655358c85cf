import { parseIngredientLine } from "../../domain/parse-ingredient-line.js";
import { readAmount } from "../../domain/read-amount.js";
import { readNoteSubstitutes } from "../../domain/read-note-substitutes.js";
import type { Ingredient, IngredientGroup } from "../../domain/recipe.js";
import type { Line } from "./split-lines.js";

/** An ingredients section.
 *  Grammar: SECTION = (GROUP-HEADER | INGREDIENT | PROSE)*
 *           GROUP-HEADER = a line ending in ":" with nothing after it, "For the …" (short, no
 *                          final punctuation, in six languages), or a capitalised name of two to
 *                          six words without an amount, above a line with one
 *           INGREDIENT = NAME ": " NOTE (NAME at most six words) | a line for `parseIngredientLine`
 *           PROSE = an unmarked line of more than twelve words ending in a full stop; it belongs to
 *                   the ingredient before it, or to the author's notes when none came before. */
export interface IngredientSection {
  groups: IngredientGroup[];
  /** Prose that introduces the list rather than naming an ingredient. */
  notes: string[];
}

const NAME_NOTE = /^([^:]{1,60}):\s+(\S.*)$/;

const FOR_THE =
  /^(?:for|für|pour|voor|per|para|til|för)\s(?:the |den |die |das |le |la |les |de |het |il |lo |el |los |las )?\p{L}/iu;

/** Words that name a part of a dish rather than a food: "Frosting", "Sauce", "To serve". */
const COMPONENT =
  /(?:^|\s)(?:frosting|icing|glaze|toppings?|filling|dough|crust|sauce|dressing|marinade|garnish|assembly|batter|base|crumble|streusel|syrup|ganache|rub|seasoning|spice mix|to serve|to decorate|to garnish|teig|füllung|belag|soße|sauce|garnitur|pâte|garniture|vinaigrette|deeg|vulling|saus|impasto|ripieno|salsa|masa|relleno|cobertura)$/i;

function hasAmount(line: Line | undefined): boolean {
  const amount = line && readAmount(line.text);
  return amount !== undefined && !amount.article;
}

/** "For the sauce", "Glaze:", or a capitalised name without an amount above a line with one
 *  ("Olive Oil Glaze" / "1 1/4 cups confectioners' sugar"). */
function isGroupHeader(line: Line, next: Line | undefined): boolean {
  const text = line.text;
  if (/^[^:]{1,60}:$/.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.!?,;)]$/.test(text) || hasAmount(line)) return false;
  if (FOR_THE.test(text)) return true;
  if (!hasAmount(next)) return false;
  if (COMPONENT.test(text)) return true;
  if (words.length < 2) return false;
  const shouted = text === text.toUpperCase() && /\p{Lu}{3}/u.test(text);
  const titled = words.every(
    (w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:and|or|of|the|with|for|&)$/.test(w),
  );
  return shouted || titled;
}

function isProse(line: Line): boolean {
  return line.marker === "none" && line.text.split(/\s+/).length > 12 && /[.!?]$/.test(line.text);
}

type IngredientParts = Omit<Ingredient, "text" | "substitutes">;

/** The parts of a line the model keeps; a line that names no food keeps its words as the food. */
function partsOf(line: string): IngredientParts {
  // Without a letter there is nothing for the parser to find ("2", "1/2").
  if (!/\p{L}/u.test(line)) return { food: line.trim() };
  const parsed = parseIngredientLine(line);
  if (parsed.kind === "header") return { food: line.trim() };
  const note = [parsed.note, parsed.purpose].filter(Boolean).join("; ");
  return {
    ...(parsed.quantity && { quantity: parsed.quantity }),
    ...(parsed.unit !== undefined && { unit: parsed.unit }),
    food: parsed.food || line.trim(),
    ...(parsed.preparation !== undefined && { preparation: parsed.preparation }),
    ...(note && { note }),
    ...(parsed.optional && { optional: true }),
  };
}

export function readIngredientLine(text: string): Ingredient {
  const named = NAME_NOTE.exec(text);
  if (named?.[1] && named[2] && named[1].trim().split(/\s+/).length <= 6) {
    // "Ground Pork: use pork with…" names the food as written; only an amount is read from it.
    const head = partsOf(named[1]);
    const hasAmount = head.quantity !== undefined || head.unit !== undefined;
    const parts = hasAmount ? head : { food: named[1].trim() };
    const note = [parts.note, named[2].trim()].filter(Boolean).join("; ");
    return { ...parts, text, note, substitutes: readNoteSubstitutes(named[2]) };
  }
  const parts = partsOf(text);
  return { ...parts, text, substitutes: parts.note ? readNoteSubstitutes(parts.note) : [] };
}

const BARE_AMOUNT =
  /^(?:\d+(?:[.,/]\d+)?|\d*\s*[¼½¾⅓⅔⅛⅜⅝⅞]|\d+\s+\d+\/\d+)(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?$/u;

/** Cards that set the amount in a column of its own copy it onto a line of its own ("¼" /
 *  "cup dried cranberries"): the amount joins the line it belongs to. */
function joinAmounts(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (BARE_AMOUNT.test(line.text) && next && !hasAmount(next) && !BARE_AMOUNT.test(next.text)) {
      out.push({ ...line, text: `${line.text} ${next.text}` });
      i++;
    } else out.push(line);
  }
  return out;
}

export function readIngredients(section: readonly Line[]): IngredientSection {
  const lines = joinAmounts(section);
  const groups: IngredientGroup[] = [{ ingredients: [] }];
  const notes: string[] = [];
  for (const [i, line] of lines.entries()) {
    const group = groups[groups.length - 1]!;
    if (isGroupHeader(line, lines[i + 1])) {
      groups.push({ title: line.text.replace(/:$/, "").trim(), ingredients: [] });
      continue;
    }
    const previous = group.ingredients[group.ingredients.length - 1];
    if (isProse(line)) {
      if (!previous) notes.push(line.text);
      else {
        group.ingredients[group.ingredients.length - 1] = {
          ...previous,
          note: [previous.note, line.text].filter(Boolean).join(" "),
          substitutes: [...previous.substitutes, ...readNoteSubstitutes(line.text)],
        };
      }
      continue;
    }
    group.ingredients.push(readIngredientLine(line.text));
  }
  return { groups: groups.filter((g, i) => g.ingredients.length > 0 || (i > 0 && g.title)), notes };
}

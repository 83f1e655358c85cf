import { parseIngredientLine } from "../../domain/parse-ingredient-line.js";
import { readNoteSubstitutes } from "../../domain/read-note-substitutes.js";
import type { Ingredient, IngredientGroup } from "../../domain/recipe.js";
import type { Line } from "./split-lines.js";

/** An ingredients section.
 *  Grammar: SECTION = (GROUP-HEADER | INGREDIENT | PROSE)*
 *           GROUP-HEADER = a line ending in ":" with nothing after it, or "For the …" (short, no
 *                          final punctuation)
 *           INGREDIENT = NAME ": " NOTE (NAME at most six words) | a line for `parseIngredientLine`
 *           PROSE = an unmarked line of more than twelve words ending in a full stop; it belongs to
 *                   the ingredient before it, or to the author's notes when none came before. */
export interface IngredientSection {
  groups: IngredientGroup[];
  /** Prose that introduces the list rather than naming an ingredient. */
  notes: string[];
}

const NAME_NOTE = /^([^:]{1,60}):\s+(\S.*)$/;

function isGroupHeader(line: Line): boolean {
  const text = line.text;
  if (/^[^:]{1,60}:$/.test(text)) return true;
  return (
    /^for (?:the )?\p{L}/iu.test(text) && text.split(/\s+/).length <= 6 && !/[.!?,]$/.test(text)
  );
}

function isProse(line: Line): boolean {
  return line.marker === "none" && line.text.split(/\s+/).length > 12 && /[.!?]$/.test(line.text);
}

type IngredientParts = Omit<Ingredient, "text" | "substitutes">;

/** The parts of a line the model keeps; a line that names no food keeps its words as the food. */
function partsOf(line: string): IngredientParts {
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

export function readIngredients(lines: readonly Line[]): IngredientSection {
  const groups: IngredientGroup[] = [{ ingredients: [] }];
  const notes: string[] = [];
  for (const line of lines) {
    const group = groups[groups.length - 1]!;
    if (isGroupHeader(line)) {
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

import { parseIngredientLine } from "../../domain/parse-ingredient-line.js";
import { readAmount } from "../../domain/read-amount.js";
import { readNoteSubstitutes } from "../../domain/read-note-substitutes.js";
import type { Ingredient, IngredientGroup } from "../../domain/recipe.js";
import { dropRepeats } from "./drop-repeats.js";
import { FOR_THE, isGroupHeader, STAPLE } from "./is-group-header.js";
import { isAmountOnly, joinAmounts } from "./join-amounts.js";
import { PEOPLE } from "./read-metadata.js";
import type { Line } from "./split-lines.js";

/** An ingredients section.
 *  Grammar: SECTION = BUTTON* (GROUP-HEADER | INGREDIENT | PROSE | BUTTON)* RUN-ON?
 *           GROUP-HEADER = a line ending in ":" with nothing after it, "For the …" (short, no
 *                          final punctuation, in six languages), a dish's part ("Garnish"), a
 *                          capitalised name of up to six words without an amount above a line
 *                          with one (not a staple: "Salt", "Olive oil"; not a choice: "Celery
 *                          leaves or parsley"), or, in a list whose items carry a bullet or a
 *                          checkbox, a line without one above an item (see isGroupHeader)
 *           INGREDIENT = NAME ": " NOTE (NAME at most six words) | a line for `parseIngredientLine`,
 *                        its amount joined back when a card prints it on a line of its own, and
 *                        in a checked list its note too when printed under it in lower case
 *           PROSE = an unmarked line of more than twelve words ending in a full stop, or a
 *                   sentence of eight words closing a measured list; it belongs to the
 *                   ingredient before it, or to the author's notes when none came before
 *           BUTTON = a card's button or picker ("Units", "4 servings", "Show all ingredients"),
 *                    kept as a note; RUN-ON = six or more unmeasured lines (tags, nutrition)
 *                    after the list, where the page went on without a heading, or the lines
 *                    after a sentence below the last measured item (the third item, in a list
 *                    with no amounts)
 *  A list printed again in other units or for other servings is read once (see dropRepeats). */
export interface IngredientSection {
  groups: IngredientGroup[];
  /** Prose that introduces the list rather than naming an ingredient. */
  notes: string[];
}

const NAME_NOTE = /^([^:]{1,60}):\s+(\S.*)$/;

/** The words of a card's buttons and notices among its items, in the corpus's languages. */
const BUTTON =
  /\b(?:show|hide|add to|copy|edit|print|shop|share|send|email|save|salva|speichern|guardar|enregistrer|opslaan|lagre|legg til|anzeigen|hinzufügen|einkaufen|drucken|teilen|kopieer|afdrukken|delen|toevoegen|skriv ut|del denne|handla|annons|imprimer|ajouter|partager|envoyer|inviati|condividi|stampa|aggiungi|compartir|imprimir|añadir|continua após|patrocínio|advertisement|anzeige|publicité|shopping list|poslať|vytlačiť|zdieľať|nákupný zoznam|nákupní seznam)(?!\p{L})/iu;

/** Words that measure without a number: "etwas Petersilie", "a pinch of salt", "snuf peper";
 *  alone on a line such a word is a header ("BUND", Danish for a cake's base). */
const MEASURE_WORD =
  /^(?:some|a (?:pinch|dash|splash|handful|few|little|bunch|sprig|squeeze)|pinch|dash|splash|handful|etwas|prise|eine prise|schuss|bund|un peu|une pincée|une poignée|snuf|snufje|scheutje|beetje|handje|un pizzico|un po'|q\.b\.|una pizca|un chorrito|un puñado)\s+\S/iu;

/** A card's energy figure among its items ("312,8 Calorie per porzione", "450 kcal"). */
const ENERGY = /^\d[\d.,]*\s*(?:k?cal|kj|calories?|calorie|calorías|kalorien|kalorier)\b/iu;

/** A table's column names over its rows ("Menge Zutaten", "Ingredient Amount"): no group. */
const TABLE_HEADER =
  /^(?:(?:amount|quantity|qty|menge|quantité|hoeveelheid|quantità|cantidad|mängd|mengde|mængde)\s*[|/]?\s*(?:ingredients?|zutaten?|ingrédients?|ingrediënten|ingredienti|ingredientes|ingredienser)|(?:ingredients?|zutaten?|ingrédients?|ingrediënten|ingredienti|ingredientes|ingredienser)\s*[|/]?\s*(?:amount|quantity|qty|menge|quantité|hoeveelheid|quantità|cantidad|mängd|mengde|mængde))$/iu;

function hasAmount(line: Line | undefined): boolean {
  if (line === undefined) return false;
  const amount = readAmount(line.text);
  return (amount !== undefined && !amount.article) || MEASURE_WORD.test(line.text);
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

/** Most items carry a bullet or a checkbox: then a line without one is no item. */
function isMarkedList(lines: readonly Line[]): boolean {
  const marked = lines.filter((l) => l.marker === "bullet").length;
  return marked >= 2 && marked * 4 >= lines.length * 3;
}

/** The model keeps at most 500 ingredients a group; lines past that are kept as notes unread. */
const MAX_LINES = 500;

/** Where a list of measured items ends when the page's tags, links or nutrition run on after it
 *  without a heading: at a run of RUN_ON lines or more, none measured or marked as items. */
const RUN_ON = 6;

/** Measured items again within two lines: the unmeasured run was the list's own herbs and
 *  seasonings ("fresh mint", "salt"), not the page running on. */
function resumes(lines: readonly Line[], amounted: readonly boolean[], from: number): boolean {
  for (let j = from; j < Math.min(from + 2, lines.length); j++) {
    const text = lines[j]!.text;
    if (amounted[j] && text.length <= 80 && !/[.!?]$/.test(text) && !isAmountOnly(text))
      return true;
  }
  return false;
}

function listEnd(lines: readonly Line[], amounted: readonly boolean[]): number {
  // A sentence under the items with nothing measured after it ("Brand names in this list may be
  // paid for.") closes the list: the buttons and links below it are the page's.
  // A list with no amount at all ("as needed Sesame seeds") closes at its first such sentence.
  const lastMeasured = amounted.lastIndexOf(true);
  const from = lastMeasured < 0 ? 2 : lastMeasured;
  const closing = lines.findIndex(
    (l, i) => i > from && from >= 1 && isProse(l) && !/^\(.*\)$/.test(l.text),
  );
  // A short line over that sentence is its heading ("The method"), not an item.
  const above = lines[closing - 1];
  const headed =
    closing - 1 > lastMeasured &&
    lines[closing]?.blankBefore === true &&
    above?.marker === "none" &&
    /^[^.!?()]{1,40}$/.test(above.text) &&
    !STAPLE.test(above.text);
  const closed = closing <= 0 ? lines.length : headed ? closing - 1 : closing + 1;
  let measured = 0;
  let run = 0;
  for (const [i, line] of lines.entries()) {
    // A group's header ("For the garnish:") opens a run of its own, however unmeasured.
    const header = /^[^:]{1,60}:$/.test(line.text) || FOR_THE.test(line.text);
    if (i >= closed) return closed;
    // A card's button under its list ("Send shopping list") closes the list.
    if (!amounted[i] && measured >= 2 && BUTTON.test(line.text) && line.text.length <= 40) return i;
    if (amounted[i] || line.marker === "bullet" || header) {
      if (amounted[i]) measured++;
      run = 0;
    } else if (++run >= RUN_ON && measured >= 2 && !resumes(lines, amounted, i + 1)) {
      return i + 1 - run;
    }
  }
  return closed;
}

/** Lines under a list that open alike ("Follow linked recipe to make …", "Lasagne – Photo: …")
 *  are the page's links or captions, not foods: where the list ends in three such lines of five
 *  words or more, or two of seven, it ends before them ("Juice of one lemon, to serve" and
 *  "Juice of one lime, to serve" are items). */
function cutLinks(lines: readonly Line[], amounted: readonly boolean[], end: number): number {
  const words = (j: number) => lines[j]!.text.toLowerCase().split(/\s+/);
  const opening = (j: number) => words(j).slice(0, 3).join(" ");
  let from = end;
  let shortest = Number.POSITIVE_INFINITY;
  while (
    from > 0 &&
    !amounted[from - 1] &&
    words(from - 1).length >= 5 &&
    opening(from - 1) === opening(end - 1)
  ) {
    from--;
    shortest = Math.min(shortest, words(from).length);
  }
  const run = end - from;
  return run >= 3 || (run === 2 && shortest >= 7) ? from : end;
}

/** A button a card repeats after every item ("… diced Shopping list"): the words most items end
 *  in, when they are a button's, are cut from each. */
function cutRepeatedButton(lines: readonly Line[]): { lines: Line[]; button?: string } {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const words = line.text.split(" ");
    for (let n = 1; n <= 3 && n < words.length; n++) {
      const tail = words.slice(-n).join(" ").toLowerCase();
      counts.set(tail, (counts.get(tail) ?? 0) + 1);
    }
  }
  const button = [...counts].find(
    ([tail, n]) => n >= 3 && n * 2 >= lines.length && BUTTON.test(tail),
  )?.[0];
  if (button === undefined) return { lines: [...lines] };
  const cut = (text: string) =>
    text.toLowerCase().endsWith(` ${button}`) ? text.slice(0, -button.length - 1).trimEnd() : text;
  return { lines: lines.map((l) => ({ ...l, text: cut(l.text) })), button };
}

export function readIngredients(section: readonly Line[]): IngredientSection {
  const { lines: uncut, button } = cutRepeatedButton(section.slice(0, MAX_LINES));
  const joined = joinAmounts(uncut);
  // Each line's amount is read once: a list may have hundreds of lines.
  const all = joined.map((l) => hasAmount(l));
  const end = cutLinks(joined, all, listEnd(joined, all));
  const lines = joined.slice(0, end);
  const amounted = all.slice(0, end);
  const unread = [...joined.slice(end), ...section.slice(MAX_LINES)].map((l) => l.text);
  const marked = isMarkedList(lines);
  const groups: IngredientGroup[] = [{ ingredients: [] }];
  const notes: string[] = [];
  // Above the first measured item of a measured list stand its headers and the card's buttons
  // ("Units", "US / Metric", "4 servings"), not items; an item there names a number or a use
  // ("Zest of 4 oranges", "Whipped cream, for serving").
  const firstMeasured = amounted.indexOf(true);
  const leading = amounted.filter(Boolean).length * 2 >= lines.length ? firstMeasured : 0;
  const list = { marked, headed: false, items: 0 };
  for (const [i, line] of lines.entries()) {
    const group = groups[groups.length - 1]!;
    const amounts = { here: amounted[i]!, next: () => amounted[i + 1] === true };
    const previous = group.ingredients[group.ingredients.length - 1];
    // A card prints an item's note on a line of its own, without the item's checkbox and in
    // lower case ("12 ounces chicken breast" / "or thighs"): it is the same item.
    if (
      marked &&
      previous !== undefined &&
      lines[i - 1]?.marker === "bullet" &&
      line.marker === "none" &&
      !line.blankBefore &&
      !FOR_THE.test(line.text) &&
      !line.text.endsWith(":") &&
      !amounts.here &&
      /^\p{Ll}/u.test(line.text) &&
      line.text.length <= 60
    ) {
      group.ingredients[group.ingredients.length - 1] = readIngredientLine(
        `${previous.text} ${line.text}`,
      );
      continue;
    }
    if (!TABLE_HEADER.test(line.text) && isGroupHeader(line, lines[i + 1], list, amounts)) {
      groups.push({ title: line.text.replace(/\s?[:–-]$/, "").trim(), ingredients: [] });
      if (list.items === 0) list.headed = true;
      continue;
    }
    // Buttons stand above the list's first header; below it an unmeasured line is an item.
    // A button is a word or two ("Units", "US / Metric"); a longer line there is an item.
    const button =
      i < leading && !list.headed && !/[\d,]/.test(line.text) && line.text.split(/\s+/).length <= 4;
    // A line without a letter names nothing: a servings picker's number, a scale's "1 2 3".
    const letterless = !/\p{L}/u.test(line.text);
    const people = list.items === 0 && PEOPLE.test(line.text) && line.text.length <= 40;
    const columns = TABLE_HEADER.test(line.text);
    if (button || letterless || people || columns || ENERGY.test(line.text)) {
      notes.push(line.text);
      continue;
    }
    // In a list of marked items, an unmarked line is the card's furniture or a note; so is a
    // button's label ("Show all ingredients", "Add to shopping list").
    if (
      (marked && line.marker === "none" && !amounts.here) ||
      (!amounts.here && BUTTON.test(line.text))
    ) {
      notes.push(line.text);
      continue;
    }
    // "(Contains soya)" under an item, or a sentence of advice: the item's note, not an item.
    const aside = previous !== undefined && /^\([^()]*\)$/.test(line.text);
    // The list's last line, a sentence under measured items ("Allergens Recipe may contain
    // gluten, peanuts and milk."), remarks on the list rather than naming a food.
    const remark =
      i === lines.length - 1 &&
      firstMeasured >= 0 &&
      line.text.split(/\s+/).length >= 8 &&
      /\.$/.test(line.text);
    if (aside || ((isProse(line) || remark) && !amounts.here)) {
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
    list.items++;
  }
  const repeat = dropRepeats(groups);
  const kept = groups.filter((g, i) => g.ingredients.length > 0 || (i > 0 && g.title));
  const cut = button === undefined ? [] : [button];
  return { groups: kept, notes: [...cut, ...notes, ...repeat, ...unread] };
}

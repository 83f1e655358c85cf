import { parseIngredientLine } from "../../domain/parse-ingredient-line.js";
import { readAmount } from "../../domain/read-amount.js";
import { readNoteSubstitutes } from "../../domain/read-note-substitutes.js";
import type { Ingredient, IngredientGroup } from "../../domain/recipe.js";
import { dropRepeats } from "./drop-repeats.js";
import { isAmountOnly, joinAmounts } from "./join-amounts.js";
import { PEOPLE } from "./read-metadata.js";
import type { Line } from "./split-lines.js";

/** An ingredients section.
 *  Grammar: SECTION = BUTTON* (GROUP-HEADER | INGREDIENT | PROSE | BUTTON)* RUN-ON?
 *           GROUP-HEADER = a line ending in ":" with nothing after it, "For the …" (short, no
 *                          final punctuation, in six languages), a dish's part ("Garnish"), a
 *                          capitalised name of up to six words without an amount above a line
 *                          with one (not a staple: "Salt", "Olive oil"), or, in a list whose items
 *                          carry a bullet or a checkbox, a line without one above an item
 *           INGREDIENT = NAME ": " NOTE (NAME at most six words) | a line for `parseIngredientLine`,
 *                        its amount joined back when a card prints it on a line of its own
 *           PROSE = an unmarked line of more than twelve words ending in a full stop; it belongs to
 *                   the ingredient before it, or to the author's notes when none came before
 *           BUTTON = a card's button or picker ("Units", "4 servings", "Show all ingredients"),
 *                    kept as a note; RUN-ON = six or more unmeasured lines (tags, nutrition)
 *                    after the list, where the page went on without a heading, or the lines
 *                    after a sentence below the last measured item
 *  A list printed again in other units or for other servings is read once (see dropRepeats). */
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

/** The words of a card's buttons and notices among its items, in the corpus's languages. */
const BUTTON =
  /\b(?:show|hide|add to|copy|edit|print|shop|share|send|email|save|salva|speichern|guardar|enregistrer|opslaan|lagre|legg til|anzeigen|hinzufügen|einkaufen|drucken|teilen|kopieer|afdrukken|delen|toevoegen|skriv ut|del denne|handla|annons|imprimer|ajouter|partager|envoyer|inviati|condividi|stampa|aggiungi|compartir|imprimir|añadir|continua após|patrocínio|advertisement|anzeige|publicité|shopping list|poslať|vytlačiť|zdieľať|nákupný zoznam|nákupní seznam)(?!\p{L})/iu;

/** Foods a list names without an amount ("Salt", "Olive oil", "Juice of a lime"). */
const STAPLE =
  /\b(?:salt|pepper|pinch|taste|juice|zest|oil|water|ice|yeast|spray|sel|poivre|huile|eau|salz|pfeffer|öl|wasser|zout|peper|olie|sale|pepe|olio|acqua|sal|pimienta|aceite|agua|peber|pippuri|suola)\b/iu;

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

/** "For the sauce", "Glaze:", or a capitalised name without an amount above a line with one
 *  ("Olive Oil Glaze" / "1 1/4 cups confectioners' sugar"); in a list whose items carry a bullet
 *  or a checkbox, a short line without one above an item. */
function isGroupHeader(
  line: Line,
  next: Line | undefined,
  list: { marked: boolean; headed: boolean; items: number },
  amounts: { here: boolean; next: () => boolean },
): boolean {
  // "Chimichurri (makes extra)" heads its group as "Chimichurri" would.
  const text = line.text.replace(/(?<=\p{L})\s+\([^()]{1,30}\)$/u, "");
  // "Filling-" ends as "Filling:" does.
  if (/^[^:]{1,60}:$/.test(text) || /^\p{L}[^:]{0,40}\p{L}\s?[-–]$/u.test(text)) return true;
  const words = text.split(/\s+/);
  if (/[.!?,;)]$/.test(text) || amounts.here) return false;
  // Set apart by blank lines above and below, a short line over a measured one heads a group;
  // so does a longer name, capitalised and without a figure ("Purée of potatoes with bacon").
  const apart = line.blankBefore && next?.blankBefore === true && !STAPLE.test(text);
  const named = /^\p{Lu}\D*$/u.test(text) && line.marker === "none" && words.length <= 8;
  if (apart && (words.length <= 6 || named) && amounts.next()) return true;
  if (words.length > 6) return false;
  if (FOR_THE.test(text)) return true;
  if (list.marked && line.marker === "none" && next?.marker === "bullet") return true;
  // "Garnish" alone names a part of the dish even above an item without an amount ("honey").
  if (next !== undefined && COMPONENT.test(text) && words.length === 1) return true;
  // So does a use that no food is named after ("To serve", "For garnish").
  if (next !== undefined && /^(?:to|for) (?:serve|serving|garnish|decorate)$/i.test(text))
    return true;
  if (!amounts.next()) return false;
  if (COMPONENT.test(text)) return true;
  // Above an item with an amount, a capitalised name without one is its group's ("Pesto"),
  // unless it is one of the staples lists leave unmeasured ("Salt", "Olive oil"). Several words
  // in sentence case ("Filling for the pie") head a group only in a list that opened with a
  // header: elsewhere they are an unmeasured item ("Oven-ready lasagna noodles").
  if (STAPLE.test(text)) return false;
  const opening = list.headed || list.items === 0;
  if (/^\p{Lu}/u.test(text) && !/[\d,]/.test(text) && (words.length === 1 || opening)) return true;
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
  const lastMeasured = amounted.lastIndexOf(true);
  const closing = lines.findIndex(
    (l, i) => i > lastMeasured && lastMeasured >= 1 && isProse(l) && !/^\(.*\)$/.test(l.text),
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
  const end = listEnd(joined, all);
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
    const previous = group.ingredients[group.ingredients.length - 1];
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
    if (aside || (isProse(line) && !amounts.here)) {
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

import type { Line } from "./split-lines.js";

/** Whether a line of an ingredient list heads a group of it ("For the sauce", "Glaze:", "Pesto")
 *  rather than naming a food ("Salt", "Oven-ready lasagna noodles"). */

/** "For the sauce" in the corpus's languages: a group's header when short and unpunctuated. */
export const FOR_THE =
  /^(?:for|für|pour|voor|per|para|til|för)\s(?:the |den |die |das |le |la |les |de |het |il |lo |el |los |las )?\p{L}/iu;

/** Words that name a part of a dish rather than a food: "Frosting", "Sauce", "To serve". */
const COMPONENT =
  /(?:^|\s)(?:frosting|icing|glaze|toppings?|filling|dough|crust|sauce|dressing|marinade|garnish|assembly|batter|base|crumble|streusel|syrup|ganache|rub|seasoning|spice mix|to serve|to decorate|to garnish|teig|füllung|belag|soße|sauce|garnitur|pâte|garniture|vinaigrette|deeg|vulling|saus|impasto|ripieno|salsa|masa|relleno|cobertura)$/i;

/** Foods a list names without an amount ("Salt", "Olive oil", "Juice of a lime"). */
export const STAPLE =
  /\b(?:salt|pepper|pinch|taste|juice|zest|oil|water|ice|yeast|spray|sel|poivre|huile|eau|salz|pfeffer|öl|wasser|zout|peper|olie|sale|pepe|olio|acqua|sal|pimienta|aceite|agua|peber|pippuri|suola)\b/iu;

/** Words that offer a choice between foods, in the corpus's languages. */
const CHOICE = /\s(?:or|alternatively|oder|alternativ|ou|o|eller|alternatief)\s/iu;

/** What the list has shown so far, where the line stands. */
export interface ListSoFar {
  /** Most items carry a bullet or a checkbox. */
  readonly marked: boolean;
  /** The list opened with a header. */
  readonly headed: boolean;
  /** Items read so far. */
  readonly items: number;
}

/** "For the sauce", "Glaze:", or a capitalised name without an amount above a line with one
 *  ("Olive Oil Glaze" / "1 1/4 cups confectioners' sugar"); in a list whose items carry a bullet
 *  or a checkbox, a short line without one above an item. */
export function isGroupHeader(
  line: Line,
  next: Line | undefined,
  list: ListSoFar,
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
  // A checkbox sets each item apart too, and marks it as an item.
  const apart =
    line.blankBefore &&
    next?.blankBefore === true &&
    line.marker !== "bullet" &&
    !STAPLE.test(text);
  const named = /^\p{Lu}\D*$/u.test(text) && line.marker === "none" && words.length <= 8;
  if (apart && (words.length <= 6 || named) && amounts.next()) return true;
  if (words.length > 6) return false;
  // "For serving: vanilla ice cream" names its food after the colon: an item.
  if (FOR_THE.test(text) && !/:\s/.test(text)) return true;
  if (list.marked && line.marker === "none" && next?.marker === "bullet") return true;
  // "Garnish" alone names a part of the dish even above an item without an amount ("honey").
  if (next !== undefined && COMPONENT.test(text) && words.length === 1) return true;
  // So does a use that no food is named after ("To serve", "For garnish").
  if (next !== undefined && /^(?:to|for) (?:serve|serving|garnish|decorate)$/i.test(text))
    return true;
  if (!amounts.next()) return false;
  if (COMPONENT.test(text)) return true;
  // A header names a part of the dish, not a choice: "Celery leaves, alternatively parsley" is
  // an item whatever its capitals.
  if (CHOICE.test(text)) return false;
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

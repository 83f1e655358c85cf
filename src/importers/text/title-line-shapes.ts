import { foldText } from "../../domain/fold-text.js";
import { classifyHeading } from "./classify-heading.js";
import { readTimeValue } from "./metadata-labels.js";
import type { Line } from "./split-lines.js";

/** The shapes of the lines around a web page's recipe name: the name itself (short, capitalised,
 *  no sentence), its byline, date and rating, a card's labels, a site's buttons and links, a
 *  breadcrumb. Each is a pattern of the corpus's languages' words, none a site's. */

const MAX_WORDS = 20;

/** Card furniture: labels and values of the lines between a card's title and its list. */
export const FURNITURE =
  /^(?:course|cuisine|keywords?|calories|author|by|servings?|serves|yields?|makes|prep|cook|bake|baking|total|additional|resting|chilling|marinating|inactive|active|time|rate|rating|reviews?|print|pin|save|share|jump|description|equipment|scale|difficulty|level|method|category|diet|nutrition|cost|portions?|difficolta|preparazione|cottura|dosi|costo|zubereitungszeit|schwierigkeit|portionen|temps|cuisson|personnes|bereidingstijd|personen|tiempo|raciones|porciones|no ratings)\b|\b(?:votes?|reviews?|ratings?|stars?|minutes?|mins?|hours?|hrs?)$/;

/** An ingredient line ("1/4 cup maple syrup") or a list's group ("For the frosting"). */
const AMOUNT_OR_GROUP =
  /^(?:\d+(?:[/.,]\d+)?\s*(?:g|kg|ml|l|cl|dl|cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|pieces?|pcs)\b|for (?:the )?\p{L})/iu;

/** A byline, date or rating: what a headline or a card title has under it. */
const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|mei|augustus|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre";
export const META_LINE = new RegExp(
  [
    "^(?:by|par|von|door|di|por|af|av|(?:a |een |ein |une )?(?:recipe|recept|rezept|recette|ricetta|receta) (?:by|from|van|von|de|di)|author|auteur|autor|posted|published|updated|modified|last updated|written by|created by|tested by)\\b",
    `\\b(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`,
    `\\b\\d{1,2}\\.? (?:${MONTHS})\\.?,? \\d{4}\\b`,
    "\\b\\d{4}[-/]\\d{2}[-/]\\d{2}|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b",
    "^\\d(?:[.,]\\d+)?\\s*(?:/\\s*5|from|out of|stars?)\\b",
    "\\b\\d+ (?:votes?|reviews?|ratings?|comments?|avis|bewertungen|stimmen|sterne|beoordelingen|recensioni|valoraciones|voti|röster|stemmen)\\b",
    "^(?:no ratings|be the first|rate this|not yet rated|\\d+ stars?)",
  ].join("|"),
  "iu",
);

/** Words of a site's own chrome: accounts, search, social links, sections of recipes, ads. */
export const SITE_WORDS =
  /\b(?:sign (?:in|up)|log ?in|log ?out|subscribe|newsletter|search|menu|scroll|you (?:may|might) also like|share|save|email|e-mail|print|cookie (?:policy|settings|preferences)|privacy|contact|about|home|skip|follow|account|shop|login|register|download|upload|cart|basket|slot|facebook|twitter|instagram|pinterest|youtube|tiktok|flipboard|whatsapp|metric|imperial|recipes|recepten|rezepte|recettes|ricette|recetas|recepty|receptek|przepisy|oppskrifter|opskrifter|reseptit|kontakt|hilfe|impressum|advert\w*|anzeige|annons|publicit\w*|pubblicit\w*|inloggen|anmelden|connexion|abonn\w*|suche|rechercher|zoeken|cerca|buscar)\b/;

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A button's or a link's verb: "Add to cart", "Book a slot", "Read more". */
const UI_START =
  /^(?:add|book|view|see|get|go|click|tap|watch|visit|join|buy|shop|order|rate|review|leave|write|read|load|show|hide|open|close|back|next|previous|more|discover|explore|find|browse|sign|log|subscribe|download|upload|print|share|save|email|follow|skip|jump|gå til|ga naar|zur|zum|aller à|vai a|ir a)\b/i;

export function isTitleCased(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, "").length >= 4);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > long.length;
}

export const ARTICLE = /^(?:a|an|this|these|our|my|un|une|ein|eine|een|questa?|este|esta)\s/i;

export const RECIPE_WORD =
  /(?:^|[^\p{L}])(?:recipe|recept|rezept|recette|ricetta|receta|opskrift|oppskrift|resepti|przepis)(?:$|[^\p{L}])/iu;

export const HOW_TO = /^how to (?:make|cook|prepare)\b/i;

export function hasNameShape(line: Line, folded = foldText(line.text)): boolean {
  const text = line.text;
  if (line.marker !== "none" && line.marker !== "heading" && line.marker !== "arrow") return false;
  if (text.length > 150 || wordCount(text) > MAX_WORDS) return false;
  if (/[,;:*]$/.test(text) || /https?:|www\.|@|©|[<>=]/.test(text)) return false;
  // Code has braces; a name may set a word in them: "The Best Chocolate Cake {Ever}".
  if (/[{}]/.test(text.replace(/\{\p{L}[\p{L}' -]*\}/gu, ""))) return false;
  if (!/\p{L}{3}/u.test(text) || !/^[\p{L}\d"“'‘¡¿(]/u.test(text)) return false;
  if (/^\d+(?:\s|$)/.test(text) && !/\p{L}{3,}.*\p{L}{3,}/u.test(text)) return false;
  // "12 muffins", "2 pizzas": a yield's value, not a name.
  if (/^\d[\d.,/]*\s*\S+$/u.test(text)) return false;
  if (FURNITURE.test(folded) || AMOUNT_OR_GROUP.test(text)) return false;
  // A description or a call to action: a sentence, not a name (which may end in "." or "!").
  if (/[.!?]$/.test(text) && (wordCount(text) > 12 || !isTitleCased(text))) return false;
  if (UI_START.test(text) || META_LINE.test(text)) return false;
  // "2 timmar och 35 minuter": a time, not a name ("5 Minute Lemon Cake" is longer).
  if (/^\d/.test(text) && wordCount(text) <= 5 && readTimeValue(text) !== undefined) return false;
  return classifyHeading(text) === undefined || HOW_TO.test(text);
}

export const isShortBare = (line: Line | undefined) =>
  line !== undefined && wordCount(line.text) <= 3 && !/[.!?:]$/.test(line.text);

export const isProse = (line: Line | undefined) =>
  line !== undefined && wordCount(line.text) >= 8 && /[.!?)]["'’”]?$/u.test(line.text);

export const isCrumb = (line: Line | undefined) =>
  line !== undefined &&
  (/(?:[»›>|/→].*){2}/u.test(line.text) ||
    /^(?:home|startseite|accueil|inicio)\b/i.test(line.text));

/** A byline's label alone on its line, the name it credits on the next: "By" / "Ann Smith". */
const CREDIT_LABEL =
  /^(?:by|af|av|von|par|door|di|da|por|(?:tested|written|created|developed|recipe|photos?|photography) by|author|autor|auteur|verfasst von|chef)\s*:?$/i;

export const isCreditLabel = (line: Line | undefined) =>
  line !== undefined && CREDIT_LABEL.test(line.text.trim());

/** A folded, padded line that credits someone: " by ann smith ", " tested by the test kitchen ". */
export const CREDITS = /^ (?:(?:tested|written|created|developed|recipe|photos?|photography) )?by /;

/** A card's label whose value is the next line: "Course" / "Dinner", "Method" / "Stovetop". */
export const isValueLabel = (line: Line | undefined) =>
  line !== undefined &&
  /^(?:course|cuisine|category|categories|meal|method|diet|difficulty|level|keywords?|occasion|type|dish type|tags?|season|skill)\s*:?$/i.test(
    line.text.trim(),
  );

export const isMeta = (line: Line, folded: string) =>
  line.text.length <= 200 && (FURNITURE.test(folded) || META_LINE.test(line.text));

/** The name a line holds within it: a breadcrumb's last step ("Home » Cakes » Lemon Cake"), the
 *  part before a byline ("Lemon Cake by Ann Smith"). */
export function cutName(text: string): string | undefined {
  const crumb = /^(?:.+?\s[»›>/→]\s)+(.+)$/u.exec(text);
  if (
    crumb?.[1] &&
    (isCrumb({ text, marker: "none", blankBefore: false }) || /^home\b/i.test(text))
  )
    return crumb[1].trim();
  const by = /^(.{6,}?)\s+by\s+[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.exec(text);
  if (by?.[1]) return by[1].trim();
  // "> Lemon Cake", "» Lemon Cake": the last step of a breadcrumb printed a line a step.
  return /^[>»›]\s+(\S.*)$/u.exec(text)?.[1]?.trim();
}

/** A site's button printed on the name's line: "Save recipe Lemon Cake", "Play Lemon Cake video". */
const BUTTON_AROUND =
  /^(?:(?:(?:save|print|pin|bookmark)(?: this)? recipe|(?:recept|recipe) (?:bewaren|opslaan|printen)|(?:bewaar|print) recept|rezept (?:speichern|merken|drucken)|(?:enregistrer|sauvegarder|imprimer) (?:la )?recette|(?:salva|stampa) (?:la )?ricetta|(?:guardar|imprimir) (?:la )?receta)\s+|(?:play|watch)\s+(?=.+\svideo$))(.+?)(?:\svideo)?$/iu;

/** The name without a button printed on its line, if one is. */
export function stripButton(text: string): string | undefined {
  const name = BUTTON_AROUND.exec(text)?.[1]?.trim();
  return name && name !== text ? name : undefined;
}

/** A label glued to its value, as a page's text runs them together: "Allergens:Soya". */
export const GLUED_LABEL = /^\p{L}[\p{L} ]{1,20}:[\p{L}\d]/u;

/** A sentence of five words or more, though title-cased as German sets its nouns. */
export const STATED = /^(?:\S+\s+){4,}\S*\.$/u;

/** A name set over two lines, its second starting with a connective: "Pork Rice Bowl" / "with
 *  Green Beans and Rice". */
export const CONTINUES = /^(?:with|and|&|in|on|mit|und|met|en|avec|et|aux?|con|e|y|alla?|al)\s\S/iu;

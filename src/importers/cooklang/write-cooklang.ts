import { stringify as toYaml } from "yaml";
import type { Duration } from "../../domain/duration.js";
import { formatNumber, type Quantity } from "../../domain/quantity.js";
import { readAmount } from "../../domain/read-amount.js";
import type { Ingredient, Recipe, Step } from "../../domain/recipe.js";
import { ESCAPABLE } from "./parse-cooklang-line.js";

/** A recipe → Cooklang text that parse-cooklang reads back to the same recipe, as far as the
 *  format carries it. Front matter holds title, description, yields, times, tags, source and
 *  images; each step group is a "= Section"; an ingredient is marked "@food{amount%unit}(prep)"
 *  where its step names it, and ingredients no step names open their section as one step
 *  ("@a{…}, @b{…}"), Cooklang having no ingredient list apart from the steps. Timers are marked
 *  "~{3-4%minutes}" where the step's text states them; cookware is marked "#pan{}" where a step
 *  names it, the rest kept in a "cookware" front-matter list. Step titles, substitutes, FAQ,
 *  variations and the like have no place in Cooklang and are left out. */

/** A name inside markup may hold none of the characters that end it. */
const cleanName = (name: string) =>
  name
    .replace(/[@#~{}%()\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function amountOf(quantity: Quantity | undefined): string {
  if (!quantity) return "";
  if (quantity.kind === "exact") return String(Math.round(quantity.value * 1e6) / 1e6);
  if (quantity.kind === "range") return `${quantity.min}-${quantity.max}`;
  return cleanName(quantity.text);
}

function ingredientMarkup(ingredient: Ingredient): string {
  const amount = amountOf(ingredient.quantity);
  const unit = ingredient.unit ? cleanName(ingredient.unit) : "";
  const inside = unit ? `${amount}%${unit}` : amount;
  const prep = ingredient.preparation
    ? `(${escapePiece(ingredient.preparation.replace(/[()]/g, " ").trim())})`
    : "";
  return `@${ingredient.optional ? "?" : ""}${cleanName(ingredient.food)}{${inside}}${prep}`;
}

function seconds(duration: Duration): string {
  const all = [duration.min, ...(duration.max === undefined ? [] : [duration.max])];
  const unit = all.every((s) => s % 60 === 0) ? 60 : 1;
  const words = unit === 60 ? "minutes" : "seconds";
  return `${all.map((s) => formatNumber(s / unit)).join("-")} ${words}`;
}

const wordAt = (text: string, phrase: string) => {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return -1;
  const before = text[at - 1];
  const after = text[at + phrase.length];
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return isWord(before) || isWord(after) ? -1 : at;
};

interface Mark {
  readonly at: number;
  readonly length: number;
  readonly markup: string;
}

/** One step's text with its ingredients, cookware and timers marked, each at most once. */
function markStep(
  step: Step,
  ingredients: readonly Ingredient[],
  cookware: Set<string>,
): {
  line: string;
  placed: Set<Ingredient>;
} {
  const text = step.text.replace(/\s+/g, " ").trim();
  const marks: Mark[] = [];
  const free = (at: number, length: number) =>
    marks.every((m) => at + length <= m.at || at >= m.at + m.length);
  const placed = new Set<Ingredient>();
  for (const ingredient of ingredients) {
    const name = cleanName(ingredient.food);
    const at = name ? wordAt(text, name) : -1;
    if (at >= 0 && free(at, name.length) && text.slice(at, at + name.length) === name) {
      marks.push({ at, length: name.length, markup: ingredientMarkup(ingredient) });
      placed.add(ingredient);
    }
  }
  for (const timer of step.timers) {
    const at = text.indexOf(timer.text);
    const amount = readAmount(timer.text);
    if (at < 0 || !amount || !free(at, timer.text.length) || !/^\p{L}+$/u.test(amount.rest))
      continue;
    marks.push({
      at,
      length: timer.text.length,
      markup: `~{${amount.text.replace(/\s+/g, "")}%${amount.rest}}`,
    });
  }
  for (const name of cookware) {
    const at = wordAt(text, name);
    if (at >= 0 && free(at, name.length) && text.slice(at, at + name.length) === name) {
      marks.push({ at, length: name.length, markup: `#${cleanName(name)}{}` });
      cookware.delete(name);
    }
  }
  marks.sort((a, b) => a.at - b.at);
  let line = "";
  let from = 0;
  for (const mark of marks) {
    line += escapePiece(text.slice(from, mark.at)) + mark.markup;
    from = mark.at + mark.length;
  }
  return { line: line + escapePiece(text.slice(from)), placed };
}

const escapePiece = (piece: string) =>
  piece.replace(new RegExp(`[${ESCAPABLE.replace(/[\\\]^-]/g, "\\$&")}]`, "g"), "\\$&");

function frontMatter(recipe: Recipe, cookware: readonly string[]): string {
  const { times, source } = recipe;
  const data: Record<string, unknown> = {
    title: recipe.title,
    ...(recipe.description && { description: recipe.description }),
    ...(recipe.yields && { servings: recipe.yields.text }),
    ...(times.prep && { "prep time": seconds(times.prep) }),
    ...(times.cook && { "cook time": seconds(times.cook) }),
    ...(times.total && { "time required": seconds(times.total) }),
    ...(recipe.keywords.length > 0 && { tags: recipe.keywords }),
    ...(recipe.category.length > 0 && { course: recipe.category }),
    ...(recipe.cuisine.length > 0 && { cuisine: recipe.cuisine }),
    ...(recipe.diets.length > 0 && { diet: recipe.diets }),
    ...(recipe.language && { locale: recipe.language }),
    ...(source.url && { source: source.url }),
    ...(source.site && { site: source.site }),
    ...(source.author && { author: source.author }),
    ...(recipe.images.length > 0 && { images: recipe.images.map((i) => i.url) }),
    ...(cookware.length > 0 && { cookware }),
  };
  return `---\n${toYaml(data, { lineWidth: 0 })}---\n`;
}

export function writeCooklang(recipe: Recipe): string {
  const cookware = new Set(recipe.equipment.map(cleanName).filter(Boolean));
  const unplaced = new Set(recipe.ingredientGroups.flatMap((g) => g.ingredients));
  const sections: string[] = [];
  const groups = recipe.stepGroups.length > 0 ? recipe.stepGroups : [{ steps: [] as Step[] }];
  groups.forEach((group, g) => {
    const lines: string[] = [];
    const mine = recipe.ingredientGroups[g]?.ingredients ?? [];
    for (const step of group.steps) {
      const named = step.ingredientRefs
        .map((r) => recipe.ingredientGroups[r.group]?.ingredients[r.index])
        .filter((i): i is Ingredient => i !== undefined && unplaced.has(i));
      const candidates = named.length > 0 ? named : mine.filter((i) => unplaced.has(i));
      const { line, placed } = markStep(step, candidates, cookware);
      for (const ingredient of placed) unplaced.delete(ingredient);
      if (line.trim()) lines.push(line);
    }
    const rest = mine.filter((i) => unplaced.has(i));
    for (const ingredient of rest) unplaced.delete(ingredient);
    if (rest.length > 0) lines.unshift(rest.map(ingredientMarkup).join(", "));
    const title = "title" in group && group.title ? `= ${escapePiece(group.title)}\n\n` : "";
    sections.push(title + lines.join("\n\n"));
  });
  // Ingredients of groups past the last step group still need a place.
  const left = [...unplaced];
  if (left.length > 0) sections.push(left.map(ingredientMarkup).join(", "));
  const notes = recipe.authorNotes.map((n) => `> ${escapePiece(n.replace(/\s+/g, " ").trim())}`);
  const cookwareLeft = [...cookware];
  return [
    frontMatter(recipe, cookwareLeft),
    ...notes.map((n) => `${n}\n`),
    ...sections.map((s) => `${s}\n`),
  ]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

import { selectAll, selectOne } from "css-select";
import type { AnyNode, Element } from "domhandler";
import { isTag } from "domhandler";
import { cleanLines } from "../clean-text.js";
import { readVisibleText } from "../read-visible-text.js";

/** The visible recipe cards of WordPress plugins (WP Recipe Maker, Tasty Recipes, Mediavine
 *  Create, WP Zoom, EasyRecipe): they keep the ingredient sub-headings ("For the sauce") that
 *  JSON-LD flattens away, and they are the recipe on pages without structured data.
 *  Layouts: WPRM marks groups and items by class; the others are a container of headings
 *  (h2–h6, or a paragraph that is only bold text) each followed by a list, read in order.
 *  Last, any theme's markup: the first element whose class names ingredients and holds list
 *  items, and the first whose class names instructions, directions, method or steps. */

export interface CardGroup {
  title?: string;
  lines: string[];
}

export interface RecipeCard {
  name?: string;
  yields?: string;
  totalTime?: string;
  ingredients: CardGroup[];
  instructions: CardGroup[];
}

interface CardLayout {
  readonly name: string;
  readonly yields: string;
  readonly totalTime: string;
  readonly ingredients: string;
  readonly instructions: string;
}

const LAYOUTS: readonly CardLayout[] = [
  {
    name: ".tasty-recipes-title",
    yields: ".tasty-recipes-yield",
    totalTime: ".tasty-recipes-total-time",
    ingredients: ".tasty-recipes-ingredients",
    instructions: ".tasty-recipes-instructions",
  },
  {
    name: ".mv-create-title",
    yields: ".mv-create-yield",
    totalTime: ".mv-create-time-total .mv-create-time-format",
    ingredients: ".mv-create-ingredients",
    instructions: ".mv-create-instructions",
  },
  {
    name: ".wp-block-wpzoom-recipe-card-block-recipe-card .recipe-card-title",
    yields: ".wpzoom-recipe-card-detail-item .detail-item-value",
    totalTime: ".wpzoom-total-time",
    ingredients: ".recipe-card-ingredients",
    instructions: ".recipe-card-directions",
  },
  {
    name: ".easyrecipe .ERSName",
    yields: ".easyrecipe .yield",
    totalTime: ".easyrecipe time[itemprop=totalTime]",
    ingredients: ".easyrecipe .ERSIngredients",
    instructions: ".easyrecipe .ERSInstructions",
  },
];

const textOf = (node: AnyNode | null | undefined) =>
  node ? cleanLines(readVisibleText(node)).join(" ") || undefined : undefined;

const HEADING = new Set(["h2", "h3", "h4", "h5", "h6"]);

function isHeading(el: Element): boolean {
  if (HEADING.has(el.name)) return true;
  if (el.name !== "p") return false;
  const tags = el.children.filter(isTag);
  return (
    tags.length === 1 &&
    (tags[0]!.name === "strong" || tags[0]!.name === "b") &&
    !el.children.some((c) => c.type === "text" && c.data.trim() !== "")
  );
}

/** A container of headings and lists → groups, in reading order. */
function readHeadedLists(container: AnyNode): CardGroup[] {
  const groups: CardGroup[] = [];
  let current: CardGroup | undefined;
  const stack: AnyNode[] = isTag(container) ? [...container.children].reverse() : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (isHeading(node)) {
      const title = textOf(node);
      if (title) {
        current = { title, lines: [] };
        groups.push(current);
      }
      continue;
    }
    if (node.name === "li") {
      const line = textOf(node);
      if (!line) continue;
      if (!current) {
        current = { lines: [] };
        groups.push(current);
      }
      current.lines.push(line);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return groups.filter((g) => g.lines.length > 0);
}

function readWprmGroups(root: AnyNode[], group: string, item: string): CardGroup[] {
  return selectAll(group, root).flatMap((el) => {
    const title = textOf(selectOne(".wprm-recipe-group-name", el));
    const lines = selectAll(item, el)
      .map(textOf)
      .filter((l): l is string => l !== undefined);
    return lines.length > 0 ? [{ ...(title && { title }), lines }] : [];
  });
}

function readWprm(root: AnyNode[]): RecipeCard | undefined {
  const card = selectOne(".wprm-recipe", root);
  if (!card) return undefined;
  const name = textOf(selectOne(".wprm-recipe-name", card));
  const yields = textOf(selectOne(".wprm-recipe-servings-container .wprm-recipe-servings", card));
  return {
    ...(name && { name }),
    ...(yields && { yields }),
    ingredients: readWprmGroups([card], ".wprm-recipe-ingredient-group", ".wprm-recipe-ingredient"),
    instructions: readWprmGroups(
      [card],
      ".wprm-recipe-instruction-group",
      ".wprm-recipe-instruction-text",
    ),
  };
}

const GENERIC_INGREDIENTS = "[class*=ingredient i]:has(li)";
const GENERIC_STEPS =
  "[class*=instruction i]:has(li, p), [class*=direction i]:has(li, p), [class*=method i]:has(li, p), [class*=preparation i]:has(li, p), [class*=steps i]:has(li, p)";

/** Paragraphs are steps when a method is written without a list. */
function readSteps(container: AnyNode): CardGroup[] {
  const groups = readHeadedLists(container);
  if (groups.length > 0) return groups;
  const lines = selectAll("p", container)
    .map(textOf)
    .filter((l): l is string => l !== undefined);
  return lines.length > 0 ? [{ lines }] : [];
}

function readGeneric(root: AnyNode[]): RecipeCard | undefined {
  const ingredients = selectOne(GENERIC_INGREDIENTS, root);
  const steps = selectOne(GENERIC_STEPS, root);
  if (!ingredients && !steps) return undefined;
  return {
    ingredients: ingredients ? readHeadedLists(ingredients) : [],
    instructions: steps ? readSteps(steps) : [],
  };
}

export function readRecipeCard(root: AnyNode[], generic = false): RecipeCard | undefined {
  const wprm = readWprm(root);
  if (wprm && wprm.ingredients.length > 0) return wprm;
  for (const layout of LAYOUTS) {
    const ingredients = selectOne(layout.ingredients, root);
    if (!ingredients) continue;
    const instructions = selectOne(layout.instructions, root);
    const name = textOf(selectOne(layout.name, root));
    const yields = textOf(selectOne(layout.yields, root));
    const totalTime = textOf(selectOne(layout.totalTime, root));
    return {
      ...(name && { name }),
      ...(yields && { yields }),
      ...(totalTime && { totalTime }),
      ingredients: readHeadedLists(ingredients),
      instructions: instructions ? readHeadedLists(instructions) : [],
    };
  }
  return generic ? readGeneric(root) : undefined;
}

import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import {
  adaptRecipe,
  type CookChoices,
  listSwaps,
  readCookChoices,
} from "../../domain/adapt-recipe.js";
import { findHeatSources } from "../../domain/apply-spice-level.js";
import type { Recipe } from "../../domain/recipe.js";
import { baseServingsOf } from "../../domain/scale-recipe.js";
import type { AppEnv } from "../app-env.js";
import type { RecipePageProps } from "../pages/recipe-page.js";

/** The reader's unit system, remembered across recipes (set here and by src/web/cook-choices.ts). */
export const UNITS_COOKIE = "units";
const YEAR = 365 * 24 * 3600;

export function unitsCookieOf(c: Context<AppEnv>): "metric" | "us" | undefined {
  const value = getCookie(c, UNITS_COOKIE);
  return value === "metric" || value === "us" ? value : undefined;
}

/** Whether the page depends on the units cookie: then it is no page every reader shares. */
export const dependsOnUnitsCookie = (c: Context<AppEnv>) =>
  c.req.query("units") === undefined && unitsCookieOf(c) !== undefined;

/** The choices in the address (repeated `swap` joined), with the remembered units when the
 *  address names none; a units choice in the address is remembered for the next recipe. */
export function cookChoicesOf(c: Context<AppEnv>): CookChoices {
  const query = { ...c.req.query(), swap: c.req.queries("swap")?.join(",") };
  const choices = readCookChoices(query);
  const asked = c.req.query("units");
  const remembered = unitsCookieOf(c);
  if (choices.units !== undefined && choices.units !== remembered) {
    setCookie(c, UNITS_COOKIE, choices.units, { path: "/", sameSite: "Lax", maxAge: YEAR });
  } else if (asked !== undefined && choices.units === undefined && remembered !== undefined) {
    deleteCookie(c, UNITS_COOKIE, { path: "/" });
  }
  if (asked === undefined && remembered !== undefined) return { ...choices, units: remembered };
  return choices;
}

/** The recipe page's cooking part: the form, the adapted recipe and the browser module. */
export function cookingFor(
  c: Context<AppEnv>,
  recipe: Recipe,
  scriptFile: string | undefined,
): NonNullable<RecipePageProps["cooking"]> {
  const choices = cookChoicesOf(c);
  const { recipe: adapted, changes } = adaptRecipe(recipe, choices);
  return {
    adapted,
    form: {
      slug: recipe.slug,
      base: baseServingsOf(recipe),
      choices,
      swaps: listSwaps(recipe),
      hasHeat: findHeatSources(recipe).length > 0,
      changes,
    },
    ...(scriptFile !== undefined && { scriptHref: `/assets/web/${scriptFile}` }),
  };
}

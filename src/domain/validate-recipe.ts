import type { z } from "zod";
import { failWith, type Issue, issue, ok, type Result } from "../lib/result.js";
import type { Duration } from "./duration.js";
import type { Quantity } from "./quantity.js";
import { type Recipe, RecipeSchema } from "./recipe.js";

/** Stable codes of what can be wrong with a recipe; callers branch on these, never on text. */
export const RecipeIssueCode = {
  /** A field has the wrong shape (zod's own check). */
  Invalid: "RECIPE_INVALID",
  TitleMissing: "RECIPE_TITLE_MISSING",
  SlugInvalid: "RECIPE_SLUG_INVALID",
  TooLarge: "RECIPE_TOO_LARGE",
  RangeInverted: "QUANTITY_RANGE_INVERTED",
  DurationInverted: "DURATION_RANGE_INVERTED",
  StepRefUnknown: "STEP_REF_UNKNOWN",
  Empty: "RECIPE_EMPTY",
} as const;

function codeOf(zodIssue: z.core.$ZodIssue): string {
  const field = zodIssue.path[0];
  if (field === "title") return RecipeIssueCode.TitleMissing;
  if (field === "slug") return RecipeIssueCode.SlugInvalid;
  if (zodIssue.code === "too_big") return RecipeIssueCode.TooLarge;
  return RecipeIssueCode.Invalid;
}

function checkRange(q: Quantity | undefined, path: Issue["path"], out: Issue[]) {
  if (q?.kind === "range" && q.min > q.max) {
    out.push(issue(RecipeIssueCode.RangeInverted, `range ${q.min}–${q.max} runs backwards`, path));
  }
}

function checkDuration(d: Duration | undefined, path: Issue["path"], out: Issue[]) {
  if (d?.max !== undefined && d.min > d.max) {
    out.push(
      issue(RecipeIssueCode.DurationInverted, `time ${d.min}–${d.max} s runs backwards`, path),
    );
  }
}

/** Rules zod's shapes cannot say: ranges run forwards, step references point at ingredients,
 *  and a recipe has something to cook from. */
function checkRules(recipe: Recipe): Issue[] {
  const out: Issue[] = [];
  recipe.ingredientGroups.forEach((group, g) => {
    group.ingredients.forEach((ingredient, i) => {
      checkRange(ingredient.quantity, ["ingredientGroups", g, "ingredients", i, "quantity"], out);
    });
  });
  if (recipe.yields) checkRange(recipe.yields.quantity, ["yields", "quantity"], out);
  for (const key of ["prep", "cook", "total"] as const) {
    checkDuration(recipe.times[key], ["times", key], out);
  }
  recipe.stepGroups.forEach((group, g) => {
    group.steps.forEach((step, s) => {
      const at = ["stepGroups", g, "steps", s];
      step.timers.forEach((timer, t) => {
        checkDuration(timer.duration, [...at, "timers", t, "duration"], out);
      });
      step.ingredientRefs.forEach((ref, r) => {
        if (!recipe.ingredientGroups[ref.group]?.ingredients[ref.index]) {
          out.push(
            issue(
              RecipeIssueCode.StepRefUnknown,
              `step refers to ingredient ${ref.group}/${ref.index}, which does not exist`,
              [...at, "ingredientRefs", r],
            ),
          );
        }
      });
    });
  });
  const hasIngredients = recipe.ingredientGroups.some((g) => g.ingredients.length > 0);
  const hasSteps = recipe.stepGroups.some((g) => g.steps.length > 0);
  if (!hasIngredients && !hasSteps) {
    out.push(issue(RecipeIssueCode.Empty, "the recipe has neither ingredients nor steps"));
  }
  return out;
}

/** Parses untrusted data into a Recipe, or says every way it falls short. */
export function validateRecipe(data: unknown): Result<Recipe> {
  const parsed = RecipeSchema.safeParse(data);
  if (!parsed.success) {
    return failWith(
      parsed.error.issues.map((zi) =>
        issue(
          codeOf(zi),
          zi.message,
          zi.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        ),
      ),
    );
  }
  const problems = checkRules(parsed.data);
  return problems.length > 0 ? failWith(problems) : ok(parsed.data);
}

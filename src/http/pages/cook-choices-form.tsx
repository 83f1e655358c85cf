import { raw } from "hono/html";
import type { CookChoices, RecipeChange } from "../../domain/adapt-recipe.js";
import type { Swap } from "../../domain/list-swaps.js";
import type { Recipe } from "../../domain/recipe.js";
import { serialiseJsonLd } from "../json-ld-script.js";

export interface CookChoicesFormProps {
  readonly slug: string;
  /** What servings count: the recipe's yield, or batches when it states none. */
  readonly base: { readonly count: number; readonly unit: string };
  readonly choices: CookChoices;
  readonly swaps: readonly Swap[];
  readonly hasHeat: boolean;
  readonly changes: readonly RecipeChange[];
}

/** The address of these choices with other servings: links work without any script. */
export function cookChoicesQuery(choices: CookChoices): URLSearchParams {
  const params = new URLSearchParams();
  if (choices.servings !== undefined) params.set("servings", String(choices.servings));
  if (choices.units) params.set("units", choices.units);
  for (const swap of choices.swaps ?? []) params.append("swap", swap);
  if (choices.spice) params.set("spice", choices.spice);
  return params;
}

const MULTIPLES = [0.5, 1, 2, 3] as const;

/** Servings, units, swaps and heat as a plain GET form; src/web/cook-choices.ts makes it instant. */
export function CookChoicesForm(props: CookChoicesFormProps) {
  const { slug, base, choices, swaps, hasHeat, changes } = props;
  const batches = base.unit === "batch";
  const servings = choices.servings ?? base.count;
  const action = `/recipes/${encodeURIComponent(slug)}`;
  const byIngredient = new Map<string, Swap[]>();
  for (const swap of swaps)
    byIngredient.set(swap.replace, [...(byIngredient.get(swap.replace) ?? []), swap]);
  return (
    <form
      method="get"
      action={`${action}#cook-choices`}
      id="cook-choices"
      class="cook-choices no-print"
    >
      <fieldset class="servings">
        <legend>{batches ? "How much" : "Servings"}</legend>
        <label for="cook-servings">
          {batches ? "Batches of the recipe" : `Servings (${base.unit})`}
        </label>
        <input
          id="cook-servings"
          name="servings"
          type="number"
          min="1"
          max="1000"
          step="any"
          inputmode="decimal"
          value={String(servings)}
        />
        <span class="multiples">
          {MULTIPLES.filter((m) => base.count * m >= 1).map((m) => {
            const n = Math.round(base.count * m * 100) / 100;
            const query = cookChoicesQuery({ ...choices, servings: n });
            return (
              <a
                href={`${action}?${query}#cook-choices`}
                data-servings={String(n)}
                title={`${n} ${batches ? "batches" : base.unit}`}
              >
                {m === 0.5 ? "½×" : `${m}×`}
              </a>
            );
          })}
        </span>
      </fieldset>
      <fieldset class="units">
        <legend>Units</legend>
        {(
          [
            ["as-written", "As written"],
            ["metric", "Metric"],
            ["us", "US"],
          ] as const
        ).map(([value, label]) => (
          <label>
            <input
              type="radio"
              name="units"
              value={value}
              checked={(choices.units ?? "as-written") === value}
            />{" "}
            {label}
          </label>
        ))}
      </fieldset>
      {swaps.length > 0 && (
        <fieldset class="swaps">
          <legend>Swaps</legend>
          {[...byIngredient].map(([replace, options]) => (
            <p>
              <span class="swap-for">Instead of {replace}:</span>
              {options.map((swap) => (
                <label title={swap.reference ?? "As the recipe says"}>
                  <input
                    type="checkbox"
                    name="swap"
                    value={swap.id}
                    checked={choices.swaps?.includes(swap.id) ?? false}
                  />{" "}
                  {swap.use}
                </label>
              ))}
            </p>
          ))}
        </fieldset>
      )}
      {hasHeat && (
        <fieldset class="spice">
          <legend>Heat</legend>
          {(
            [
              ["", "As written"],
              ["mild", "Mild"],
              ["medium", "Medium"],
              ["hot", "Hot"],
            ] as const
          ).map(([value, label]) => (
            <label>
              <input
                type="radio"
                name="spice"
                value={value}
                checked={(choices.spice ?? "") === value}
              />{" "}
              {label}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit">Update recipe</button>
      <div class="changes" aria-live="polite">
        <h3>What changed</h3>
        <ul id="cook-changes">
          {changes.length === 0 ? (
            <li>Nothing: the recipe as written.</li>
          ) : (
            changes.map((c) => <li>{c.text}</li>)
          )}
        </ul>
      </div>
    </form>
  );
}

/** The parts of the recipe adaptRecipe reads, for the browser module; `<` and friends escaped. */
export function RecipeDataScript({ recipe }: { recipe: Recipe }) {
  const { title, slug, yields, ingredientGroups, stepGroups, substitutions, spice } = recipe;
  const data = { title, slug, yields, ingredientGroups, stepGroups, substitutions, spice };
  return (
    <script type="application/json" id="recipe-data">
      {raw(serialiseJsonLd(data))}
    </script>
  );
}

import { adaptRecipe, type RecipeChange, readCookChoices } from "../domain/adapt-recipe.js";
import { formatQuantity } from "../domain/quantity.js";
import type { Ingredient, Recipe } from "../domain/recipe.js";

/** Makes the recipe page's cook choices instant: on every change the very adaptRecipe the server
 *  ran adapts the recipe embedded in the page, the card's ingredients, steps and "what changed"
 *  are redrawn, and the address follows (history.replaceState), as the form would have sent it. */

const EMPTY = {
  story: [],
  authorNotes: [],
  conclusion: [],
  sectionTitles: {},
  variations: [],
  pairings: [],
  faq: [],
  substitutions: [],
  images: [],
  times: {},
  cuisine: [],
  category: [],
  keywords: [],
  diets: [],
  source: {},
  equipment: [],
};

function el(tag: string, className: string | undefined, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The same markup as RecipeCard's IngredientItem (src/http/pages/recipe-card.tsx). */
function ingredientItem(ingredient: Ingredient): HTMLElement {
  const li = el("li", undefined);
  const amount = [
    ingredient.quantity && formatQuantity(ingredient.quantity),
    ingredient.unit,
  ].filter(Boolean);
  if (amount.length > 0) li.append(el("span", "amount", `${amount.join(" ")} `));
  li.append(el("span", "food", ingredient.food));
  if (ingredient.preparation) li.append(el("span", undefined, `, ${ingredient.preparation}`));
  if (ingredient.optional) li.append(el("span", "muted", " (optional)"));
  if (ingredient.note) li.append(el("div", "note", ingredient.note));
  if (ingredient.substitutes.length > 0)
    li.append(el("div", "subs", `Or use: ${ingredient.substitutes.map((s) => s.food).join(", ")}`));
  return li;
}

function render(card: HTMLElement, recipe: Recipe, changes: readonly RecipeChange[]) {
  const lists = card.querySelectorAll<HTMLElement>("ul.ingredients");
  recipe.ingredientGroups.forEach((group, g) => {
    lists[g]?.replaceChildren(...group.ingredients.map(ingredientItem));
  });
  const steps = [...card.querySelectorAll<HTMLElement>("ol.steps > li")];
  recipe.stepGroups
    .flatMap((group) => group.steps)
    .forEach((step, i) => {
      const item = steps[i];
      if (!item) return;
      const title = item.querySelector("h3");
      if (title && step.title) title.textContent = step.title;
      const text = item.querySelector("p");
      if (text) text.textContent = step.text;
      // Heat chips: the step's heat, then its temperatures, as the server wrote them.
      const heat = [
        ...(step.heat ? [`${step.heat} heat`] : []),
        ...step.temperatures.map((t) => t.text),
      ];
      item.querySelectorAll(".chip.heat").forEach((chip, k) => {
        if (heat[k] !== undefined) chip.textContent = heat[k];
      });
    });
  const makes = [...card.querySelectorAll(".facts li")].find(
    (li) => li.querySelector("strong")?.textContent === "Makes",
  );
  const label = makes?.querySelector("strong");
  if (makes && label && recipe.yields) makes.replaceChildren(label, ` ${recipe.yields.text}`);
  const list = document.getElementById("cook-changes");
  list?.replaceChildren(
    ...(changes.length === 0
      ? [el("li", undefined, "Nothing: the recipe as written.")]
      : changes.map((c) => el("li", undefined, c.text))),
  );
}

function start() {
  const form = document.getElementById("cook-choices") as HTMLFormElement | null;
  const data = document.getElementById("recipe-data");
  const card = document.getElementById("recipe");
  if (!form || !data?.textContent || !card) return;
  const recipe = { ...EMPTY, ...JSON.parse(data.textContent) } as Recipe;
  const servings = form.elements.namedItem("servings") as HTMLInputElement | null;

  const update = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && value !== "") params.append(name, value);
    }
    const query: Record<string, string> = Object.fromEntries(params);
    query.swap = params.getAll("swap").join(",");
    const choices = readCookChoices(query);
    const units = params.get("units");
    // Remembered for the next recipe, as the server does for a form sent without this script.
    const cookie =
      units === "metric" || units === "us"
        ? `units=${units}; Path=/; Max-Age=31536000; SameSite=Lax`
        : "units=; Path=/; Max-Age=0; SameSite=Lax";
    // biome-ignore lint/suspicious/noDocumentCookie: Firefox and Safari lack the Cookie Store API.
    document.cookie = cookie;
    const { recipe: adapted, changes } = adaptRecipe(recipe, choices);
    render(card, adapted, changes);
    history.replaceState(
      null,
      "",
      `${location.pathname}${params.size > 0 ? `?${params}` : ""}${location.hash}`,
    );
  };

  form.addEventListener("change", update);
  form.addEventListener("input", (event) => {
    if (event.target === servings) update();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-servings]");
    if (!link || !servings) return;
    event.preventDefault();
    servings.value = link.dataset.servings ?? servings.value;
    update();
  });
}

start();

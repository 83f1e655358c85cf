import { formatDuration } from "../../domain/duration.js";
import { formatQuantity } from "../../domain/quantity.js";
import type { Ingredient, Recipe, Step } from "../../domain/recipe.js";

function IngredientItem({ ingredient }: { ingredient: Ingredient }) {
  const amount = [
    ingredient.quantity && formatQuantity(ingredient.quantity),
    ingredient.unit,
  ].filter(Boolean);
  return (
    <li>
      {amount.length > 0 && <span class="amount">{amount.join(" ")} </span>}
      <span class="food">{ingredient.food}</span>
      {ingredient.preparation && <span>, {ingredient.preparation}</span>}
      {ingredient.optional && <span class="muted"> (optional)</span>}
      {ingredient.note && <div class="note">{ingredient.note}</div>}
      {ingredient.substitutes.length > 0 && (
        <div class="subs">Or use: {ingredient.substitutes.map((s) => s.food).join(", ")}</div>
      )}
    </li>
  );
}

function StepItem({ step, number }: { step: Step; number: number }) {
  const chips = [
    ...step.timers.map((t) => ({ kind: "timer", label: formatDuration(t.duration) })),
    ...(step.heat ? [{ kind: "heat", label: `${step.heat} heat` }] : []),
    ...step.temperatures.map((t) => ({ kind: "heat", label: t.text })),
    ...step.cues.map((cue) => ({ kind: "cue", label: cue })),
  ];
  return (
    <li id={`step-${number}`} class="step">
      {step.title && <h3>{step.title}</h3>}
      <p>{step.text}</p>
      {chips.length > 0 && (
        <ul class="chips" aria-label="Timers, heat and cues">
          {chips.map((chip) => (
            <li class={`chip ${chip.kind}`}>{chip.label}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Facts({ recipe }: { recipe: Recipe }) {
  const facts: [string, string][] = [];
  if (recipe.yields) facts.push(["Makes", recipe.yields.text]);
  if (recipe.times.prep) facts.push(["Prep", formatDuration(recipe.times.prep)]);
  if (recipe.times.cook) facts.push(["Cook", formatDuration(recipe.times.cook)]);
  if (recipe.times.total) facts.push(["Total", formatDuration(recipe.times.total)]);
  if (recipe.cuisine.length) facts.push(["Cuisine", recipe.cuisine.join(", ")]);
  if (facts.length === 0) return null;
  return (
    <ul class="facts">
      {facts.map(([label, value]) => (
        <li>
          <strong>{label}</strong> {value}
        </li>
      ))}
    </ul>
  );
}

/** "saturatedFatContent" → "Saturated fat": schema.org's names, as a reader says them. */
const nutrientName = (key: string) => {
  const words = key
    .replace(/Content$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function Nutrition({ recipe }: { recipe: Recipe }) {
  const entries = Object.entries(recipe.nutrition ?? {}).filter(([key]) => !key.startsWith("@"));
  if (entries.length === 0) return null;
  return (
    <>
      <h3>Nutrition{recipe.yields ? " per serving" : ""}</h3>
      <dl class="nutrition">
        {entries.map(([key, value]) => (
          <div>
            <dt>{key === "servingSize" ? "Serving" : nutrientName(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** The part a cook needs at the stove: amounts, steps, timers and cues. */
export function RecipeCard({ recipe }: { recipe: Recipe }) {
  let stepNumber = 0;
  return (
    <section id="recipe" class="card" aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">{recipe.title}</h2>
      <Facts recipe={recipe} />
      <div class="recipe-body">
        <div>
          <h3>{recipe.sectionTitles.ingredients ?? "Ingredients"}</h3>
          {recipe.ingredientGroups.map((group) => (
            <>
              {group.title && <h4>{group.title}</h4>}
              <ul class="ingredients">
                {group.ingredients.map((ingredient) => (
                  <IngredientItem ingredient={ingredient} />
                ))}
              </ul>
            </>
          ))}
          {recipe.equipment.length > 0 && (
            <>
              <h3>Equipment</h3>
              <ul>
                {recipe.equipment.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </>
          )}
          <Nutrition recipe={recipe} />
        </div>
        <div>
          <h3>{recipe.sectionTitles.steps ?? "Method"}</h3>
          {recipe.stepGroups.map((group) => (
            <>
              {group.title && <h4>{group.title}</h4>}
              <ol class="steps">
                {group.steps.map((step) => {
                  stepNumber++;
                  return <StepItem step={step} number={stepNumber} />;
                })}
              </ol>
            </>
          ))}
        </div>
      </div>
    </section>
  );
}

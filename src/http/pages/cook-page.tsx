import { formatDuration } from "../../domain/duration.js";
import { formatQuantity } from "../../domain/quantity.js";
import type { Ingredient, Recipe, Step } from "../../domain/recipe.js";
import { Layout } from "./layout.js";

export interface CookPageProps {
  readonly recipe: Recipe;
  readonly stylesheetHref: string;
  readonly cookStylesheetHref: string;
  /** The recipe page, with the reader's choices (servings, units…) kept in its query. */
  readonly recipeHref: string;
  /** The cook-mode module; absent (no build), the page is a plain list, as without JavaScript. */
  readonly scriptHref?: string;
  /** The service worker that keeps the page for offline use. */
  readonly workerHref?: string;
}

const amountOf = (ingredient: Ingredient) =>
  [ingredient.quantity && formatQuantity(ingredient.quantity), ingredient.unit]
    .filter(Boolean)
    .join(" ");

function CheckItem({ ingredient, id }: { ingredient: Ingredient; id: string }) {
  const amount = amountOf(ingredient);
  return (
    <li>
      <input type="checkbox" id={id} data-have={id} />
      <label for={id}>
        {amount && <span class="amount">{amount} </span>}
        <span class="food">{ingredient.food}</span>
        {ingredient.preparation && <span>, {ingredient.preparation}</span>}
        {ingredient.optional && <span class="muted"> (optional)</span>}
        {ingredient.note && <span class="note">{ingredient.note}</span>}
      </label>
    </li>
  );
}

function StepPanel(props: {
  recipe: Recipe;
  step: Step;
  number: number;
  count: number;
  groupTitle?: string | undefined;
}) {
  const { recipe, step, number, count } = props;
  const id = `cook-step-${number}`;
  const needs = step.ingredientRefs.flatMap(
    (ref) => recipe.ingredientGroups[ref.group]?.ingredients[ref.index]?.food ?? [],
  );
  const heat = [
    ...(step.heat ? [`${step.heat} heat`] : []),
    ...step.temperatures.map((t) => t.text),
  ];
  return (
    <li>
      <section class="cook-panel cook-step" id={id} aria-labelledby={`${id}-title`}>
        {props.groupTitle && <p class="cook-kicker">{props.groupTitle}</p>}
        <h2 id={`${id}-title`} tabindex={-1}>
          <span class="cook-count">
            Step {number} of {count}
          </span>
          {step.title}
        </h2>
        <p class="cook-text">{step.text}</p>
        {heat.length > 0 && <p class="cook-heat">Heat: {heat.join(", ")}</p>}
        {needs.length > 0 && <p class="cook-needs">You need: {[...new Set(needs)].join(", ")}</p>}
        {step.cues.length > 0 && (
          <div class="cook-cues">
            <h3>Look for</h3>
            <ul>
              {step.cues.map((cue) => (
                <li>{cue}</li>
              ))}
            </ul>
          </div>
        )}
        {step.timers.length > 0 && (
          <ul class="cook-timers" aria-label={`Timers for step ${number}`}>
            {step.timers.map((timer) => {
              const label = formatDuration(timer.duration);
              return (
                <li>
                  <button
                    type="button"
                    class="cook-timer-start"
                    data-min={String(timer.duration.min)}
                    {...(timer.duration.max !== undefined && {
                      "data-max": String(timer.duration.max),
                    })}
                    data-label={label}
                    data-step={String(number)}
                    aria-label={`Start a ${label} timer for step ${number}`}
                  >
                    Timer {label}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </li>
  );
}

/** The recipe at the stove: every ingredient to tick off, then each step in large type with its
 *  cues and timers. Readable as it is; its module turns it into one full-screen panel at a time. */
export function CookPage(props: CookPageProps) {
  const { recipe } = props;
  const count = recipe.stepGroups.reduce((n, group) => n + group.steps.length, 0);
  let number = 0;
  return (
    <Layout
      title={`Cook: ${recipe.title} — Claypot`}
      stylesheetHref={props.stylesheetHref}
      head={
        <>
          <meta name="robots" content="noindex" />
          <link rel="stylesheet" href={props.cookStylesheetHref} />
          {props.scriptHref && <script type="module" src={props.scriptHref} />}
        </>
      }
    >
      <article
        id="cook"
        class="cook"
        aria-labelledby="cook-title"
        data-slug={recipe.slug}
        {...(props.workerHref !== undefined && { "data-worker": props.workerHref })}
      >
        <header class="cook-head">
          <p class="cook-kicker">Cook mode</p>
          <h1 id="cook-title">{recipe.title}</h1>
          <p>
            {recipe.yields && <span>Makes {recipe.yields.text}. </span>}
            <a href={props.recipeHref}>Back to the recipe</a>
          </p>
        </header>
        <div class="cook-body">
          <section
            class="cook-panel cook-ingredients"
            id="cook-ingredients"
            aria-labelledby="cook-ingredients-title"
          >
            <h2 id="cook-ingredients-title" tabindex={-1}>
              {recipe.sectionTitles.ingredients ?? "Ingredients"}
            </h2>
            {recipe.ingredientGroups.map((group, g) => (
              <>
                {group.title && <h3>{group.title}</h3>}
                <ul class="cook-checklist">
                  {group.ingredients.map((ingredient, i) => (
                    <CheckItem ingredient={ingredient} id={`have-${g}-${i}`} />
                  ))}
                </ul>
              </>
            ))}
          </section>
          <ol class="cook-steps">
            {recipe.stepGroups.map((group) =>
              group.steps.map((step) => (
                <StepPanel
                  recipe={recipe}
                  step={step}
                  number={++number}
                  count={count}
                  groupTitle={group.title}
                />
              )),
            )}
          </ol>
        </div>
      </article>
    </Layout>
  );
}

import { recipePageUrl } from "../../app/recipe-json-ld.js";
import { formatQuantity } from "../../domain/quantity.js";
import type { Recipe } from "../../domain/recipe.js";

const paragraphs = (items: readonly string[]) => items.map((text) => <p>{text}</p>);

export function Variations({ recipe }: { recipe: Recipe }) {
  if (recipe.variations.length === 0) return null;
  return (
    <section id="variations" class="prose">
      <h2>{recipe.sectionTitles.variations ?? "Variations"}</h2>
      {recipe.variations.map((v) => (
        <>
          {v.title && <h3>{v.title}</h3>}
          <p>{v.text}</p>
        </>
      ))}
    </section>
  );
}

/** Pairings link only to recipes the reader can open here: a dead link is worse than none. */
export function Pairings({
  recipe,
  linkedSlugs,
}: {
  recipe: Recipe;
  linkedSlugs: readonly string[];
}) {
  if (recipe.pairings.length === 0) return null;
  return (
    <section id="pairings" class="prose">
      <h2>{recipe.sectionTitles.pairings ?? "Goes well with"}</h2>
      {recipe.pairings.map((p) => (
        <p>
          {p.recipeSlug && linkedSlugs.includes(p.recipeSlug) ? (
            <a href={recipePageUrl("", p.recipeSlug)}>{p.text}</a>
          ) : (
            p.text
          )}
        </p>
      ))}
    </section>
  );
}

export function Substitutions({ recipe }: { recipe: Recipe }) {
  if (recipe.substitutions.length === 0) return null;
  return (
    <section id="substitutions" class="prose">
      <h2>Substitutions</h2>
      <ul>
        {recipe.substitutions.map((s) => (
          <li>
            Instead of <strong>{s.replace}</strong>:{" "}
            {s.options.map((o, i) => (
              <>
                {i > 0 && "; "}
                {o.use}
                {o.add.length > 0 && ` (add ${o.add.join(", ")})`}
                {o.note && <span class="muted"> — {o.note}</span>}
              </>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SpiceLevels({ recipe }: { recipe: Recipe }) {
  const spice = recipe.spice;
  if (!spice || spice.adjustments.length === 0) return null;
  return (
    <section id="spice" class="prose">
      <h2>Less heat, more heat</h2>
      <ul>
        {spice.adjustments.map((a) => (
          <li>
            {a.kind === "fewer" && a.from && a.to
              ? `Use ${formatQuantity(a.to)} instead of ${formatQuantity(a.from)}${a.food ? ` ${a.food}` : ""}.`
              : a.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StorageNotes({ recipe }: { recipe: Recipe }) {
  const s = recipe.storage;
  if (!s) return null;
  const keep = [
    s.container && `in ${/^an? /i.test(s.container) ? "" : "an "}${s.container}`,
    s.fridgeDays && `in the fridge for up to ${s.fridgeDays} days`,
    s.freezerMonths && `in the freezer for up to ${s.freezerMonths} months`,
  ].filter(Boolean);
  return (
    <section id="storage" class="prose">
      <h2>Storage and make-ahead</h2>
      <dl class="storage">
        {keep.length > 0 && (
          <>
            <dt>Keep</dt>
            <dd>{`Keep it ${keep.join(", ")}.`}</dd>
          </>
        )}
        {s.makeAhead && (
          <>
            <dt>Make ahead</dt>
            <dd>{s.makeAhead}</dd>
          </>
        )}
        {s.reheat && (
          <>
            <dt>Reheat</dt>
            <dd>{s.reheat}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

export function Faq({ recipe }: { recipe: Recipe }) {
  if (recipe.faq.length === 0) return null;
  return (
    <section id="faq">
      <h2>{recipe.sectionTitles.faq ?? "Questions"}</h2>
      {recipe.faq.map((entry) => (
        <details class="faq" open>
          <summary>{entry.question}</summary>
          <p>{entry.answer}</p>
        </details>
      ))}
    </section>
  );
}

export function Conclusion({ recipe }: { recipe: Recipe }) {
  if (recipe.conclusion.length === 0) return null;
  return (
    <section id="conclusion" class="prose">
      {recipe.sectionTitles.conclusion && <h2>{recipe.sectionTitles.conclusion}</h2>}
      {paragraphs(recipe.conclusion)}
    </section>
  );
}

export function Story({ recipe }: { recipe: Recipe }) {
  if (recipe.story.length === 0 && recipe.authorNotes.length === 0) return null;
  return (
    <section class="story prose" aria-label="The story">
      {paragraphs(recipe.story)}
      {recipe.authorNotes.length > 0 && (
        <>
          <h2>{recipe.sectionTitles.authorNotes ?? "Why I love this recipe"}</h2>
          {paragraphs(recipe.authorNotes)}
        </>
      )}
    </section>
  );
}

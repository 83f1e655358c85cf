import type { DraftFields } from "../../app/recipe-draft-fields.js";
import { ParsedLines } from "./editor-fields.js";

/** What the recipe will look like, roughly: redrawn live by the browser module as the author
 *  types, and by the server on every post of the form. */
export function EditorPreview({ fields }: { fields: DraftFields }) {
  const steps = fields.stepGroups
    .flatMap((g) => g.steps)
    .filter((s) => s.text.trim() || s.title.trim());
  return (
    <aside class="editor-preview" id="preview" aria-label="Preview">
      <h2 class="preview-title">{fields.title.trim() || "Untitled recipe"}</h2>
      {fields.description.trim() && <p class="preview-description">{fields.description}</p>}
      {fields.images[0] && (
        <img class="preview-image" src={fields.images[0].url} alt={fields.images[0].alt ?? ""} />
      )}
      <h3>Ingredients</h3>
      {fields.ingredientGroups.map((g, n) => (
        <>
          {g.title.trim() && <h4>{g.title}</h4>}
          <ParsedLines lines={g.lines} id={`preview-ingredients-${n}`} />
        </>
      ))}
      <h3>Steps</h3>
      <ol class="preview-steps">
        {steps.map((s) => (
          <li>
            {s.title.trim() && <strong>{s.title} </strong>}
            {s.text}
          </li>
        ))}
      </ol>
    </aside>
  );
}

import type { DraftFields } from "../../app/recipe-draft-fields.js";
import { Control, type FieldMessages, idOf, ParsedLines } from "./editor-fields.js";

interface SectionProps {
  readonly fields: DraftFields;
  readonly messages: FieldMessages;
}

/** Ingredient groups: a title and a box of lines each, with how every line reads below it. */
export function IngredientSection({ fields, messages }: SectionProps) {
  const groups =
    fields.ingredientGroups.length > 0 ? fields.ingredientGroups : [{ title: "", lines: "" }];
  return (
    <fieldset class="ingredients">
      <legend>Ingredients</legend>
      {groups.map((group, g) => (
        <div class="group">
          <Control
            name={`ingredientGroups.${g}.title`}
            label={`Group ${g + 1} title (optional)`}
            value={group.title}
            messages={messages}
          />
          <Control
            name={`ingredientGroups.${g}.lines`}
            label={`Ingredients of group ${g + 1}`}
            hint="One per line, as you would write it: 2 tbsp fish sauce, divided"
            value={group.lines}
            messages={messages}
            multiline
            rows={8}
            extra={{ "data-ingredients": `parsed-${g}` }}
          />
          <ParsedLines lines={group.lines} id={`parsed-${g}`} />
        </div>
      ))}
      <button type="submit" name="action" value="add-ingredient-group">
        Add an ingredient group
      </button>
    </fieldset>
  );
}

/** Step groups of titled steps, each with buttons to move it up or down and to remove it: they
 *  post the form without JavaScript; with it, the browser module moves the step in place. */
export function StepSection({ fields, messages }: SectionProps) {
  const groups =
    fields.stepGroups.length > 0
      ? fields.stepGroups
      : [{ title: "", steps: [{ title: "", text: "" }] }];
  return (
    <fieldset class="steps">
      <legend>Steps</legend>
      {groups.map((group, g) => (
        <div class="group" data-step-group={String(g)}>
          <Control
            name={`stepGroups.${g}.title`}
            label={`Step group ${g + 1} title (optional)`}
            value={group.title}
            messages={messages}
          />
          <ol class="step-list">
            {group.steps.map((step, s) => (
              <li class="step" draggable="true">
                <fieldset>
                  <legend>Step {s + 1}</legend>
                  <Control
                    name={`stepGroups.${g}.steps.${s}.title`}
                    label="Step title (optional)"
                    value={step.title}
                    messages={messages}
                  />
                  <Control
                    name={`stepGroups.${g}.steps.${s}.text`}
                    label="What to do"
                    value={step.text}
                    messages={messages}
                    multiline
                    rows={3}
                  />
                  <div class="step-tools">
                    <button
                      type="submit"
                      name="action"
                      value={`up.${g}.${s}`}
                      disabled={s === 0}
                      aria-controls={idOf(`stepGroups.${g}.steps.${s}.text`)}
                    >
                      Move up
                    </button>
                    <button
                      type="submit"
                      name="action"
                      value={`down.${g}.${s}`}
                      disabled={s === group.steps.length - 1}
                    >
                      Move down
                    </button>
                    <button type="submit" name="action" value={`remove.${g}.${s}`}>
                      Remove step
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          {messages.get(`stepGroups.${g}.steps`) && (
            <p class="field-error" id={`e-stepGroups-${g}-steps`}>
              {messages.get(`stepGroups.${g}.steps`)}
            </p>
          )}
          <button type="submit" name="action" value={`add-step.${g}`}>
            Add a step
          </button>
        </div>
      ))}
      <button type="submit" name="action" value="add-step-group">
        Add a step group
      </button>
    </fieldset>
  );
}

import type { DraftFields } from "../../app/recipe-draft-fields.js";
import { Control, type FieldMessages } from "./editor-fields.js";
import { EditorPreview } from "./editor-preview.js";
import { IngredientSection, StepSection } from "./editor-sections.js";
import { Layout } from "./layout.js";

export interface EditorPageProps {
  readonly heading: string;
  /** Where the form posts: /recipes/new, /drafts/:id or /recipes/:slug/edit. */
  readonly action: string;
  readonly kind: "new" | "draft" | "recipe";
  readonly fields: DraftFields;
  readonly messages: FieldMessages;
  /** A line above the form: what happened (saved, filled from an import) or what went wrong. */
  readonly notice?: { readonly text: string; readonly error: boolean };
  readonly csrfToken: string;
  readonly stylesheetHref: string;
  readonly editorStylesheetHref: string;
  /** The editor's browser module; absent (no build), the form works as it is. */
  readonly editorScriptHref?: string;
  readonly drafts?: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly viewHref?: string;
}

/** The recipe editor: one form for every section of the model, working without JavaScript
 *  (each button posts the form and the page comes back with what was typed); the browser module
 *  only adds the live preview, parse-as-you-type and reordering in place. */
export function EditorPage(props: EditorPageProps) {
  const { fields, messages } = props;
  const c = (
    name: keyof DraftFields & string,
    label: string,
    more: Partial<Parameters<typeof Control>[0]> = {},
  ) => (
    <Control
      name={name}
      label={label}
      value={String(fields[name] ?? "")}
      messages={messages}
      {...more}
    />
  );
  return (
    <Layout
      title={`${props.heading} — Claypot`}
      stylesheetHref={props.stylesheetHref}
      head={
        <>
          <link rel="stylesheet" href={props.editorStylesheetHref} />
          {props.editorScriptHref && <script type="module" src={props.editorScriptHref} />}
        </>
      }
    >
      <h1>{props.heading}</h1>
      {props.notice && (
        <p
          class={props.notice.error ? "notice error" : "notice"}
          role={props.notice.error ? "alert" : "status"}
        >
          {props.notice.text}
        </p>
      )}
      {props.viewHref && (
        <p>
          <a href={props.viewHref}>See the published recipe</a>
        </p>
      )}
      <div class="editor">
        <form
          method="post"
          action={props.action}
          enctype="multipart/form-data"
          class="editor-form"
          novalidate
        >
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <input type="hidden" name="images" value={JSON.stringify(fields.images)} />
          {/* Enter in a text field presses the first button: keep that one harmless. */}
          <button type="submit" name="action" value="preview" class="visually-hidden" tabindex={-1}>
            Preview
          </button>
          <details class="prefill" open={messages.has("importText") || messages.has("importUrl")}>
            <summary>Fill from a post, a page or a link</summary>
            <Control
              name="importText"
              label="Paste a recipe (text or HTML)"
              value=""
              messages={messages}
              multiline
              rows={5}
            />
            <button type="submit" name="action" value="import-text">
              Fill from pasted text
            </button>
            <Control
              name="importUrl"
              label="Or a link to a recipe page"
              value=""
              messages={messages}
              extra={{ type: "url" }}
            />
            <button type="submit" name="action" value="import-url">
              Fill from the link
            </button>
          </details>
          <fieldset>
            <legend>About</legend>
            {c("title", "Title")}
            {c("description", "Description", { multiline: true, rows: 2 })}
            {c("story", "Story", {
              multiline: true,
              rows: 6,
              hint: "Paragraphs apart by a blank line.",
            })}
            {c("notes", "Notes", { multiline: true, rows: 3 })}
          </fieldset>
          <fieldset class="details">
            <legend>Details</legend>
            {c("yields", "Yields", { hint: "e.g. 4 servings" })}
            {c("prep", "Prep time", { hint: "e.g. 15 minutes" })}
            {c("cook", "Cook time")}
            {c("total", "Total time")}
            {c("cuisine", "Cuisine", { hint: "Comma-separated" })}
            {c("category", "Category")}
            {c("keywords", "Keywords")}
          </fieldset>
          <IngredientSection fields={fields} messages={messages} />
          <StepSection fields={fields} messages={messages} />
          <fieldset>
            <legend>More</legend>
            {c("equipment", "Equipment", { multiline: true, hint: "One per line." })}
            {c("variations", "Variations", { multiline: true, hint: "One per paragraph." })}
            {fields.faq.map((f, n) => (
              <div class="faq-entry">
                <Control
                  name={`faq.${n}.question`}
                  label={`Question ${n + 1}`}
                  value={f.question}
                  messages={messages}
                />
                <Control
                  name={`faq.${n}.answer`}
                  label={`Answer ${n + 1}`}
                  value={f.answer}
                  messages={messages}
                  multiline
                  rows={2}
                />
              </div>
            ))}
            <button type="submit" name="action" value="add-faq">
              Add a question
            </button>
          </fieldset>
          <fieldset class="images">
            <legend>Images</legend>
            <ul class="image-list">
              {fields.images.map((image, n) => (
                <li>
                  <img
                    src={image.url}
                    alt={image.alt ?? ""}
                    width={image.width}
                    height={image.height}
                    loading="lazy"
                  />
                  <button type="submit" name="action" value={`remove-image.${n}`}>
                    Remove image {n + 1}
                  </button>
                </li>
              ))}
            </ul>
            <Control
              name="image"
              label="Add an image (JPEG, PNG, WebP, AVIF or GIF; up to 10 MB)"
              value=""
              messages={messages}
              extra={{ type: "file", accept: "image/*" }}
            />
            <button type="submit" name="action" value="upload">
              Upload
            </button>
          </fieldset>
          <fieldset>
            <legend>Publish</legend>
            <label for="f-visibility">Who sees it once published</label>
            <select id="f-visibility" name="visibility">
              {(["public", "unlisted", "private"] as const).map((v) => (
                <option value={v} selected={fields.visibility === v}>
                  {v === "public"
                    ? "Everyone"
                    : v === "unlisted"
                      ? "Whoever has the link"
                      : "Only me and my household"}
                </option>
              ))}
            </select>
            <div class="actions">
              <button type="submit" name="action" value="save">
                Save draft
              </button>
              <button type="submit" name="action" value="publish" class="primary">
                Publish
              </button>
              {props.kind === "draft" && (
                <button type="submit" name="action" value="discard">
                  Discard draft
                </button>
              )}
              {props.kind === "recipe" && (
                <button type="submit" name="action" value="delete" class="danger">
                  Delete recipe
                </button>
              )}
            </div>
          </fieldset>
        </form>
        <EditorPreview fields={fields} />
      </div>
      {props.drafts && props.drafts.length > 0 && (
        <section class="drafts">
          <h2>Your drafts</h2>
          <ul>
            {props.drafts.map((d) => (
              <li>
                <a href={`/drafts/${d.id}`}>{d.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

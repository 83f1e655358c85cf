import { type Context, Hono } from "hono";
import { deleteRecipe } from "../../app/delete-recipe.js";
import { importRecipeFromUrl } from "../../app/import-from-url.js";
import { importRecipe } from "../../app/import-recipe.js";
import type { BlobStore, Fetcher, Visibility } from "../../app/ports.js";
import { publishRecipe } from "../../app/publish-recipe.js";
import { type DraftFields, emptyFields, fieldsFromRecipe } from "../../app/recipe-draft-fields.js";
import { discardDraft, listMyDrafts, openDraft, saveDraft } from "../../app/save-draft.js";
import { findChangeableRecipe } from "../../app/share-recipe.js";
import { MAX_IMAGE_BYTES, uploadImage } from "../../app/upload-image.js";
import type { Recipe } from "../../domain/recipe.js";
import { fail, type Issue, ok, type Result } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { EditorPage } from "../pages/editor-page.js";
import { renderIssues, renderPage, seeOther } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import { EDITOR_STYLESHEET_FILE, type WebAssets } from "../web-assets.js";
import { type EditorSubmit, readEditorSubmit, reshapeFields } from "./recipe-editor-form.js";

export interface RecipeEditorDeps extends RouteDeps {
  readonly fetchPage: Fetcher;
  /** Where uploaded images go; absent, uploads are refused with a message. */
  readonly blobs?: BlobStore;
  readonly webAssets?: WebAssets;
}

/** Which recipe a form edits: a new one, a draft, or a published recipe. */
type Target =
  | { readonly kind: "new" }
  | { readonly kind: "draft"; readonly id: string; readonly recipeSlug?: string }
  | {
      readonly kind: "recipe";
      readonly id: string;
      readonly slug: string;
      readonly recipe: Recipe;
      readonly visibility: Visibility;
    };

const encoder = new TextEncoder();
const startFields = (): DraftFields => ({
  ...emptyFields(),
  ingredientGroups: [{ title: "", lines: "" }],
  stepGroups: [{ title: "", steps: [{ title: "", text: "" }] }],
});

/** The recipe editor's pages: /recipes/new, /drafts/:id and /recipes/:slug/edit, each a GET of
 *  the form and a POST of any of its buttons (recipe-editor-form.ts lists them). */
export function recipeEditor(deps: RecipeEditorDeps) {
  const routes = new Hono<AppEnv>();
  const script = deps.webAssets?.entries.editor;

  const show = (
    c: Context<AppEnv>,
    target: Target,
    fields: DraftFields,
    extra: {
      messages?: ReadonlyMap<string, string>;
      notice?: { text: string; error: boolean };
    } = {},
    status: 200 | 400 = 200,
  ) =>
    renderPage(
      c,
      deps.publicUrl,
      <EditorPage
        heading={
          target.kind === "recipe"
            ? `Edit ${target.recipe.title}`
            : target.kind === "draft"
              ? "Edit draft"
              : "New recipe"
        }
        action={actionOf(target)}
        kind={target.kind}
        fields={fields}
        messages={extra.messages ?? new Map()}
        {...(extra.notice && { notice: extra.notice })}
        csrfToken={csrfTokenFor(c, deps.publicUrl)}
        stylesheetHref={deps.stylesheetHref}
        editorStylesheetHref={`/assets/web/${EDITOR_STYLESHEET_FILE}`}
        {...(script !== undefined && { editorScriptHref: `/assets/web/${script}` })}
        {...(target.kind === "recipe" && {
          viewHref: `/recipes/${encodeURIComponent(target.slug)}`,
        })}
      />,
      status,
    );

  const resolve = async (c: Context<AppEnv>, kind: Target["kind"]): Promise<Result<Target>> => {
    const viewer = c.get("viewer");
    if (kind === "new") {
      return viewer.kind === "user"
        ? ok({ kind })
        : fail("UNAUTHENTICATED", "sign in to write recipes");
    }
    if (kind === "draft") {
      const draft = await openDraft(deps, viewer, c.req.param("id") ?? "");
      if (!draft.ok) return draft;
      const { id, recipeSlug } = draft.value;
      return ok({ kind, id, ...(recipeSlug !== undefined && { recipeSlug }) });
    }
    const found = await findChangeableRecipe(deps, { viewer }, c.req.param("slug") ?? "");
    if (!found.ok) return found;
    return ok({
      kind,
      id: found.value.id,
      slug: found.value.recipe.slug,
      recipe: found.value.recipe,
      visibility: found.value.visibility,
    });
  };

  routes.get("/recipes/new", async (c) => {
    const target = await resolve(c, "new");
    if (!target.ok) return renderIssues(c, deps, target.issues);
    const drafts = await listMyDrafts(deps, c.get("viewer"));
    return renderPage(
      c,
      deps.publicUrl,
      <EditorPage
        heading="New recipe"
        action="/recipes/new"
        kind="new"
        fields={startFields()}
        messages={new Map()}
        csrfToken={csrfTokenFor(c, deps.publicUrl)}
        stylesheetHref={deps.stylesheetHref}
        editorStylesheetHref={`/assets/web/${EDITOR_STYLESHEET_FILE}`}
        {...(script !== undefined && { editorScriptHref: `/assets/web/${script}` })}
        drafts={drafts.map((d) => ({ id: d.id, title: d.title }))}
      />,
    );
  });

  routes.get("/drafts/:id", async (c) => {
    const draft = await openDraft(deps, c.get("viewer"), c.req.param("id"));
    if (!draft.ok) return renderIssues(c, deps, draft.issues);
    const { id, recipeSlug, fields } = draft.value;
    const saved = c.req.query("saved") !== undefined;
    return show(c, { kind: "draft", id, ...(recipeSlug !== undefined && { recipeSlug }) }, fields, {
      ...(saved && { notice: { text: "Draft saved. Only you can see it.", error: false } }),
    });
  });

  routes.get("/recipes/:slug/edit", async (c) => {
    const target = await resolve(c, "recipe");
    if (!target.ok) return renderIssues(c, deps, target.issues);
    const { value } = target;
    return value.kind === "recipe"
      ? show(c, value, fieldsFromRecipe(value.recipe, value.visibility))
      : renderIssues(c, deps, []);
  });

  const submit = (kind: Target["kind"]) => async (c: Context<AppEnv>) => {
    const target = await resolve(c, kind);
    if (!target.ok) return renderIssues(c, deps, target.issues);
    const form = await readEditorSubmit(c);
    if (!form.ok) return renderIssues(c, deps, form.issues);
    return answer(c, target.value, form.value);
  };
  routes.post("/recipes/new", submit("new"));
  routes.post("/drafts/:id", submit("draft"));
  routes.post("/recipes/:slug/edit", submit("recipe"));

  const answer = async (c: Context<AppEnv>, target: Target, form: EditorSubmit) => {
    const viewer = c.get("viewer");
    const refuse = (field: string, issues: readonly Issue[], fields = form.fields) =>
      show(
        c,
        target,
        fields,
        { messages: new Map([[field, issues[0]?.message ?? "Something is wrong here."]]) },
        400,
      );
    let fields = form.fields;
    // A chosen image is uploaded whatever button was pressed: publishing keeps it too.
    if (form.image || form.action === "upload") {
      const added = await addImage(form.image);
      if (!added.ok) return refuse("image", added.issues);
      fields = { ...fields, images: [...fields.images, added.value] };
      if (form.action === "upload")
        return show(c, target, fields, { notice: { text: "Image added.", error: false } });
    }
    const reshaped = reshapeFields(fields, form.action);
    if (reshaped) return show(c, target, reshaped);
    switch (form.action) {
      case "import-text":
      case "import-url": {
        const field = form.action === "import-text" ? "importText" : "importUrl";
        const given = form.action === "import-text" ? form.importText : form.importUrl;
        if (given.trim() === "")
          return refuse(field, [
            { code: "INPUT_EMPTY", path: [], message: "Paste a recipe or a link first." },
          ]);
        const imported =
          form.action === "import-text"
            ? importRecipe({ bytes: encoder.encode(given), format: "auto" })
            : await importRecipeFromUrl(deps, given);
        if (!imported.ok) return refuse(field, imported.issues);
        const filled = fieldsFromRecipe(imported.value, fields.visibility);
        return show(
          c,
          target,
          { ...filled, images: [...fields.images, ...filled.images] },
          {
            notice: {
              text: "Filled from the import: check every section before you publish.",
              error: false,
            },
          },
        );
      }
      case "save": {
        const saved = await saveDraft(deps, viewer, {
          ...(target.kind === "draft" && { id: target.id }),
          ...(target.kind === "recipe" && { recipe: { id: target.id, slug: target.slug } }),
          fields,
        });
        return saved.ok
          ? seeOther(c, `/drafts/${saved.value.id}?saved`)
          : renderIssues(c, deps, saved.issues);
      }
      case "publish": {
        const slug =
          target.kind === "recipe"
            ? target.slug
            : target.kind === "draft"
              ? target.recipeSlug
              : undefined;
        const published = await publishRecipe(deps, viewer, {
          fields,
          ...(slug !== undefined && { slug }),
          ...(target.kind === "draft" && { draftId: target.id }),
        });
        if (published.ok)
          return seeOther(c, `/recipes/${encodeURIComponent(published.stored.recipe.slug)}`);
        if (published.fieldIssues.length === 0) return renderIssues(c, deps, published.issues);
        const messages = new Map<string, string>();
        for (const found of published.fieldIssues)
          if (!messages.has(found.field)) messages.set(found.field, found.message);
        const count = messages.size;
        return show(
          c,
          target,
          fields,
          {
            messages,
            notice: {
              text: `Not published yet: ${count === 1 ? "one thing needs" : `${count} things need`} fixing below. Nothing was lost.`,
              error: true,
            },
          },
          400,
        );
      }
      case "discard": {
        if (target.kind !== "draft") break;
        const done = await discardDraft(deps, viewer, target.id);
        return done.ok ? seeOther(c, "/recipes/new") : renderIssues(c, deps, done.issues);
      }
      case "delete": {
        if (target.kind !== "recipe") break;
        const done = await deleteRecipe(deps, { viewer }, target.slug);
        return done.ok ? seeOther(c, "/") : renderIssues(c, deps, done.issues);
      }
    }
    return show(c, target, fields);
  };

  const addImage = async (file: File | undefined) => {
    if (!file) return fail("IMAGE_MISSING", "Choose an image file first.", ["image"]);
    if (!deps.blobs)
      return fail("IMAGE_UPLOADS_OFF", "Image uploads are not set up on this site.", ["image"]);
    // Refused on its size before its bytes are copied again.
    if (file.size > MAX_IMAGE_BYTES) {
      const mb = (file.size / 1024 / 1024).toFixed(1);
      return fail(
        "IMAGE_TOO_LARGE",
        `This image is ${mb} MB; the limit is 10 MB. Make it smaller and try again.`,
        ["image"],
      );
    }
    return uploadImage({ blobs: deps.blobs }, new Uint8Array(await file.arrayBuffer()));
  };

  return routes;
}

const actionOf = (target: Target) =>
  target.kind === "new"
    ? "/recipes/new"
    : target.kind === "draft"
      ? `/drafts/${target.id}`
      : `/recipes/${encodeURIComponent(target.slug)}/edit`;

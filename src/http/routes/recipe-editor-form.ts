import type { Context } from "hono";
import { z } from "zod";
import { type DraftFields, DraftFieldsSchema } from "../../app/recipe-draft-fields.js";
import { ImageSchema } from "../../domain/recipe.js";
import { fail, ok, type Result } from "../../lib/result.js";

/** What an editor submit carries: the fields as typed, the button pressed, and what the import
 *  and upload parts of the form hold.
 *  Field names: title, description, …, ingredientGroups.G.(title|lines),
 *  stepGroups.G.title, stepGroups.G.steps.S.(title|text), faq.N.(question|answer), images (JSON).
 *  Buttons (name "action"): save, publish, preview, discard, delete, import-text, import-url,
 *  upload, add-ingredient-group, add-step-group, add-step.G, add-faq, up.G.S, down.G.S,
 *  remove.G.S, remove-image.N. */
export interface EditorSubmit {
  readonly fields: DraftFields;
  readonly action: string;
  readonly importText: string;
  readonly importUrl: string;
  readonly image?: File;
}

const SIMPLE = [
  "title",
  "description",
  "story",
  "notes",
  "yields",
  "prep",
  "cook",
  "total",
  "cuisine",
  "category",
  "keywords",
  "equipment",
  "variations",
  "visibility",
] as const;

const GROUP = /^(ingredientGroups|stepGroups|faq)\.(\d{1,4})\.(title|lines|question|answer)$/;
const STEP = /^stepGroups\.(\d{1,4})\.steps\.(\d{1,4})\.(title|text)$/;

/** Sparse numbered entries, in number order, gaps closed. */
const inOrder = <T>(entries: Map<number, T>): T[] =>
  [...entries.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);

const at = <T>(map: Map<number, T>, key: number, make: () => T): T => {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
};

const ImagesField = z.array(ImageSchema).max(100);

/** The editor's form (urlencoded or multipart) → its fields, never failing on what a person can
 *  type: only a request no editor sends (over the fields' bounds, bad image JSON) is refused. */
export async function readEditorSubmit(c: Context): Promise<Result<EditorSubmit>> {
  const body = await c.req.parseBody();
  const raw: Record<string, unknown> = {};
  for (const name of SIMPLE) {
    const value = body[name];
    if (typeof value === "string") raw[name] = value;
  }
  const ingredientGroups = new Map<number, { title: string; lines: string }>();
  const stepGroups = new Map<
    number,
    { title: string; steps: Map<number, Record<string, string>> }
  >();
  const faq = new Map<number, { question: string; answer: string }>();
  for (const [name, value] of Object.entries(body)) {
    if (typeof value !== "string") continue;
    const step = STEP.exec(name);
    if (step) {
      const group = at(stepGroups, Number(step[1]), () => ({ title: "", steps: new Map() }));
      const entry = at(group.steps, Number(step[2]), () => ({ title: "", text: "" }));
      entry[step[3]!] = value;
      continue;
    }
    const match = GROUP.exec(name);
    if (!match) continue;
    const [, kind, n, key] = match;
    if (kind === "ingredientGroups" && (key === "title" || key === "lines"))
      at(ingredientGroups, Number(n), () => ({ title: "", lines: "" }))[key] = value;
    else if (kind === "stepGroups" && key === "title")
      at(stepGroups, Number(n), () => ({ title: "", steps: new Map() })).title = value;
    else if (kind === "faq" && (key === "question" || key === "answer"))
      at(faq, Number(n), () => ({ question: "", answer: "" }))[key] = value;
  }
  raw.ingredientGroups = inOrder(ingredientGroups);
  raw.stepGroups = inOrder(stepGroups).map((g) => ({ title: g.title, steps: inOrder(g.steps) }));
  raw.faq = inOrder(faq);
  if (typeof body.images === "string" && body.images !== "") {
    let images: unknown;
    try {
      images = JSON.parse(body.images);
    } catch {
      return fail("BAD_REQUEST", "the images field is not JSON", ["form", "images"]);
    }
    const parsed = ImagesField.safeParse(images);
    if (!parsed.success)
      return fail("BAD_REQUEST", "the images field is not valid", ["form", "images"]);
    raw.images = parsed.data;
  }
  const fields = DraftFieldsSchema.safeParse(raw);
  if (!fields.success) {
    return fail("BAD_REQUEST", "the form holds more than any recipe could", ["form"]);
  }
  const text = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  const image = body.image;
  return ok({
    fields: fields.data,
    action: text("action"),
    importText: text("importText"),
    importUrl: text("importUrl").trim(),
    ...(image instanceof File && image.size > 0 && { image }),
  });
}

/** Applies a button that only reshapes the form (add, remove, move): no storage involved, so it
 *  works the same without JavaScript. Undefined when the action is not one of these. */
export function reshapeFields(fields: DraftFields, action: string): DraftFields | undefined {
  const [verb, a, b] = action.split(".");
  const g = Number(a);
  const s = Number(b);
  const groups = fields.stepGroups.map((group) => ({ ...group, steps: [...group.steps] }));
  const blankStep = { title: "", text: "" };
  switch (verb) {
    case "add-ingredient-group":
      return {
        ...fields,
        ingredientGroups: [...fields.ingredientGroups, { title: "", lines: "" }],
      };
    case "add-step-group":
      return { ...fields, stepGroups: [...groups, { title: "", steps: [blankStep] }] };
    case "add-faq":
      return { ...fields, faq: [...fields.faq, { question: "", answer: "" }] };
    case "add-step":
      groups[g]?.steps.push(blankStep);
      return { ...fields, stepGroups: groups };
    case "remove":
      groups[g]?.steps.splice(s, 1);
      return { ...fields, stepGroups: groups };
    case "up":
    case "down": {
      const steps = groups[g]?.steps;
      const to = verb === "up" ? s - 1 : s + 1;
      if (steps?.[s] && steps[to]) [steps[s], steps[to]] = [steps[to]!, steps[s]!];
      return { ...fields, stepGroups: groups };
    }
    case "remove-image":
      return { ...fields, images: fields.images.filter((_, i) => i !== g) };
    default:
      return undefined;
  }
}

/** The editor's form posts: a body limit goes before the CSRF check, which reads the body. */
export const EDITOR_FORM_PATHS = ["/recipes/new", "/drafts/:id", "/recipes/:slug/edit"] as const;
/** Room for a 20 MB image and the fields with it, so an image over the 10 MB limit is refused at
 *  its field with everything typed kept; a larger body is refused unread. */
export const MAX_EDITOR_BODY = 32 * 1024 * 1024;

import { z } from "zod";
import { formatDuration } from "../domain/duration.js";
import { readStepText } from "../domain/read-step-text.js";
import { readDuration } from "../domain/read-timers.js";
import { readYields } from "../domain/read-yields.js";
import { ImageSchema, type Recipe, type RecipeInput } from "../domain/recipe.js";
import { RecipeIssueCode, validateRecipe } from "../domain/validate-recipe.js";
import { readIngredientLine } from "../importers/text/read-ingredients.js";
import { type Issue, issue, ok, type Result } from "../lib/result.js";
import { slugify } from "../lib/slug.js";
import { VISIBILITIES } from "./ports.js";

/** The editor's fields: what an author types, kept as typed (drafts hold them, valid or not),
 *  and turned into the model only on publish. Bounds are wide enough to hold any honest recipe
 *  that the model then refuses with a message at the field (10,000 ingredient lines included). */
const field = (max: number) => z.string().max(max).default("");

export const DraftFieldsSchema = z.object({
  title: field(2_000),
  description: field(20_000),
  story: field(200_000),
  notes: field(200_000),
  yields: field(2_000),
  prep: field(200),
  cook: field(200),
  total: field(200),
  cuisine: field(5_000),
  category: field(5_000),
  keywords: field(10_000),
  equipment: field(20_000),
  variations: field(200_000),
  ingredientGroups: z
    .array(z.object({ title: field(2_000), lines: field(2_000_000) }))
    .max(100)
    .default([]),
  stepGroups: z
    .array(
      z.object({
        title: field(2_000),
        steps: z
          .array(z.object({ title: field(2_000), text: field(50_000) }))
          .max(1_000)
          .default([]),
      }),
    )
    .max(100)
    .default([]),
  faq: z
    .array(z.object({ question: field(5_000), answer: field(50_000) }))
    .max(300)
    .default([]),
  images: z.array(ImageSchema).max(100).default([]),
  visibility: z.enum(VISIBILITIES).default("public"),
});
export type DraftFields = z.infer<typeof DraftFieldsSchema>;

export const emptyFields = (): DraftFields => DraftFieldsSchema.parse({});

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const paragraphs = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
const list = (text: string) =>
  text
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
const blank = (text: string) => text.trim() === "";

/** A stored recipe as the editor shows it. */
export function fieldsFromRecipe(
  recipe: Recipe,
  visibility: DraftFields["visibility"],
): DraftFields {
  const time = (key: "prep" | "cook" | "total") => {
    const d = recipe.times[key];
    return d ? formatDuration(d) : "";
  };
  return {
    title: recipe.title,
    description: recipe.description ?? "",
    story: recipe.story.join("\n\n"),
    notes: recipe.authorNotes.join("\n\n"),
    yields: recipe.yields?.text ?? "",
    prep: time("prep"),
    cook: time("cook"),
    total: time("total"),
    cuisine: recipe.cuisine.join(", "),
    category: recipe.category.join(", "),
    keywords: recipe.keywords.join(", "),
    equipment: recipe.equipment.join("\n"),
    variations: recipe.variations
      .map((v) => (v.title ? `${v.title}: ${v.text}` : v.text))
      .join("\n\n"),
    ingredientGroups: recipe.ingredientGroups.map((g) => ({
      title: g.title ?? "",
      lines: g.ingredients.map((i) => i.text).join("\n"),
    })),
    stepGroups: recipe.stepGroups.map((g) => ({
      title: g.title ?? "",
      steps: g.steps.map((s) => ({ title: s.title ?? "", text: s.text })),
    })),
    faq: recipe.faq.map((f) => ({ question: f.question, answer: f.answer })),
    images: recipe.images,
    visibility,
  };
}

export const DraftIssueCode = {
  TimeUnreadable: "TIME_UNREADABLE",
} as const;

/** The form field a model issue belongs to: where the editor shows it. */
export function fieldOf(path: Issue["path"], code: string): string {
  const [head, a, b, c] = path;
  if (code === RecipeIssueCode.Empty) return "ingredientGroups.0.lines";
  if (head === "ingredientGroups" && typeof a === "number") {
    return b === "title" ? `ingredientGroups.${a}.title` : `ingredientGroups.${a}.lines`;
  }
  if (head === "stepGroups" && typeof a === "number") {
    if (b === "steps" && typeof c === "number") {
      return path[4] === "title"
        ? `stepGroups.${a}.steps.${c}.title`
        : `stepGroups.${a}.steps.${c}.text`;
    }
    return b === "title" ? `stepGroups.${a}.title` : `stepGroups.${a}.steps`;
  }
  if (head === "faq" && typeof a === "number")
    return `faq.${a}.${b === "question" ? "question" : "answer"}`;
  if (head === "authorNotes") return "notes";
  if (head === "yields" || head === "title" || head === "description" || head === "story")
    return head;
  if (head === "times" && typeof a === "string") return a;
  if (head === "cuisine" || head === "category" || head === "keywords" || head === "equipment")
    return head;
  if (head === "variations") return "variations";
  return "form";
}

/** What a person should read at the field, in place of zod's words. */
function messageOf(found: Issue, fieldName: string, recipe: RecipeInput): string {
  if (found.code === RecipeIssueCode.TitleMissing) return "Give the recipe a title.";
  if (found.code === RecipeIssueCode.Empty) return "Add at least one ingredient or one step.";
  if (found.code === RecipeIssueCode.TooLarge && fieldName.endsWith(".lines")) {
    const g = Number(fieldName.split(".")[1]);
    const count = recipe.ingredientGroups?.[g]?.ingredients.length ?? 0;
    return `A group holds at most 500 ingredients; this one has ${count}. Split it into groups.`;
  }
  if (found.code === RecipeIssueCode.TooLarge) return "This is longer than a recipe may hold.";
  return found.message;
}

export interface FieldIssue extends Issue {
  /** The editor field it belongs to ("title", "ingredientGroups.0.lines", "form"). */
  readonly field: string;
}

const atField = (found: Issue, fieldName: string, message = found.message): FieldIssue => ({
  ...found,
  message,
  field: fieldName,
});

/** The editor's fields → a valid Recipe, or every issue at the field it belongs to. `base` is
 *  the recipe being edited: what the editor does not show (nutrition, source, storage…) is kept,
 *  and so is every line and step left as it was, with what was read from it before. */
export function recipeFromFields(
  fields: DraftFields,
  base?: Recipe,
): Result<Recipe> & { readonly fieldIssues: readonly FieldIssue[] } {
  const problems: FieldIssue[] = [];
  const times: Record<string, unknown> = {};
  for (const key of ["prep", "cook", "total"] as const) {
    if (blank(fields[key])) continue;
    const duration = readDuration(fields[key]);
    if (duration) times[key] = duration;
    else
      problems.push(
        atField(
          issue(DraftIssueCode.TimeUnreadable, "", ["times", key]),
          key,
          'Write a time such as "20 minutes" or "1–2 hours".',
        ),
      );
  }
  const before = new Map(
    (base?.ingredientGroups ?? []).flatMap((g) => g.ingredients.map((i) => [i.text, i] as const)),
  );
  const beforeSteps = new Map(
    (base?.stepGroups ?? []).flatMap((g) =>
      g.steps.map((s) => [`${s.title ?? ""}\n${s.text}`, s] as const),
    ),
  );
  const ingredientGroups = fields.ingredientGroups
    .map((g) => ({
      ...(!blank(g.title) && { title: g.title.trim() }),
      ingredients: lines(g.lines).map((text) => before.get(text) ?? readIngredientLine(text)),
    }))
    .filter((g) => g.ingredients.length > 0 || g.title !== undefined);
  const sameIngredients =
    JSON.stringify(ingredientGroups.map((g) => g.ingredients.map((i) => i.text))) ===
    JSON.stringify(base?.ingredientGroups.map((g) => g.ingredients.map((i) => i.text)) ?? null);
  const stepGroups = fields.stepGroups
    .map((g) => ({
      ...(!blank(g.title) && { title: g.title.trim() }),
      steps: g.steps
        .filter((s) => !blank(s.text) || !blank(s.title))
        .map((s) => {
          const title = s.title.trim();
          const text = s.text.trim();
          const kept = beforeSteps.get(`${title}\n${text}`);
          // References point at ingredients by place: they hold only while the list is unchanged.
          if (kept) return sameIngredients ? kept : { ...kept, ingredientRefs: [] };
          return { ...(title && { title }), text, ...readStepText(text), ingredientRefs: [] };
        }),
    }))
    .filter((g) => g.steps.length > 0 || g.title !== undefined);
  const yields = blank(fields.yields)
    ? undefined
    : (readYields(fields.yields) ?? {
        quantity: { kind: "text" as const, text: fields.yields.trim() },
        text: fields.yields.trim(),
      });
  const input: RecipeInput = {
    ...base,
    title: fields.title,
    slug: base?.slug ?? (slugify(fields.title) || "recipe"),
    ...(blank(fields.description)
      ? { description: undefined }
      : { description: fields.description.trim() }),
    story: paragraphs(fields.story),
    authorNotes: paragraphs(fields.notes),
    ...(yields ? { yields } : { yields: undefined }),
    times,
    cuisine: list(fields.cuisine),
    category: list(fields.category),
    keywords: list(fields.keywords),
    equipment: lines(fields.equipment),
    variations: paragraphs(fields.variations).map((text) => ({ text })),
    ingredientGroups,
    stepGroups,
    faq: fields.faq
      .filter((f) => !blank(f.question) || !blank(f.answer))
      .map((f) => ({ question: f.question.trim(), answer: f.answer.trim() })),
    images: fields.images,
  };
  const valid = validateRecipe(JSON.parse(JSON.stringify(input)));
  if (!valid.ok) {
    for (const found of valid.issues) {
      const name = fieldOf(found.path, found.code);
      problems.push(atField(found, name, messageOf(found, name, input)));
    }
  }
  if (problems.length > 0 || !valid.ok)
    return { ok: false, issues: problems, fieldIssues: problems };
  return { ...ok(valid.value), fieldIssues: [] };
}

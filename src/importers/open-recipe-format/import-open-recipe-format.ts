import { parseAllDocuments } from "yaml";
import { readAmount } from "../../domain/read-amount.js";
import { readStepText } from "../../domain/read-step-text.js";
import { readDuration } from "../../domain/read-timers.js";
import type { Ingredient, RecipeInput, Step } from "../../domain/recipe.js";
import { findUnit } from "../../domain/units.js";
import { fail, type Issue, issue, ok, type Result } from "../../lib/result.js";
import { slugify } from "../../lib/slug.js";
import {
  type CollectionEntry,
  type Importer,
  ImportIssueCode,
  type ImportSource,
} from "../importer.js";
import { type OrfAmount, type OrfRecipe, OrfRecipeSchema } from "./orf-schema.js";

/** Open Recipe Format (YAML, one document per recipe) → the model. Where the model has no field
 *  (USDA numbers, per-ingredient nutrition, amounts for a second yield) an issue says so; oven
 *  settings and step bench notes are kept as words (author's notes, step text). */

export const OrfIssueCode = {
  Invalid: "ORF_INVALID",
  FieldUnmapped: "ORF_FIELD_UNMAPPED",
} as const;

type Substitute = Ingredient["substitutes"][number];

const KNOWN = new Set(Object.keys(OrfRecipeSchema.shape));

const spoken = (amount: OrfAmount | undefined) =>
  [amount?.amount, amount?.unit].filter(Boolean).join(" ");

function readIngredientAmount(
  amount: OrfAmount | undefined,
): Pick<Ingredient, "quantity" | "unit"> {
  const parsed = amount?.amount === undefined ? undefined : readAmount(amount.amount);
  const quantity =
    parsed && parsed.rest === ""
      ? parsed.quantity
      : amount?.amount
        ? { kind: "text" as const, text: amount.amount }
        : undefined;
  const unit = amount?.unit ? (findUnit(amount.unit)?.id ?? amount.unit) : undefined;
  return { ...(quantity && { quantity }), ...(unit && { unit: unit.slice(0, 500) }) };
}

type Details = NonNullable<NonNullable<OrfRecipe["ingredients"]>[number][string]>;

function toSubstitute(name: string, details: Omit<Details, "substitutions"> | null): Substitute {
  const note = [
    spoken(details?.amounts?.[0]),
    ...(details?.processing ?? []),
    ...(details?.notes ?? []),
  ]
    .filter(Boolean)
    .join("; ");
  return { food: name.slice(0, 500), ...(note && { note: note.slice(0, 2_000) }) };
}

/** A mapping's entries by trimmed name; a blank name ("": …) names no food. */
const namedEntries = <T>(map: Record<string, T>): Array<[string, T]> =>
  Object.entries(map).flatMap(([name, value]) => (name.trim() ? [[name.trim(), value]] : []));

function toIngredient(name: string, details: Details | null): Ingredient {
  const processing = (details?.processing ?? []).filter((p): p is string => Boolean(p));
  const notes = (details?.notes ?? []).filter((n): n is string => Boolean(n));
  const first = details?.amounts?.[0];
  const text =
    [spoken(first), name].filter(Boolean).join(" ") +
    (processing.length > 0 ? `, ${processing.join(", ")}` : "");
  const substitutes = (details?.substitutions ?? []).flatMap((s) =>
    namedEntries(s).map(([food, d]) => toSubstitute(food, d)),
  );
  return {
    text: text.slice(0, 2_000),
    ...readIngredientAmount(first),
    food: name.slice(0, 500),
    ...(processing.length > 0 && { preparation: processing.join(", ").slice(0, 1_000) }),
    ...(notes.length > 0 && { note: notes.join("; ").slice(0, 2_000) }),
    ...(notes.some((n) => /^optional\.?$/i.test(n)) && { optional: true }),
    substitutes,
  };
}

function toStep(entry: NonNullable<OrfRecipe["steps"]>[number]): Step | undefined {
  const parts =
    typeof entry === "string" || entry === undefined
      ? [entry]
      : [
          entry.step,
          entry.haccp?.critical_control_point &&
            `Critical control point: ${entry.haccp.critical_control_point}`,
          entry.haccp?.control_point && `Control point: ${entry.haccp.control_point}`,
          ...(entry.notes ?? []).map((n) => n && `Note: ${n}`),
        ];
  const text = parts.filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
  if (text === "") return undefined;
  return { text: text.slice(0, 20_000), ...readStepText(text), ingredientRefs: [] };
}

function toYields(
  entry: NonNullable<OrfRecipe["yields"]>[number] | undefined,
): RecipeInput["yields"] {
  if (entry === undefined) return undefined;
  const text =
    typeof entry === "string"
      ? entry
      : entry.servings
        ? `${entry.servings} servings`
        : spoken(entry);
  const amount = readAmount(text);
  if (!text || !amount || amount.article) return undefined;
  return {
    quantity: amount.quantity,
    ...(amount.rest && { unit: amount.rest.slice(0, 500) }),
    // The model keeps a yield's words to 500 characters; a longer unit was cut above too.
    text: text.slice(0, 500),
  };
}

const withoutEmail = (author: string) => author.replace(/\s*<[^>]*@[^>]*>\s*/g, " ").trim();

export function orfToRecipe(orf: OrfRecipe): { recipe: RecipeInput; issues: Issue[] } {
  const issues: Issue[] = [];
  const unmapped = (field: string, why: string) =>
    issues.push(issue(OrfIssueCode.FieldUnmapped, `${field}: ${why}`, [field]));
  const title = orf.recipe_name ?? "Untitled recipe";
  if (!orf.recipe_name) issues.push(issue(ImportIssueCode.TitleGuessed, "no recipe_name"));
  const authors = [...(orf.source_authors ?? []), ...(orf.author ?? [])].filter(
    Boolean,
  ) as string[];
  const book = orf.source_book;
  const bookTitle = typeof book === "object" ? book.title : book;
  const bookAuthors =
    typeof book === "object" ? ((book.authors ?? []).filter(Boolean) as string[]) : [];
  const authorNotes: string[] = [];
  if (typeof book === "object" && (book.isbn || book.notes?.length)) {
    const bookNotes = [book.isbn && `ISBN ${book.isbn}`, ...(book.notes ?? [])].filter(Boolean);
    authorNotes.push(`Source book${bookTitle ? ` "${bookTitle}"` : ""}: ${bookNotes.join("; ")}`);
  }
  const oven = [
    ...(orf.oven_temp ?? []).map((t) => (typeof t === "string" ? t : spoken(t))).filter(Boolean),
    orf.oven_fan && `fan ${orf.oven_fan}`,
    orf.oven_time,
  ].filter(Boolean);
  if (oven.length > 0) authorNotes.push(`Oven: ${oven.join(", ")}`);
  authorNotes.push(...((orf.notes ?? []).filter(Boolean) as string[]));

  const ingredients = (orf.ingredients ?? []).flatMap((entry) =>
    namedEntries(entry).map(([name, details]) => toIngredient(name, details)),
  );
  const yields = toYields(orf.yields?.[0]);
  if ((orf.yields?.length ?? 0) > 1) {
    unmapped("yields", "only the first yield and its amounts are kept; the model has one yield");
  }
  if (orf.ingredients?.some((e) => Object.values(e).some((d) => d?.usda_num))) {
    unmapped("usda_num", "USDA food numbers have no place in the model");
  }
  if (orf.nutrition !== undefined && orf.nutrition !== null) {
    unmapped("nutrition", "per-ingredient USDA nutrition is not recipe nutrition");
  }
  if (orf.recipe_uuid) unmapped("recipe_uuid", "the model keeps no foreign id");
  for (const key of Object.keys(orf)) {
    if (!KNOWN.has(key)) unmapped(key, "not an ORF field the importer knows");
  }
  const cook = orf.oven_time ? readDuration(orf.oven_time) : undefined;
  const steps = (orf.steps ?? []).flatMap((s) => toStep(s) ?? []);
  const source = {
    ...(orf.source_url && /^https?:\/\//i.test(orf.source_url) && { url: orf.source_url }),
    ...(bookTitle && { site: bookTitle.slice(0, 500) }),
    ...((authors.length > 0 || bookAuthors.length > 0) && {
      author: (authors.length > 0 ? authors : bookAuthors)
        .map(withoutEmail)
        .join(", ")
        .slice(0, 500),
    }),
  };
  return {
    recipe: {
      title: title.slice(0, 300),
      slug: slugify(title) || "recipe",
      // Paragraphs as long as the model keeps: an oven line or a note may run longer.
      authorNotes: authorNotes.map((note) => note.slice(0, 20_000)),
      ingredientGroups: ingredients.length > 0 ? [{ ingredients }] : [],
      stepGroups: steps.length > 0 ? [{ steps }] : [],
      ...(yields && { yields }),
      ...(cook && { times: { cook } }),
      source,
    },
    issues,
  };
}

function importAll(source: ImportSource): Result<CollectionEntry[]> {
  // Aliases are how a YAML "billion laughs" grows; a recipe has no use for many.
  const documents = parseAllDocuments(source.text);
  const list = Array.isArray(documents) ? documents : [documents];
  const entries: CollectionEntry[] = [];
  for (const [i, doc] of list.entries()) {
    const label = String(i + 1);
    if (doc.errors.length > 0) {
      entries.push({
        label,
        result: fail(OrfIssueCode.Invalid, `YAML: ${doc.errors[0]?.message}`),
      });
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      entries.push({ label, result: fail(OrfIssueCode.Invalid, `YAML: ${String(error)}`) });
      continue;
    }
    if (data === null || data === undefined) continue;
    const parsed = OrfRecipeSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.join(".") ?? "";
      entries.push({
        label,
        result: fail(
          OrfIssueCode.Invalid,
          `not an Open Recipe Format recipe: ${where} ${first?.message}`,
        ),
      });
      continue;
    }
    const { recipe, issues } = orfToRecipe(parsed.data);
    entries.push({ label, result: ok(recipe, issues) });
  }
  if (entries.length === 0) return fail(ImportIssueCode.NoRecipe, "the YAML holds no recipe");
  return ok(entries);
}

function importFirst(source: ImportSource): Result<RecipeInput> {
  const all = importAll(source);
  if (!all.ok) return all;
  return all.value[0]?.result ?? fail(ImportIssueCode.NoRecipe, "the YAML holds no recipe");
}

function sniffOrf(source: ImportSource): number {
  const head = source.text.slice(0, 20_000);
  const named = /^recipe_name\s*:/m.test(head);
  const yamlName = source.name !== undefined && /\.ya?ml$/i.test(source.name);
  if (named && (yamlName || /^(?:ingredients|steps)\s*:/m.test(head))) return 1;
  return yamlName ? 0.6 : 0;
}

export const openRecipeFormatImporter: Importer = {
  id: "orf",
  sniff: sniffOrf,
  importRecipe: importFirst,
  importRecipes: importAll,
};

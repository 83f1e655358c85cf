import { z } from "zod";

/** The Open Recipe Format (techhat/openrecipeformat) as zod reads it: every field optional,
 *  scalars as text, "None"/"none" as absent (the spec's own samples use both as nulls). */

const isNone = (value: unknown) =>
  value === null || (typeof value === "string" && /^\s*none\s*$/i.test(value));

/** A scalar the author wrote, as trimmed text; "None" and empties become undefined. */
export const OrfText = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((v) => (isNone(v) || String(v).trim() === "" ? undefined : String(v).trim()));

/** A list that the samples also write as a single value or "None". */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (isNone(v) ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(1_000));

export const OrfAmountSchema = z.object({
  amount: OrfText.optional(),
  unit: OrfText.optional(),
  servings: OrfText.optional(),
});

const ingredientDetails = {
  usda_num: OrfText.optional(),
  amounts: listOf(OrfAmountSchema).optional(),
  processing: listOf(OrfText).optional(),
  notes: listOf(OrfText).optional(),
};

export const OrfSubstitutionSchema = z.record(z.string(), z.object(ingredientDetails).nullable());

export const OrfIngredientSchema = z.record(
  z.string(),
  z
    .object({ ...ingredientDetails, substitutions: listOf(OrfSubstitutionSchema).optional() })
    .nullable(),
);

export const OrfStepSchema = z.object({
  step: OrfText,
  haccp: z
    .object({ control_point: OrfText.optional(), critical_control_point: OrfText.optional() })
    .nullable()
    .optional(),
  notes: listOf(OrfText).optional(),
});

export const OrfBookSchema = z.union([
  OrfText,
  z.object({
    authors: listOf(OrfText).optional(),
    title: OrfText.optional(),
    isbn: OrfText.optional(),
    notes: listOf(OrfText).optional(),
  }),
]);

export const OrfRecipeSchema = z.looseObject({
  recipe_uuid: OrfText.optional(),
  recipe_name: OrfText.optional(),
  source_authors: listOf(OrfText).optional(),
  author: listOf(OrfText).optional(),
  source_url: OrfText.optional(),
  source_book: OrfBookSchema.optional(),
  oven_temp: listOf(z.union([OrfAmountSchema, OrfText])).optional(),
  oven_fan: OrfText.optional(),
  oven_time: OrfText.optional(),
  yields: listOf(z.union([OrfAmountSchema, OrfText])).optional(),
  ingredients: listOf(OrfIngredientSchema).optional(),
  steps: listOf(z.union([OrfStepSchema, OrfText])).optional(),
  notes: listOf(OrfText).optional(),
  nutrition: z.unknown().optional(),
});

export type OrfRecipe = z.infer<typeof OrfRecipeSchema>;
export type OrfAmount = z.infer<typeof OrfAmountSchema>;
export type OrfIngredient = z.infer<typeof OrfIngredientSchema>;

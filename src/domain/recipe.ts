import { z } from "zod";
import { DurationSchema } from "./duration.js";
import { QuantitySchema } from "./quantity.js";

/** The one recipe model every importer produces and every page, export and use case reads.
 *  Nothing an author wrote is dropped; nothing is invented (every field but title is optional
 *  or may be empty). Bounds keep a hostile import from storing megabytes in one field. */

const text = (max = 20_000) => z.string().trim().min(1).max(max);
const paragraphs = z.array(text()).max(500);
const short = text(500);

export const SubstituteSchema = z.object({
  food: short,
  note: text(2_000).optional(),
});

export const IngredientSchema = z.object({
  /** The line as the author wrote it, always kept. */
  text: text(2_000),
  quantity: QuantitySchema.optional(),
  /** A canonical unit id ("tbsp", "g") or the author's unit word. */
  unit: short.optional(),
  food: short,
  preparation: text(1_000).optional(),
  note: text(2_000).optional(),
  optional: z.boolean().optional(),
  substitutes: z.array(SubstituteSchema).max(50).default([]),
});

export const IngredientGroupSchema = z.object({
  title: short.optional(),
  ingredients: z.array(IngredientSchema).max(500),
});

export const TimerSchema = z.object({
  /** The words the timer came from: "3-4 minutes". */
  text: short,
  duration: DurationSchema,
});

export const HEAT_LEVELS = ["low", "medium-low", "medium", "medium-high", "high"] as const;
export const HeatSchema = z.enum(HEAT_LEVELS);

export const TemperatureSchema = z.object({
  text: short,
  value: z.number(),
  /** Upper end of a range such as 180–200 °C. */
  max: z.number().optional(),
  unit: z.enum(["C", "F"]),
});

export const IngredientRefSchema = z.object({
  group: z.number().int().nonnegative(),
  index: z.number().int().nonnegative(),
});

export const StepSchema = z.object({
  title: short.optional(),
  text: text(),
  timers: z.array(TimerSchema).max(50).default([]),
  heat: HeatSchema.optional(),
  temperatures: z.array(TemperatureSchema).max(20).default([]),
  /** Sensory signs that the step is done: "a rich amber color". */
  cues: z.array(short).max(50).default([]),
  ingredientRefs: z.array(IngredientRefSchema).max(200).default([]),
});

export const StepGroupSchema = z.object({
  title: short.optional(),
  steps: z.array(StepSchema).max(500),
});

export const VariationSchema = z.object({ title: short.optional(), text: text() });

export const PairingSchema = z.object({
  text: text(),
  /** Another recipe on this site, when the pairing names one. */
  recipeSlug: short.optional(),
  url: short.optional(),
});

export const FaqSchema = z.object({ question: text(2_000), answer: text() });

export const SubstitutionOptionSchema = z.object({
  use: short,
  /** What the swap needs besides: "an extra tablespoon of oil". */
  add: z.array(short).max(20).default([]),
  note: text(2_000).optional(),
});

/** A swap the author states: what to replace, and the options with what each changes. */
export const SubstitutionSchema = z.object({
  replace: short,
  options: z.array(SubstitutionOptionSchema).min(1).max(20),
  note: text(2_000).optional(),
});

export const StorageSchema = z.object({
  container: short.optional(),
  fridgeDays: z.number().positive().optional(),
  freezerMonths: z.number().positive().optional(),
  makeAhead: text(2_000).optional(),
  reheat: text(2_000).optional(),
});

export const SPICE_ADJUSTMENT_KINDS = [
  "fewer",
  "more",
  "deseed",
  "substitute",
  "on-the-side",
] as const;

/** One way the author says to change the heat: use 1 chili instead of 2–3, remove the seeds… */
export const SpiceAdjustmentSchema = z.object({
  kind: z.enum(SPICE_ADJUSTMENT_KINDS),
  text: text(2_000),
  food: short.optional(),
  from: QuantitySchema.optional(),
  to: QuantitySchema.optional(),
  use: short.optional(),
});

export const SpiceSchema = z.object({
  /** Ingredients that carry the heat: "red chilies". */
  heatSources: z.array(short).max(20).default([]),
  adjustments: z.array(SpiceAdjustmentSchema).max(20).default([]),
});

export const ImageSchema = z.object({
  url: text(2_000),
  alt: short.optional(),
  caption: text(2_000).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** The same picture in other sizes, formats and crops (16:9, 4:3, 1:1), for srcset and for
   *  search engines; `url` above is the one to use when only one can be. */
  variants: z
    .array(
      z.object({
        url: text(2_000),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        /** A MIME type: "image/webp", "image/jpeg". */
        type: z
          .string()
          .regex(/^image\/[a-z0-9.+-]+$/)
          .max(100),
      }),
    )
    .max(30)
    .optional(),
});

export const YieldsSchema = z.object({
  quantity: QuantitySchema,
  /** "servings", "cookies", "loaf". */
  unit: short.optional(),
  text: short,
});

export const TimesSchema = z.object({
  prep: DurationSchema.optional(),
  cook: DurationSchema.optional(),
  total: DurationSchema.optional(),
});

export const NutritionSchema = z.record(z.string().max(60), short);

export const SourceSchema = z.object({
  url: text(2_000).optional(),
  site: short.optional(),
  author: short.optional(),
});

export const RatingSchema = z.object({
  value: z.number().nonnegative(),
  count: z.number().int().nonnegative().optional(),
  best: z.number().positive().optional(),
});

/** The author's own headings, kept so a page can show them as written. */
export const SectionTitlesSchema = z.object({
  authorNotes: short.optional(),
  ingredients: short.optional(),
  steps: short.optional(),
  variations: short.optional(),
  pairings: short.optional(),
  faq: short.optional(),
  conclusion: short.optional(),
});

export const RecipeSchema = z.object({
  title: text(300),
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  description: text(5_000).optional(),
  language: z.string().max(35).optional(),
  story: paragraphs.default([]),
  authorNotes: paragraphs.default([]),
  conclusion: paragraphs.default([]),
  sectionTitles: SectionTitlesSchema.default({}),
  ingredientGroups: z.array(IngredientGroupSchema).max(100).default([]),
  stepGroups: z.array(StepGroupSchema).max(100).default([]),
  variations: z.array(VariationSchema).max(200).default([]),
  pairings: z.array(PairingSchema).max(200).default([]),
  faq: z.array(FaqSchema).max(200).default([]),
  substitutions: z.array(SubstitutionSchema).max(100).default([]),
  storage: StorageSchema.optional(),
  spice: SpiceSchema.optional(),
  images: z.array(ImageSchema).max(100).default([]),
  yields: YieldsSchema.optional(),
  times: TimesSchema.default({}),
  cuisine: z.array(short).max(20).default([]),
  category: z.array(short).max(20).default([]),
  keywords: z.array(short).max(100).default([]),
  diets: z.array(short).max(20).default([]),
  nutrition: NutritionSchema.optional(),
  source: SourceSchema.default({}),
  equipment: z.array(short).max(100).default([]),
  rating: RatingSchema.optional(),
});

export type Recipe = z.infer<typeof RecipeSchema>;
/** What importers build: defaults may be left out. */
export type RecipeInput = z.input<typeof RecipeSchema>;
export type Ingredient = z.infer<typeof IngredientSchema>;
export type IngredientGroup = z.infer<typeof IngredientGroupSchema>;
export type Step = z.infer<typeof StepSchema>;
export type StepGroup = z.infer<typeof StepGroupSchema>;
export type Timer = z.infer<typeof TimerSchema>;
export type Heat = z.infer<typeof HeatSchema>;
export type Temperature = z.infer<typeof TemperatureSchema>;
export type Faq = z.infer<typeof FaqSchema>;
export type Substitution = z.infer<typeof SubstitutionSchema>;
export type SubstitutionOption = z.infer<typeof SubstitutionOptionSchema>;
export type Storage = z.infer<typeof StorageSchema>;
export type Spice = z.infer<typeof SpiceSchema>;
export type SpiceAdjustment = z.infer<typeof SpiceAdjustmentSchema>;
export type Variation = z.infer<typeof VariationSchema>;
export type Pairing = z.infer<typeof PairingSchema>;
export type RecipeImage = z.infer<typeof ImageSchema>;

/** Every ingredient in reading order, with its place for `ingredientRefs`. */
export function listIngredients(recipe: Pick<Recipe, "ingredientGroups">) {
  return recipe.ingredientGroups.flatMap((group, groupIndex) =>
    group.ingredients.map((ingredient, index) => ({ ingredient, group: groupIndex, index })),
  );
}

export function listSteps(recipe: Pick<Recipe, "stepGroups">): Step[] {
  return recipe.stepGroups.flatMap((group) => group.steps);
}

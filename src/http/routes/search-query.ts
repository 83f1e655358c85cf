import { z } from "zod";
import { SEARCH_SORTS } from "../../app/ports.js";
import type { SearchRecipesInput } from "../../app/search-recipes.js";

const word = z.string().max(2_000).optional();

/** The search query string, as the API and the search page read it. A form sends its empty
 *  fields as "": they mean "no filter", not a value. */
export const SearchParams = z.preprocess(
  (query) =>
    typeof query === "object" && query !== null
      ? Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ""))
      : query,
  z.object({
    q: word,
    /** Foods at hand, comma-separated: "pork, chilies, rice". */
    ingredients: word,
    cuisine: z.string().max(100).optional(),
    category: z.string().max(100).optional(),
    diet: z.string().max(100).optional(),
    tag: z.string().max(100).optional(),
    maxMinutes: z.coerce.number().positive().max(100_000).optional(),
    sort: z.enum(SEARCH_SORTS).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    after: z.string().max(200).optional(),
  }),
);
export type SearchParams = z.infer<typeof SearchParams>;

export function toSearchInput(params: SearchParams): SearchRecipesInput {
  const { q, ingredients, ...rest } = params;
  const defined = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined && v !== ""),
  );
  return {
    ...defined,
    ...(q !== undefined && { text: q }),
    ...(ingredients !== undefined && { foods: ingredients.split(",") }),
  };
}

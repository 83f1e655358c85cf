import type { Recipe } from "./recipe.js";

/** The first whole sentences of a paragraph up to about `max` characters. */
export function summarise(paragraph: string, max = 300): string {
  if (paragraph.length <= max) return paragraph;
  const sentences = paragraph.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = "";
  for (const sentence of sentences) {
    if ((out + sentence).length > max) break;
    out += sentence;
  }
  return out.trim() || `${paragraph.slice(0, max - 1).trimEnd()}…`;
}

/** A short description for listings and metadata: the author's own, or their opening words. */
export function describeRecipe(recipe: Recipe): string | undefined {
  const first =
    recipe.description ?? recipe.story[0] ?? recipe.authorNotes[0] ?? recipe.conclusion[0];
  return first === undefined ? undefined : summarise(first);
}

import type { NewRecipe } from "../src/app/ports.js";
import type { Storage } from "../src/storage/open-storage.js";
import type { createRecipeGenerator } from "./recipe-generator.js";

const BATCH = 500;

/** Fills a store with `size` generated public recipes in batches; returns recipes per second. */
export async function loadRecipes(
  storage: Storage,
  size: number,
  gen: ReturnType<typeof createRecipeGenerator>,
): Promise<number> {
  const now = new Date();
  let elapsed = 0;
  for (let start = 0; start < size; start += BATCH) {
    const batch: NewRecipe[] = [];
    for (let i = start; i < Math.min(size, start + BATCH); i++) {
      batch.push({ recipe: gen.recipe(i), contentHash: `h${i}`, now });
    }
    const begun = process.hrtime.bigint();
    await storage.store.insertMany(batch);
    elapsed += Number(process.hrtime.bigint() - begun) / 1e6;
  }
  return (size * 1000) / elapsed;
}

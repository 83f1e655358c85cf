// Placeholder until the text importer lands in this folder.
import { fail } from "../../lib/result.js";
import type { Importer } from "../importer.js";

export const textImporter: Importer = {
  id: "text",
  sniff: () => 0.1,
  importRecipe: () => fail("NO_RECIPE_FOUND", "not yet"),
};

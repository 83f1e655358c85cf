import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** Files a directory import reads; anything else in the folder (images…) is passed over.
 *  Recipe apps' exports count: Cooklang, Meal-Master, Open Recipe Format (YAML) and archives. */
const RECIPE_EXTENSIONS = new Set([
  ".txt",
  ".text",
  ".md",
  ".html",
  ".htm",
  ".json",
  ".jsonld",
  ".cook",
  ".mmf",
  ".mm",
  ".yaml",
  ".yml",
  ".zip",
  ".paprikarecipes",
  ".paprikarecipe",
]);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && RECIPE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
      out.push(path);
  }
}

/** The command line's inputs with each directory replaced by the recipe files under it, in name
 *  order; "-", URLs and missing paths pass through for the importer to report. */
export async function listInputs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const info =
      arg === "-" || /^https?:\/\//i.test(arg) ? undefined : await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) await walk(arg, out);
    else out.push(arg);
  }
  return out;
}

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const EXAMPLE = join("examples", "caramelised-pork-mince.txt");

/** The founding post that ships with Claypot. Found by walking up from this module, which sits
 *  in src/main when run from source and in dist when bundled. */
export function readExampleRecipe(from: string = import.meta.url): Uint8Array {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const candidate = join(dir, EXAMPLE);
    if (existsSync(candidate)) return readFileSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${EXAMPLE} not found above ${from}`);
    dir = parent;
  }
}

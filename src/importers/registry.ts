import { fail, type Result } from "../lib/result.js";
import { htmlImporter } from "./html/import-html.js";
import type { Importer, ImportSource } from "./importer.js";
import { textImporter } from "./text/import-text.js";

/** Most specific first: a format that recognises its input for certain ends the sniffing. */
export const IMPORTERS: readonly Importer[] = [htmlImporter, textImporter];
export const FORMATS = ["auto", ...IMPORTERS.map((i) => i.id)] as const;

/** The importer named by `format`, or for "auto" the one most sure it can read the source. */
export function chooseImporter(format: string, source: ImportSource): Result<Importer> {
  if (format !== "auto") {
    const named = IMPORTERS.find((i) => i.id === format);
    if (!named) {
      return fail(
        "FORMAT_UNKNOWN",
        `unknown format "${format}"; use one of: ${FORMATS.join(", ")}`,
      );
    }
    return { ok: true, value: named, issues: [] };
  }
  let best: Importer | undefined;
  let bestScore = 0;
  for (const importer of IMPORTERS) {
    const score = importer.sniff(source);
    if (score > bestScore) [best, bestScore] = [importer, score];
    if (score >= 1) break;
  }
  if (!best) return fail("FORMAT_UNRECOGNISED", "no importer recognises this input");
  return { ok: true, value: best, issues: [] };
}

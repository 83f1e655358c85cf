import { fail, type Result } from "../lib/result.js";
import { mealieImporter } from "./archives/import-mealie.js";
import { nextcloudImporter } from "./archives/import-nextcloud.js";
import { paprikaImporter } from "./archives/import-paprika.js";
import { tandoorImporter } from "./archives/import-tandoor.js";
import { cooklangImporter } from "./cooklang/import-cooklang.js";
import { htmlImporter } from "./html/import-html.js";
import type { ArchiveImporter, ArchiveSource, Importer, ImportSource } from "./importer.js";
import { jsonLdImporter } from "./json-ld/import-json-ld.js";
import { mealMasterImporter } from "./meal-master/import-meal-master.js";
import { openRecipeFormatImporter } from "./open-recipe-format/import-open-recipe-format.js";
import { textImporter } from "./text/import-text.js";

/** Most specific first: a format that recognises its input for certain ends the sniffing. */
export const IMPORTERS: readonly Importer[] = [
  htmlImporter,
  jsonLdImporter,
  mealMasterImporter,
  openRecipeFormatImporter,
  cooklangImporter,
  textImporter,
];
/** Formats that arrive as bytes (zip archives of recipes), read before any text decoding. */
export const ARCHIVE_IMPORTERS: readonly ArchiveImporter[] = [
  paprikaImporter,
  mealieImporter,
  tandoorImporter,
  nextcloudImporter,
];
export const FORMATS = [
  "auto",
  ...IMPORTERS.map((i) => i.id),
  ...ARCHIVE_IMPORTERS.map((i) => i.id),
] as const;

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

/** The archive importer `format` names, or for "auto" the one that recognises the bytes;
 *  undefined when the input is not an archive (it is then read as text). */
export function chooseArchiveImporter(
  format: string,
  source: ArchiveSource,
): ArchiveImporter | undefined {
  if (format !== "auto") return ARCHIVE_IMPORTERS.find((i) => i.id === format);
  let best: ArchiveImporter | undefined;
  let bestScore = 0;
  for (const importer of ARCHIVE_IMPORTERS) {
    const score = importer.sniff(source);
    if (score > bestScore) [best, bestScore] = [importer, score];
  }
  return best;
}

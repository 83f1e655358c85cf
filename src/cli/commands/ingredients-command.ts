import { Command } from "commander";
import {
  type ParsedIngredientLine,
  parseIngredientLine,
} from "../../domain/parse-ingredient-line.js";
import type { Quantity } from "../../domain/quantity.js";
import { unitById } from "../../domain/units.js";
import type { CliDeps } from "../cli-deps.js";
import { ExitStatus } from "../exit-status.js";

/** The line contract of `claypot ingredients parse`: programs read these keys, so they stay. */
export interface IngredientLineJson {
  readonly text: string;
  readonly quantity: number | { readonly min: number; readonly max: number } | null;
  /** Lowercase singular English unit name ("tablespoon"), or the author's word. */
  readonly unit: string | null;
  readonly size: string | null;
  readonly food: string | null;
  readonly preparation: string | null;
  readonly note: string | null;
  readonly optional: boolean;
  /** "For the sauce:" is a group header, not an ingredient. */
  readonly header: string | null;
  readonly issues: readonly string[];
}

function quantityJson(quantity: Quantity | undefined): IngredientLineJson["quantity"] {
  if (quantity?.kind === "exact") return quantity.value;
  if (quantity?.kind === "range") return { min: quantity.min, max: quantity.max };
  return null;
}

export function toIngredientLineJson(parsed: ParsedIngredientLine): IngredientLineJson {
  const issues = parsed.issues.map((i) => i.code);
  if (parsed.kind === "header") {
    return {
      text: parsed.text,
      quantity: null,
      unit: null,
      size: null,
      food: null,
      preparation: null,
      note: null,
      optional: false,
      header: parsed.title,
      issues,
    };
  }
  const note = [parsed.note, parsed.purpose].filter(Boolean).join("; ");
  return {
    text: parsed.text,
    quantity: quantityJson(parsed.quantity),
    unit: parsed.unit === undefined ? null : (unitById(parsed.unit)?.name ?? parsed.unit),
    size: parsed.size ?? null,
    food: parsed.food || null,
    preparation: parsed.preparation ?? null,
    note: note || null,
    optional: parsed.optional ?? false,
    header: null,
    issues,
  };
}

/** Lines of standard input as they arrive, so a long list streams instead of piling up. */
async function* readLines(stdin: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = "";
  for await (const chunk of stdin) {
    pending += decoder.decode(chunk, { stream: true });
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? "";
    yield* lines;
  }
  pending += decoder.decode();
  if (pending) yield pending.replace(/\r$/, "");
}

export function ingredientsCommand(deps: CliDeps): Command {
  const command = new Command("ingredients").description("work with ingredient lines");
  command
    .command("parse")
    .description("read ingredient lines on standard input; print one JSON object per line")
    .action(async () => {
      for await (const line of readLines(deps.stdin)) {
        deps.out(JSON.stringify(toIngredientLineJson(parseIngredientLine(line))));
      }
      deps.setExitStatus(ExitStatus.Ok);
    });
  return command;
}

// Reads the labelled ingredient lines of ../shared/corpus/ingredients (see its README) for the
// eval suite and the tagger's training script. Lines are never copied into the repository.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stemWord } from "../src/domain/match-foods.js";
import { findUnit } from "../src/domain/units.js";

export interface GoldLine {
  readonly source: string;
  readonly input: string;
  /** Name tokens as labelled (strangetom) or the food with its qualities (TASTEset). */
  readonly name: string;
  readonly quantity: string;
  readonly unit: string;
  readonly size: string;
  readonly preparation: string;
  readonly comment: string;
  readonly purpose: string;
  /** Held out from training: about a fifth of each source, by a hash of the line. */
  readonly heldOut: boolean;
}

export const STRANGETOM_SOURCES = ["bbc", "cookstr", "tastecooking", "allrecipes", "nyt-2023clean"];

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}

const isHeldOut = (key: string) =>
  createHash("sha1").update(`claypot-holdout:${key}`).digest().readUInt32BE(0) % 5 === 0;

export function readStrangetom(corpus: string, source: string): GoldLine[] {
  const [header, ...rows] = readCsv(
    readFileSync(join(corpus, "ingredients", "strangetom", `${source}.csv`), "utf8"),
  );
  const col = (row: string[], name: string) => row[header?.indexOf(name) ?? -1] ?? "";
  return rows
    .filter((row) => row.length > 1)
    .map((row) => ({
      source,
      input: col(row, "input"),
      name: col(row, "name"),
      quantity: col(row, "quantity"),
      unit: col(row, "unit"),
      size: col(row, "size"),
      preparation: col(row, "preparation"),
      comment: col(row, "comment"),
      purpose: col(row, "purpose"),
      heldOut: isHeldOut(col(row, "input")),
    }));
}

interface Entity {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

const NAME_PARTS = new Set(["PHYSICAL_QUALITY", "COLOR", "TASTE", "DIET", "TRADE_NAME", "PART"]);
const SIZE_WORDS = /^(?:large|medium|small|extra-large|jumbo|mini|big)$/i;

/** TASTEset labels the bare food; its name here is the food with the qualities written right
 *  before it ("ripe coconuts"), the convention of the strangetom labels. */
function tastesetName(line: string, entities: readonly Entity[]): string {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const foodAt = sorted.findIndex((e) => e.type === "FOOD");
  const at = foodAt >= 0 ? foodAt : sorted.findIndex((e) => e.type === "TRADE_NAME");
  if (at < 0) return "";
  let first = at;
  while (first > 0) {
    const before = sorted[first - 1]!;
    const gap = line.slice(before.end, sorted[first]!.start);
    const text = line.slice(before.start, before.end);
    if (!NAME_PARTS.has(before.type) || !/^[\s-]*$/.test(gap) || SIZE_WORDS.test(text)) break;
    first--;
  }
  let last = at;
  const next = sorted[at + 1];
  if (
    next?.type === "FOOD" &&
    /^\s*(?:,|and|or|and\/or)\s*$/i.test(line.slice(sorted[at]!.end, next.start))
  )
    last = at + 1;
  return line.slice(sorted[first]!.start, sorted[last]!.end);
}

export function readTasteset(corpus: string): GoldLine[] {
  const [, ...rows] = readCsv(
    readFileSync(join(corpus, "ingredients", "tasteset", "TASTEset.csv"), "utf8"),
  );
  const lines: GoldLine[] = [];
  for (const [text = "", json = "[]"] of rows) {
    const entities: Entity[] = (JSON.parse(json) as { span: string; type: string }[]).flatMap((e) =>
      [...e.span.matchAll(/\((\d+), (\d+)\)/g)].map((m) => ({
        start: Number(m[1]),
        end: Number(m[2]),
        type: e.type,
      })),
    );
    let offset = 0;
    for (const line of text.split("\n")) {
      const end = offset + line.length;
      const mine = entities
        .filter((e) => e.start >= offset && e.end <= end)
        .map((e) => ({ ...e, start: e.start - offset, end: e.end - offset }));
      const of = (type: string) =>
        mine
          .filter((e) => e.type === type)
          .sort((a, b) => a.start - b.start)
          .map((e) => line.slice(e.start, e.end))
          .join(" | ");
      const first = (type: string) => of(type).split(" | ")[0] ?? "";
      if (line.trim() && mine.length > 0) {
        lines.push({
          source: "TASTEset",
          input: line,
          name: tastesetName(line, mine),
          quantity: first("QUANTITY"),
          unit: first("UNIT"),
          size: "",
          preparation: of("PROCESS").replaceAll(" | ", " "),
          comment: "",
          purpose: of("PURPOSE").replaceAll(" | ", " "),
          heldOut: true,
        });
      }
      offset = end + 1;
    }
  }
  return lines;
}

/** A labelled amount token: "#1$2" = ½, "5#1$4" = 5¼, "2-4", "1.25", "8x", "1/2", "1⁄2". */
export function readGoldNumber(token: string): { min: number; max: number } | undefined {
  const one = (t: string): number | undefined => {
    const m = /^(\d*)#(\d+)\$(\d+)$/.exec(t);
    if (m) return Number(m[1] || 0) + Number(m[2]) / Number(m[3]);
    const mixed = /^(?:(\d+)\s+)?(\d+)[/⁄](\d+)$/.exec(t);
    if (mixed) return Number(mixed[1] || 0) + Number(mixed[2]) / Number(mixed[3]);
    const vulgar = /^(\d*)([½⅓⅔¼¾⅛])$/.exec(t);
    if (vulgar) return Number(vulgar[1] || 0) + VULGAR[vulgar[2]!]!;
    const n = Number(t.replace(/x$/i, "").replace(",", "."));
    return Number.isFinite(n) && t !== "" ? n : undefined;
  };
  const range = /^(.+?)-(.+)$/.exec(token);
  if (range) {
    const min = one(range[1]!);
    const max = one(range[2]!);
    if (min !== undefined && max !== undefined) return { min, max };
  }
  const value = one(token);
  return value === undefined ? undefined : { min: value, max: value };
}
const VULGAR: Record<string, number> = {
  "½": 0.5,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 0.25,
  "¾": 0.75,
  "⅛": 0.125,
};

/** The first labelled unit as a canonical id: size words before it ("small bunch", NYT's
 *  "large") are not units; "fl oz" is one. */
export function goldUnitId(unit: string): string | null {
  const words = unit.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? findUnit(`${words[i]} ${words[i + 1]}`) : undefined;
    const found = pair ?? findUnit(words[i]!);
    if (found) return found.id;
    if (
      !/^(?:large|medium|small|medium-size|medium-sized|heaped|heaping|level|good|generous|thick|thin|lg|sm|md|big|extra-large|rounded|scant)$/i.test(
        words[i]!,
      )
    )
      return stemWord(words[i]!);
  }
  return null;
}

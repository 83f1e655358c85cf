import type { Child } from "hono/jsx";
import { parseIngredientLine } from "../../domain/parse-ingredient-line.js";
import { formatQuantity } from "../../domain/quantity.js";

/** Which field each message belongs to, as the editor shows them. */
export type FieldMessages = ReadonlyMap<string, string>;

export const idOf = (name: string) => `f-${name.replace(/\./g, "-")}`;
const errorIdOf = (name: string) => `e-${name.replace(/\./g, "-")}`;

interface ControlProps {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly messages: FieldMessages;
  readonly hint?: string;
  readonly rows?: number;
  readonly multiline?: boolean;
  readonly extra?: Record<string, string>;
}

/** A labelled input or textarea whose message, when it has one, is tied to it by
 *  aria-describedby (screen readers read it with the field) and marks it aria-invalid. */
export function Control({
  name,
  label,
  value,
  messages,
  hint,
  rows,
  multiline,
  extra,
}: ControlProps) {
  const message = messages.get(name);
  const described = [hint && `${idOf(name)}-hint`, message && errorIdOf(name)]
    .filter(Boolean)
    .join(" ");
  const common = {
    id: idOf(name),
    name,
    ...(described && { "aria-describedby": described }),
    ...(message && { "aria-invalid": "true" }),
    ...extra,
  };
  return (
    <div class={message ? "field invalid" : "field"}>
      <label for={idOf(name)}>{label}</label>
      {hint && (
        <p class="hint" id={`${idOf(name)}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows ?? 4}>
          {value}
        </textarea>
      ) : (
        <input type="text" {...common} value={value} />
      )}
      {message && (
        <p class="field-error" id={errorIdOf(name)}>
          {message}
        </p>
      )}
    </div>
  );
}

/** Shown lines only: a pasted list of thousands is read on publish, not drawn here. */
const MAX_SHOWN = 200;

/** How each ingredient line reads: amount, unit, food and the rest. The browser module redraws
 *  the same list as the author types (src/web/editor-ingredients.ts). */
export function ParsedLines({ lines, id }: { lines: string; id: string }): Child {
  const all = lines.split(/\r?\n/).filter((l) => l.trim() !== "");
  return (
    <ol class="parsed" id={id} aria-label="How the lines read">
      {all.slice(0, MAX_SHOWN).map((line) => {
        const parsed = parseIngredientLine(line);
        if (parsed.kind === "header") return <li class="header">{parsed.title}</li>;
        const rest = [parsed.preparation, parsed.note].filter(Boolean).join("; ");
        return (
          <li>
            {parsed.quantity && <span class="qty">{formatQuantity(parsed.quantity)}</span>}
            {parsed.unit && <span class="unit">{parsed.unit}</span>}
            <span class="food">{parsed.food || line.trim()}</span>
            {rest && <span class="rest">{rest}</span>}
          </li>
        );
      })}
      {all.length > MAX_SHOWN && <li class="more">…and {all.length - MAX_SHOWN} more lines</li>}
    </ol>
  );
}

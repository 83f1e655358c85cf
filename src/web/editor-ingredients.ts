import { parseIngredientLine } from "../domain/parse-ingredient-line.js";
import { formatQuantity } from "../domain/quantity.js";

const MAX_SHOWN = 200;

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

/** Redraws how each line reads, as the server's ParsedLines (src/http/pages/editor-fields.tsx)
 *  draws it: the same parser, run here as the author types. */
export function drawParsedLines(list: HTMLElement, text: string): void {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const items = lines.slice(0, MAX_SHOWN).map((line) => {
    const li = document.createElement("li");
    const parsed = parseIngredientLine(line);
    if (parsed.kind === "header") {
      li.className = "header";
      li.textContent = parsed.title;
      return li;
    }
    if (parsed.quantity) li.append(span("qty", formatQuantity(parsed.quantity)));
    if (parsed.unit) li.append(span("unit", parsed.unit));
    li.append(span("food", parsed.food || line.trim()));
    const rest = [parsed.preparation, parsed.note].filter(Boolean).join("; ");
    if (rest) li.append(span("rest", rest));
    return li;
  });
  if (lines.length > MAX_SHOWN) {
    const more = document.createElement("li");
    more.className = "more";
    more.textContent = `…and ${lines.length - MAX_SHOWN} more lines`;
    items.push(more);
  }
  list.replaceChildren(...items);
}

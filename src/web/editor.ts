import { drawParsedLines } from "./editor-ingredients.js";
import { enableDrag, moveStep } from "./editor-steps.js";

/** The editor's browser module: it enhances a form that works without it. Ingredient lines are
 *  read as they are typed, the preview follows the fields, steps move in place, and an image over
 *  the limit is refused before a long upload. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

function value(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
    ? field.value
    : "";
}

function drawPreview(form: HTMLFormElement): void {
  const preview = document.getElementById("preview");
  if (!preview) return;
  const title = preview.querySelector(".preview-title");
  if (title) title.textContent = value(form, "title").trim() || "Untitled recipe";
  let description = preview.querySelector<HTMLElement>(".preview-description");
  const text = value(form, "description").trim();
  if (!description && text) {
    description = document.createElement("p");
    description.className = "preview-description";
    title?.after(description);
  }
  if (description) description.textContent = text;
  for (const box of form.querySelectorAll<HTMLTextAreaElement>("textarea[data-ingredients]")) {
    const n = box.dataset.ingredients?.replace("parsed-", "");
    const list = document.getElementById(`preview-ingredients-${n}`);
    if (list) drawParsedLines(list, box.value);
  }
  const steps = preview.querySelector(".preview-steps");
  if (!steps) return;
  const items = [...form.querySelectorAll<HTMLLIElement>("li.step")].flatMap((step) => {
    const fields = step.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
    const [stepTitle, stepText] = [...fields].map((f) => f.value.trim());
    if (!stepTitle && !stepText) return [];
    const li = document.createElement("li");
    if (stepTitle) {
      const strong = document.createElement("strong");
      strong.textContent = `${stepTitle} `;
      li.append(strong);
    }
    li.append(stepText ?? "");
    return [li];
  });
  steps.replaceChildren(...items);
}

function refuseLargeImage(input: HTMLInputElement): void {
  const file = input.files?.[0];
  const errorId = `${input.id}-size`;
  document.getElementById(errorId)?.remove();
  input.removeAttribute("aria-invalid");
  if (!file || file.size <= MAX_IMAGE_BYTES) return;
  const message = document.createElement("p");
  message.className = "field-error";
  message.id = errorId;
  message.textContent = `This image is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB. Choose a smaller one.`;
  input.after(message);
  input.setAttribute("aria-invalid", "true");
  input.setAttribute("aria-describedby", errorId);
  // Cleared, so saving or publishing sends the rest of the form without it.
  input.value = "";
}

function start(form: HTMLFormElement): void {
  let pending = 0;
  const redraw = () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => drawPreview(form), 120);
  };
  form.addEventListener("input", (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.dataset.ingredients) {
      const list = document.getElementById(target.dataset.ingredients);
      if (list) drawParsedLines(list, target.value);
    }
    redraw();
  });
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "file") {
      refuseLargeImage(event.target);
    }
  });
  form.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[name=action]");
    if (button && /^(up|down)\./.test(button.value) && moveStep(button)) {
      event.preventDefault();
      redraw();
    }
  });
  for (const group of form.querySelectorAll<HTMLElement>("[data-step-group]")) {
    enableDrag(group, redraw);
  }
  form.dataset.enhanced = "true";
}

const form = document.querySelector<HTMLFormElement>("form.editor-form");
if (form) start(form);

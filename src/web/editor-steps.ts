const STEP_FIELD = /^stepGroups\.(\d+)\.steps\.\d+\.(title|text)$/;

/** Renames a group's steps after a move, so the form posts them in their new order: field names,
 *  ids, labels, legends and the move buttons' values and ends. */
export function renumberSteps(group: HTMLElement): void {
  const g = group.dataset.stepGroup ?? "0";
  const steps = [...group.querySelectorAll<HTMLLIElement>("li.step")];
  steps.forEach((step, s) => {
    for (const field of step.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      "input, textarea",
    )) {
      const match = STEP_FIELD.exec(field.name);
      if (!match) continue;
      const name = `stepGroups.${g}.steps.${s}.${match[2]}`;
      const id = `f-${name.replace(/\./g, "-")}`;
      const label = step.querySelector<HTMLLabelElement>(`label[for="${field.id}"]`);
      field.name = name;
      field.id = id;
      if (label) label.htmlFor = id;
    }
    const legend = step.querySelector("legend");
    if (legend) legend.textContent = `Step ${s + 1}`;
    for (const button of step.querySelectorAll<HTMLButtonElement>("button[name=action]")) {
      const [verb] = button.value.split(".");
      button.value = `${verb}.${g}.${s}`;
      if (verb === "up") button.disabled = s === 0;
      if (verb === "down") button.disabled = s === steps.length - 1;
    }
  });
}

/** Moves a step up or down in place instead of posting the form; the focus stays on the button
 *  pressed, so a keyboard user can press it again. */
export function moveStep(button: HTMLButtonElement): boolean {
  const match = /^(up|down)\.\d+\.\d+$/.exec(button.value);
  const step = button.closest<HTMLLIElement>("li.step");
  const group = button.closest<HTMLElement>("[data-step-group]");
  if (!match || !step || !group) return false;
  const other = match[1] === "up" ? step.previousElementSibling : step.nextElementSibling;
  if (!other) return true;
  if (match[1] === "up") other.before(step);
  else other.after(step);
  renumberSteps(group);
  if (button.disabled)
    step.querySelector<HTMLButtonElement>("button[name=action]:not([disabled])")?.focus();
  else button.focus();
  return true;
}

/** Drag and drop between a group's steps, for a mouse; the buttons stay for everyone else. */
export function enableDrag(group: HTMLElement, onMove: () => void): void {
  let dragged: HTMLLIElement | null = null;
  group.addEventListener("dragstart", (event) => {
    dragged = (event.target as HTMLElement).closest("li.step");
    dragged?.classList.add("dragging");
  });
  group.addEventListener("dragend", () => {
    dragged?.classList.remove("dragging");
    dragged = null;
  });
  group.addEventListener("dragover", (event) => {
    const over = (event.target as HTMLElement).closest<HTMLLIElement>("li.step");
    if (!dragged || !over || over === dragged || over.parentElement !== dragged.parentElement)
      return;
    event.preventDefault();
    const box = over.getBoundingClientRect();
    if (event.clientY < box.top + box.height / 2) over.before(dragged);
    else over.after(dragged);
    renumberSteps(group);
    onMove();
  });
}

/** Ingredient check-off, remembered for the tab (sessionStorage): a reload or a trip to the
 *  recipe page keeps the ticks, a new cooking session starts clean. Storage may be refused
 *  (private modes, quotas): the boxes still tick, they are just not remembered. */
export function rememberChecks(root: HTMLElement, storage: Storage | undefined, key: string) {
  const boxes = [...root.querySelectorAll<HTMLInputElement>("input[data-have]")];
  const read = (): string[] => {
    try {
      const saved: unknown = JSON.parse(storage?.getItem(key) ?? "[]");
      return Array.isArray(saved) ? saved.filter((v) => typeof v === "string") : [];
    } catch {
      return [];
    }
  };
  const had = new Set(read());
  for (const box of boxes) {
    if (had.has(box.dataset.have ?? "")) box.checked = true;
    box.addEventListener("change", () => {
      const checked = boxes.filter((b) => b.checked).map((b) => b.dataset.have ?? "");
      try {
        storage?.setItem(key, JSON.stringify(checked));
      } catch {
        // Not remembered: the tick itself stands.
      }
    });
  }
}

/** The tab's sessionStorage, or undefined where reading it throws (storage disabled). */
export function sessionStorageOf(win: Window = window): Storage | undefined {
  try {
    return win.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Cook mode's stepping: the page's panels (the ingredients, then each step) shown one at a time,
 *  moved by its buttons, the keyboard (arrows, Page Up/Down, space) and a sideways swipe. */
export interface Stepper {
  readonly index: () => number;
  go(index: number): void;
}

export interface SteppingOptions {
  readonly root: HTMLElement;
  /** Where the Previous / Next bar goes (the sticky foot, beside the timer tray). */
  readonly bar: HTMLElement;
  readonly announce: (text: string) => void;
  /** The panel to open on (a reload keeps the place). */
  readonly start: number;
  readonly onMove: (index: number) => void;
}

/** Pixels a finger must travel sideways, more than it travels down, to turn the page. */
const SWIPE = 60;

const makeButton = (text: string, className: string) => {
  const button = document.createElement("button");
  button.type = "button";
  button.className = className;
  button.textContent = text;
  return button;
};

/** Typing, choosing and the elements a key already means something to keep their keys. */
function keepsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest("textarea, select")) return true;
  const input = target.closest("input");
  if (input && input.type !== "checkbox" && input.type !== "radio") return true;
  return key === " " && target.closest("button, a, input, label, summary") !== null;
}

export function enableStepping(options: SteppingOptions): Stepper {
  const { root, bar, announce } = options;
  const panels = [...root.querySelectorAll<HTMLElement>(".cook-panel")];
  const steps = panels.length - 1;
  const previous = makeButton("Previous", "secondary cook-previous");
  const next = makeButton("Next", "cook-next");
  const position = document.createElement("p");
  position.className = "cook-position";
  const nav = document.createElement("nav");
  nav.className = "cook-nav";
  nav.setAttribute("aria-label", "Steps");
  nav.append(previous, position, next);
  bar.append(nav);
  root.classList.add("stepping");

  let index = -1;
  const nameOf = (i: number) => {
    const title = panels[i]?.querySelector("h2")?.textContent?.trim() ?? "";
    return i === 0 ? title : title.replace(/^(Step \d+ of \d+)\s*/, "$1: ");
  };
  const go = (to: number) => {
    const target = Math.min(Math.max(to, 0), panels.length - 1);
    if (target === index) return;
    const forward = target > index;
    index = target;
    panels.forEach((panel, i) => {
      // A step's list item goes with it: no empty items for a screen reader to count.
      const item = panel.parentElement?.tagName === "LI" ? panel.parentElement : panel;
      item.hidden = i !== index;
    });
    const panel = panels[index];
    if (panel) {
      panel.style.setProperty("--cook-from", forward ? "2rem" : "-2rem");
      panel.classList.remove("entering");
      void panel.offsetWidth; // restarts the animation (off under prefers-reduced-motion)
      panel.classList.add("entering");
    }
    position.textContent = index === 0 ? "Ingredients" : `Step ${index} of ${steps}`;
    // aria-disabled rather than disabled: the button keeps focus at either end.
    previous.setAttribute("aria-disabled", String(index === 0));
    next.setAttribute("aria-disabled", String(index === panels.length - 1));
    next.textContent = index === 0 ? "Start cooking" : "Next";
    root.scrollTop = 0;
    announce(nameOf(index));
    options.onMove(index);
  };

  previous.addEventListener("click", () => go(index - 1));
  next.addEventListener("click", () => go(index + 1));
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (keepsKey(event.target, event.key)) return;
    const back = event.key === "ArrowLeft" || event.key === "PageUp";
    const forth = event.key === "ArrowRight" || event.key === "PageDown";
    const space = event.key === " ";
    if (!back && !forth && !space) return;
    event.preventDefault();
    go(back || (space && event.shiftKey) ? index - 1 : index + 1);
  });

  // A mouse drags to select text; a finger or a pen swipes.
  let down: { id: number; x: number; y: number } | undefined;
  root.addEventListener("pointerdown", (event) => {
    down =
      event.pointerType === "mouse"
        ? undefined
        : { id: event.pointerId, x: event.clientX, y: event.clientY };
  });
  root.addEventListener("pointercancel", () => {
    down = undefined;
  });
  root.addEventListener("pointerup", (event) => {
    if (!down || down.id !== event.pointerId) return;
    const dx = event.clientX - down.x;
    const dy = event.clientY - down.y;
    down = undefined;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 1.5 * Math.abs(dy))
      go(dx < 0 ? index + 1 : index - 1);
  });

  go(options.start);
  return { index: () => index, go };
}

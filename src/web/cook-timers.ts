import type { Alarm } from "./cook-alarm.js";
import { formatClock, readTimer, type TimerBounds, type TimerPhase } from "./timer-phase.js";

/** A timer started from a step's button: "3–4 min" for step 1. */
export interface TimerSpec extends TimerBounds {
  readonly label: string;
  readonly step: string;
}

export interface TimerTray {
  start(spec: TimerSpec): void;
  /** How many timers are in the tray. */
  readonly size: () => number;
}

interface Running {
  readonly spec: TimerSpec;
  readonly startedAt: number;
  phase: TimerPhase;
  readonly item: HTMLLIElement;
  readonly clock: HTMLElement;
  readonly state: HTMLElement;
  readonly stop: HTMLButtonElement;
}

/** Half a second: the display never lags the clock by more than that. */
const TICK_MS = 500;

const isRange = (spec: TimerSpec) => spec.max !== undefined && spec.max > spec.min;

function stateText(spec: TimerSpec, phase: TimerPhase): string {
  if (phase === "running") return isRange(spec) ? "until check" : "left";
  if (phase === "check") return "Check now · ends in";
  return "Done";
}

/** Every timer started, side by side in one tray, each counting on its own. A range counts to
 *  its lower bound ("check now"), then on to its upper bound ("done"); each alarm beeps, buzzes
 *  and is said aloud once through the assertive live region. */
export function createTimerTray(options: {
  readonly parent: HTMLElement;
  readonly alarm: Alarm;
  readonly alert: (text: string) => void;
  readonly now?: () => number;
}): TimerTray {
  const now = options.now ?? (() => Date.now());
  const tray = document.createElement("section");
  tray.className = "cook-tray";
  tray.setAttribute("aria-label", "Timers");
  tray.hidden = true;
  const list = document.createElement("ol");
  tray.append(list);
  options.parent.prepend(tray);
  const timers = new Set<Running>();
  let ticker: ReturnType<typeof setInterval> | undefined;

  const nameOf = (spec: TimerSpec) => `${spec.label} timer for step ${spec.step}`;

  const draw = (timer: Running) => {
    const reading = readTimer(timer.spec, now() - timer.startedAt);
    if (reading.phase !== timer.phase) {
      timer.phase = reading.phase;
      timer.item.dataset.phase = reading.phase;
      timer.state.textContent = stateText(timer.spec, reading.phase);
      timer.stop.textContent = reading.phase === "done" ? "Dismiss" : "Stop";
      options.alarm.ring(reading.phase === "done" ? "done" : "check");
      options.alert(
        reading.phase === "done"
          ? `${nameOf(timer.spec)}: done.`
          : `${nameOf(timer.spec)}: check now.`,
      );
    }
    timer.clock.textContent =
      reading.phase === "done"
        ? `+${formatClock(reading.overMs)}`
        : formatClock(reading.remainingMs);
  };

  const remove = (timer: Running) => {
    timers.delete(timer);
    timer.item.remove();
    tray.hidden = timers.size === 0;
    if (timers.size === 0 && ticker !== undefined) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };

  return {
    size: () => timers.size,
    start(spec) {
      options.alarm.prime();
      const item = document.createElement("li");
      const name = document.createElement("span");
      name.className = "cook-timer-name";
      name.textContent = `Step ${spec.step} · ${spec.label}`;
      const clock = document.createElement("span");
      clock.className = "cook-clock";
      clock.setAttribute("role", "timer");
      const state = document.createElement("span");
      state.className = "cook-timer-state";
      const stop = document.createElement("button");
      stop.type = "button";
      stop.className = "secondary";
      stop.setAttribute("aria-label", `Stop the ${nameOf(spec)}`);
      item.append(name, state, clock, stop);
      const timer: Running = {
        spec,
        startedAt: now(),
        phase: "running",
        item,
        clock,
        state,
        stop,
      };
      item.dataset.phase = "running";
      state.textContent = stateText(spec, "running");
      stop.textContent = "Stop";
      stop.addEventListener("click", () => remove(timer));
      timers.add(timer);
      list.append(item);
      tray.hidden = false;
      draw(timer);
      options.alert(`Started the ${nameOf(spec)}.`);
      ticker ??= setInterval(() => {
        for (const running of timers) draw(running);
      }, TICK_MS);
    },
  };
}

/** The timer a step's button describes, from its data attributes (cook-page.tsx). */
export function timerSpecOf(button: HTMLElement): TimerSpec | undefined {
  const min = Number(button.dataset.min);
  const max = button.dataset.max === undefined ? undefined : Number(button.dataset.max);
  if (!Number.isFinite(min) || min < 0 || (max !== undefined && !Number.isFinite(max))) {
    return undefined;
  }
  return {
    min,
    ...(max !== undefined && { max }),
    label: button.dataset.label ?? "",
    step: button.dataset.step ?? "",
  };
}

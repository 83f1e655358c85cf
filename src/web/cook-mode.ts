import { createAlarm } from "./cook-alarm.js";
import { rememberChecks, sessionStorageOf } from "./cook-checklist.js";
import { keepForOffline } from "./cook-offline.js";
import { enableStepping } from "./cook-steps.js";
import { createTimerTray, timerSpecOf } from "./cook-timers.js";
import { keepScreenAwake } from "./cook-wake-lock.js";

/** Cook mode's browser module: it turns the cook page (a readable list without it) into one
 *  full-screen panel at a time, with ingredient check-off, a tray of step timers, the screen kept
 *  awake and the page kept for offline use. <html data-cook="ready"> once it has. */

function liveRegion(root: HTMLElement, politeness: "polite" | "assertive"): (text: string) => void {
  const region = document.createElement("p");
  region.className = "visually-hidden";
  region.setAttribute("aria-live", politeness);
  region.setAttribute("aria-atomic", "true");
  root.append(region);
  return (text) => {
    region.textContent = text;
  };
}

function enterFullScreenButton(root: HTMLElement): void {
  if (!document.fullscreenEnabled) return;
  const head = root.querySelector(".cook-head p:last-child");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "secondary cook-fullscreen";
  button.textContent = "Full screen";
  button.addEventListener("click", () => {
    const leave = document.fullscreenElement !== null;
    void (leave ? document.exitFullscreen() : root.requestFullscreen()).catch(() => {});
  });
  document.addEventListener("fullscreenchange", () => {
    button.textContent = document.fullscreenElement ? "Leave full screen" : "Full screen";
  });
  head?.append(" ", button);
}

function start(): void {
  const root = document.getElementById("cook");
  if (!root) return;
  const slug = root.dataset.slug ?? "";
  const storage = sessionStorageOf();
  const stepKey = `claypot:cook:${slug}:step`;
  rememberChecks(root, storage, `claypot:cook:${slug}:have`);

  const foot = document.createElement("div");
  foot.className = "cook-foot";
  root.append(foot);
  const tray = createTimerTray({
    parent: foot,
    alarm: createAlarm(),
    alert: liveRegion(root, "assertive"),
  });
  let saved = 0;
  try {
    saved = Number(storage?.getItem(stepKey) ?? 0) || 0;
  } catch {
    saved = 0;
  }
  enableStepping({
    root,
    bar: foot,
    announce: liveRegion(root, "polite"),
    start: saved,
    onMove: (index) => {
      try {
        storage?.setItem(stepKey, String(index));
      } catch {
        // The place is not remembered; stepping goes on.
      }
    },
  });
  root.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>(".cook-timer-start");
    const spec = button && timerSpecOf(button);
    if (spec) tray.start(spec);
  });
  enterFullScreenButton(root);
  keepScreenAwake();
  void keepForOffline(root);
  document.documentElement.dataset.cook = "ready";
}

start();

/** Keeps the screen on while cooking (Screen Wake Lock API). A lock is dropped by the browser
 *  whenever the page is hidden, so it is asked for again each time the page shows. Where the API
 *  is missing or refuses (battery saver, an old browser), cooking goes on with the screen's own
 *  timeout. The state is written on <html data-wake-lock> for anyone curious. */
export type WakeLockState = "on" | "off" | "unsupported" | "refused";

export function keepScreenAwake(doc: Document = document): void {
  const nav = doc.defaultView?.navigator;
  const report = (state: WakeLockState) => {
    doc.documentElement.dataset.wakeLock = state;
  };
  if (!nav || !("wakeLock" in nav) || !nav.wakeLock) {
    report("unsupported");
    return;
  }
  const wakeLock = nav.wakeLock;
  let held: WakeLockSentinel | undefined;
  let asking = false;
  const request = async () => {
    if (asking || (held && !held.released)) return;
    asking = true;
    try {
      held = await wakeLock.request("screen");
      report("on");
      held.addEventListener("release", () => report("off"));
    } catch {
      held = undefined;
      report("refused");
    } finally {
      asking = false;
    }
  };
  doc.addEventListener("visibilitychange", () => {
    if (doc.visibilityState === "visible") void request();
  });
  void request();
}

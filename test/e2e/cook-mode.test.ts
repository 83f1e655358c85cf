import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { useServerAndBrowser } from "../support/server-and-browser.js";

/** Cook mode on the founding recipe, in a real browser against the built server (run
 *  `node scripts/build.mjs` first): stepping by button, keyboard and swipe, check-off that
 *  survives a reload, two range timers driven by Playwright's clock, the wake lock, and the
 *  page coming back with the server gone. */
const SLUG = "vietnamese-caramelised-pork-mince-stir-fry";

const rig = useServerAndBrowser();

/** Records what the page asks of the device, then lets the browser answer as it would. */
const RECORD_DEVICE_CALLS = () => {
  const calls = { wakeLock: 0, vibrate: [] as unknown[], beeps: 0, sentinels: [] as unknown[] };
  (window as unknown as { cookCalls: typeof calls }).cookCalls = calls;
  const wakeLock = navigator.wakeLock;
  if (wakeLock) {
    const request = wakeLock.request.bind(wakeLock);
    wakeLock.request = (type) => {
      calls.wakeLock++;
      const held = request(type);
      held.then((s) => calls.sentinels.push(s)).catch(() => {});
      return held;
    };
  }
  navigator.vibrate = (pattern) => {
    calls.vibrate.push(pattern);
    return true;
  };
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
    calls.beeps++;
    start.call(this, when);
  };
};

interface DeviceCalls {
  wakeLock: number;
  vibrate: unknown[];
  beeps: number;
}
const deviceCalls = (page: Page) =>
  page.evaluate(() => {
    const { wakeLock, vibrate, beeps } = (window as unknown as { cookCalls: DeviceCalls })
      .cookCalls;
    return { wakeLock, vibrate: vibrate.length, beeps };
  });

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
      errors.push(m.text());
  });
  return errors;
}

describe("cook mode in a browser", () => {
  let context: BrowserContext;
  afterAll(() => context?.close());

  it("steps by button, keyboard and swipe, remembers ticks, runs two range timers", async () => {
    context = await rig.browser.newContext({
      viewport: { width: 390, height: 844 },
      reducedMotion: "reduce",
    });
    await context.addInitScript(RECORD_DEVICE_CALLS);
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Paused: time moves only when the test says, so two timers a minute apart stay so.
    await page.clock.install({ time: new Date("2026-05-01T18:00:00Z") });
    await page.clock.pauseAt(new Date("2026-05-01T18:00:01Z"));
    await page.goto(`${rig.server.url}/recipes/${SLUG}`);
    await page.getByRole("link", { name: "Cook mode" }).click();
    await page.waitForURL(`${rig.server.url}/recipes/${SLUG}/cook`);
    await page.waitForSelector("html[data-cook=ready]");

    const panel = (id: string) => page.locator(`#${id}`);
    const position = page.locator(".cook-position");
    expect(await panel("cook-ingredients").isVisible()).toBe(true);
    expect(await panel("cook-step-1").isVisible()).toBe(false);
    await page.getByLabel(/Palm Sugar/).check();
    await page.reload();
    await page.waitForSelector("html[data-cook=ready]");
    expect(await page.getByLabel(/Palm Sugar/).isChecked()).toBe(true);
    expect(await page.getByLabel(/Ground Pork/).isChecked()).toBe(false);

    await page.getByRole("button", { name: "Start cooking" }).click();
    expect(await position.textContent()).toBe("Step 1 of 4");
    expect(await panel("cook-step-1").isVisible()).toBe(true);
    expect(await panel("cook-ingredients").isVisible()).toBe(false);
    // The panel slides in, unless the reader asked for less motion (as this one has).
    expect(await panel("cook-step-1").evaluate((el) => getComputedStyle(el).animationName)).toBe(
      "none",
    );
    await expect
      .poll(() => page.locator("[aria-live=polite]").textContent())
      .toBe("Step 1 of 4: Create the Caramel Base");
    await page.keyboard.press("ArrowRight");
    expect(await position.textContent()).toBe("Step 2 of 4");
    await page.locator("#cook-step-2 h2").click();
    await page.keyboard.press("Space");
    expect(await position.textContent()).toBe("Step 3 of 4");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Shift+Space");
    expect(await position.textContent()).toBe("Step 1 of 4");
    // A finger swiping left turns to the next step; a mouse dragging does not.
    const swipe = (pointerType: string) =>
      page.locator("#cook").evaluate((root, type) => {
        const at = (x: number) => ({ pointerId: 7, pointerType: type, clientX: x, clientY: 400 });
        root.dispatchEvent(new PointerEvent("pointerdown", { ...at(300), bubbles: true }));
        root.dispatchEvent(new PointerEvent("pointerup", { ...at(100), bubbles: true }));
      }, pointerType);
    await swipe("mouse");
    expect(await position.textContent()).toBe("Step 1 of 4");
    await swipe("touch");
    expect(await position.textContent()).toBe("Step 2 of 4");
    await page.getByRole("button", { name: "Previous" }).click();

    // The caramel's 3–4 minutes, twice: a second pan started a minute after the first.
    const start = page.getByRole("button", { name: "Start a 3–4 min timer for step 1" });
    await start.click();
    await page.clock.runFor(60_000);
    await start.click();
    const timers = page.locator(".cook-tray li");
    expect(await timers.count()).toBe(2);
    expect(await timers.nth(0).locator(".cook-clock").textContent()).toBe("2:00");
    expect(await timers.nth(1).locator(".cook-clock").textContent()).toBe("3:00");

    await page.clock.runFor(120_000);
    expect(await timers.nth(0).getAttribute("data-phase")).toBe("check");
    expect(await timers.nth(0).textContent()).toContain("Check now");
    expect(await timers.nth(0).locator(".cook-clock").textContent()).toBe("1:00");
    expect(await timers.nth(1).getAttribute("data-phase")).toBe("running");
    expect(await page.locator("[aria-live=assertive]").textContent()).toBe(
      "3–4 min timer for step 1: check now.",
    );
    await page.clock.runFor(60_000);
    expect(await timers.nth(0).getAttribute("data-phase")).toBe("done");
    expect(await timers.nth(0).textContent()).toContain("Done");
    expect(await timers.nth(1).getAttribute("data-phase")).toBe("check");
    await page.clock.runFor(60_000);
    expect(await timers.nth(1).getAttribute("data-phase")).toBe("done");
    const calls = await deviceCalls(page);
    expect(calls.vibrate).toBe(4);
    expect(calls.beeps).toBe(2 * 2 + 2 * 4);
    await page.getByRole("button", { name: "Stop the 3–4 min timer for step 1" }).first().click();
    expect(await timers.count()).toBe(1);

    // Asked for on entering, and again when the page shows after the lock was let go.
    expect(calls.wakeLock).toBeGreaterThanOrEqual(1);
    const before = calls.wakeLock;
    await page.evaluate(async () => {
      const held = (window as unknown as { cookCalls: { sentinels: WakeLockSentinel[] } }).cookCalls
        .sentinels;
      await Promise.all(held.map((s) => s.release()));
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await expect.poll(async () => (await deviceCalls(page)).wakeLock).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  it("comes back from the cache once the server is gone", async () => {
    const offline = await rig.browser.newContext();
    const page = await offline.newPage();
    const errors = watchErrors(page);
    const url = `${rig.server.url}/recipes/${SLUG}/cook?servings=2`;
    await page.goto(url);
    await page.waitForSelector("html[data-cook-offline=ready]");
    // Playwright's offline switch does not reach a service worker's own fetches: stopping the
    // server makes the network really fail, for the page and the worker alike.
    await rig.server.stop();
    await offline.setOffline(true);
    const res = await page.reload();
    expect(res?.fromServiceWorker()).toBe(true);
    await page.waitForSelector("html[data-cook=ready]");
    expect(await page.locator("#cook-title").textContent()).toBe(
      "Vietnamese Caramelised Pork Mince Stir Fry",
    );
    expect(await page.locator(".cook-position").textContent()).toBe("Ingredients");
    const slide = await page
      .locator("#cook-ingredients")
      .evaluate((el) => getComputedStyle(el).animationName);
    expect(slide).toBe("cook-in");
    expect(
      await page.evaluate(() => getComputedStyle(document.getElementById("cook")!).position),
    ).toBe("fixed");
    expect(errors).toEqual([]);
    await offline.close();
  });
});

import { COOK_CACHE, COOK_SCOPE } from "./cook-cache.js";

/** Keeps this cook page for offline use: registers the worker (cook-worker.ts) and puts the page
 *  and the files it loads into the cache, where the worker refreshes them on every later visit
 *  and serves them when the network is gone. <html data-cook-offline> says how it went. */
export async function keepForOffline(root: HTMLElement, doc: Document = document): Promise<void> {
  const report = (state: "ready" | "unsupported" | "failed") => {
    doc.documentElement.dataset.cookOffline = state;
  };
  const win = doc.defaultView;
  const worker = root.dataset.worker;
  if (!win || !worker || !("serviceWorker" in win.navigator) || !("caches" in win)) {
    report("unsupported");
    return;
  }
  try {
    await win.navigator.serviceWorker.register(worker, { scope: COOK_SCOPE });
    const page = new URL(win.location.href);
    page.hash = "";
    const files = [
      ...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href]'),
      ...doc.querySelectorAll<HTMLScriptElement>('script[type="module"][src]'),
    ].map((el) => (el instanceof HTMLLinkElement ? el.href : el.src));
    const cache = await win.caches.open(COOK_CACHE);
    for (const url of [page.href, ...new Set(files)]) {
      // Once in, an entry is the worker's to refresh: no second download on every visit.
      if (new URL(url).origin !== page.origin) continue;
      if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url);
    }
    await win.navigator.serviceWorker.ready;
    report("ready");
  } catch {
    // Private modes and full disks refuse: the page works, only not offline.
    report("failed");
  }
}

import { COOK_CACHE, isKeptForOffline } from "./cook-cache.js";

/** The service worker behind cook mode's offline use: network first, the cache when the network
 *  fails. It writes only entries a cook page put in the cache (cook-offline.ts), so browsing other
 *  recipes stores nothing; it answers same-origin GETs of cook pages and static files only. */

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
/** The few parts of ServiceWorkerGlobalScope used here (the project's lib is the DOM's). */
interface WorkerScope {
  readonly location: Location;
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (e: ExtendableEventLike) => void): void;
  addEventListener(type: "fetch", listener: (e: FetchEventLike) => void): void;
}

const worker = self as unknown as WorkerScope;

async function networkFirst(request: Request): Promise<Response> {
  const cache = await worker.caches.open(COOK_CACHE);
  try {
    const response = await fetch(request);
    // Only whole, same-origin answers replace what is kept; never an error page or a redirect.
    if (response.ok && response.type === "basic") {
      if (await cache.match(request, { ignoreVary: true })) {
        await cache.put(request, response.clone());
      }
    }
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

// A new version takes over at once: it only ever adds offline answers, never changes online ones.
worker.addEventListener("install", (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener("activate", (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || !isKeptForOffline(url.pathname)) return;
  event.respondWith(networkFirst(request));
});

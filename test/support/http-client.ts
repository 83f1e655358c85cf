/** A browser's worth of state for in-process requests (`app.request`): a cookie jar, and the
 *  CSRF token to send back, taken from GET /api/session. Only what the tests need of cookies:
 *  name=value, and removal (Max-Age=0 or a 1970 date). */
export interface TestClient {
  readonly cookies: Map<string, string>;
  csrf: string | undefined;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** A form post with the CSRF token added (unless `_csrf` is given). */
  form(path: string, fields?: Record<string, string>): Promise<Response>;
  /** A JSON call with the CSRF token in X-CSRF-Token. */
  json(method: string, path: string, body?: unknown): Promise<Response>;
  /** Asks the server for this client's CSRF token (and, when anonymous, its cookie). */
  refreshCsrf(): Promise<string>;
}

/** A Hono app (in process), or anything that answers a path the same way (a real server). */
interface App {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export function createTestClient(app: App, cookies: Map<string, string> = new Map()): TestClient {
  const client: TestClient = {
    cookies,
    csrf: undefined,
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (cookies.size > 0) {
        headers.set("cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
      }
      const res = await app.request(path, { ...init, headers });
      for (const line of res.headers.getSetCookie()) {
        const [pair = "", ...attributes] = line.split(";").map((s) => s.trim());
        const at = pair.indexOf("=");
        const name = pair.slice(0, at);
        // Removal only: the app's clock in tests is not the wall clock, so dates are not compared.
        const gone = attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=.*1970/i.test(a));
        if (gone) cookies.delete(name);
        else cookies.set(name, pair.slice(at + 1));
      }
      return res;
    },
    form(path, fields = {}) {
      const body = new URLSearchParams({ ...(client.csrf && { _csrf: client.csrf }), ...fields });
      return client.request(path, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
      });
    },
    json(method, path, body) {
      return client.request(path, {
        method,
        headers: {
          ...(body !== undefined && { "content-type": "application/json" }),
          ...(client.csrf && { "x-csrf-token": client.csrf }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    },
    async refreshCsrf() {
      const res = await client.request("/api/session");
      const body = (await res.json()) as { csrfToken: string };
      client.csrf = body.csrfToken;
      return body.csrfToken;
    },
  };
  return client;
}

/** Signs up through the real form, as a browser would, and leaves the client signed in. */
export async function signUpClient(
  app: App,
  account: { email: string; password?: string; name?: string },
): Promise<TestClient> {
  const client = createTestClient(app);
  await client.refreshCsrf();
  const res = await client.form("/sign-up", {
    email: account.email,
    password: account.password ?? "a long enough password",
    name: account.name ?? account.email.split("@")[0]!,
  });
  if (res.status !== 303) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  await client.refreshCsrf();
  return client;
}

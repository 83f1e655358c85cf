import { Hono } from "hono";
import { z } from "zod";
import { signIn } from "../../app/sign-in.js";
import { signOut } from "../../app/sign-out.js";
import { signUp } from "../../app/sign-up.js";
import { startSession } from "../../app/start-session.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";
import { clearSessionCookie, setSessionCookie } from "../session-cookie.js";

const Credentials = z.strictObject({
  email: z.string().max(320),
  password: z.string().max(1_000),
});
const NewAccount = Credentials.extend({ name: z.string().max(100).optional() });

/** The session as JSON, for scripts in a browser: who am I (and the CSRF token to send back as
 *  X-CSRF-Token), sign in, sign up, sign out. Programs elsewhere use API tokens instead. */
export function authApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/session", (c) => {
    const viewer = c.get("viewer");
    const csrfToken = csrfTokenFor(c, deps.publicUrl);
    if (viewer.kind === "anonymous") return c.json({ user: null, csrfToken });
    const { id, email, name, role } = viewer.user;
    return c.json({ user: { id, email, name, role }, csrfToken });
  });

  api.post("/session", async (c) => {
    const body = await readJson(c, Credentials);
    if (!body.ok) return problem(c, body.issues);
    const previous = c.get("sessionToken");
    const done = await signIn(deps, {
      ...body.value,
      ...(previous && { previousSessionToken: previous }),
    });
    if (!done.ok) return problem(c, done.issues);
    setSessionCookie(c, deps.publicUrl, done.value.sessionToken, done.value.expiresAt);
    const { id, email, name, role } = done.value.user;
    return c.json({ user: { id, email, name, role }, csrfToken: done.value.csrfToken });
  });

  api.post("/accounts", async (c) => {
    const body = await readJson(c, NewAccount);
    if (!body.ok) return problem(c, body.issues);
    const { email, password, name } = body.value;
    const created = await signUp(deps, { email, password, name: name ?? "" });
    if (!created.ok) return problem(c, created.issues);
    const previous = c.get("sessionToken");
    const session = await startSession(deps, created.value.id, previous);
    setSessionCookie(c, deps.publicUrl, session.sessionToken, session.expiresAt);
    const { id, role } = created.value;
    return c.json(
      {
        user: { id, email: created.value.email, name: created.value.name, role },
        csrfToken: session.csrfToken,
      },
      201,
    );
  });

  api.delete("/session", async (c) => {
    const token = c.get("sessionToken");
    if (token) await signOut(deps, token);
    clearSessionCookie(c, deps.publicUrl);
    return c.body(null, 204);
  });

  return api;
}

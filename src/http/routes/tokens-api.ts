import { Hono } from "hono";
import { z } from "zod";
import { createApiToken, listApiTokens, revokeApiToken } from "../../app/manage-api-tokens.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";

const NewToken = z.strictObject({ name: z.string().max(100).optional() });

/** API tokens: made by a signed-in user, shown once, used as `Authorization: Bearer …`. */
export function tokensApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/", async (c) => {
    const tokens = await listApiTokens(deps, c.get("viewer"));
    return tokens.ok ? c.json({ items: tokens.value }) : problem(c, tokens.issues);
  });

  api.post("/", async (c) => {
    const body = await readJson(c, NewToken);
    if (!body.ok) return problem(c, body.issues);
    const made = await createApiToken(deps, c.get("viewer"), body.value.name ?? "");
    if (!made.ok) return problem(c, made.issues);
    return c.json({ ...made.value.token, token: made.value.secret }, 201);
  });

  api.delete("/:id", async (c) => {
    const done = await revokeApiToken(deps, c.get("viewer"), c.req.param("id"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  return api;
}

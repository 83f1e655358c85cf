import { Hono } from "hono";
import { z } from "zod";
import { LIBRARY_ACCESS } from "../../app/account-ports.js";
import { listLibraryMembers, shareLibrary, unshareLibrary } from "../../app/share-library.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";

const Invite = z.strictObject({ email: z.string().max(320), access: z.enum(LIBRARY_ACCESS) });

/** The viewer's household: who shares their library, and whether to read or to edit. */
export function householdApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/", async (c) => {
    const members = await listLibraryMembers(deps, c.get("viewer"));
    return members.ok ? c.json({ items: members.value }) : problem(c, members.issues);
  });

  api.post("/", async (c) => {
    const body = await readJson(c, Invite);
    if (!body.ok) return problem(c, body.issues);
    const done = await shareLibrary(deps, c.get("viewer"), body.value);
    return done.ok ? c.json(done.value, 201) : problem(c, done.issues);
  });

  api.delete("/:memberId", async (c) => {
    const done = await unshareLibrary(deps, c.get("viewer"), c.req.param("memberId"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  return api;
}

import { Hono } from "hono";
import { z } from "zod";
import {
  addToPlan,
  changePlanEntry,
  MAX_NOTE,
  MAX_SERVINGS,
  planWeek,
  removePlanEntry,
} from "../../app/manage-meal-plan.js";
import { makeFeedSecret, revokeFeedSecret } from "../../app/plan-feed.js";
import { MEALS } from "../../app/plan-ports.js";
import { shopForWeek } from "../../app/plan-shopping-list.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import { readJson } from "../read-body.js";
import type { RouteDeps } from "../route-deps.js";
import { feedUrlOf } from "./plan-feed-route.js";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Servings = z.number().int().min(1).max(MAX_SERVINGS);
const NewEntry = z.strictObject({
  slug: z.string().min(1).max(200),
  date: Day,
  meal: z.enum(MEALS),
  servings: Servings.optional(),
  note: z.string().max(MAX_NOTE).optional(),
  /** Whose plan: absent, the caller's own; else a household's that lets them edit. */
  owner: z.string().max(20).optional(),
});
const WeekShopping = z.strictObject({
  week: z.string().max(20),
  /** A list of the caller's; absent, a new one named after the week. */
  listId: z.string().max(20).optional(),
  owner: z.string().max(20).optional(),
});
const EntryChange = z.strictObject({
  date: Day.optional(),
  meal: z.enum(MEALS).optional(),
  servings: Servings.nullable().optional(),
  note: z.string().max(MAX_NOTE).nullable().optional(),
});

/** The meal plan as JSON: a week, its entries, and the calendar feed's secret address. */
export function planApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();

  api.get("/", async (c) => {
    const { week: name, owner } = c.req.query();
    const week = await planWeek(deps, c.get("viewer"), {
      ...(name && { week: name }),
      ...(owner && { ownerId: owner }),
    });
    return week.ok ? c.json(week.value) : problem(c, week.issues);
  });

  api.post("/entries", async (c) => {
    const body = await readJson(c, NewEntry);
    if (!body.ok) return problem(c, body.issues);
    const { owner, servings, note, ...rest } = body.value;
    const entry = await addToPlan(deps, c.get("viewer"), {
      ...rest,
      ...(owner !== undefined && { ownerId: owner }),
      ...(servings !== undefined && { servings }),
      ...(note !== undefined && { note }),
    });
    return entry.ok ? c.json(entry.value, 201) : problem(c, entry.issues);
  });

  api.patch("/entries/:id", async (c) => {
    const body = await readJson(c, EntryChange);
    if (!body.ok) return problem(c, body.issues);
    const { date, meal, servings, note } = body.value;
    const entry = await changePlanEntry(deps, c.get("viewer"), c.req.param("id"), {
      ...(date !== undefined && { date }),
      ...(meal !== undefined && { meal }),
      ...(servings !== undefined && { servings }),
      ...(note !== undefined && { note }),
    });
    return entry.ok ? c.json(entry.value) : problem(c, entry.issues);
  });

  api.delete("/entries/:id", async (c) => {
    const done = await removePlanEntry(deps, c.get("viewer"), c.req.param("id"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  api.post("/shopping-list", async (c) => {
    const body = await readJson(c, WeekShopping);
    if (!body.ok) return problem(c, body.issues);
    const { week, listId, owner } = body.value;
    const done = await shopForWeek(deps, c.get("viewer"), {
      week,
      ...(listId !== undefined && { listId }),
      ...(owner !== undefined && { ownerId: owner }),
    });
    return done.ok
      ? c.json({ list: done.value.list, recipes: done.value.recipes, notes: done.issues }, 201)
      : problem(c, done.issues);
  });

  // Makes or rotates the feed address: the answer is the only time its secret is shown.
  api.post("/feed", async (c) => {
    const made = await makeFeedSecret(deps, c.get("viewer"));
    if (!made.ok) return problem(c, made.issues);
    return c.json({ url: feedUrlOf(c.req.url, deps.publicUrl, made.value.secret) }, 201);
  });

  api.delete("/feed", async (c) => {
    const done = await revokeFeedSecret(deps, c.get("viewer"));
    return done.ok ? c.body(null, 204) : problem(c, done.issues);
  });

  return api;
}

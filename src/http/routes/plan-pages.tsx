import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import {
  addToPlan,
  changePlanEntry,
  MAX_NOTE,
  planWeek,
  removePlanEntry,
} from "../../app/manage-meal-plan.js";
import { feedMadeAt, makeFeedSecret, revokeFeedSecret } from "../../app/plan-feed.js";
import { MEALS, type PlanEntry } from "../../app/plan-ports.js";
import { shopForWeek } from "../../app/plan-shopping-list.js";
import { isoWeekOf } from "../../lib/iso-week.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { PlanPage, planHref } from "../pages/plan-page.js";
import { readForm } from "../read-body.js";
import { renderIssues, renderPage, seeOther } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import { feedUrlOf } from "./plan-feed-route.js";

/** An empty number field is no number: the recipe's own yield. */
const Servings = z
  .string()
  .regex(/^\d{0,3}$/)
  .optional()
  .transform((s) => (s ? Number(s) : undefined));
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const EntryForm = z.object({
  slug: z.string().max(500),
  date: Day,
  meal: z.enum(MEALS),
  servings: Servings,
  note: z.string().max(MAX_NOTE).optional(),
  owner: z.string().max(20).optional(),
});
const ShopForm = z.object({
  week: z.string().max(20),
  list: z.string().max(20).default("new"),
  owner: z.string().max(20).optional(),
});
const MoveForm = z.object({ date: Day, meal: z.enum(MEALS), servings: Servings });

/** "https://site/recipes/pork?servings=4" or "/recipes/pork" or "pork": the slug. */
function slugOf(text: string): string {
  const match = /\/recipes\/([^/?#]+)/.exec(text);
  if (!match?.[1]) return text.trim();
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1]; // A broken escape names no recipe: "not found" says so.
  }
}

/** Back to the week an entry is in, on whoever's plan it is. */
function backTo(c: Context<AppEnv>, entry: PlanEntry) {
  const viewer = c.get("viewer");
  const own = viewer.kind === "user" && viewer.user.id === entry.ownerId;
  return seeOther(c, planHref(isoWeekOf(entry.date), own ? undefined : entry.ownerId));
}

export function planPages(deps: RouteDeps) {
  const pages = new Hono<AppEnv>();

  /** The week page; `feedUrl` is shown once, right after it is made. */
  const showWeek = async (c: Context<AppEnv>, feedUrl?: string) => {
    const viewer = c.get("viewer");
    const { week: name, owner } = c.req.query();
    const week = await planWeek(deps, viewer, {
      ...(name && { week: name }),
      ...(owner && { ownerId: owner }),
    });
    if (!week.ok || viewer.kind !== "user") return renderIssues(c, deps, week.issues);
    const own = week.value.ownerId === viewer.user.id;
    const people = await Promise.all(viewer.libraries.map((l) => deps.users.findById(l.ownerId)));
    const households = people.flatMap((u) => (u ? [{ ownerId: u.id, name: u.name }] : []));
    const madeAt = own ? await feedMadeAt(deps, viewer) : undefined;
    const lists = own ? await deps.shoppingLists.listOf(viewer.user.id) : undefined;
    return renderPage(
      c,
      deps.publicUrl,
      <PlanPage
        plan={week.value}
        households={households}
        csrfToken={csrfTokenFor(c, deps.publicUrl)}
        stylesheetHref={deps.stylesheetHref}
        {...(!own && {
          ownerName: households.find((h) => h.ownerId === week.value.ownerId)?.name ?? "",
        })}
        {...(own && {
          feed: { ...(madeAt && { madeAt }), ...(feedUrl && { url: feedUrl }) },
        })}
        {...(lists && { shoppingLists: lists.map((l) => ({ id: l.id, name: l.name })) })}
      />,
      feedUrl ? 201 : 200,
    );
  };

  pages.get("/plan", (c) => showWeek(c));

  pages.post("/plan/entries", async (c) => {
    const form = await readForm(c, EntryForm);
    if (!form.ok) return renderIssues(c, deps, form.issues);
    const { slug, owner, servings, note, ...rest } = form.value;
    const entry = await addToPlan(deps, c.get("viewer"), {
      ...rest,
      slug: slugOf(slug),
      ...(owner && { ownerId: owner }),
      ...(servings !== undefined && { servings }),
      ...(note && { note }),
    });
    return entry.ok ? backTo(c, entry.value) : renderIssues(c, deps, entry.issues);
  });

  pages.post("/plan/entries/:id/move", async (c) => {
    const form = await readForm(c, MoveForm);
    if (!form.ok) return renderIssues(c, deps, form.issues);
    const { date, meal, servings } = form.value;
    const entry = await changePlanEntry(deps, c.get("viewer"), c.req.param("id"), {
      date,
      meal,
      servings: servings ?? null,
    });
    return entry.ok ? backTo(c, entry.value) : renderIssues(c, deps, entry.issues);
  });

  pages.post("/plan/entries/:id/remove", async (c) => {
    const entry = await removePlanEntry(deps, c.get("viewer"), c.req.param("id"));
    return entry.ok ? backTo(c, entry.value) : renderIssues(c, deps, entry.issues);
  });

  pages.post("/plan/shopping-list", async (c) => {
    const form = await readForm(c, ShopForm);
    if (!form.ok) return renderIssues(c, deps, form.issues);
    const { week, list, owner } = form.value;
    const done = await shopForWeek(deps, c.get("viewer"), {
      week,
      ...(owner && { ownerId: owner }),
      ...(list !== "new" && { listId: list }),
    });
    return done.ok
      ? seeOther(c, `/lists/${done.value.list.id}`)
      : renderIssues(c, deps, done.issues);
  });

  pages.post("/plan/feed", async (c) => {
    const made = await makeFeedSecret(deps, c.get("viewer"));
    if (!made.ok) return renderIssues(c, deps, made.issues);
    return showWeek(c, feedUrlOf(c.req.url, deps.publicUrl, made.value.secret));
  });

  pages.post("/plan/feed/revoke", async (c) => {
    const done = await revokeFeedSecret(deps, c.get("viewer"));
    return done.ok ? seeOther(c, "/plan") : renderIssues(c, deps, done.issues);
  });

  return pages;
}

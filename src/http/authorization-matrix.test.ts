import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../../test/support/http-client.js";
import { makeRecipe } from "../../test/support/make-recipe.js";
import { openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { createTestApp } from "../../test/support/test-app.js";
import type { User } from "../app/account-ports.js";
import type { Visibility } from "../app/ports.js";
import { signUp } from "../app/sign-up.js";
import { startSession } from "../app/start-session.js";
import { addDays, isoWeekOf } from "../lib/iso-week.js";
import { hashSecretToken, newSecretToken } from "../lib/secret-token.js";
import type { createHttpApp } from "./create-http-app.js";
import { routeTable } from "./route-table.js";
import { COOK_STYLESHEET_HREF, COOK_WORKER_PATH } from "./routes/cook-pages.js";

/** Long file: the matrix is one table, and reads best whole.
 *
 *  The authorization matrix: every route of the app's own route table × every kind of viewer ×
 *  every visibility of the recipe (and board) it touches has an expected status. A route
 *  without an entry here fails the first test. Each cell gets fresh fixtures: a recipe of
 *  "owner" with the visibility (and a share link), a board of theirs pinning it (public when
 *  the recipe is, else private), an API token, a reset link, and a new session for the viewer.
 *  "member" reads owner's library (household, read access). "200+"/"200-": the recipe's title
 *  is / is not in the answer (listings, search, boards). */
const WHO = ["anonymous", "other", "member", "owner", "admin"] as const;
type Who = (typeof WHO)[number];
const VISIBILITY: readonly Visibility[] = ["private", "unlisted", "public"];
type Cell = number | `${number}${"+" | "-"}`;
type Row = readonly [Cell, Cell, Cell];
type Expected = Record<Who, Row>;

interface Ctx {
  readonly slug: string;
  readonly title: string;
  readonly boardId: string;
  readonly shareToken: string;
  readonly tokenId: string;
  readonly memberId: string;
  readonly resetToken: string;
  readonly fresh: string;
  /** A reader whose rating (with a comment) each recipe has. */
  readonly raterId: string;
  /** Owner's draft of the recipe. */
  readonly draftId: string;
  /** Owner's shopping list, with one item and a read-only link. */
  readonly listId: string;
  readonly listItemId: string;
  readonly listShareToken: string;
  /** Owner's plan entry of the recipe, in a week of this cell's own (`planWeek`); "other" has
   *  the recipe planned that week too (as if it turned private after), and today for the feed. */
  readonly planEntryId: string;
  readonly planWeek: string;
  readonly ownerId: string;
  readonly otherFeedSecret: string;
}
interface Req {
  readonly method: string;
  readonly path: string;
  readonly form?: Record<string, string>;
  readonly json?: unknown;
}
interface Case {
  readonly name?: string;
  readonly request: (ctx: Ctx) => Req;
  readonly expect: Expected;
}

const same = (cell: Cell): Row => [cell, cell, cell];
const all = (cell: Cell): Expected =>
  Object.fromEntries(WHO.map((w) => [w, same(cell)])) as Expected;
const signedIn = (cell: Cell): Expected => ({ ...all(cell), anonymous: same(401) });
const ownerOnly = (cell: Cell): Expected => ({
  anonymous: same(401),
  other: same(404),
  member: same(404),
  owner: same(cell),
  admin: same(404),
});
/** Reading a recipe (or board): strangers see public ones only, the household, owner and admins all. */
const sees = (cell: Cell, hidden: Cell = 404): Expected => ({
  anonymous: [hidden, hidden, cell],
  other: [hidden, hidden, cell],
  member: same(cell),
  owner: same(cell),
  admin: same(cell),
});
/** Changing a recipe or board: hidden is not found, seen but not theirs is 401/403. */
const changes = (cell: Cell): Expected => ({
  anonymous: [404, 404, 401],
  other: [404, 404, 403],
  member: same(403),
  owner: same(cell),
  admin: same(cell),
});
const listed = sees("200+", "200-");
const published: Expected = Object.fromEntries(
  WHO.map((w): [Who, Row] => [w, ["200-", "200-", "200+"]]),
) as Expected;
/** Rating: public recipes only, by anyone signed in but their owner. */
const rates = (cell: Cell): Expected => ({
  anonymous: [404, 404, 401],
  other: [404, 404, cell],
  member: [403, 403, cell],
  owner: same(403),
  admin: [403, 403, cell],
});
const withShareLink: Expected = {
  ...sees(200),
  anonymous: [404, 200, 200],
  other: [404, 200, 200],
};

const GUEST = { email: "guest@example.org", password: "the guest's password" };
const SOUP = "Pea Soup\n\nIngredients\n- 500 g peas\n\nMethod\n1. Simmer for 20 minutes.\n";
const get = (path: string): Req => ({ method: "GET", path });
const form = (path: string, fields: Record<string, string> = {}): Req => ({
  method: "POST",
  path,
  form: fields,
});
const call = (method: string, path: string, json?: unknown): Req => ({ method, path, json });
const r = (ctx: Ctx) => `/recipes/${ctx.slug}`;
const ar = (ctx: Ctx) => `/api/recipes/${ctx.slug}`;

/** Shopping lists are no one's but their owner's to change; the household reads them, admins
 *  have no say (a list is an errand, not content). Recipe visibility only matters for adding. */
const listChanges = (cell: Cell): Expected => ({
  anonymous: same(401),
  other: same(404),
  member: same(403),
  owner: same(cell),
  admin: same(404),
});
const listSees = (cell: Cell): Expected => ({
  ...listChanges(cell),
  anonymous: same(404),
  member: same(cell),
});
const l = (x: Ctx) => `/lists/${x.listId}`;
const al = (x: Ctx) => `/api/lists/${x.listId}`;
const LIST_ROUTES: Record<string, readonly Case[]> = {
  "GET /lists": [{ request: () => get("/lists"), expect: signedIn(200) }],
  "POST /lists": [{ request: () => form("/lists", { name: "Week" }), expect: signedIn(303) }],
  "GET /lists/:id": [{ request: (x) => get(l(x)), expect: listSees(200) }],
  "GET /lists/shared/:token": [
    { request: (x) => get(`/lists/shared/${x.listShareToken}`), expect: all(200) },
  ],
  "POST /lists/:id/rename": [
    { request: (x) => form(`${l(x)}/rename`, { name: "Renamed" }), expect: listChanges(303) },
  ],
  "POST /lists/:id/delete": [{ request: (x) => form(`${l(x)}/delete`), expect: listChanges(303) }],
  "POST /lists/:id/items": [
    { request: (x) => form(`${l(x)}/items`, { text: "2 lemons" }), expect: listChanges(303) },
  ],
  "POST /lists/:id/items/:itemId/check": [
    {
      request: (x) => form(`${l(x)}/items/${x.listItemId}/check`, { checked: "1" }),
      expect: listChanges(303),
    },
  ],
  "POST /lists/:id/items/:itemId/move": [
    {
      request: (x) => form(`${l(x)}/items/${x.listItemId}/move`, { direction: "up" }),
      expect: listChanges(303),
    },
  ],
  "POST /lists/:id/clear": [{ request: (x) => form(`${l(x)}/clear`), expect: listChanges(303) }],
  "POST /lists/:id/share-link": [
    { request: (x) => form(`${l(x)}/share-link`), expect: listChanges(303) },
  ],
  "POST /lists/:id/share-link/revoke": [
    { request: (x) => form(`${l(x)}/share-link/revoke`), expect: listChanges(303) },
  ],
  "POST /recipes/:slug/add-to-list": [
    {
      name: "to their own list",
      request: (x) => form(`${r(x)}/add-to-list`, { servings: "4" }),
      expect: { ...sees(303), anonymous: [404, 404, 401] },
    },
    {
      name: "to owner's list",
      request: (x) => form(`${r(x)}/add-to-list`, { list: x.listId }),
      expect: { ...listChanges(303), anonymous: [404, 404, 401], other: [404, 404, 404] },
    },
  ],
  "GET /api/lists": [{ request: () => get("/api/lists"), expect: signedIn(200) }],
  "POST /api/lists": [
    { request: () => call("POST", "/api/lists", { name: "Week" }), expect: signedIn(201) },
  ],
  "GET /api/lists/:id": [{ request: (x) => get(al(x)), expect: listSees(200) }],
  "GET /api/lists/shared/:token": [
    { request: (x) => get(`/api/lists/shared/${x.listShareToken}`), expect: all(200) },
  ],
  "PATCH /api/lists/:id": [
    { request: (x) => call("PATCH", al(x), { name: "Renamed" }), expect: listChanges(200) },
  ],
  "DELETE /api/lists/:id": [{ request: (x) => call("DELETE", al(x)), expect: listChanges(204) }],
  "POST /api/lists/:id/recipes": [
    {
      request: (x) => call("POST", `${al(x)}/recipes`, { items: [{ slug: x.slug }] }),
      expect: listChanges(200),
    },
  ],
  "POST /api/lists/:id/items": [
    {
      request: (x) => call("POST", `${al(x)}/items`, { text: "2 lemons" }),
      expect: listChanges(201),
    },
  ],
  "PUT /api/lists/:id/items/:itemId/checked": [
    {
      request: (x) => call("PUT", `${al(x)}/items/${x.listItemId}/checked`, { checked: true }),
      expect: listChanges(204),
    },
  ],
  "PUT /api/lists/:id/items/:itemId/position": [
    {
      request: (x) => call("PUT", `${al(x)}/items/${x.listItemId}/position`, { position: 1 }),
      expect: listChanges(204),
    },
  ],
  "DELETE /api/lists/:id/checked": [
    { request: (x) => call("DELETE", `${al(x)}/checked`), expect: listChanges(200) },
  ],
  "POST /api/lists/:id/share-link": [
    { request: (x) => call("POST", `${al(x)}/share-link`), expect: listChanges(201) },
  ],
  "DELETE /api/lists/:id/share-link": [
    { request: (x) => call("DELETE", `${al(x)}/share-link`), expect: listChanges(204) },
  ],
};

/** Meal plans: their owner's to change, or an "edit" household's (the fixture's is "read");
 *  admins have no say. An entry shows only when its reader may see the recipe. */
const planSees = (cell: Cell): Expected => ({
  ...listChanges(cell),
  member: same(cell),
});
const ownPlan: Row = ["200-", "200-", "200-"];
/** Each viewer's own plan: only owner and "other" have the cell's recipe on theirs. */
const ownPlanShows: Expected = {
  anonymous: same(401),
  other: ["200-", "200-", "200+"],
  member: ownPlan,
  owner: same("200+"),
  admin: ownPlan,
};
const pe = (x: Ctx) => `/plan/entries/${x.planEntryId}`;
const ape = (x: Ctx) => `/api/plan/entries/${x.planEntryId}`;
const planned = (x: Ctx) => ({ slug: x.slug, date: "2026-04-01", meal: "dinner" });
const PLAN_ROUTES: Record<string, readonly Case[]> = {
  "GET /plan": [
    { request: (x) => get(`/plan?week=${x.planWeek}`), expect: ownPlanShows },
    {
      name: "of the owner",
      request: (x) => get(`/plan?week=${x.planWeek}&owner=${x.ownerId}`),
      expect: planSees("200+"),
    },
  ],
  "GET /api/plan": [
    { request: (x) => get(`/api/plan?week=${x.planWeek}`), expect: ownPlanShows },
    {
      name: "of the owner",
      request: (x) => get(`/api/plan?week=${x.planWeek}&owner=${x.ownerId}`),
      expect: planSees("200+"),
    },
  ],
  "POST /plan/entries": [
    {
      request: (x) => form("/plan/entries", planned(x)),
      expect: { ...sees(303), anonymous: same(401) },
    },
    {
      name: "on the owner's plan",
      request: (x) => form("/plan/entries", { ...planned(x), owner: x.ownerId }),
      expect: listChanges(303),
    },
  ],
  "POST /api/plan/entries": [
    {
      request: (x) => call("POST", "/api/plan/entries", planned(x)),
      expect: { ...sees(201), anonymous: same(401) },
    },
    {
      name: "on the owner's plan",
      request: (x) => call("POST", "/api/plan/entries", { ...planned(x), owner: x.ownerId }),
      expect: listChanges(201),
    },
  ],
  "POST /plan/entries/:id/move": [
    {
      request: (x) => form(`${pe(x)}/move`, { date: "2026-04-02", meal: "lunch" }),
      expect: listChanges(303),
    },
  ],
  "POST /plan/entries/:id/remove": [
    { request: (x) => form(`${pe(x)}/remove`), expect: listChanges(303) },
  ],
  "PATCH /api/plan/entries/:id": [
    { request: (x) => call("PATCH", ape(x), { meal: "lunch" }), expect: listChanges(200) },
  ],
  "DELETE /api/plan/entries/:id": [
    { request: (x) => call("DELETE", ape(x)), expect: listChanges(204) },
  ],
  // The viewer's own week: a plan with nothing they may see on it makes no list (400).
  "POST /plan/shopping-list": [
    {
      request: (x) => form("/plan/shopping-list", { week: x.planWeek }),
      expect: {
        ...ownPlanShows,
        other: [400, 400, 303],
        member: same(400),
        owner: same(303),
        admin: same(400),
      },
    },
  ],
  "POST /api/plan/shopping-list": [
    {
      request: (x) => call("POST", "/api/plan/shopping-list", { week: x.planWeek }),
      expect: {
        ...ownPlanShows,
        other: [400, 400, 201],
        member: same(400),
        owner: same(201),
        admin: same(400),
      },
    },
  ],
  "POST /plan/feed": [{ request: () => form("/plan/feed"), expect: signedIn(201) }],
  "POST /plan/feed/revoke": [{ request: () => form("/plan/feed/revoke"), expect: signedIn(303) }],
  "POST /api/plan/feed": [{ request: () => call("POST", "/api/plan/feed"), expect: signedIn(201) }],
  "DELETE /api/plan/feed": [
    { request: () => call("DELETE", "/api/plan/feed"), expect: signedIn(204) },
  ],
  // The secret is the credential, whoever sends it; "other"'s feed drops recipes they may not see.
  "GET /plan/feed/:file": [
    {
      request: (x) => get(`/plan/feed/${x.otherFeedSecret}.ics`),
      expect: Object.fromEntries(
        WHO.map((w): [Who, Row] => [w, ["200-", "200-", "200+"]]),
      ) as Expected,
    },
    {
      name: "with a wrong secret",
      request: () => get(`/plan/feed/${"x".repeat(43)}.ics`),
      expect: all(404),
    },
  ],
};

const MATRIX: Record<string, readonly Case[]> = {
  ...LIST_ROUTES,
  ...PLAN_ROUTES,
  "GET /": [{ request: () => get("/"), expect: listed }],
  "GET /search": [{ request: (x) => get(`/search?q=${x.title.split(" ")[0]}`), expect: listed }],
  "GET /api/recipes": [{ request: () => get("/api/recipes"), expect: listed }],
  "GET /api/search": [
    { request: (x) => get(`/api/search?q=${x.title.split(" ")[0]}`), expect: listed },
  ],
  "GET /recipes/:slug": [
    { request: (x) => get(r(x)), expect: sees(200) },
    {
      name: "with its share link",
      request: (x) => get(`${r(x)}?share=${x.shareToken}`),
      expect: withShareLink,
    },
  ],
  "GET /api/recipes/:slug": [
    { request: (x) => get(ar(x)), expect: sees(200) },
    {
      name: "with its share link",
      request: (x) => get(`${ar(x)}?share=${x.shareToken}`),
      expect: withShareLink,
    },
  ],
  "PUT /api/recipes/:slug": [
    {
      request: (x) =>
        call("PUT", ar(x), { title: x.title, stepGroups: [{ steps: [{ text: "Stir." }] }] }),
      expect: changes(200),
    },
  ],
  "DELETE /api/recipes/:slug": [{ request: (x) => call("DELETE", ar(x)), expect: changes(204) }],
  "GET /recipes/new": [{ request: () => get("/recipes/new"), expect: signedIn(200) }],
  "POST /recipes/new": [
    {
      request: () => form("/recipes/new", { title: "Mine", action: "save" }),
      expect: signedIn(303),
    },
  ],
  "GET /recipes/:slug/edit": [{ request: (x) => get(`${r(x)}/edit`), expect: changes(200) }],
  "POST /recipes/:slug/edit": [
    {
      request: (x) => form(`${r(x)}/edit`, { title: x.title, action: "preview" }),
      expect: changes(200),
    },
  ],
  "GET /drafts/:id": [{ request: (x) => get(`/drafts/${x.draftId}`), expect: ownerOnly(200) }],
  "POST /drafts/:id": [
    {
      request: (x) => form(`/drafts/${x.draftId}`, { title: x.title, action: "save" }),
      expect: ownerOnly(303),
    },
  ],
  "GET /assets/web/:file": [
    { request: () => get("/assets/web/editor-missing.js"), expect: all(404) },
  ],
  "GET /media/:key": [{ request: () => get(`/media/${"0".repeat(64)}.webp`), expect: all(404) }],
  "PUT /api/recipes/:slug/visibility": [
    {
      request: (x) => call("PUT", `${ar(x)}/visibility`, { visibility: "public" }),
      expect: changes(200),
    },
  ],
  "POST /api/recipes/:slug/share-link": [
    { request: (x) => call("POST", `${ar(x)}/share-link`), expect: changes(201) },
  ],
  "DELETE /api/recipes/:slug/share-link": [
    { request: (x) => call("DELETE", `${ar(x)}/share-link`), expect: changes(204) },
  ],
  "POST /recipes/:slug/visibility": [
    { request: (x) => form(`${r(x)}/visibility`, { visibility: "private" }), expect: changes(303) },
  ],
  "POST /recipes/:slug/share-link": [
    { request: (x) => form(`${r(x)}/share-link`), expect: changes(303) },
  ],
  "POST /recipes/:slug/share-link/revoke": [
    { request: (x) => form(`${r(x)}/share-link/revoke`), expect: changes(303) },
  ],
  "POST /recipes/:slug/pin": [
    {
      request: (x) => form(`${r(x)}/pin`, { board: "new", newBoard: "Mine" }),
      expect: { ...sees(303), anonymous: [404, 404, 401] },
    },
  ],
  "GET /api/recipes/:slug/ratings": [
    { request: (x) => get(`${ar(x)}/ratings`), expect: sees(200) },
  ],
  "PUT /api/recipes/:slug/ratings": [
    {
      request: (x) => call("PUT", `${ar(x)}/ratings`, { stars: 4, comment: "Nice" }),
      expect: rates(204),
    },
  ],
  "PUT /api/recipes/:slug/ratings/:userId/hidden": [
    {
      request: (x) => call("PUT", `${ar(x)}/ratings/${x.raterId}/hidden`, { hidden: true }),
      expect: changes(204),
    },
  ],
  "POST /recipes/:slug/rating": [
    { request: (x) => form(`${r(x)}/rating`, { stars: "4", comment: "Nice" }), expect: rates(303) },
  ],
  "POST /recipes/:slug/ratings/:userId/moderation": [
    {
      request: (x) => form(`${r(x)}/ratings/${x.raterId}/moderation`, { hidden: "1" }),
      expect: changes(303),
    },
  ],
  "POST /api/imports": [
    { request: () => call("POST", "/api/imports", { text: SOUP }), expect: all(201) },
  ],
  // Uploads need a multipart body (import-upload.test.ts sends them): here, none is a 400.
  "GET /import": [{ request: () => get("/import"), expect: signedIn(200) }],
  "POST /import": [{ request: () => form("/import"), expect: signedIn(400) }],
  "POST /api/imports/files": [
    { request: () => call("POST", "/api/imports/files", {}), expect: signedIn(400) },
  ],
  "GET /api/recipes/:slug/export": [
    { request: (x) => get(`${ar(x)}/export?format=jsonld`), expect: sees("200+") },
    {
      name: "with its share link",
      request: (x) => get(`${ar(x)}/export?format=cooklang&share=${x.shareToken}`),
      expect: withShareLink,
    },
  ],
  // One's own recipes only: the household and admins get their own (none), not owner's.
  "GET /api/export": [
    {
      request: () => get("/api/export?format=jsonld"),
      expect: { ...all("200-"), anonymous: same(401), owner: same("200+") },
    },
  ],
  // A backup is one's own things only; the whole site (every account) is the admins'.
  "GET /account/backup": [
    {
      request: () => get("/account/backup"),
      expect: { ...all("200-"), anonymous: same(401), owner: same("200+") },
    },
  ],
  "GET /api/backup": [
    {
      request: () => get("/api/backup"),
      expect: { ...all("200-"), anonymous: same(401), owner: same("200+") },
    },
    {
      name: "of the whole site",
      request: () => get("/api/backup?scope=site"),
      expect: { ...all(403), anonymous: same(401), admin: same("200+") },
    },
  ],
  "POST /account/backup": [{ request: () => form("/account/backup"), expect: signedIn(400) }],
  "POST /api/backup": [
    { request: () => call("POST", "/api/backup", {}), expect: signedIn(422) },
    {
      name: "into the whole site",
      request: () => call("POST", "/api/backup?scope=site", {}),
      expect: { ...all(403), anonymous: same(401), admin: same(422) },
    },
  ],
  "GET /boards": [{ request: () => get("/boards"), expect: signedIn(200) }],
  "POST /boards": [
    { request: () => form("/boards", { name: "Fresh board" }), expect: signedIn(303) },
  ],
  "GET /boards/:id": [{ request: (x) => get(`/boards/${x.boardId}`), expect: sees("200+") }],
  "POST /boards/:id/pins/:slug/remove": [
    { request: (x) => form(`/boards/${x.boardId}/pins/${x.slug}/remove`), expect: changes(303) },
  ],
  "PUT /api/boards/:id/pins/:slug/position": [
    {
      request: (x) =>
        call("PUT", `/api/boards/${x.boardId}/pins/${x.slug}/position`, { position: 1 }),
      expect: changes(204),
    },
  ],
  "POST /boards/:id/pins/:slug/move": [
    {
      request: (x) => form(`/boards/${x.boardId}/pins/${x.slug}/move`, { direction: "up" }),
      expect: changes(303),
    },
  ],
  "POST /account/sessions/revoke": [
    { request: () => form("/account/sessions/revoke"), expect: signedIn(303) },
  ],
  "GET /api/boards": [{ request: () => get("/api/boards"), expect: signedIn(200) }],
  "POST /api/boards": [
    { request: () => call("POST", "/api/boards", { name: "Fresh" }), expect: signedIn(201) },
  ],
  "GET /api/boards/:id": [
    { request: (x) => get(`/api/boards/${x.boardId}`), expect: sees("200+") },
  ],
  "POST /api/boards/:id/pins": [
    {
      request: (x) => call("POST", `/api/boards/${x.boardId}/pins`, { slug: x.slug }),
      expect: changes(201),
    },
  ],
  "DELETE /api/boards/:id/pins/:slug": [
    {
      request: (x) => call("DELETE", `/api/boards/${x.boardId}/pins/${x.slug}`),
      expect: changes(204),
    },
  ],
  "GET /account": [{ request: () => get("/account"), expect: signedIn(200) }],
  "POST /account/tokens": [
    { request: () => form("/account/tokens", { name: "t" }), expect: signedIn(201) },
  ],
  "POST /account/tokens/:id/revoke": [
    { request: (x) => form(`/account/tokens/${x.tokenId}/revoke`), expect: ownerOnly(303) },
  ],
  "POST /account/household": [
    {
      request: () => form("/account/household", { email: GUEST.email, access: "read" }),
      expect: signedIn(303),
    },
  ],
  "POST /account/household/:memberId/remove": [
    { request: (x) => form(`/account/household/${x.memberId}/remove`), expect: ownerOnly(303) },
  ],
  "GET /api/tokens": [{ request: () => get("/api/tokens"), expect: signedIn(200) }],
  "POST /api/tokens": [
    { request: () => call("POST", "/api/tokens", { name: "t" }), expect: signedIn(201) },
  ],
  "DELETE /api/tokens/:id": [
    { request: (x) => call("DELETE", `/api/tokens/${x.tokenId}`), expect: ownerOnly(204) },
  ],
  "GET /api/household": [{ request: () => get("/api/household"), expect: signedIn(200) }],
  "POST /api/household": [
    {
      request: () => call("POST", "/api/household", { email: GUEST.email, access: "read" }),
      expect: signedIn(201),
    },
  ],
  "DELETE /api/household/:memberId": [
    { request: (x) => call("DELETE", `/api/household/${x.memberId}`), expect: ownerOnly(204) },
  ],
  "GET /api/session": [{ request: () => get("/api/session"), expect: all(200) }],
  "POST /api/session": [{ request: () => call("POST", "/api/session", GUEST), expect: all(200) }],
  "DELETE /api/session": [{ request: () => call("DELETE", "/api/session"), expect: all(204) }],
  "POST /api/accounts": [
    {
      request: (x) => call("POST", "/api/accounts", { email: x.fresh, password: GUEST.password }),
      expect: all(201),
    },
  ],
  "GET /sign-in": [{ request: () => get("/sign-in"), expect: all(200) }],
  "POST /sign-in": [{ request: () => form("/sign-in", GUEST), expect: all(303) }],
  "GET /sign-up": [{ request: () => get("/sign-up"), expect: all(200) }],
  "POST /sign-up": [
    {
      request: (x) => form("/sign-up", { email: x.fresh, password: GUEST.password }),
      expect: all(303),
    },
  ],
  "POST /sign-out": [{ request: () => form("/sign-out"), expect: all(303) }],
  "GET /reset-password/:token": [
    { request: (x) => get(`/reset-password/${x.resetToken}`), expect: all(200) },
  ],
  "POST /reset-password/:token": [
    {
      request: (x) => form(`/reset-password/${x.resetToken}`, { password: GUEST.password }),
      expect: all(303),
    },
  ],
  "GET /assets/claypot-:version.css": [
    { request: () => get("/assets/claypot-:version.css"), expect: all(200) },
  ],
  // Feeds and the sitemap name public recipes only, whoever asks, the owner included.
  "GET /feed.xml": [{ request: () => get("/feed.xml"), expect: published }],
  "GET /feed.atom": [{ request: () => get("/feed.atom"), expect: published }],
  // Addresses, not titles: publishing-routes.test.ts checks which recipes it names.
  "GET /sitemap.xml": [{ request: () => get("/sitemap.xml"), expect: all(200) }],
  "GET /robots.txt": [{ request: () => get("/robots.txt"), expect: all(200) }],
  "GET /recipes/:slug/print": [
    { request: (x) => get(`${r(x)}/print`), expect: sees(200) },
    {
      name: "with its share link",
      request: (x) => get(`${r(x)}/print?share=${x.shareToken}`),
      expect: withShareLink,
    },
  ],
  // Cook mode reads as the recipe page does; its files are everyone's (no build here: no worker).
  "GET /recipes/:slug/cook": [
    { request: (x) => get(`${r(x)}/cook`), expect: sees("200+") },
    {
      name: "with its share link",
      request: (x) => get(`${r(x)}/cook?share=${x.shareToken}`),
      expect: { ...withShareLink, anonymous: [404, "200+", "200+"], other: [404, "200+", "200+"] },
    },
  ],
  [`GET ${COOK_STYLESHEET_HREF}`]: [{ request: () => get(COOK_STYLESHEET_HREF), expect: all(200) }],
  [`GET ${COOK_WORKER_PATH}`]: [{ request: () => get(COOK_WORKER_PATH), expect: all(404) }],
  // Fixture recipes have no cuisine, category or tag: these prove the pages answer everyone.
  "GET /cuisines/:value": [{ request: () => get("/cuisines/soup"), expect: all("200-") }],
  "GET /categories/:value": [{ request: () => get("/categories/soup"), expect: all("200-") }],
  "GET /tags/:value": [{ request: () => get("/tags/soup"), expect: all("200-") }],
  "GET /authors/:value": [{ request: () => get("/authors/soup"), expect: all("200-") }],
};

const normalise = (route: string) =>
  route.replace(/claypot-[0-9a-f]{12}\.css$/, "claypot-:version.css");

let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let stylesheet = "";
const users = {} as Record<Exclude<Who, "anonymous"> | "guest", User>;
const clock = { now: () => new Date("2026-04-01T12:00:00.000Z") };
let cells = 0;

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage, {
    clock,
    rateLimits: { signIn: { limit: 1e9, windowMs: 1 }, imports: { limit: 1e9, windowMs: 1 } },
  });
  stylesheet = routeTable(app)
    .find((r) => r.includes("/assets/"))!
    .split(" ")[1]!;
  const deps = { ...storage.accounts, clock, passwordCost: { N: 2 ** 10, r: 8, p: 1 } };
  for (const who of ["admin", "owner", "member", "other", "guest"] as const) {
    const made = await signUp(deps, {
      email: who === "guest" ? GUEST.email : `${who}@example.org`,
      name: who,
      password: GUEST.password,
    });
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    users[who] = made.value;
  }
});
afterAll(() => storage.close());

async function fixture(visibility: Visibility): Promise<Ctx> {
  const n = ++cells;
  const now = clock.now();
  const { store, accounts } = storage;
  const title = `Zq${n} soup`;
  const stored = await store.insert({
    recipe: makeRecipe({ title, slug: `zq${n}-soup` }),
    contentHash: `cell-${n}`,
    now,
    ownerId: users.owner.id,
    visibility,
  });
  const shareToken = newSecretToken();
  await store.setShareToken(stored.id, shareToken, now);
  const board = await accounts.boards.create({
    ownerId: users.owner.id,
    name: `Board ${n}`,
    visibility: visibility === "public" ? "public" : "private",
    now,
  });
  await accounts.boards.pin(board.id, stored.id, now);
  await accounts.libraries.share({
    ownerId: users.owner.id,
    memberId: users.member.id,
    access: "read",
    now,
  });
  const token = await accounts.apiTokens.create({
    userId: users.owner.id,
    name: "cell",
    tokenHash: hashSecretToken(newSecretToken()),
    now,
  });
  await accounts.ratings.rate({
    recipeId: stored.id,
    userId: users.guest.id,
    stars: 5,
    comment: "Lovely",
    now,
  });
  const draft = await store.saveDraft({
    ownerId: users.owner.id,
    recipeId: stored.id,
    title,
    document: { fields: { title }, recipeSlug: stored.recipe.slug },
    now,
  });
  const list = await accounts.shoppingLists.create({ ownerId: users.owner.id, name: "L", now });
  const listShareToken = newSecretToken();
  await accounts.shoppingLists.setShareToken(list.id, listShareToken, now);
  const [listItem] = await accounts.shoppingLists.changeItems(
    list.id,
    () => [
      {
        foodKey: "egg",
        food: "eggs",
        amounts: [],
        aisle: "dairy & eggs",
        checked: false,
        recipeIds: [],
      },
    ],
    now,
  );
  const planDay = addDays("2026-04-06", 7 * n);
  const entry = await accounts.plans.add({
    ownerId: users.owner.id,
    date: planDay,
    meal: "dinner",
    recipeId: stored.id,
    now,
  });
  for (const date of [planDay, "2026-04-01"]) {
    await accounts.plans.add({
      ownerId: users.other.id,
      date,
      meal: "lunch",
      recipeId: stored.id,
      now,
    });
  }
  const otherFeedSecret = newSecretToken();
  await accounts.plans.setFeedToken(users.other.id, hashSecretToken(otherFeedSecret), now);
  const resetToken = newSecretToken();
  await accounts.passwordResets.create({
    tokenHash: hashSecretToken(resetToken),
    userId: users.guest.id,
    now,
    expiresAt: new Date(now.getTime() + 3_600_000),
  });
  return {
    slug: stored.recipe.slug,
    title,
    boardId: board.id,
    shareToken,
    tokenId: token.id,
    memberId: users.member.id,
    resetToken,
    fresh: `new${n}@example.org`,
    raterId: users.guest.id,
    draftId: draft.id,
    listId: list.id,
    listItemId: listItem!.id,
    listShareToken,
    planEntryId: entry.id,
    planWeek: isoWeekOf(planDay),
    ownerId: users.owner.id,
    otherFeedSecret,
  };
}

/** A browser for the viewer: a new session (or, anonymous, a CSRF cookie) for each cell. */
async function clientFor(who: Who): Promise<TestClient> {
  if (who === "anonymous") {
    const csrf = newSecretToken();
    const client = createTestClient(app, new Map([["claypot_csrf", csrf]]));
    client.csrf = csrf;
    return client;
  }
  const session = await startSession({ ...storage.accounts, clock }, users[who].id);
  const client = createTestClient(app, new Map([["claypot_session", session.sessionToken]]));
  client.csrf = session.csrfToken;
  return client;
}

function send(client: TestClient, req: Req): Promise<Response> {
  const path = req.path.replace("/assets/claypot-:version.css", stylesheet);
  if (req.form) return client.form(path, req.form);
  if (req.method === "GET") return client.request(path);
  return client.json(req.method, path, req.json);
}

describe("authorization matrix", () => {
  it("has an entry for every route of the app, and none for a route it lacks", () => {
    const routes = routeTable(app).map(normalise);
    expect(routes.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !routes.includes(key))).toEqual([]);
  });

  for (const [route, cases] of Object.entries(MATRIX)) {
    for (const testCase of cases) {
      it(`${route}${testCase.name ? ` ${testCase.name}` : ""}`, async () => {
        const misses: string[] = [];
        for (const who of WHO) {
          for (const [k, visibility] of VISIBILITY.entries()) {
            const ctx = await fixture(visibility);
            const res = await send(await clientFor(who), testCase.request(ctx));
            const cell = testCase.expect[who][k]!;
            const [, status, mark] = /^(\d+)([+-]?)$/.exec(String(cell))!;
            const body = await res.text();
            const shown = body.includes(ctx.title);
            const got = `${res.status}${mark ? (shown ? "+" : "-") : ""}`;
            if (got !== `${status}${mark}`)
              misses.push(`${who} × ${visibility}: expected ${cell}, got ${got}`);
          }
        }
        expect(misses).toEqual([]);
      });
    }
  }
});

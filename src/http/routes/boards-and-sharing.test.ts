import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  signUpClient,
  type TestClient,
} from "../../../test/support/http-client.js";
import { openTempStorage, type TempStorage } from "../../../test/support/temp-storage.js";
import { createTestApp } from "../../../test/support/test-app.js";
import type { createHttpApp } from "../create-http-app.js";

/** Sharing and boards as people use them, through the forms of the pages (no JavaScript). */
let storage: TempStorage;
let app: ReturnType<typeof createHttpApp>;
let owner: TestClient;
let reader: TestClient;
let anonymous: TestClient;
let slug: string;
const TEXT =
  "Smoky Lentil Stew\n\nIngredients\n- 300 g lentils\n- 1 onion\n\nMethod\n1. Simmer for 30 minutes.\n";

beforeAll(async () => {
  storage = await openTempStorage();
  app = createTestApp(storage);
  await signUpClient(app, { email: "admin@example.org" });
  owner = await signUpClient(app, { email: "olga@example.org", name: "Olga" });
  reader = await signUpClient(app, { email: "ravi@example.org", name: "Ravi" });
  anonymous = createTestClient(app);
  const res = await owner.json("POST", "/api/imports", { text: TEXT });
  expect(res.status).toBe(201);
  slug = ((await res.json()) as { slug: string }).slug;
});
afterAll(() => storage.close());

const html = async (client: TestClient, path: string) => {
  const res = await client.request(path);
  return { status: res.status, text: await res.text() };
};

describe("visibility and share links", () => {
  it("keeps a user's import private: out of others' listings and search, in the owner's", async () => {
    expect((await html(anonymous, "/")).text).not.toContain("Smoky Lentil Stew");
    expect((await html(reader, "/search?q=lentil")).text).not.toContain("Smoky Lentil Stew");
    expect((await html(owner, "/")).text).toContain("Smoky Lentil Stew");
    expect((await html(anonymous, `/recipes/${slug}`)).status).toBe(404);
  });

  it("makes, follows and revokes a share link from the recipe page's forms", async () => {
    const page = await html(owner, `/recipes/${slug}`);
    expect(page.text).toContain(`action="/recipes/${slug}/share-link"`);
    expect(page.text).not.toContain("application/ld+json");
    expect((await owner.form(`/recipes/${slug}/share-link`)).status).toBe(303);
    const shared = await html(owner, `/recipes/${slug}`);
    const link = /value="(http:\/\/localhost\/recipes\/[^"]+\?share=[^"]+)"/.exec(shared.text)?.[1];
    expect(link).toBeDefined();
    const path = new URL(link!.replaceAll("&amp;", "&")).pathname + new URL(link!).search;
    expect((await html(anonymous, path)).status).toBe(200);
    expect((await html(anonymous, "/")).text).not.toContain("Smoky Lentil Stew");
    expect((await html(reader, `/recipes/${slug}`)).status).toBe(404);
    expect((await owner.form(`/recipes/${slug}/share-link/revoke`)).status).toBe(303);
    expect((await html(anonymous, path)).status).toBe(404);
  });

  it("publishes with the visibility form: listed, with JSON-LD", async () => {
    expect((await owner.form(`/recipes/${slug}/visibility`, { visibility: "public" })).status).toBe(
      303,
    );
    expect((await html(anonymous, "/")).text).toContain("Smoky Lentil Stew");
    expect((await html(anonymous, `/recipes/${slug}`)).text).toContain("application/ld+json");
    const page = await html(reader, `/recipes/${slug}`);
    expect(page.text).toContain(`/recipes/${slug}/pin`);
    expect(page.text).not.toContain(`/recipes/${slug}/visibility`);
    expect(
      (await reader.form(`/recipes/${slug}/visibility`, { visibility: "private" })).status,
    ).toBe(403);
  });
});

describe("boards", () => {
  it("pins to a board made on the spot, and shows a public board to everyone", async () => {
    const pinned = await reader.form(`/recipes/${slug}/pin`, { board: "new", newBoard: "Winter" });
    expect(pinned.status).toBe(303);
    const boardPath = pinned.headers.get("location")!;
    expect((await html(reader, boardPath)).text).toContain("Smoky Lentil Stew");
    expect((await html(anonymous, boardPath)).status).toBe(404);

    const made = await reader.form("/boards", { name: "Shared soups", public: "on" });
    const publicBoard = made.headers.get("location")!;
    const boardId = publicBoard.split("/").at(-1)!;
    expect((await reader.form(`/recipes/${slug}/pin`, { board: boardId })).status).toBe(303);
    const seen = await html(anonymous, publicBoard);
    expect(seen.status).toBe(200);
    expect(seen.text).toContain("Smoky Lentil Stew");
    expect(seen.text).not.toContain("Unpin");
    expect((await reader.request("/boards")).status).toBe(200);
    expect(await (await reader.request("/boards")).text()).toContain("Shared soups");
  });

  it("drops a pin for others when its recipe turns private, and keeps the board", async () => {
    const boards = (await (await reader.request("/api/boards")).json()) as {
      items: { id: string; name: string }[];
    };
    const board = boards.items.find((b) => b.name === "Shared soups")!;
    expect(
      (await owner.form(`/recipes/${slug}/visibility`, { visibility: "private" })).status,
    ).toBe(303);
    const seen = await html(anonymous, `/boards/${board.id}`);
    expect(seen.status).toBe(200);
    expect(seen.text).not.toContain("Smoky Lentil Stew");
    expect((await html(reader, `/boards/${board.id}`)).text).not.toContain("Smoky Lentil Stew");
    const api = (await (await anonymous.request(`/api/boards/${board.id}`)).json()) as {
      pins: unknown[];
    };
    expect(api.pins).toEqual([]);
    expect((await reader.form(`/recipes/${slug}/pin`, { board: board.id })).status).toBe(404);
  });
});

describe("board order", () => {
  it("moves pins up and down by form, and to a place by the API", async () => {
    const board = (await (await owner.json("POST", "/api/boards", { name: "Order" })).json()) as {
      id: string;
    };
    const slugs: string[] = [];
    for (const name of ["Alpha", "Bravo", "Charlie"]) {
      const text = `${name} Bake\n\nIngredients\n- 1 egg\n\nMethod\n1. Bake for 10 minutes.\n`;
      const made = (await (await owner.json("POST", "/api/imports", { text })).json()) as {
        slug: string;
      };
      slugs.push(made.slug);
      expect(
        (await owner.json("POST", `/api/boards/${board.id}/pins`, { slug: made.slug })).status,
      ).toBe(201);
    }
    const order = async () =>
      (
        (await (await owner.request(`/api/boards/${board.id}`)).json()) as {
          pins: { title: string }[];
        }
      ).pins.map((p) => p.title.split(" ")[0]);
    expect(await order()).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(
      (await owner.form(`/boards/${board.id}/pins/${slugs[2]}/move`, { direction: "up" })).status,
    ).toBe(303);
    expect(await order()).toEqual(["Alpha", "Charlie", "Bravo"]);
    expect(
      (
        await owner.json("PUT", `/api/boards/${board.id}/pins/${slugs[1]}/position`, {
          position: 1,
        })
      ).status,
    ).toBe(204);
    expect(await order()).toEqual(["Bravo", "Alpha", "Charlie"]);
    expect(
      (await owner.form(`/boards/${board.id}/pins/${slugs[2]}/move`, { direction: "down" })).status,
    ).toBe(303);
    expect(await order()).toEqual(["Bravo", "Alpha", "Charlie"]);
    expect(
      (await owner.form(`/boards/${board.id}/pins/no-such/move`, { direction: "up" })).status,
    ).toBe(404);
  });
});

describe("households", () => {
  it("lets a member read the owner's private recipes until they are removed", async () => {
    expect((await html(reader, `/recipes/${slug}`)).status).toBe(404);
    expect(
      (await owner.form("/account/household", { email: "ravi@example.org", access: "read" }))
        .status,
    ).toBe(303);
    expect((await html(owner, "/account")).text).toContain("ravi@example.org");
    expect((await html(reader, `/recipes/${slug}`)).status).toBe(200);
    expect((await html(reader, "/")).text).toContain("Smoky Lentil Stew");
    expect(
      (await reader.form(`/recipes/${slug}/visibility`, { visibility: "public" })).status,
    ).toBe(403);

    expect(
      (await owner.form("/account/household", { email: "ravi@example.org", access: "edit" }))
        .status,
    ).toBe(303);
    expect(
      (await reader.form(`/recipes/${slug}/visibility`, { visibility: "private" })).status,
    ).toBe(303);

    const members = (await (await owner.request("/api/household")).json()) as {
      items: { memberId: string }[];
    };
    expect(
      (await owner.form(`/account/household/${members.items[0]!.memberId}/remove`)).status,
    ).toBe(303);
    expect((await html(reader, `/recipes/${slug}`)).status).toBe(404);
  });
});

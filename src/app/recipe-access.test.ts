import { describe, expect, it } from "vitest";
import type { User } from "./account-ports.js";
import type { Visibility } from "./ports.js";
import {
  ANONYMOUS,
  canChangeBoard,
  canChangeRecipe,
  canSeeBoard,
  canSeeRecipe,
  recipeScopeOf,
  type Viewer,
} from "./recipe-access.js";

const user = (id: string, role: User["role"] = "user"): User => ({
  id,
  email: `${id}@example.org`,
  name: id,
  role,
  createdAt: new Date(0),
});
const viewers: Record<string, Viewer> = {
  anonymous: ANONYMOUS,
  other: { kind: "user", user: user("9"), libraries: [] },
  reader: { kind: "user", user: user("2"), libraries: [{ ownerId: "1", access: "read" }] },
  editor: { kind: "user", user: user("3"), libraries: [{ ownerId: "1", access: "edit" }] },
  owner: { kind: "user", user: user("1"), libraries: [] },
  admin: { kind: "user", user: user("5", "admin"), libraries: [] },
};
const recipe = (visibility: Visibility) => ({
  visibility,
  shareToken: "secret-token",
  ownerId: "1",
});
const siteRecipe = (visibility: Visibility) => ({ visibility });

/** Who sees and changes a recipe of user 1, as a table: s = sees, S = sees with the link only. */
const SEES: Record<string, Record<Visibility, string>> = {
  anonymous: { private: "-", unlisted: "S", public: "s" },
  other: { private: "-", unlisted: "S", public: "s" },
  reader: { private: "s", unlisted: "s", public: "s" },
  editor: { private: "s", unlisted: "s", public: "s" },
  owner: { private: "s", unlisted: "s", public: "s" },
  admin: { private: "s", unlisted: "s", public: "s" },
};

describe("recipe access", () => {
  for (const [name, viewer] of Object.entries(viewers)) {
    for (const visibility of ["private", "unlisted", "public"] as const) {
      it(`${name} on a ${visibility} recipe`, () => {
        const expected = SEES[name]![visibility];
        expect(canSeeRecipe(viewer, recipe(visibility))).toBe(expected === "s");
        expect(canSeeRecipe(viewer, recipe(visibility), "secret-token")).toBe(expected !== "-");
        expect(canSeeRecipe(viewer, recipe(visibility), "wrong-token")).toBe(expected === "s");
        expect(canChangeRecipe(viewer, recipe(visibility))).toBe(
          ["editor", "owner", "admin"].includes(name),
        );
      });
    }
  }

  it("leaves the site's own recipes to admins", () => {
    const site = siteRecipe("private");
    expect(canSeeRecipe(viewers.owner!, site)).toBe(false);
    expect(canSeeRecipe(viewers.admin!, site)).toBe(true);
    expect(canChangeRecipe(viewers.owner!, {})).toBe(false);
    expect(canChangeRecipe(viewers.admin!, {})).toBe(true);
  });

  it("does not open a private recipe with its share link", () => {
    expect(canSeeRecipe(ANONYMOUS, recipe("private"), "secret-token")).toBe(false);
  });

  it("scopes listings to public plus the viewer's own and household libraries", () => {
    expect(recipeScopeOf(ANONYMOUS)).toEqual({ kind: "some", ownerIds: [] });
    expect(recipeScopeOf(viewers.reader!)).toEqual({ kind: "some", ownerIds: ["2", "1"] });
    expect(recipeScopeOf(viewers.admin!)).toEqual({ kind: "all" });
  });

  it("shows private boards to their owner, household and admins only", () => {
    const board = { ownerId: "1", visibility: "private" as const };
    expect(canSeeBoard(viewers.other!, board)).toBe(false);
    expect(canSeeBoard(viewers.reader!, board)).toBe(true);
    expect(canSeeBoard(ANONYMOUS, { ...board, visibility: "public" })).toBe(true);
    expect(canChangeBoard(viewers.reader!, board)).toBe(false);
    expect(canChangeBoard(viewers.editor!, board)).toBe(true);
  });
});

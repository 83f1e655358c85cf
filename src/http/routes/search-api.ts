import { Hono } from "hono";
import type { RecipeStore } from "../../app/ports.js";
import { searchRecipes } from "../../app/search-recipes.js";
import { issue } from "../../lib/result.js";
import { problem } from "../problem.js";
import { SearchParams, toSearchInput } from "./search-query.js";

export function searchApi(deps: { store: RecipeStore }) {
  const api = new Hono();
  api.get("/", async (c) => {
    const params = SearchParams.safeParse(c.req.query());
    if (!params.success) {
      return problem(
        c,
        params.error.issues.map((i) =>
          issue("BAD_REQUEST", i.message, ["query", ...i.path.map(String)]),
        ),
      );
    }
    const page = await searchRecipes(deps, toSearchInput(params.data));
    return page.ok ? c.json(page.value) : problem(c, page.issues);
  });
  return api;
}

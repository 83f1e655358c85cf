import { Hono } from "hono";
import { searchRecipes } from "../../app/search-recipes.js";
import { issue } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { problem } from "../problem.js";
import type { RouteDeps } from "../route-deps.js";
import { SearchParams, toSearchInput } from "./search-query.js";

export function searchApi(deps: RouteDeps) {
  const api = new Hono<AppEnv>();
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
    const page = await searchRecipes(deps, {
      ...toSearchInput(params.data),
      viewer: c.get("viewer"),
    });
    return page.ok ? c.json(page.value) : problem(c, page.issues);
  });
  return api;
}

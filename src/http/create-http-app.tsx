import { createHash } from "node:crypto";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { Clock, Fetcher, RecipeStore } from "../app/ports.js";
import { fail, issue } from "../lib/result.js";
import { STYLESHEET } from "./assets/stylesheet.js";
import { ErrorPage } from "./pages/error-page.js";
import { problem } from "./problem.js";
import { importsApi } from "./routes/imports-api.js";
import { recipePages } from "./routes/recipe-pages.js";
import { recipesApi } from "./routes/recipes-api.js";
import { searchApi } from "./routes/search-api.js";

export interface HttpDeps {
  readonly store: RecipeStore;
  /** e.g. "https://recipes.example.org"; absent, links use the request's own origin. */
  readonly publicUrl?: string;
  /** Where unexpected errors go; the response never shows them. */
  readonly logError: (error: unknown) => void;
  /** Fetches pages for URL imports (lib/safe-fetch in production); absent, URL imports fail. */
  readonly fetchPage?: Fetcher;
  readonly clock?: Clock;
}

const stylesheetVersion = createHash("sha256").update(STYLESHEET).digest("hex").slice(0, 12);
const STYLESHEET_HREF = `/assets/claypot-${stylesheetVersion}.css`;

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");

export function createHttpApp(deps: HttpDeps) {
  const app = new Hono();
  const shared = {
    store: deps.store,
    ...(deps.publicUrl !== undefined && { publicUrl: deps.publicUrl }),
  };

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "https:", "data:"],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  app.get(STYLESHEET_HREF, (c) =>
    c.body(STYLESHEET, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    }),
  );
  app.route("/api/recipes", recipesApi(shared));
  app.route("/api/search", searchApi(shared));
  app.route(
    "/api/imports",
    importsApi({
      store: deps.store,
      clock: deps.clock ?? { now: () => new Date() },
      fetchPage:
        deps.fetchPage ?? (async () => fail("FETCH_FAILED", "URL import is not configured")),
    }),
  );
  app.route("/", recipePages({ ...shared, stylesheetHref: STYLESHEET_HREF }));

  app.notFound((c) =>
    isApi(c.req.path)
      ? problem(c, [issue("NOT_FOUND", `no route for ${c.req.method} ${c.req.path}`)])
      : c.html(
          <ErrorPage
            status={404}
            message="There is nothing at this address."
            stylesheetHref={STYLESHEET_HREF}
          />,
          404,
        ),
  );

  app.onError((error, c) => {
    deps.logError(error);
    return isApi(c.req.path)
      ? problem(c, [issue("INTERNAL", "something went wrong on our side")])
      : c.html(
          <ErrorPage
            status={500}
            message="Something went wrong on our side."
            stylesheetHref={STYLESHEET_HREF}
          />,
          500,
        );
  });

  return app;
}

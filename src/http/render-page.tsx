import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Issue } from "../lib/result.js";
import type { AppEnv } from "./app-env.js";
import { csrfTokenFor } from "./csrf.js";
import { ErrorPage } from "./pages/error-page.js";
import { NavContext } from "./pages/nav-context.js";
import { statusOf } from "./problem.js";

/** Renders a page with the signed-in header every page shares. */
export function renderPage(
  c: Context<AppEnv>,
  publicUrl: string | undefined,
  page: Child,
  status: ContentfulStatusCode = 200,
) {
  const viewer = c.get("viewer");
  const nav =
    viewer?.kind === "user"
      ? { name: viewer.user.name, csrfToken: csrfTokenFor(c, publicUrl) }
      : undefined;
  return c.html(<NavContext.Provider value={nav}>{page}</NavContext.Provider>, status);
}

/** A failed use case as a page, with the status its code maps to (problem.ts). */
export function renderIssues(
  c: Context<AppEnv>,
  deps: { publicUrl?: string; stylesheetHref: string },
  issues: readonly Issue[],
) {
  const status = statusOf(issues[0]?.code ?? "INTERNAL");
  return renderPage(
    c,
    deps.publicUrl,
    <ErrorPage
      status={status}
      message={issues[0]?.message ?? "error"}
      stylesheetHref={deps.stylesheetHref}
    />,
    status,
  );
}

/** After a form that changed something: back to a page by GET (post/redirect/get). */
export const seeOther = (c: Context, location: string) => c.redirect(location, 303);

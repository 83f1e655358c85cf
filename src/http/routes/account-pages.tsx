import { Hono } from "hono";
import { z } from "zod";
import { LIBRARY_ACCESS } from "../../app/account-ports.js";
import { createApiToken, listApiTokens, revokeApiToken } from "../../app/manage-api-tokens.js";
import type { Viewer } from "../../app/recipe-access.js";
import { listLibraryMembers, shareLibrary, unshareLibrary } from "../../app/share-library.js";
import { signOutEverywhere } from "../../app/sign-out.js";
import { fail } from "../../lib/result.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { AccountPage } from "../pages/account-page.js";
import { readForm } from "../read-body.js";
import { renderIssues, renderPage, seeOther } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import { clearSessionCookie } from "../session-cookie.js";

const TokenForm = z.object({ name: z.string().max(100).default("") });
const InviteForm = z.object({ email: z.string().max(320), access: z.enum(LIBRARY_ACCESS) });

/** The account page: household members and API tokens, as forms. */
export function accountPages(deps: RouteDeps) {
  const pages = new Hono<AppEnv>();

  const page = async (
    c: Parameters<typeof csrfTokenFor>[0],
    viewer: Viewer,
    newSecret?: string,
  ) => {
    const [tokens, members] = await Promise.all([
      listApiTokens(deps, viewer),
      listLibraryMembers(deps, viewer),
    ]);
    if (viewer.kind !== "user" || !tokens.ok || !members.ok) {
      return renderIssues(c, deps, fail("UNAUTHENTICATED", "sign in to see your account").issues);
    }
    return renderPage(
      c,
      deps.publicUrl,
      <AccountPage
        user={viewer.user}
        tokens={tokens.value}
        members={members.value}
        csrfToken={csrfTokenFor(c, deps.publicUrl)}
        stylesheetHref={deps.stylesheetHref}
        {...(newSecret !== undefined && { newSecret })}
      />,
      newSecret ? 201 : 200,
    );
  };

  pages.get("/account", (c) => page(c, c.get("viewer")));

  pages.post("/account/tokens", async (c) => {
    const form = await readForm(c, TokenForm);
    const made = form.ok ? await createApiToken(deps, c.get("viewer"), form.value.name) : form;
    // The secret is rendered into this very response, never into a URL or a later page.
    return made.ok
      ? page(c, c.get("viewer"), made.value.secret)
      : renderIssues(c, deps, made.issues);
  });

  pages.post("/account/tokens/:id/revoke", async (c) => {
    const done = await revokeApiToken(deps, c.get("viewer"), c.req.param("id"));
    return done.ok ? seeOther(c, "/account") : renderIssues(c, deps, done.issues);
  });

  pages.post("/account/sessions/revoke", async (c) => {
    const done = await signOutEverywhere(deps, c.get("viewer"));
    if (!done.ok) return renderIssues(c, deps, done.issues);
    clearSessionCookie(c, deps.publicUrl);
    return seeOther(c, "/sign-in");
  });

  pages.post("/account/household", async (c) => {
    const form = await readForm(c, InviteForm);
    const done = form.ok ? await shareLibrary(deps, c.get("viewer"), form.value) : form;
    return done.ok ? seeOther(c, "/account") : renderIssues(c, deps, done.issues);
  });

  pages.post("/account/household/:memberId/remove", async (c) => {
    const done = await unshareLibrary(deps, c.get("viewer"), c.req.param("memberId"));
    return done.ok ? seeOther(c, "/account") : renderIssues(c, deps, done.issues);
  });

  return pages;
}

import { Hono } from "hono";
import { z } from "zod";
import { completePasswordReset, isResetLinkUsable } from "../../app/reset-password.js";
import { signIn } from "../../app/sign-in.js";
import { signOut } from "../../app/sign-out.js";
import { signUp } from "../../app/sign-up.js";
import { startSession } from "../../app/start-session.js";
import type { AppEnv } from "../app-env.js";
import { csrfTokenFor } from "../csrf.js";
import { ResetPasswordPage, SignInPage, SignUpPage } from "../pages/auth-forms.js";
import { statusOf } from "../problem.js";
import { readForm } from "../read-body.js";
import { renderPage, seeOther } from "../render-page.js";
import type { RouteDeps } from "../route-deps.js";
import { clearSessionCookie, setSessionCookie } from "../session-cookie.js";

/** Requests that sign someone in: the CSRF guard checks them even without a session. */
export const SIGN_IN_FORMS: readonly RegExp[] = [
  /^\/sign-in$/,
  /^\/sign-up$/,
  /^\/reset-password\/[^/]+$/,
  /^\/api\/session$/,
  /^\/api\/accounts$/,
];

const text = (max: number) => z.string().max(max).default("");
const SignInForm = z.object({ email: text(320), password: text(1_000) });
const SignUpForm = SignInForm.extend({ name: text(100) });
const ResetForm = z.object({ password: text(1_000) });
const RESET_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Sign-up, sign-in, sign-out and password reset as plain forms: no JavaScript needed. */
export function authPages(deps: RouteDeps) {
  const pages = new Hono<AppEnv>();
  const { stylesheetHref } = deps;
  const csrf = (c: Parameters<typeof csrfTokenFor>[0]) => csrfTokenFor(c, deps.publicUrl);

  pages.get("/sign-in", (c) =>
    renderPage(
      c,
      deps.publicUrl,
      <SignInPage csrfToken={csrf(c)} stylesheetHref={stylesheetHref} />,
    ),
  );

  pages.post("/sign-in", async (c) => {
    const form = await readForm(c, SignInForm);
    const previous = c.get("sessionToken");
    const done = form.ok
      ? await signIn(deps, { ...form.value, ...(previous && { previousSessionToken: previous }) })
      : form;
    if (!done.ok) {
      const page = (
        <SignInPage
          csrfToken={csrf(c)}
          stylesheetHref={stylesheetHref}
          error={done.issues[0]?.message ?? "That did not work."}
          {...(form.ok && { email: form.value.email })}
        />
      );
      return renderPage(c, deps.publicUrl, page, statusOf(done.issues[0]?.code ?? "BAD_REQUEST"));
    }
    setSessionCookie(c, deps.publicUrl, done.value.sessionToken, done.value.expiresAt);
    return seeOther(c, "/");
  });

  pages.get("/sign-up", (c) =>
    renderPage(
      c,
      deps.publicUrl,
      <SignUpPage csrfToken={csrf(c)} stylesheetHref={stylesheetHref} />,
    ),
  );

  pages.post("/sign-up", async (c) => {
    const form = await readForm(c, SignUpForm);
    const created = form.ok ? await signUp(deps, form.value) : form;
    if (!created.ok) {
      const page = (
        <SignUpPage
          csrfToken={csrf(c)}
          stylesheetHref={stylesheetHref}
          error={created.issues[0]?.message ?? "That did not work."}
          {...(form.ok && { email: form.value.email })}
        />
      );
      return renderPage(
        c,
        deps.publicUrl,
        page,
        statusOf(created.issues[0]?.code ?? "BAD_REQUEST"),
      );
    }
    const session = await startSession(deps, created.value.id, c.get("sessionToken"));
    setSessionCookie(c, deps.publicUrl, session.sessionToken, session.expiresAt);
    return seeOther(c, "/");
  });

  pages.post("/sign-out", async (c) => {
    const token = c.get("sessionToken");
    if (token) await signOut(deps, token);
    clearSessionCookie(c, deps.publicUrl);
    return seeOther(c, "/");
  });

  pages.get("/reset-password/:token", async (c) => {
    const token = c.req.param("token");
    const usable = RESET_TOKEN.test(token) && (await isResetLinkUsable(deps, token));
    const page = (
      <ResetPasswordPage
        csrfToken={csrf(c)}
        stylesheetHref={stylesheetHref}
        action={`/reset-password/${encodeURIComponent(token)}`}
        usable={usable}
      />
    );
    return renderPage(c, deps.publicUrl, page, usable ? 200 : 410);
  });

  pages.post("/reset-password/:token", async (c) => {
    const token = c.req.param("token");
    const form = await readForm(c, ResetForm);
    const done = form.ok ? await completePasswordReset(deps, token, form.value.password) : form;
    if (!done.ok) {
      const code = done.issues[0]?.code ?? "BAD_REQUEST";
      const page = (
        <ResetPasswordPage
          csrfToken={csrf(c)}
          stylesheetHref={stylesheetHref}
          action={`/reset-password/${encodeURIComponent(token)}`}
          usable={code !== "RESET_LINK_INVALID"}
          error={done.issues[0]?.message ?? "That did not work."}
        />
      );
      return renderPage(c, deps.publicUrl, page, statusOf(code));
    }
    // Whoever reset the password proves nothing more: they sign in with it, afresh.
    clearSessionCookie(c, deps.publicUrl);
    return seeOther(c, "/sign-in");
  });

  return pages;
}

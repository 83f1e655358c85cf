import { createHash, randomUUID } from "node:crypto";
import { type Context, Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AccountStores } from "../app/account-ports.js";
import type { BlobStore, Clock, Fetcher, RecipeStore } from "../app/ports.js";
import type { PasswordCost } from "../lib/password-hash.js";
import { fail, type Issue, issue } from "../lib/result.js";
import type { AppEnv } from "./app-env.js";
import { STYLESHEET } from "./assets/stylesheet.js";
import { limitBodies } from "./body-limits.js";
import { csrfGuard, csrfIssue } from "./csrf.js";
import { identifyViewer } from "./identify-viewer.js";
import { createPageCache } from "./page-cache.js";
import { ErrorPage } from "./pages/error-page.js";
import { knownIssueCarriedBy, problem } from "./problem.js";
import { type RateRule, rateLimit } from "./rate-limit.js";
import { renderIssues, renderPage } from "./render-page.js";
import type { RouteDeps } from "./route-deps.js";
import { accountPages } from "./routes/account-pages.js";
import { authApi } from "./routes/auth-api.js";
import { authPages, SIGN_IN_FORMS } from "./routes/auth-pages.js";
import { BACKUP_API_PATH, BACKUP_FORM_PATH, backupRoutes } from "./routes/backup-routes.js";
import { boardPages } from "./routes/board-pages.js";
import { boardsApi } from "./routes/boards-api.js";
import { browsePages } from "./routes/browse-pages.js";
import { cookPages } from "./routes/cook-pages.js";
import { exportRoutes } from "./routes/export-routes.js";
import { householdApi } from "./routes/household-api.js";
import { importUpload, UPLOAD_PATHS } from "./routes/import-upload.js";
import { importsApi } from "./routes/imports-api.js";
import { listPages } from "./routes/list-pages.js";
import { listsApi } from "./routes/lists-api.js";
import { planApi } from "./routes/plan-api.js";
import { planFeedRoute } from "./routes/plan-feed-route.js";
import { planPages } from "./routes/plan-pages.js";
import { publishingRoutes } from "./routes/publishing-routes.js";
import { ratingsApi } from "./routes/ratings-api.js";
import { recipeEditor } from "./routes/recipe-editor.js";
import { recipeEditorAssets } from "./routes/recipe-editor-assets.js";
import { recipeForms } from "./routes/recipe-forms.js";
import { recipePages } from "./routes/recipe-pages.js";
import { recipesApi } from "./routes/recipes-api.js";
import { searchApi } from "./routes/search-api.js";
import { sharingApi } from "./routes/sharing-api.js";
import { tokensApi } from "./routes/tokens-api.js";
import { isHttps } from "./session-cookie.js";
import type { WebAssets } from "./web-assets.js";

export interface HttpDeps {
  readonly store: RecipeStore;
  readonly accounts: AccountStores;
  /** e.g. "https://recipes.example.org"; absent, links use the request's own origin. */
  readonly publicUrl?: string;
  /** Where unexpected errors go; the response never shows them. */
  readonly logError: (error: unknown) => void;
  /** Fetches pages for URL imports (lib/safe-fetch in production); absent, URL imports fail. */
  readonly fetchPage?: Fetcher;
  readonly clock?: Clock;
  /** Tests lower the scrypt cost; production keeps lib/password-hash's default. */
  readonly passwordCost?: PasswordCost;
  readonly rateLimits?: { readonly signIn?: RateRule; readonly imports?: RateRule };
  /** Whether POST /api/imports takes anonymous imports (kept by the site, public). */
  readonly allowAnonymousImports?: boolean;
  /** Names this build of the code (ETags of cached pages carry it); absent, one per process. */
  readonly buildId?: string;
  /** Where uploaded images are kept (main: files beside the database); absent, uploads fail. */
  readonly blobs?: BlobStore;
  /** The built browser modules (main reads dist/web); absent, pages work without them. */
  readonly webAssets?: WebAssets;
}

const stylesheetVersion = createHash("sha256").update(STYLESHEET).digest("hex").slice(0, 12);
const STYLESHEET_HREF = `/assets/claypot-${stylesheetVersion}.css`;

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");

export const DEFAULT_RATE_LIMITS = {
  signIn: { limit: 10, windowMs: 60_000 },
  imports: { limit: 30, windowMs: 60_000 },
} as const;

export function createHttpApp(deps: HttpDeps) {
  const app = new Hono<AppEnv>();
  const clock = deps.clock ?? { now: () => new Date() };
  const shared: RouteDeps = {
    store: deps.store,
    ...deps.accounts,
    clock,
    stylesheetHref: STYLESHEET_HREF,
    pageCache: createPageCache(deps.buildId ?? randomUUID()),
    ...(deps.publicUrl !== undefined && { publicUrl: deps.publicUrl }),
    ...(deps.passwordCost !== undefined && { passwordCost: deps.passwordCost }),
  };
  const refuse = (c: Context<AppEnv>, issues: readonly Issue[]) =>
    isApi(c.req.path) ? problem(c, issues) : renderIssues(c, shared, issues);

  // Whatever a request that is not a read may have changed, no cached version of it stays.
  app.use(async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD") shared.pageCache.forgetVersions();
  });

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
      referrerPolicy: "same-origin",
      // Sent below only behind https: on plain http it would be ignored, or wrongly pinned.
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    await next();
    if (isHttps(c, deps.publicUrl)) {
      c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  });

  app.get(STYLESHEET_HREF, (c) =>
    c.body(STYLESHEET, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    }),
  );

  limitBodies(app, refuse);
  app.use(identifyViewer({ ...deps.accounts, clock }, refuse));
  app.use(
    csrfGuard({
      isSignInForm: (path) => SIGN_IN_FORMS.some((re) => re.test(path)),
      refuse: (c) => refuse(c, [csrfIssue()]),
    }),
  );
  const limits = { ...DEFAULT_RATE_LIMITS, ...deps.rateLimits };
  const limited = (name: string, rule: RateRule) =>
    rateLimit(
      name,
      rule,
      () => clock.now().getTime(),
      (c, retry) => refuse(c, [issue("RATE_LIMITED", `too many tries: wait ${retry} s`)]),
    );
  // One budget for every way to try a password or make accounts from one address.
  const signInLimit = limited("sign-in", limits.signIn);
  for (const path of [
    "/sign-in",
    "/api/session",
    "/sign-up",
    "/api/accounts",
    "/reset-password/:token",
  ]) {
    app.post(path, signInLimit);
  }
  // Uploads share the import budget: a file of a thousand recipes is still one request.
  const importLimit = limited("imports", limits.imports);
  for (const path of ["/api/imports", ...UPLOAD_PATHS, BACKUP_FORM_PATH, BACKUP_API_PATH]) {
    app.post(path, importLimit);
  }

  app.route("/api", authApi(shared));
  app.route("/api/tokens", tokensApi(shared));
  app.route("/api/household", householdApi(shared));
  app.route("/api/boards", boardsApi(shared));
  app.route("/api/lists", listsApi(shared));
  app.route("/api/plan", planApi(shared));
  app.route("/api/recipes", recipesApi(shared));
  app.route("/api/recipes", sharingApi(shared));
  app.route("/api/recipes", ratingsApi(shared));
  app.route("/api/search", searchApi(shared));
  app.route(
    "/api/imports",
    importsApi({
      ...shared,
      fetchPage:
        deps.fetchPage ?? (async () => fail("FETCH_FAILED", "URL import is not configured")),
      allowAnonymous: deps.allowAnonymousImports ?? false,
    }),
  );
  app.route("/", authPages(shared));
  app.route("/", accountPages(shared));
  app.route("/", boardPages(shared));
  app.route("/", listPages(shared));
  app.route("/", planPages(shared));
  app.route("/", planFeedRoute(shared));
  const fetchPage =
    deps.fetchPage ?? (async () => fail("FETCH_FAILED", "URL import is not configured"));
  const editorAssets = {
    ...(deps.blobs && { blobs: deps.blobs }),
    ...(deps.webAssets && { webAssets: deps.webAssets }),
  };
  app.route("/", recipeEditorAssets(editorAssets));
  app.route("/", recipeEditor({ ...shared, ...editorAssets, fetchPage }));
  app.route("/", recipeForms(shared));
  app.route("/", importUpload({ ...shared, ...editorAssets }));
  app.route("/", exportRoutes(shared));
  app.route("/", backupRoutes({ ...shared, ...editorAssets }));
  app.route("/", recipePages({ ...shared, ...(deps.webAssets && { webAssets: deps.webAssets }) }));
  app.route("/", cookPages({ ...shared, ...(deps.webAssets && { webAssets: deps.webAssets }) }));
  app.route("/", browsePages(shared));
  app.route("/", publishingRoutes(shared));

  app.notFound((c) =>
    isApi(c.req.path)
      ? problem(c, [issue("NOT_FOUND", `no route for ${c.req.method} ${c.req.path}`)])
      : renderPage(
          c,
          deps.publicUrl,
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
    // A full disk or a read-only database is no bug of ours: it is told with its own code.
    const refused = knownIssueCarriedBy(error);
    if (refused) return refuse(c, [refused]);
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

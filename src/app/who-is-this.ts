import { fail, ok, type Result } from "../lib/result.js";
import { hashSecretToken } from "../lib/secret-token.js";
import { AccountIssueCode } from "./account-issues.js";
import type { ApiTokenStore, LibraryStore, SessionStore, UserStore } from "./account-ports.js";
import type { Clock } from "./ports.js";
import { ANONYMOUS, type Viewer } from "./recipe-access.js";

export interface WhoIsThisDeps {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly apiTokens: ApiTokenStore;
  readonly libraries: LibraryStore;
  readonly clock: Clock;
}

export interface Credentials {
  readonly sessionToken?: string;
  /** An API token (Authorization: Bearer); when given, the session cookie is not looked at. */
  readonly bearerToken?: string;
}

export interface Identified {
  readonly viewer: Viewer;
  /** How the viewer proved it: a cookie session (with its CSRF token) or an API token. */
  readonly via:
    | { readonly kind: "session"; readonly csrfToken: string }
    | { readonly kind: "token" }
    | { readonly kind: "none" };
}

/** Who is asking. A stale or unknown session cookie just means anonymous; a bad API token is an
 *  error, so a script learns its token was revoked instead of silently seeing less. */
export async function whoIsThis(
  deps: WhoIsThisDeps,
  credentials: Credentials,
): Promise<Result<Identified>> {
  const now = deps.clock.now();
  if (credentials.bearerToken !== undefined) {
    const token = await deps.apiTokens.useActive(hashSecretToken(credentials.bearerToken), now);
    const user = token && (await deps.users.findById(token.userId));
    if (!user) return fail(AccountIssueCode.TokenInvalid, "the API token is unknown or revoked");
    return ok({
      viewer: { kind: "user", user, libraries: await deps.libraries.librariesOf(user.id) },
      via: { kind: "token" },
    });
  }
  if (credentials.sessionToken) {
    const session = await deps.sessions.find(hashSecretToken(credentials.sessionToken), now);
    const user = session && (await deps.users.findById(session.userId));
    if (session && user) {
      return ok({
        viewer: { kind: "user", user, libraries: await deps.libraries.librariesOf(user.id) },
        via: { kind: "session", csrfToken: session.csrfToken },
      });
    }
  }
  return ok({ viewer: ANONYMOUS, via: { kind: "none" } });
}

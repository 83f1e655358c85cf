import { fail, ok, type Result } from "../lib/result.js";
import { hashSecretToken } from "../lib/secret-token.js";
import { AccountIssueCode } from "./account-issues.js";
import type { Viewer } from "./recipe-access.js";
import type { SessionDeps } from "./start-session.js";

/** Ends a session for good: the cookie's token is revoked in the store, not just forgotten. */
export async function signOut(deps: SessionDeps, sessionToken: string): Promise<void> {
  await deps.sessions.revoke(hashSecretToken(sessionToken), deps.clock.now());
}

/** Revokes every session of the viewer's account: a lost phone, a shared computer. */
export async function signOutEverywhere(deps: SessionDeps, viewer: Viewer): Promise<Result<true>> {
  if (viewer.kind !== "user") return fail(AccountIssueCode.Unauthenticated, "sign in first");
  await deps.sessions.revokeAllOf(viewer.user.id, deps.clock.now());
  return ok(true);
}

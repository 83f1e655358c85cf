import { fail, ok, type Result } from "../lib/result.js";
import { hashSecretToken, newSecretToken } from "../lib/secret-token.js";
import { AccountIssueCode } from "./account-issues.js";
import type { ApiToken, ApiTokenStore } from "./account-ports.js";
import type { Clock } from "./ports.js";
import type { Viewer } from "./recipe-access.js";

export interface ApiTokenDeps {
  readonly apiTokens: ApiTokenStore;
  readonly clock: Clock;
}

const signedIn = (viewer: Viewer) =>
  viewer.kind === "user"
    ? ok(viewer.user)
    : fail<never>(AccountIssueCode.Unauthenticated, "sign in first");

/** A new API token for the viewer. Its secret is in the answer once and never again: the store
 *  keeps its hash. */
export async function createApiToken(
  deps: ApiTokenDeps,
  viewer: Viewer,
  name: string,
): Promise<Result<{ token: ApiToken; secret: string }>> {
  const user = signedIn(viewer);
  if (!user.ok) return user;
  const secret = newSecretToken("cpt_");
  const token = await deps.apiTokens.create({
    userId: user.value.id,
    name: name.trim() || "API token",
    tokenHash: hashSecretToken(secret),
    now: deps.clock.now(),
  });
  return ok({ token, secret });
}

export async function listApiTokens(
  deps: ApiTokenDeps,
  viewer: Viewer,
): Promise<Result<ApiToken[]>> {
  const user = signedIn(viewer);
  return user.ok ? ok(await deps.apiTokens.listOf(user.value.id)) : user;
}

export async function revokeApiToken(
  deps: ApiTokenDeps,
  viewer: Viewer,
  id: string,
): Promise<Result<true>> {
  const user = signedIn(viewer);
  if (!user.ok) return user;
  return (await deps.apiTokens.revoke(id, user.value.id, deps.clock.now()))
    ? ok(true)
    : fail(AccountIssueCode.ApiTokenNotFound, "you have no live token with that id", ["id"]);
}

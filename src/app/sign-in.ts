import { DEFAULT_PASSWORD_COST, verifyPassword } from "../lib/password-hash.js";
import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { User } from "./account-ports.js";
import { normaliseEmail, type SignUpDeps } from "./sign-up.js";
import { type SessionDeps, type StartedSession, startSession } from "./start-session.js";

export type SignInDeps = SignUpDeps & SessionDeps;

export interface SignInInput {
  readonly email: string;
  readonly password: string;
  /** The session cookie the browser came with, if any: revoked, never reused. */
  readonly previousSessionToken?: string;
}

/** Checks the password and opens a new session. An unknown email costs the same hash as a known
 *  one, so timing does not tell which addresses have accounts. */
export async function signIn(
  deps: SignInDeps,
  input: SignInInput,
): Promise<Result<StartedSession & { user: User }>> {
  const found = await deps.users.findByEmail(normaliseEmail(input.email));
  const { N, r, p } = deps.passwordCost ?? DEFAULT_PASSWORD_COST;
  const nobody = `scrypt$${N}$${r}$${p}$${"A".repeat(22)}$${"A".repeat(43)}`;
  const valid = await verifyPassword(input.password, found?.passwordHash ?? nobody);
  if (!found || !valid) {
    return fail(AccountIssueCode.CredentialsInvalid, "that email and password do not match");
  }
  const { passwordHash: _, ...user } = found;
  const session = await startSession(deps, user.id, input.previousSessionToken);
  return ok({ ...session, user });
}

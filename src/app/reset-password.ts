import { hashPassword } from "../lib/password-hash.js";
import { fail, ok, type Result } from "../lib/result.js";
import { hashSecretToken, newSecretToken } from "../lib/secret-token.js";
import { AccountIssueCode } from "./account-issues.js";
import type { PasswordResetStore, SessionStore } from "./account-ports.js";
import { MIN_PASSWORD_LENGTH, normaliseEmail, type SignUpDeps } from "./sign-up.js";

export interface ResetDeps extends SignUpDeps {
  readonly passwordResets: PasswordResetStore;
  readonly sessions: SessionStore;
}

export const RESET_LINK_MINUTES = 60;

/** A one-time reset link's secret for the account, valid an hour. Only an admin at the command
 *  line asks for one (Claypot sends no mail), so it is handed back, not sent. */
export async function requestPasswordReset(
  deps: ResetDeps,
  email: string,
): Promise<Result<{ token: string; expiresAt: Date }>> {
  const user = await deps.users.findByEmail(normaliseEmail(email));
  if (!user) return fail(AccountIssueCode.UserNotFound, `no account for ${email}`, ["email"]);
  const now = deps.clock.now();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_MINUTES * 60_000);
  await deps.passwordResets.create({
    tokenHash: hashSecretToken(token),
    userId: user.id,
    now,
    expiresAt,
  });
  return ok({ token, expiresAt });
}

export async function isResetLinkUsable(deps: ResetDeps, token: string): Promise<boolean> {
  return deps.passwordResets.isUsable(hashSecretToken(token), deps.clock.now());
}

/** Sets the new password and signs the account out everywhere: whoever knew the old one is out. */
export async function completePasswordReset(
  deps: ResetDeps,
  token: string,
  password: string,
): Promise<Result<{ userId: string }>> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return fail(
      AccountIssueCode.PasswordTooShort,
      `a password needs at least ${MIN_PASSWORD_LENGTH} characters`,
      ["password"],
    );
  }
  const now = deps.clock.now();
  const userId = await deps.passwordResets.consume(hashSecretToken(token), now);
  if (userId === undefined) {
    return fail(AccountIssueCode.ResetLinkInvalid, "this reset link is used up or has expired");
  }
  await deps.users.setPasswordHash(userId, await hashPassword(password, deps.passwordCost));
  await deps.sessions.revokeAllOf(userId, now);
  return ok({ userId });
}

import { hashSecretToken, newSecretToken } from "../lib/secret-token.js";
import type { SessionStore } from "./account-ports.js";
import type { Clock } from "./ports.js";

export interface SessionDeps {
  readonly sessions: SessionStore;
  readonly clock: Clock;
}

export const SESSION_DAYS = 30;

export interface StartedSession {
  /** The cookie's value; the store keeps only its hash. */
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** A fresh session for a user who just proved who they are. Any session the browser had before
 *  is revoked, so a session id planted before sign-in is worth nothing after (fixation). */
export async function startSession(
  deps: SessionDeps,
  userId: string,
  previousToken?: string,
): Promise<StartedSession> {
  const now = deps.clock.now();
  if (previousToken) await deps.sessions.revoke(hashSecretToken(previousToken), now);
  const sessionToken = newSecretToken();
  const csrfToken = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await deps.sessions.create({
    tokenHash: hashSecretToken(sessionToken),
    userId,
    csrfToken,
    now,
    expiresAt,
  });
  return { sessionToken, csrfToken, expiresAt };
}

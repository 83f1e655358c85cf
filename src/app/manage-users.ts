import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { Role, User, UserStore } from "./account-ports.js";
import { normaliseEmail } from "./sign-up.js";

/** Roles as an admin sets them at the command line. */
export async function setUserRole(
  deps: { readonly users: UserStore },
  email: string,
  role: Role,
): Promise<Result<User>> {
  const user = await deps.users.findByEmail(normaliseEmail(email));
  if (!user) return fail(AccountIssueCode.UserNotFound, `no account for ${email}`, ["email"]);
  await deps.users.setRole(user.id, role);
  const { passwordHash: _, ...rest } = user;
  return ok({ ...rest, role });
}

export function listUsers(deps: { readonly users: UserStore }): Promise<User[]> {
  return deps.users.list();
}

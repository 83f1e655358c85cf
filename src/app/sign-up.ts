import { hashPassword, type PasswordCost } from "../lib/password-hash.js";
import { fail, ok, type Result } from "../lib/result.js";
import { AccountIssueCode } from "./account-issues.js";
import type { Role, User, UserStore } from "./account-ports.js";
import type { Clock } from "./ports.js";

export interface SignUpDeps {
  readonly users: UserStore;
  readonly clock: Clock;
  /** Tests lower it; production uses lib/password-hash's default. */
  readonly passwordCost?: PasswordCost;
}

export interface SignUpInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  /** The command line may name a role; sign-up through the web never does. */
  readonly role?: Role;
}

export const MIN_PASSWORD_LENGTH = 10;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A new account. The very first one is the admin: whoever sets up the site keeps it. */
export async function signUp(deps: SignUpDeps, input: SignUpInput): Promise<Result<User>> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email))
    return fail(AccountIssueCode.EmailInvalid, "that is not an email address", ["email"]);
  if ([...input.password].length < MIN_PASSWORD_LENGTH) {
    return fail(
      AccountIssueCode.PasswordTooShort,
      `a password needs at least ${MIN_PASSWORD_LENGTH} characters`,
      ["password"],
    );
  }
  const first = (await deps.users.count()) === 0;
  const user = await deps.users.create({
    email,
    name: input.name.trim() || email.split("@")[0]!,
    passwordHash: await hashPassword(input.password, deps.passwordCost),
    role: first ? "admin" : (input.role ?? "user"),
    now: deps.clock.now(),
  });
  return user
    ? ok(user)
    : fail(AccountIssueCode.EmailTaken, "there is already an account with that email", ["email"]);
}

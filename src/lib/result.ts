/** Expected failures are values: a stable `code` for programs, a `message` for people. */
export type IssuePath = ReadonlyArray<string | number>;

export interface Issue {
  readonly code: string;
  readonly path: IssuePath;
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export function ok<T>(value: T, issues: readonly Issue[] = []): Result<T> {
  return { ok: true, value, issues };
}

export function fail<T = never>(code: string, message: string, path: IssuePath = []): Result<T> {
  return { ok: false, issues: [{ code, path, message }] };
}

export function failWith<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

export function issue(code: string, message: string, path: IssuePath = []): Issue {
  return { code, path, message };
}

/** The issue an error carries as its `issue` field (a storage failure, read by shape so that no
 *  layer needs to import another's error class); undefined for any other error. */
export function issueCarriedBy(error: unknown): Issue | undefined {
  if (!(error instanceof Error) || !("issue" in error)) return undefined;
  const { code, message } = (error.issue ?? {}) as Partial<Issue>;
  if (typeof code !== "string" || typeof message !== "string") return undefined;
  return { code, message, path: [] };
}

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

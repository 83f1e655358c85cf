/** The one place outcomes become exit statuses. Any input that could not be imported or found
 *  makes the run fail with 1 (the rest still run); 2 is for a command line that makes no sense. */
export const ExitStatus = { Ok: 0, Failed: 1, Usage: 2 } as const;

const USAGE_CODES = new Set(["FORMAT_UNKNOWN"]);

export function exitStatusOf(codes: readonly string[]): number {
  if (codes.length === 0) return ExitStatus.Ok;
  return codes.every((c) => USAGE_CODES.has(c)) ? ExitStatus.Usage : ExitStatus.Failed;
}

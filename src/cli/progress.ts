/** Progress of a long import on standard error: one redrawn bar on a terminal, a plain line
 *  every few seconds otherwise (logs and CI), and nothing for a handful of inputs. */
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

export interface ProgressOptions {
  readonly total: number;
  readonly isTty: boolean;
  readonly write: (text: string) => void;
  readonly now: () => number;
  /** Fewer inputs than this show no progress at all. */
  readonly minimum?: number;
}

const WIDTH = 24;

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return "–";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`;
}

export function describeProgress(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return `${done}/${total} inputs · ${rate.toFixed(rate < 10 ? 1 : 0)}/s · ETA ${formatEta(eta)}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const { total, isTty, write, now } = options;
  const start = now();
  let lastPlain = start;
  let shown = false;
  if (total < (options.minimum ?? 20)) return { tick: () => {}, finish: () => {} };
  return {
    tick(done) {
      const elapsed = now() - start;
      if (isTty) {
        const filled = Math.round((done / total) * WIDTH);
        write(
          `\r[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${describeProgress(done, total, elapsed)}\x1b[K`,
        );
        shown = true;
      } else if (now() - lastPlain >= 2_000) {
        lastPlain = now();
        write(`${describeProgress(done, total, elapsed)}\n`);
      }
    },
    finish() {
      if (shown) write("\n");
    },
  };
}

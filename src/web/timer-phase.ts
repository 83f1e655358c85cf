/** Where a cook's timer stands. A range ("3–4 minutes") has two alarms: at its lower bound the
 *  cook should check ("check"), at its upper bound it is done; a single duration has one. */
export type TimerPhase = "running" | "check" | "done";

export interface TimerBounds {
  /** Seconds. */
  readonly min: number;
  /** Seconds; absent or equal to min for a single duration. */
  readonly max?: number;
}

export interface TimerReading {
  readonly phase: TimerPhase;
  /** Milliseconds to the next alarm (the lower bound, then the upper); 0 once done. */
  readonly remainingMs: number;
  /** Milliseconds past the upper bound, once done. */
  readonly overMs: number;
}

/** Reads a timer `elapsedMs` after it started. Time comes from the clock, not from counting
 *  ticks: a background tab's intervals are throttled, the wall clock is not. */
export function readTimer(bounds: TimerBounds, elapsedMs: number): TimerReading {
  const low = bounds.min * 1000;
  const high = Math.max(bounds.max ?? bounds.min, bounds.min) * 1000;
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed < low) return { phase: "running", remainingMs: low - elapsed, overMs: 0 };
  if (elapsed < high) return { phase: "check", remainingMs: high - elapsed, overMs: 0 };
  return { phase: "done", remainingMs: 0, overMs: elapsed - high };
}

/** 185_000 → "3:05"; 3_725_000 → "1:02:05". Rounds up: "0:01" until the second is over. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}`
    : `${minutes}:${seconds}`;
}

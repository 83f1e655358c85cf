/** One figure of ours beside a peer's, measured in the same run. */
export interface BenchRow {
  readonly bench: string;
  readonly case: string;
  readonly unit: string;
  readonly ours: number;
  readonly peer: number;
  readonly peerName: string;
  readonly notes?: string;
}

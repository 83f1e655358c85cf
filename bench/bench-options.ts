/** What `npm run bench` passes every benchmark. */
export interface BenchOptions {
  /** Seconds of load per case (page benchmarks). */
  readonly seconds: number;
  /** Recipes in the store benchmark's database. */
  readonly size: number;
  /** The corpus folder, when it is there: realistic inputs. */
  readonly corpus?: string;
}

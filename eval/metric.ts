/** One measured figure of an evaluation suite; floors live in eval/floors.json. */
export interface Metric {
  /** Stable id, "suite.name", the key of its floor. */
  readonly id: string;
  readonly value: number;
  /** What the figure means, for the printed table. */
  readonly label: string;
  /** Lines that explain misses, printed under the table. */
  readonly misses?: readonly string[];
}

export interface EvalContext {
  /** The folder with the corpora: ../shared/corpus unless --corpus says otherwise. */
  readonly corpus: string;
  /** ../shared beside the checkout (the seed post lives there). */
  readonly shared: string;
}

export type Suite = (context: EvalContext) => Promise<Metric[]>;

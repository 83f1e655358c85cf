import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from "kysely";
import { toStorageFailure } from "./storage-failure.js";

export interface TranslateOptions {
  /** Whether the connection is inside a transaction. SQLite rolls a transaction back by itself
   *  on some failures (a full disk): a second ROLLBACK would then fail and hide the cause. */
  readonly inTransaction?: () => boolean;
}

async function translated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStorageFailure(error);
  }
}

type CompileQuery = QueryCompiler["compileQuery"];

/** Every call into the driver, with its errors translated to storage failures. Kysely hands our
 *  connections back to the driver, which wants its own (pg's carries a private release hook). */
class TranslatingDriver implements Driver {
  readonly #inner: Driver;
  readonly #options: TranslateOptions;
  readonly #outer = new WeakMap<DatabaseConnection, DatabaseConnection>();
  readonly #innerOf = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(inner: Driver, options: TranslateOptions) {
    this.#inner = inner;
    this.#options = options;
    const savepoints = ["savepoint", "rollbackToSavepoint", "releaseSavepoint"] as const;
    for (const name of savepoints) {
      const method = inner[name]?.bind(inner);
      if (!method) continue;
      this[name] = (connection: DatabaseConnection, savepoint: string, compile: CompileQuery) =>
        translated(() => method(this.#unwrap(connection), savepoint, compile));
    }
  }

  // Set in the constructor only when the driver has them: Kysely looks for them.
  declare savepoint?: NonNullable<Driver["savepoint"]>;
  declare rollbackToSavepoint?: NonNullable<Driver["rollbackToSavepoint"]>;
  declare releaseSavepoint?: NonNullable<Driver["releaseSavepoint"]>;

  #unwrap(connection: DatabaseConnection): DatabaseConnection {
    return this.#innerOf.get(connection) ?? connection;
  }

  #wrap(inner: DatabaseConnection): DatabaseConnection {
    const known = this.#outer.get(inner);
    if (known) return known;
    const outer: DatabaseConnection = {
      executeQuery: <R>(query: CompiledQuery) =>
        translated<QueryResult<R>>(() => inner.executeQuery<R>(query)),
      async *streamQuery<R>(query: CompiledQuery, chunkSize?: number) {
        try {
          yield* inner.streamQuery<R>(query, chunkSize);
        } catch (error) {
          throw toStorageFailure(error);
        }
      },
    };
    this.#outer.set(inner, outer);
    this.#innerOf.set(outer, inner);
    return outer;
  }

  init(): Promise<void> {
    return translated(() => this.#inner.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#wrap(await translated(() => this.#inner.acquireConnection()));
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return translated(() => this.#inner.beginTransaction(this.#unwrap(connection), settings));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return translated(() => this.#inner.commitTransaction(this.#unwrap(connection)));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#options.inTransaction?.() === false) return;
    await translated(() => this.#inner.rollbackTransaction(this.#unwrap(connection)));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(this.#unwrap(connection));
  }

  destroy(): Promise<void> {
    return translated(() => this.#inner.destroy());
  }
}

/** The dialect as it was, but every error its driver raises goes through toStorageFailure: the
 *  one place where a full disk or a read-only database stops being a driver's error. */
export function translateStorageErrors(dialect: Dialect, options: TranslateOptions = {}): Dialect {
  return {
    createDriver: () => new TranslatingDriver(dialect.createDriver(), options),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}

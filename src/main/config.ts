import { z } from "zod";

/** Everything Claypot reads from its environment, checked once at start. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** 127.0.0.1 keeps a laptop's recipes to itself; HOST=0.0.0.0 shares them on the network. */
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_PATH: z.string().min(1).default("./data/claypot.db"),
  /** postgres://user:pass@host:5432/db selects PostgreSQL instead of the SQLite file. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//i, "DATABASE_URL must be a postgres:// URL")
    .optional(),
  PUBLIC_URL: z.url().optional(),
  /** Comma-separated host names URL imports may fetch although they resolve to private
   *  addresses (an intranet recipe site, a test server). */
  CLAYPOT_FETCH_ALLOW_HOSTS: z.string().optional(),
  /** "on" lets anyone import through POST /api/imports (rate limited; the recipes are the
   *  site's, public). Off by default: an import needs a signed-in user or an API token. */
  CLAYPOT_ANONYMOUS_IMPORTS: z.enum(["on", "off"]).default("off"),
  /** "1" opens the database for reading only (maintenance, read-only media, a replica): pages
   *  and the API read as usual, and every write answers STORAGE_READ_ONLY. */
  DATABASE_READONLY: z.enum(["0", "1", "false", "true", "off", "on"]).default("0"),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databasePath: string;
  readonly databaseUrl?: string;
  readonly publicUrl?: string;
  readonly fetchAllowHosts: readonly string[];
  readonly anonymousImports: boolean;
  readonly databaseReadOnly: boolean;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`bad configuration: ${problems.join("; ")}`);
  }
  const {
    PORT,
    HOST,
    DATABASE_PATH,
    DATABASE_URL,
    PUBLIC_URL,
    CLAYPOT_FETCH_ALLOW_HOSTS,
    CLAYPOT_ANONYMOUS_IMPORTS,
    DATABASE_READONLY,
  } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    databasePath: DATABASE_PATH,
    anonymousImports: CLAYPOT_ANONYMOUS_IMPORTS === "on",
    databaseReadOnly: ["1", "true", "on"].includes(DATABASE_READONLY),
    fetchAllowHosts: (CLAYPOT_FETCH_ALLOW_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    ...(DATABASE_URL !== undefined && { databaseUrl: DATABASE_URL }),
    ...(PUBLIC_URL !== undefined && { publicUrl: PUBLIC_URL }),
  };
}

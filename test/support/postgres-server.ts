import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throwaway PostgreSQL cluster for the test run, as DESIGN.md describes: initdb into a
 *  temporary folder, trust auth, loopback only, a free port; removed at the end. */
export interface PostgresServer {
  readonly url: string;
  stop(): void;
}

const PG_ROOT = "/usr/lib/postgresql";

function findBin(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(join(PG_ROOT, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(PG_ROOT, versions[0], "bin") : undefined;
}

function installPostgres(): void {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    throw new Error(
      "The storage tests need a PostgreSQL server: sudo apt-get install -y postgresql " +
        "(or set CLAYPOT_TEST_DATABASE_URL to a server the tests may create databases on).",
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Runs a command as the postgres user when we are root (initdb refuses to run as root). */
function asPostgres(command: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const result = isRoot
    ? spawnSync(
        "su",
        ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map(quote).join(" ")],
        {
          encoding: "utf8",
        },
      )
    : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  }
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

export async function startPostgres(): Promise<PostgresServer> {
  let bin = findBin();
  if (!bin) {
    installPostgres();
    bin = findBin();
    if (!bin)
      throw new Error("PostgreSQL was installed but initdb is not under /usr/lib/postgresql");
  }
  const dir = mkdtempSync(join(tmpdir(), "claypot-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  asPostgres(join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "--no-sync",
    "-E",
    "UTF8",
  ]);
  asPostgres(join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        asPostgres(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

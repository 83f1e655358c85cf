import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startClaypot } from "../test/support/start-claypot.js";
import type { BenchRow } from "./bench-row.js";
import { ensureNginx, serveStatic } from "./nginx.js";

const SLUG = "vietnamese-caramelised-pork-mince-stir-fry";
const CONNECTIONS = 10;

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx and ${result.errors} errors under load`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** The recipe page and its JSON under load on loopback, beside nginx serving the very same
 *  bytes as static files: nginx is what this machine can do at best. */
export async function pagesBench(options: { seconds: number }): Promise<BenchRow[]> {
  ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), "claypot-bench-"));
  const claypot = await startClaypot({ DATABASE_PATH: join(dir, "claypot.db") });
  const targets = [
    { name: "recipe page (HTML)", path: `/recipes/${SLUG}`, type: "text/html" },
    { name: "recipe JSON API", path: `/api/recipes/${SLUG}`, type: "application/json" },
  ];
  const files: Record<string, { body: string; type: string }> = {};
  for (const t of targets) {
    const res = await fetch(claypot.url + t.path);
    files[t.path] = { body: await res.text(), type: t.type };
  }
  const nginx = await serveStatic(dir, 18_080 + Math.floor(Math.random() * 1000), files);
  const rows: BenchRow[] = [];
  try {
    for (const t of targets) {
      await load(claypot.url + t.path, 1); // warm the JIT before measuring
      const ours = await load(claypot.url + t.path, options.seconds);
      const peer = await load(nginx.url + t.path, options.seconds);
      rows.push({
        bench: "pages",
        case: `${t.name}, ${CONNECTIONS} connections`,
        unit: "req/s",
        ours: ours.rps,
        peer: peer.rps,
        peerName: "nginx (same bytes, 1 worker)",
        notes: `p50/p99 ms: ours ${ours.p50}/${ours.p99}, nginx ${peer.p50}/${peer.p99}`,
      });
    }
  } finally {
    await nginx.stop();
    await claypot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

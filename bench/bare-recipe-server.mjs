// The peer of the memory and start-up benchmark: the least a Node server over the same SQLite
// file can be (node:http and better-sqlite3, no framework, no checks), answering the same paths.
// Plain JavaScript so that it starts as node does, with no loader. Usage: PORT=n node this DB
import { createServer } from "node:http";
import SQLite from "better-sqlite3";

const db = new SQLite(process.argv[2], { readonly: true });
const newest = db.prepare("select slug, title from recipes order by id desc limit 50");
const bySlug = db.prepare("select document from recipes where slug = ?");
const escapeHtml = (s) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const slug = /^\/recipes\/([^/]+)$/.exec(url.pathname)?.[1];
  if (url.pathname === "/") {
    const rows = newest.all();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(rows.map((r) => `<a href="/recipes/${r.slug}">${escapeHtml(r.title)}</a>`).join("\n"));
  } else if (slug) {
    const row = bySlug.get(decodeURIComponent(slug));
    res.writeHead(row ? 200 : 404, { "content-type": "application/json" });
    res.end(row?.document ?? "{}");
  } else {
    res.writeHead(404).end();
  }
}).listen(Number(process.env.PORT), "127.0.0.1");

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const NGINX = "/usr/sbin/nginx";

/** Debian's nginx: installed with apt-get when missing and we are root, else a clear error. */
export function ensureNginx(): void {
  if (existsSync(NGINX)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot)
    throw new Error("the page benchmark needs nginx: sudo apt-get install -y nginx-light");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const res = spawnSync("apt-get", ["install", "-y", "-qq", "nginx-light"], {
    stdio: "inherit",
    env,
  });
  if (res.status !== 0) throw new Error("apt-get install nginx-light failed");
}

export interface StaticServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** nginx with one worker (as Claypot has one process) serving `files` from `dir` on loopback. */
export async function serveStatic(
  dir: string,
  port: number,
  files: Record<string, { body: string; type: string }>,
): Promise<StaticServer> {
  const root = join(dir, "www");
  // nginx's workers drop root for www-data or nobody: the (mkdtemp, 0700) folder must be readable.
  chmodSync(dir, 0o755);
  for (const [path, file] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(join(target, ".."), { recursive: true });
    writeFileSync(target, file.body, { mode: 0o644 });
  }
  const conf = join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  default_type text/html;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri/index.html =404; }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-c", conf, "-e", join(dir, "error.log")], {
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}

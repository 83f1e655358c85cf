import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLAYPOT_BIN = fileURLToPath(new URL("../../dist/claypot.js", import.meta.url));

export interface RunningClaypot {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built server as `npm start` does, on a free port, and waits for its address. */
export async function startClaypot(env: Record<string, string>): Promise<RunningClaypot> {
  if (!existsSync(CLAYPOT_BIN)) throw new Error(`${CLAYPOT_BIN} is missing: run 'npm run build'`);
  // The bundle itself, as `npm start` runs it: its first line carries the server's Node flags.
  const child = spawn(CLAYPOT_BIN, ["serve"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 15 s:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`claypot exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/start-claypot.js";

/** House rules dependency-cruiser cannot see (it checks the import arrows in `npm test`). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, "src")).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, "utf8"),
}));

describe("architecture", () => {
  it("reads process.env only in src/main", () => {
    const offenders = files
      .filter((f) => !f.path.startsWith("src/main/") && /process\.env/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("keeps files under ~300 lines unless they say why", () => {
    const long = files
      .filter((f) => f.text.split("\n").length > 320 && !/Long file: /.test(f.text))
      .map((f) => f.path);
    expect(long).toEqual([]);
  });

  it("has no utils or helpers files", () => {
    expect(files.filter((f) => /(utils|helpers)\.tsx?$/.test(f.path))).toEqual([]);
  });
});

import type { Context } from "hono";
import type { z } from "zod";
import { fail, issue, ok, type Result } from "../lib/result.js";

const asIssues = (error: z.ZodError, where: string) =>
  error.issues.map((i) => issue("BAD_REQUEST", i.message, [where, ...i.path.map(String)]));

/** A JSON body checked against its schema: the edge where untrusted input becomes typed. */
export async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<Result<T>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return fail("BAD_REQUEST", "the body is not JSON", ["body"]);
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : { ok: false, issues: asIssues(parsed.error, "body") };
}

/** A submitted form checked against its schema (forms work without JavaScript). */
export async function readForm<T>(c: Context, schema: z.ZodType<T>): Promise<Result<T>> {
  const body = await c.req.parseBody();
  const parsed = schema.safeParse(body);
  return parsed.success ? ok(parsed.data) : { ok: false, issues: asIssues(parsed.error, "form") };
}

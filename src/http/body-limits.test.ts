import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { signUpClient } from "../../test/support/http-client.js";
import { openTempStorage, type TempStorage } from "../../test/support/temp-storage.js";
import { createTestApp } from "../../test/support/test-app.js";
import { MAX_OTHER_BODY } from "./body-limits.js";

describe("request bodies", () => {
  let storage: TempStorage;
  beforeEach(async () => {
    storage = await openTempStorage();
  });
  afterEach(() => storage.close());

  it("refuses any route a body over the cap before reading it, and keeps nothing of it", async () => {
    const app = createTestApp(storage);
    const ann = await signUpClient(app, { email: "ann@example.org" });
    const big = "x".repeat(MAX_OTHER_BODY + 1);
    // A form post to a route without a limit of its own: the CSRF check would read it all.
    const form = await ann.request("/lists", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `name=${big}`,
    });
    expect(form.status).toBe(413);
    const json = await ann.json("POST", "/api/boards", { name: big });
    expect(json.status).toBe(413);
    expect(await json.json()).toMatchObject({ issues: [{ code: "INPUT_TOO_LARGE" }] });
    expect(await (await ann.request("/api/boards")).json()).toEqual({ items: [] });
    // Below the cap the same routes answer as ever.
    expect((await ann.json("POST", "/api/boards", { name: "Weeknights" })).status).toBe(201);
    expect((await ann.form("/lists", { name: "Saturday" })).status).toBeLessThan(400);
  });
});

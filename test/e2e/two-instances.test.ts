import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestClient, signUpClient } from "../support/http-client.js";
import { type RunningClaypot, startClaypot } from "../support/start-claypot.js";

/** Two app servers on one PostgreSQL database, as behind a load balancer: what one writes,
 *  the other serves at once, and a session made on one is good on the other, because no server
 *  keeps state of its own. */
const name = `claypot_e2e_${randomBytes(5).toString("hex")}`;
const admin = () => new pg.Client({ connectionString: inject("postgresUrl") });
let a: RunningClaypot;
let b: RunningClaypot;

beforeAll(async () => {
  const client = admin();
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${name}`;
  // Started one after the other: the second finds the schema the first created.
  a = await startClaypot({ DATABASE_URL: url.toString() });
  b = await startClaypot({ DATABASE_URL: url.toString() });
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  const client = admin();
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
});

describe("two instances on one PostgreSQL", () => {
  const remote = (server: RunningClaypot) => ({
    request: (path: string, init?: RequestInit) =>
      fetch(server.url + path, { ...init, redirect: "manual" }),
  });

  it("serves through one what was written through the other", async () => {
    const text =
      "Ginger Scallion Noodles\n\nIngredients\n- 200 g noodles\n- 2 scallions\n- 1 thumb ginger\n\n" +
      "Method\n1. Boil the noodles for 4 minutes.\n2. Pour hot oil over the ginger and scallions.\n";
    const onA = await signUpClient(remote(a), { email: "lin@example.org" });
    const onB = createTestClient(remote(b), onA.cookies);
    await onB.refreshCsrf();
    const created = await onB.json("POST", "/api/imports", { text, visibility: "public" });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };

    const read = await fetch(`${b.url}/api/recipes/${slug}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { recipe: { title: string } }).recipe.title).toBe(
      "Ginger Scallion Noodles",
    );
    const found = (await (
      await fetch(`${b.url}/api/search?ingredients=ginger,noodles`)
    ).json()) as {
      items: { slug: string }[];
    };
    expect(found.items.map((h) => h.slug)).toContain(slug);
    const listed = (await (await fetch(`${b.url}/api/recipes`)).json()) as {
      items: { slug: string }[];
    };
    expect(listed.items.map((r) => r.slug)).toEqual([
      slug,
      "vietnamese-caramelised-pork-mince-stir-fry",
    ]);
  });
});

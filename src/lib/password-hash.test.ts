import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hash.js";

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashes", () => {
  it("verifies the password it hashed and nothing else", async () => {
    const stored = await hashPassword("correct horse battery", cheap);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterx", stored)).toBe(false);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
  });

  it("salts each hash and uses the default cost when none is given", async () => {
    const [a, b] = await Promise.all([hashPassword("same", cheap), hashPassword("same", cheap)]);
    expect(a).not.toBe(b);
    const strong = await hashPassword("pw");
    expect(strong).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("pw", strong)).toBe(true);
  });
});

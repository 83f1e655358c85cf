import { describe, expect, it } from "vitest";
import { createProgress, describeProgress } from "./progress.js";

describe("progress", () => {
  it("states counts, rate and time left", () => {
    expect(describeProgress(50, 200, 10_000)).toBe("50/200 inputs · 5.0/s · ETA 30s");
    expect(describeProgress(100, 1000, 1_000)).toBe("100/1000 inputs · 100/s · ETA 9s");
    expect(describeProgress(0, 10, 0)).toBe("0/10 inputs · 0.0/s · ETA –");
  });

  it("redraws one line on a terminal", () => {
    const written: string[] = [];
    let t = 0;
    const bar = createProgress({
      total: 40,
      isTty: true,
      write: (s) => written.push(s),
      now: () => t,
    });
    t = 1000;
    bar.tick(20);
    bar.finish();
    expect(written[0]).toMatch(/^\r\[#{12}\.{12}\] 20\/40 inputs · 20\/s · ETA 1s/);
    expect(written.at(-1)).toBe("\n");
  });

  it("writes a plain line every two seconds when not a terminal", () => {
    const written: string[] = [];
    let t = 0;
    const bar = createProgress({
      total: 40,
      isTty: false,
      write: (s) => written.push(s),
      now: () => t,
    });
    t = 500;
    bar.tick(5);
    t = 2500;
    bar.tick(30);
    bar.finish();
    expect(written).toEqual(["30/40 inputs · 12/s · ETA 1s\n"]);
  });

  it("stays silent for a handful of inputs", () => {
    const written: string[] = [];
    const bar = createProgress({
      total: 3,
      isTty: true,
      write: (s) => written.push(s),
      now: () => 0,
    });
    bar.tick(3);
    bar.finish();
    expect(written).toEqual([]);
  });
});

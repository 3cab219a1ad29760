import { describe, expect, it } from "vitest";
import { passed, runLoad } from "../../bench/load-test.js";

// The 60 s run is `npm run load`; this 5 s run keeps the path covered in CI.
describe("mixed load on loopback (5 s): queries from autocannon while articles are ingested by the API and by a second writer process", () => {
  it("fails no request and lets no SQLITE_BUSY reach a client", { timeout: 60_000 }, async () => {
    const figures = await runLoad({ durationSeconds: 5, connections: 4, cliWriter: true });
    expect(figures.failures, figures.failures.join("\n")).toEqual([]);
    // Enough traffic to overlap the writers; throughput itself is a bench figure (`npm run load`), and a shared
    // two-core CI machine gave 84 requests in 5 s where an idle one gives thousands.
    expect(figures.requests).toBeGreaterThan(25);
    expect(figures.apiIngests).toBeGreaterThan(5);
    expect(figures).toMatchObject({ errors: 0, non2xx: 0, graphqlErrors: 0, busy: 0, apiIngestFailures: 0 });
    expect(passed(figures)).toBe(true);
  });
});

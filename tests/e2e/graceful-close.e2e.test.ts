import { join } from "node:path";
import { expect, it } from "vitest";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { postGraphql } from "../helpers/http-client.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";

it("close() lets an in-flight request finish, then refuses connections and closes the store", async () => {
  const temp = await makeTempDir("parley-close-");
  const real = await openSqliteStore({ path: join(temp.dir, "parley.db") });
  const log: string[] = [];
  // stats() answers slowly so a request is still running when close() is called.
  const slowStore: GraphStore = Object.assign(Object.create(real) as GraphStore, {
    stats: async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      log.push("stats answered");
      return real.stats();
    },
    close: async () => {
      log.push("store closed");
      return real.close();
    },
  });
  const t = await startTestServer({ store: slowStore });
  const { url } = await t.server.listen(0, "127.0.0.1");
  try {
    const inFlight = postGraphql(url, `{ stats { articles } }`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = t.server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ stats: { articles: 0 } });
    await closing;
    expect(log).toEqual(["stats answered", "store closed"]);
    await expect(fetch(url.replace("/graphql", "/healthz"))).rejects.toThrow();
  } finally {
    await t.dispose();
    await temp.remove();
  }
});

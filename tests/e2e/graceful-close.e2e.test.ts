import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { expect, it } from "vitest";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { postGraphql } from "../helpers/http-client.js";
import { listen, wsClient } from "../helpers/subscription-client.js";
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

it("close() ends open subscriptions at once: the client hears 1001 Going away and the feed has no listener left", async () => {
  const t = await startTestServer();
  const { url } = await t.server.listen(0, "127.0.0.1");
  const client = wsClient(url);
  try {
    const heard = listen(client, "subscription { eventAdded { id } }");
    await expect.poll(() => t.server.feed.subscriberCount, { timeout: 2000 }).toBe(1);
    const started = performance.now();
    await t.server.close();
    // An upgraded socket is no HTTP connection: were it left open, close() would wait for the 10 s force.
    expect(performance.now() - started).toBeLessThan(2000);
    await heard.ended();
    expect(heard.failure).toEqual({ code: 1001, reason: "Going away" });
    expect(t.server.feed.subscriberCount).toBe(0);
  } finally {
    await client.dispose();
    await t.dispose();
  }
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { buildDiplomacyGraphs } from "../helpers/diplomacy-graphs.js";
import { makeTempDir, startTestServer, type TestServer } from "../helpers/test-server.js";

/** Wraps a store so every call of every method is counted by name. */
function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

describe("nested fields go through per-request DataLoaders (no N+1)", () => {
  let t: TestServer;
  let calls: Map<string, number>;
  let removeDir: () => Promise<void>;
  beforeAll(async () => {
    const temp = await makeTempDir();
    removeDir = temp.remove;
    const counted = countingStore(await openSqliteStore({ path: `${temp.dir}/loaders.db` }));
    calls = counted.calls;
    t = await startTestServer({ store: counted.store, graphs: buildDiplomacyGraphs().graphs });
  });
  afterAll(async () => {
    await t.dispose();
    await removeDir();
  });

  it("loads participants, entities, evidence and articles of a page of events in one batch each", async () => {
    calls.clear();
    const { data, errors } = await t.run(`{
      events(first: 20) {
        edges { node {
          id
          place { name country { name } }
          participants { role entity { id name ... on Person { offices { office { name } } events { id } } } }
          evidence { quote article { id title } }
          articles { id }
        } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.events.edges).toHaveLength(8);
    expect(calls.get("findEvents")).toBe(1);
    expect(calls.get("participantsByEventIds")).toBe(1);
    expect(calls.get("evidenceByEventIds")).toBe(1);
    expect(calls.get("tenuresByPersonIds")).toBe(1);
    expect(calls.get("eventIdsByEntityIds")).toBe(1);
    // Place + participants in one tick, then the places' countries: a few batches, never one per event.
    expect(calls.get("entitiesByIds")).toBeLessThanOrEqual(3);
    expect(calls.get("articlesByIds")).toBeLessThanOrEqual(2);
    expect(calls.get("eventsByIds")).toBe(1);
  });

  it("a nested participants → offices → country query costs the same store calls for 5 events as for 20", async () => {
    const query = `query($n: Int!) { events(first: $n) { edges { node { participants { entity { id ... on Person { offices { office { country { id } } } } } } } } } }`;
    const costOf = async (n: number) => {
      calls.clear();
      const { data, errors } = await t.run(query, { n });
      expect(errors).toBeUndefined();
      return { edges: data!.events.edges.length as number, calls: Object.fromEntries(calls) };
    };
    const small = await costOf(2);
    const large = await costOf(20);
    expect(small.edges).toBe(2);
    expect(large.edges).toBe(8);
    expect(large.calls).toEqual(small.calls);
    expect(Object.values(large.calls).reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(6);
  });

  it("does not share loader caches between requests", async () => {
    const query = `query($id: ID!) { event(id: $id) { id } }`;
    const { ids } = buildDiplomacyGraphs();
    calls.clear();
    await t.run(query, { id: ids.crimea });
    await t.run(query, { id: ids.crimea });
    expect(calls.get("eventsByIds")).toBe(2);
  });
});

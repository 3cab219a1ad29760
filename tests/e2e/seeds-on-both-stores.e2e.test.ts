import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startParley } from "../../src/server/start-parley.js";
import { postGraphql } from "../helpers/http-client.js";
import { NEO4J_SKIP_REASON, NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, storeForSuite } from "../helpers/neo4j-under-test.js";
import { testConfig } from "../helpers/start-config.js";
import { makeTempDir } from "../helpers/test-server.js";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

/** What a researcher reads about the seeded leaders; every list in a fixed order, so the two stores can be compared as JSON. */
const READS = `query($between: [ID!]!) {
  stats { articles events }
  contacts(between: $between) {
    id type status date { value precision end } place { id name } summary
    participants { role entity { id } }
    evidence { quote article { id title } }
  }
  counts: contactCounts(a: "person:donald-trump", b: "person:vladimir-putin", interval: YEAR) { period count }
  path(from: "person:donald-trump", to: "person:vladimir-putin", maxHops: 3) { hops nodes { id } events { id } }
}`;
const BETWEEN = ["person:donald-trump", "person:vladimir-putin"];

if (!NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

describe.skipIf(!NEO4J_UNDER_TEST)("the repo's seeds served from Neo4j answer as from sqlite", () => {
  const answers: Record<string, unknown> = {};
  let removeDir: () => Promise<void>;

  beforeAll(async () => {
    const temp = await makeTempDir("parley-seeds-both-");
    removeDir = temp.remove;
    for (const kind of ["sqlite", "neo4j"] as const) {
      const store = await storeForSuite(kind);
      try {
        const config = testConfig(temp.dir, { ...store.overrides, seedsDir: SEEDS_DIR, loadSeeds: true });
        const first = await startParley(config);
        const reply = await postGraphql(first.address.url, READS, { between: BETWEEN });
        await first.server.close();
        expect(reply.body.errors, kind).toBeUndefined();
        // A restart on the same store finds every seed stored.
        const second = await startParley(config);
        await second.server.close();
        answers[kind] = { data: reply.body.data, firstLoad: first.seeds, secondLoad: second.seeds };
      } finally {
        await store.release();
      }
    }
  }, NEO4J_TURN_TIMEOUT_MS);
  afterAll(async () => removeDir?.());

  it("loads every seed once on Neo4j, and a restart adds nothing", () => {
    const neo4j = answers.neo4j as { firstLoad: { files: number; added: number }; secondLoad: { added: number; unchanged: number } };
    expect(neo4j.firstLoad.added).toBe(neo4j.firstLoad.files);
    expect(neo4j.secondLoad).toMatchObject({ added: 0, unchanged: neo4j.firstLoad.files });
  });

  it("contacts between Donald Trump and Vladimir Putin, their yearly counts and a path are the same on both stores", () => {
    const sqlite = answers.sqlite as { data: { contacts: unknown[] } };
    const neo4j = answers.neo4j as { data: { contacts: unknown[] } };
    expect(sqlite.data.contacts.length).toBeGreaterThan(0);
    expect(neo4j.data).toEqual(sqlite.data);
  });
});

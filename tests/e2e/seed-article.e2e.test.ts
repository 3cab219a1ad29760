import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startParley, type RunningParley } from "../../src/server/start-parley.js";
import { postGraphql } from "../helpers/http-client.js";
import { testConfig } from "../helpers/start-config.js";
import { makeTempDir } from "../helpers/test-server.js";
import { NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, NEO4J_SKIP_REASON, STORES_UNDER_TEST, storeForSuite } from "../helpers/neo4j-under-test.js";

if (!NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

// Third-party text: read from the shared directory beside the repo at test time, never copied in.
const SEED_PATH = fileURLToPath(new URL("../../../shared/seeds/000_d0515d09c1c744b3.txt", import.meta.url));
const present = existsSync(SEED_PATH);
if (!present) console.warn(`skipping the seed-article test: ${SEED_PATH} is absent (it lives in ../shared, outside the repo)`);

interface ContactEvent {
  type: string;
  status: string;
  date: { value: string; precision: string } | null;
  place: { name: string } | null;
  evidence: { quote: string }[];
}

describe.skipIf(!present).each(STORES_UNDER_TEST)("the February 2025 seed article, ingested over HTTP (%s store)", (storeKind) => {
  let running: RunningParley;
  let removeDir: () => Promise<void>;
  let releaseStore: (() => Promise<void>) | undefined;
  let contacts: ContactEvent[];

  beforeAll(async () => {
    const temp = await makeTempDir("parley-seed-article-");
    removeDir = temp.remove;
    const store = await storeForSuite(storeKind);
    releaseStore = store.release;
    running = await startParley(testConfig(temp.dir, store.overrides));
    const url = running.address.url;
    const ingest = await postGraphql(url, `mutation($input: ArticleInput!) { ingestArticle(input: $input) { status eventCount } }`, {
      input: { text: readFileSync(SEED_PATH, "utf8"), publishedAt: "2025-02-12" },
    });
    expect(ingest.body.errors).toBeUndefined();
    const people = await postGraphql(url, `{ trump: person(name: "Donald Trump") { id } putin: person(name: "Putin") { id } }`);
    const { trump, putin } = people.body.data!;
    expect(trump?.id, "Donald Trump was not found").toBeTruthy();
    expect(putin?.id, "Putin was not found").toBeTruthy();
    const result = await postGraphql(url, `query($between: [ID!]!) {
      contacts(between: $between) { type status date { value precision } place { name } evidence { quote } }
    }`, { between: [trump.id, putin.id] });
    expect(result.body.errors).toBeUndefined();
    contacts = result.body.data!.contacts;
  }, NEO4J_TURN_TIMEOUT_MS);
  afterAll(async () => {
    await running?.server.close();
    await releaseStore?.();
    await removeDir?.();
  });

  const describeAll = () => JSON.stringify(contacts, null, 1);

  it("finds the Trump–Putin call on 12 February 2025, with a quote", () => {
    const call = contacts.find((e) => e.type === "CALL" && e.date?.value === "2025-02-12");
    expect(call, describeAll()).toBeDefined();
    expect(call!.date!.precision).toBe("DAY");
    expect(call!.evidence.length).toBeGreaterThan(0);
    expect(call!.evidence[0]!.quote.trim()).not.toBe("");
  });

  it("finds the planned meeting, with a quote", () => {
    const planned = contacts.find((e) => (e.type === "MEETING" || e.type === "SUMMIT") && e.status === "PLANNED");
    expect(planned, describeAll()).toBeDefined();
    expect(planned!.evidence.length).toBeGreaterThan(0);
    expect(planned!.evidence[0]!.quote.trim()).not.toBe("");
  });

  it("finds the Helsinki summit of 16 July 2018, with a quote", () => {
    const summit = contacts.find((e) => e.type === "SUMMIT" && e.date?.value === "2018-07-16");
    expect(summit, describeAll()).toBeDefined();
    expect(summit!.place?.name).toBe("Helsinki");
    expect(summit!.evidence.length).toBeGreaterThan(0);
    expect(summit!.evidence[0]!.quote.trim()).not.toBe("");
  });
});

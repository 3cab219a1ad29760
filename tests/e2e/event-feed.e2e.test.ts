import { performance } from "node:perf_hooks";
import { type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startParley, type RunningParley } from "../../src/server/start-parley.js";
import { postGraphql } from "../helpers/http-client.js";
import { NEO4J_SKIP_REASON, NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, STORES_UNDER_TEST, storeForSuite } from "../helpers/neo4j-under-test.js";
import { testConfig } from "../helpers/start-config.js";
import { listen, wsClient } from "../helpers/subscription-client.js";
import { makeTempDir } from "../helpers/test-server.js";

if (!NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

/** Articles written for this test; the comments say what the extractor makes of each. */
const ARTICLES = {
  /** A VISIT (Justin Trudeau, Mexico) and a MEETING (Trudeau, López Obrador): nothing with Emmanuel Macron. */
  mexico: {
    title: "A visit to Mexico City",
    publishedAt: "2031-05-15",
    source: "Parley Test Wire",
    text: "Justin Trudeau visited Mexico City on Monday, where he met Andres Manuel Lopez Obrador to discuss trade across the continent.",
  },
  /** A CALL between Emmanuel Macron and Olaf Scholz on 13 May 2031. */
  gasCall: {
    title: "Leaders talk energy by phone",
    publishedAt: "2031-05-14",
    source: "Parley Test Wire",
    text: "Emmanuel Macron spoke by telephone with Olaf Scholz on Tuesday about the price of gas before the winter. The two leaders agreed to ask their ministers for a shared plan.",
  },
  /** A CALL between Emmanuel Macron and Pedro Sánchez on 30 May 2031. */
  gridCall: {
    title: "A second call on the grid",
    publishedAt: "2031-06-02",
    source: "Parley Test Wire",
    text: "Emmanuel Macron phoned Pedro Sanchez on Friday to talk about a new power line across the Pyrenees.",
  },
};

const EVENT_ADDED = `subscription($filter: EventFilter) {
  eventAdded(filter: $filter) {
    id type status date { value precision } summary
    participants { role entity { id name } }
    evidence { quote article { id title source } }
  }
}`;

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId status events { id } } }`;

interface AddedEvent {
  eventAdded: {
    id: string;
    type: string;
    status: string;
    date: { value: string; precision: string } | null;
    summary: string;
    participants: { role: string; entity: { id: string; name: string } }[];
    evidence: { quote: string; article: { id: string; title: string; source: string } }[];
  };
}

describe.each(STORES_UNDER_TEST)("eventAdded over graphql-ws, fed by ingestArticle on %s", (kind) => {
  // The promise is 1 s from the ingest's answer, asserted on the embedded store. A Neo4j server plans each
  // statement on its first run and shares this machine's CPU with the whole suite: it gets 3 s here, and the
  // time measured is logged either way.
  const within = kind === "sqlite" ? 1000 : 3000;
  let running: RunningParley;
  let client: Client;
  let release: () => Promise<void>;
  let removeDir: () => Promise<void>;

  beforeAll(async () => {
    const temp = await makeTempDir("parley-feed-");
    removeDir = temp.remove;
    const store = await storeForSuite(kind);
    release = store.release;
    running = await startParley(testConfig(temp.dir, store.overrides));
    client = wsClient(running.address.url);
  }, NEO4J_TURN_TIMEOUT_MS);
  afterAll(async () => {
    await client?.dispose();
    await running?.server.close();
    await release?.();
    await removeDir?.();
  });

  const ingest = async (article: (typeof ARTICLES)[keyof typeof ARTICLES]) => {
    const reply = await postGraphql<{ ingestArticle: { articleId: string; status: string; events: { id: string }[] } }>(running.address.url, INGEST, { input: article });
    expect(reply.body.errors).toBeUndefined();
    return reply.body.data!.ingestArticle;
  };

  it("sends a subscriber the events of an ingested article within 1 s, and only those its filter selects", async () => {
    const macronCalls = listen<AddedEvent>(client, EVENT_ADDED, { filter: { participants: ["person:emmanuel-macron"], types: ["CALL"] } });
    const everything = listen<AddedEvent>(client, EVENT_ADDED);
    const spain = listen<AddedEvent>(client, EVENT_ADDED, { filter: { countries: ["country:ESP"], dated: true } });
    // graphql-ws does not acknowledge a subscription: wait until the server listens for all three.
    await expect.poll(() => running.server.feed.subscriberCount, { timeout: 2000 }).toBe(3);

    // First an article the Macron filter must pass over: the unfiltered subscriber hears both of its events.
    const mexico = await ingest(ARTICLES.mexico);
    const heardMexico = [await everything.next(), await everything.next()].map((r) => r.data!.eventAdded);
    expect(heardMexico.map((e) => e.type).sort()).toEqual(["MEETING", "VISIT"]);
    expect(heardMexico.map((e) => e.id).sort()).toEqual(mexico.events.map((e) => e.id).sort());

    const sent = performance.now();
    const gas = await ingest(ARTICLES.gasCall);
    const answered = performance.now();
    // Within 1 s of the ingest: the event is published once the write commits, before the mutation answers.
    const heard = await macronCalls.next(within);
    console.info(
      `[event-feed ${kind}] ingestArticle sent → answered ${(answered - sent).toFixed(0)} ms; sent → eventAdded received ${(heard.at - sent).toFixed(0)} ms`,
    );
    expect(heard.at - answered).toBeLessThan(within);
    // The Macron subscriber's first event is the call: the Mexico events were filtered out before it.
    expect(heard.errors).toBeUndefined();
    const call = heard.data!.eventAdded;
    expect(call).toMatchObject({ id: gas.events[0]!.id, type: "CALL", status: "OCCURRED", date: { value: "2031-05-13", precision: "DAY" } });
    expect(call.participants.map((p) => p.entity.id).sort()).toEqual(["person:emmanuel-macron", "person:olaf-scholz"]);
    expect(call.evidence).toEqual([expect.objectContaining({ article: { id: gas.articleId, title: ARTICLES.gasCall.title, source: "Parley Test Wire" } })]);
    expect(call.evidence[0]!.quote).toContain("spoke by telephone");
    expect((await everything.next()).data!.eventAdded.id).toBe(call.id);

    // Ingesting the same article again changes nothing and sends nothing: the next Macron call heard is the grid one.
    expect((await ingest(ARTICLES.gasCall)).status).toBe("UNCHANGED");
    const grid = await ingest(ARTICLES.gridCall);
    const next = (await macronCalls.next(within)).data!.eventAdded;
    expect(next.id).toBe(grid.events[0]!.id);
    expect(next.participants.map((p) => p.entity.id).sort()).toEqual(["person:emmanuel-macron", "person:pedro-sanchez"]);
    expect((await everything.next()).data!.eventAdded.id).toBe(next.id);

    // Spain takes part through its prime minister: the same country rule as events(filter).
    const spainEvent = (await spain.next(within)).data!.eventAdded;
    expect(spainEvent.id).toBe(next.id);
    const listed = await postGraphql<{ events: { edges: { node: { id: string } }[] } }>(running.address.url, `{ events(filter: { countries: ["country:ESP"], dated: true }) { edges { node { id } } } }`);
    expect(listed.body.data!.events.edges.map((e) => e.node.id)).toEqual([spainEvent.id]);

    expect([macronCalls, everything, spain].map((s) => s.results.length)).toEqual([2, 4, 1]);
    for (const subscription of [macronCalls, everything, spain]) subscription.unsubscribe();
    await expect.poll(() => running.server.feed.subscriberCount, { timeout: 2000 }).toBe(0);
  });

  it("sends an event a researcher corrects or restores, once the curation has committed", async () => {
    const grid = await ingest(ARTICLES.gridCall);
    const id = grid.events[0]!.id;
    const listening = running.server.feed.subscriberCount;
    const feed = listen<AddedEvent>(client, EVENT_ADDED, { filter: { participants: ["person:pedro-sanchez"] } });
    await expect.poll(() => running.server.feed.subscriberCount, { timeout: 2000 }).toBe(listening + 1);
    const curate = async (mutation: string) => {
      const reply = await postGraphql(running.address.url, mutation);
      expect(reply.body.errors).toBeUndefined();
    };
    await curate(`mutation { updateEvent(id: "${id}", set: { type: MEETING }, reason: "they met in Perpignan") { seq } }`);
    expect((await feed.next(within)).data!.eventAdded).toMatchObject({ id, type: "MEETING" });
    // A rejection sends nothing; the restore sends the event back, still corrected.
    await curate(`mutation { rejectEvent(id: "${id}", reason: "checking the source") { seq } }`);
    await curate(`mutation { restoreEvent(id: "${id}") { seq } }`);
    expect((await feed.next(within)).data!.eventAdded).toMatchObject({ id, type: "MEETING" });
    expect(feed.results.length).toBe(2);
    feed.unsubscribe();
    await expect.poll(() => running.server.feed.subscriberCount, { timeout: 2000 }).toBe(listening);
  });

  it("refuses a filter events(filter) refuses, with its BAD_USER_INPUT", async () => {
    const bad = listen(client, EVENT_ADDED, { filter: { dated: false, from: "2031" } });
    await bad.ended();
    const errors = bad.failure ?? bad.results[0]?.errors;
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })]);
  });
});

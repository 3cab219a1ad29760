import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startParley, type RunningParley } from "../../src/server/start-parley.js";
import { postGraphql } from "../helpers/http-client.js";
import { testConfig } from "../helpers/start-config.js";
import { makeTempDir } from "../helpers/test-server.js";
import { NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, NEO4J_SKIP_REASON, STORES_UNDER_TEST, storeForSuite } from "../helpers/neo4j-under-test.js";

if (!NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

// Written for this test: a real call (18 March 2025) reported in our own words.
const ARTICLE = [
  "US President Donald Trump and Russian President Vladimir Putin spoke by telephone on Tuesday for about two hours, the White House said.",
  "During the call, Putin agreed to halt strikes on Ukrainian energy infrastructure for 30 days, according to the Kremlin.",
  "Kremlin spokesperson Dmitry Peskov said the two leaders had also discussed a possible meeting but that no date had been set.",
].join("\n\n");

const INGEST = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) { articleId status eventCount events { id type date { value precision } } }
}`;

describe.each(STORES_UNDER_TEST)("Parley over real HTTP (%s store)", (storeKind) => {
  let running: RunningParley;
  let base: string;
  let graphqlUrl: string;
  let removeDir: () => Promise<void>;
  let releaseStore: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const temp = await makeTempDir("parley-http-");
    removeDir = temp.remove;
    const store = await storeForSuite(storeKind);
    releaseStore = store.release;
    running = await startParley(testConfig(temp.dir, store.overrides));
    graphqlUrl = running.address.url;
    base = graphqlUrl.replace(/\/graphql$/, "");
  }, NEO4J_TURN_TIMEOUT_MS);
  afterAll(async () => {
    await running?.server.close();
    await releaseStore?.();
    await removeDir?.();
  });

  it("listens on the port it was given (0 → a free one) and reports its URL", () => {
    expect(running.address.port).toBeGreaterThan(0);
    expect(graphqlUrl).toBe(`http://127.0.0.1:${running.address.port}/graphql`);
  });

  it("answers /healthz with 200 JSON", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("serves the bundled playground to browsers at GET /graphql and GET /, with every asset from this server", async () => {
    for (const path of ["/graphql", "/"]) {
      const response = await fetch(`${base}${path}`, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      const html = await response.text();
      expect(html).toContain("<title>Parley GraphQL</title>");
      // Nothing loaded from elsewhere: no absolute URLs in src/href, and every asset it names loads here.
      expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
      // Inline data: URIs (an empty favicon) are on the page itself.
      const assets = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!).filter((asset) => !asset.startsWith("data:"));
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        // Same-origin paths only: the page's scripts and styles under /assets/, and links to the other pages.
        expect(asset).toMatch(/^\/(?!\/)/);
        expect((await fetch(`${base}${asset}`, { headers: { accept: "text/html,*/*" } })).status, asset).toBe(200);
      }
    }
  });

  it("tells caches not to store GraphQL answers (Cache-Control: no-store)", async () => {
    const response = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps CSRF prevention on: a simple GET operation without a preflight header is refused", async () => {
    const response = await fetch(`${graphqlUrl}?query=${encodeURIComponent("{ stats { articles } }")}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${graphqlUrl}?query=${encodeURIComponent("{ stats { articles } }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(allowed.status).toBe(200);
  });

  it("answers an oversized body with a JSON 413", async () => {
    const response = await fetch(graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { articles } }", variables: { pad: "x".repeat(9 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("ingests an article over HTTP, then finds the call between the two leaders", async () => {
    const input = { text: ARTICLE, title: "Trump and Putin speak for two hours", source: "Parley test desk", publishedAt: "2025-03-19" };
    const first = await postGraphql(graphqlUrl, INGEST, { input });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.ingestArticle.status).toBe("ADDED");
    expect(first.body.data!.ingestArticle.eventCount).toBeGreaterThan(0);

    const again = await postGraphql(graphqlUrl, INGEST, { input });
    expect(again.body.data!.ingestArticle.status).toBe("UNCHANGED");

    const people = await postGraphql(graphqlUrl, `{ trump: person(name: "Donald Trump") { id } putin: person(name: "Putin") { id name } }`);
    expect(people.body.errors).toBeUndefined();
    const { trump, putin } = people.body.data!;
    expect(trump?.id).toBeTruthy();
    expect(putin?.name).toBe("Vladimir Putin");

    const contacts = await postGraphql(graphqlUrl, `query($between: [ID!]!) {
      contacts(between: $between) { id type status date { value precision } evidence { quote article { title } } }
    }`, { between: [trump.id, putin.id] });
    expect(contacts.body.errors).toBeUndefined();
    const call = contacts.body.data!.contacts.find((event: { type: string }) => event.type === "CALL");
    expect(call, JSON.stringify(contacts.body.data)).toBeDefined();
    // "on Tuesday" in an article published Wednesday 19 March 2025.
    expect(call.date).toEqual({ value: "2025-03-18", precision: "DAY" });
    expect(call.status).toBe("OCCURRED");
    expect(call.evidence[0].quote).toMatch(/telephone/);
    expect(call.evidence[0].article.title).toBe(input.title);

    const events = await postGraphql(graphqlUrl, `{ events(filter: { types: [CALL] }) { totalCount edges { node { id } } } }`);
    expect(events.body.data!.events.totalCount).toBeGreaterThanOrEqual(1);
    expect(events.body.data!.events.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(call.id);
  });

  it("reports bad input as BAD_USER_INPUT over HTTP", async () => {
    const { status, body } = await postGraphql(graphqlUrl, INGEST, { input: { text: ARTICLE, publishedAt: "19 March 2025" } });
    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({ message: "publishedAt must be YYYY-MM-DD (a real calendar day)", extensions: { code: "BAD_USER_INPUT" } });
    expect(body.errors?.[0]?.extensions).not.toHaveProperty("stacktrace");
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderExport, type ExportFormat } from "../../src/export/index.js";
import { createParleyServer, type ParleyServer } from "../../src/server/create-server.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openNeo4jStore } from "../../src/store/neo4j/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { curationStory } from "../fixtures/curation-story.js";
import { NEO4J_SKIP_REASON, NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, STORES_UNDER_TEST, takeNeo4jTurn } from "../helpers/neo4j-under-test.js";

/**
 * The curation round trip of issue #13 over real HTTP, on every store under test: with an API token
 * set, merge, reject and update through GraphQL; delete the articles and ingest them again; the
 * graph, the exports and `curations` show the corrected state and the log.
 */

if (!NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

const TOKEN = "curation-token-0123456789abcdef";

describe.each(STORES_UNDER_TEST)("curation round trip on %s", (kind) => {
  let store: GraphStore;
  let server: ParleyServer;
  let url: string;
  let release: () => Promise<void> = async () => undefined;
  let scratch: string | undefined;
  const s = curationStory();

  async function post(query: string, variables: Record<string, unknown> = {}, token: string | null = TOKEN) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  }

  async function exported(format: ExportFormat): Promise<string> {
    let text = "";
    for await (const piece of renderExport(store, format)) text += piece;
    return text;
  }

  beforeAll(async () => {
    if (kind === "neo4j") {
      const turn = await takeNeo4jTurn();
      release = turn.release;
      store = await openNeo4jStore(turn.options);
    } else {
      scratch = mkdtempSync(join(tmpdir(), "parley-curation-"));
      store = await openSqliteStore({ path: join(scratch, "parley.db") });
    }
    for (const graph of [s.first, s.second]) await store.ingestArticle(graph);
    server = await createParleyServer({
      store,
      environment: "test",
      security: { apiToken: TOKEN },
      extract: () => {
        throw new Error("no extraction in this test");
      },
    });
    url = (await server.listen(0, "127.0.0.1")).url.replace("localhost", "127.0.0.1");
  }, NEO4J_TURN_TIMEOUT_MS);

  afterAll(async () => {
    await server?.close();
    await release();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("refuses a curation without the token (401) and writes nothing", async () => {
    const refused = await post(`mutation($keep: ID!, $drop: [ID!]!) { mergeEntities(keep: $keep, drop: $drop, reason: "x") { seq } }`, { keep: s.ids.irena, drop: [s.ids.irina] }, null);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await store.entitiesByIds([s.ids.irina]))[0]).not.toBeNull();
    expect((await store.curations({ first: 1 })).totalCount).toBe(0);
  });

  it("answers bad curations with BAD_USER_INPUT or NOT_FOUND", async () => {
    const self = await post(`mutation($id: ID!) { mergeEntities(keep: $id, drop: [$id], reason: "x") { seq } }`, { id: s.ids.irena });
    expect(self.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await post(`mutation { rejectEvent(id: "event:0000000000000000", reason: "x") { seq } }`);
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", id: "event:0000000000000000" });
    const blank = await post(`mutation($id: ID!) { rejectEvent(id: $id, reason: "") { seq } }`, { id: s.ids.talks });
    expect(blank.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("merge, reject and update; the articles deleted and ingested again; the graph, the exports and the log show the corrections", async () => {
    const merged = await post(
      `mutation($keep: ID!, $drop: [ID!]!) { mergeEntities(keep: $keep, drop: $drop, reason: "one minister, misspelt") { seq action targetId relatedIds by reason at } }`,
      { keep: s.ids.irena, drop: [s.ids.irina] },
    );
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data.mergeEntities).toMatchObject({ action: "MERGE_ENTITIES", targetId: s.ids.irena, relatedIds: [s.ids.irina], by: "api-token", reason: "one minister, misspelt" });
    const rejected = await post(`mutation($id: ID!) { rejectEvent(id: $id, reason: "no such talks") { action } }`, { id: s.ids.talks });
    expect(rejected.body.errors).toBeUndefined();
    const updated = await post(
      `mutation($id: ID!) { updateEvent(id: $id, set: { type: MEETING, date: "2030-04-05" }, reason: "they met; the call was a misreading") { before after } }`,
      { id: s.ids.call },
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateEvent.after).toMatchObject({ type: "MEETING", date: { value: "2030-04-05", precision: "DAY" } });

    // Re-ingest: delete both articles through the API, then store them again as an ingest would.
    for (const graph of [s.first, s.second]) {
      const deleted = await post(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: graph.article.id });
      expect(deleted.body.data).toEqual({ deleteArticle: true });
      expect((await store.ingestArticle(graph)).status).toBe("ADDED");
    }

    const graph = await post(
      `query($keep: ID!, $drop: ID!, $call: ID!, $talks: ID!) {
        kept: node(id: $keep) { id ... on Person { name aliases events { id type date { value } } } }
        dropped: node(id: $drop) { id }
        call: event(id: $call) { type cameo date { value precision } participants { entity { id } } }
        talks: event(id: $talks) { id }
      }`,
      { keep: s.ids.irena, drop: s.ids.irina, call: s.ids.call, talks: s.ids.talks },
    );
    expect(graph.body.errors).toBeUndefined();
    expect(graph.body.data.dropped).toBeNull();
    expect(graph.body.data.talks).toBeNull();
    expect(graph.body.data.kept.aliases).toContain(s.names.irina);
    expect(graph.body.data.kept.events.map((e: { id: string }) => e.id).sort()).toEqual([s.ids.call, s.ids.harbour].sort());
    expect(graph.body.data.call).toMatchObject({ type: "MEETING", cameo: "040", date: { value: "2030-04-05", precision: "DAY" } });

    for (const format of ["jsonl", "graphml", "csv-dyads", "cytoscape", "timelinejs"] as const) {
      // The jsonl export ends with the curation log, which names what was dropped and rejected: the graph's lines are checked.
      const text = (await exported(format)).split("\n").filter((line) => !line.startsWith(`{"record":"curation"`)).join("\n");
      // TimelineJS lists events by their headlines: the dropped name shows only in the summaries the articles wrote.
      if (format !== "timelinejs") expect(text, format).toContain(s.ids.irena);
      expect(text, format).not.toContain(s.ids.irina);
      expect(text, format).not.toContain(s.ids.talks);
      expect(text, format).not.toContain(`held talks with`);
    }
    const jsonl = (await exported("jsonl")).trim().split("\n").map((line) => JSON.parse(line) as Record<string, any>);
    const call = jsonl.find((row) => row.id === s.ids.call);
    expect(call).toMatchObject({ record: "event", type: "MEETING", date: { value: "2030-04-05" } });
    // The log travels with the export.
    expect(jsonl.filter((row) => row.record === "curation").map((row) => [row.seq, row.action, row.by])).toEqual([
      [1, "MERGE_ENTITIES", "api-token"],
      [2, "REJECT_EVENT", "api-token"],
      [3, "UPDATE_EVENT", "api-token"],
    ]);

    const log = await post(`{ curations(first: 10) { totalCount edges { node { seq action targetId by reason before after } } } }`);
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data.curations.totalCount).toBe(3);
    expect(log.body.data.curations.edges.map((e: any) => [e.node.seq, e.node.action, e.node.targetId, e.node.by])).toEqual([
      [1, "MERGE_ENTITIES", s.ids.irena, "api-token"],
      [2, "REJECT_EVENT", s.ids.talks, "api-token"],
      [3, "UPDATE_EVENT", s.ids.call, "api-token"],
    ]);
    expect(log.body.data.curations.edges[2].node.before).toMatchObject({ type: "CALL" });
  });
});

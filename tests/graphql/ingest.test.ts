import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArticleGraph } from "../../src/domain/index.js";
import { type ArticleInput } from "../../src/extract/pipeline.js";
import { buildDiplomacyGraphs } from "../helpers/diplomacy-graphs.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

const { graphs, ids } = buildDiplomacyGraphs();
const INGEST = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) {
    articleId status entityCount eventCount tenureCount
    article { id title publishedAt }
    events { id type sourceCount }
  }
}`;

describe("ingestArticle and deleteArticle", () => {
  let t: TestServer;
  const seen: ArticleInput[] = [];
  beforeAll(async () => {
    // The extractor is replaced by a lookup of hand-built graphs so this tests the API, not extraction.
    const byTitle = new Map(graphs.map((graph) => [graph.article.title, graph]));
    t = await startTestServer({
      extract: (input): ArticleGraph => {
        seen.push(input);
        const graph = byTitle.get(input.title);
        if (!graph) throw new Error(`no graph for ${input.title}`);
        return graph;
      },
    });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it("stores an article once: ADDED, then UNCHANGED", async () => {
    const graph = graphs[0]!;
    const input = { text: graph.article.text, title: graph.article.title, publishedAt: "2025-02-13", url: "https://example.org/a" };
    const first = await t.run(INGEST, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestArticle).toMatchObject({
      articleId: graph.article.id,
      status: "ADDED",
      entityCount: graph.entities.length,
      eventCount: 4,
      tenureCount: 2,
      article: { id: graph.article.id, title: graph.article.title, publishedAt: "2025-02-13" },
    });
    expect(first.data!.ingestArticle.events.map((e: { id: string }) => e.id).sort()).toEqual([ids.trumpPutinCall, ids.plannedMeeting, ids.helsinkiSummit, ids.crimea].sort());
    expect(seen[0]).toMatchObject(input);
    const again = await t.run(INGEST, { input });
    expect(again.data!.ingestArticle.status).toBe("UNCHANGED");
    expect((await t.run(`{ stats { articles } }`)).data!.stats.articles).toBe(1);
  });

  it("reports events as stored, merged with earlier reports", async () => {
    const graph = graphs[1]!;
    const { data } = await t.run(INGEST, { input: { text: graph.article.text, title: graph.article.title } });
    const call = data!.ingestArticle.events.find((e: { id: string }) => e.id === ids.trumpPutinCall);
    expect(call.sourceCount).toBe(2);
  });

  it("deletes an article and the events only it reported", async () => {
    const del = `mutation($id: ID!) { deleteArticle(id: $id) }`;
    expect((await t.run(del, { id: ids.articles[1] })).data!.deleteArticle).toBe(true);
    expect((await t.run(del, { id: ids.articles[1] })).data!.deleteArticle).toBe(false);
    const { data } = await t.run(`query($a: ID!, $b: ID!) { a: event(id: $a) { sourceCount } b: event(id: $b) { id } }`, { a: ids.trumpPutinCall, b: ids.trumpZelenskyyCall });
    expect(data).toEqual({ a: { sourceCount: 1 }, b: null });
  });
});

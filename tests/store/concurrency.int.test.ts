import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArticleGraph } from "../../src/domain/index.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openNeo4jStore } from "../../src/store/neo4j/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ArticleGraphBuilder, newTag } from "../fixtures/article-graphs.js";
import { NEO4J_SKIP_REASON, NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, STORES_UNDER_TEST, takeNeo4jTurn } from "../helpers/neo4j-under-test.js";

/**
 * Ingests and deletes at the same time on one store: articles that report the same people, the same
 * tenure and the same event. On sqlite they serialise in one connection; on Neo4j each is its own
 * transaction, and the locks (taken before anything is read) must keep every report.
 */

if (!NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

/** `count` articles of one story: each reports the same meeting of two people and one of them holding an office. */
function story(count: number) {
  const tag = newTag();
  const graphs: ArticleGraph[] = [];
  let ids: { event: string; person: string; office: string; other: string } | undefined;
  for (let i = 0; i < count; i += 1) {
    const g = new ArticleGraphBuilder({ title: `Report ${i} ${tag}`, publishedAt: "2030-06-02", source: `Wire ${i}` });
    const person = g.person(`Runa Holt${tag}`);
    const other = g.person(`Ivo Berg${tag}`);
    const nor = g.country("NOR", "Norway");
    const office = g.office("NOR", `Trade Minister ${tag}`);
    const s = g.say(`Report ${i}: Trade Minister ${tag} Runa Holt${tag} of Norway met Ivo Berg${tag} on 1 June 2030.`, person, office, nor, other);
    g.tenure({ personId: person, officeId: office, from: "2030", sentences: [s] });
    const event = g.event({ type: "MEETING", date: "2030-06-01", participants: [person, other], summary: `Holt and Berg met ${tag}`, sentences: [s] });
    ids = { event, person, office, other };
    graphs.push(g.build());
  }
  return { graphs, ids: ids! };
}

/** The tenure's evidence must be exactly the reports of the given articles, each entry whole (its parallel lists aligned). */
async function expectTenureEvidenceFrom(store: GraphStore, personId: string, articles: ArticleGraph[]): Promise<void> {
  const [tenures] = await store.tenuresByPersonIds([personId]);
  if (articles.length === 0) {
    expect(tenures).toEqual([]);
    return;
  }
  expect(tenures).toHaveLength(1);
  const expected = articles.flatMap((a) => a.tenures[0]!.evidence);
  const byArticle = (list: { articleId: string }[]) => [...list].sort((x, y) => x.articleId.localeCompare(y.articleId));
  expect(byArticle(tenures![0]!.evidence)).toEqual(byArticle(expected));
}

describe.each(STORES_UNDER_TEST)("concurrent ingest and delete on %s", (kind) => {
  let open: () => Promise<GraphStore>;
  let release: () => Promise<void> = async () => undefined;
  let scratch: string | undefined;

  beforeAll(async () => {
    if (kind === "neo4j") {
      const turn = await takeNeo4jTurn();
      release = turn.release;
      open = () => openNeo4jStore(turn.options);
    } else {
      scratch = mkdtempSync(join(tmpdir(), "parley-concurrency-"));
      const path = join(scratch, "parley.db");
      open = () => openSqliteStore({ path });
    }
  }, NEO4J_TURN_TIMEOUT_MS);
  afterAll(async () => {
    await release();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("eight articles reporting the same event, tenure and people at once: every report is kept", async () => {
    const store = await open();
    try {
      const { graphs, ids } = story(8);
      const outcomes = await Promise.all(graphs.map((g) => store.ingestArticle(g)));
      expect(outcomes.map((o) => o.status)).toEqual(graphs.map(() => "ADDED"));
      const [event] = await store.eventsByIds([ids.event]);
      expect(event?.sourceCount).toBe(8);
      const [evidence] = await store.evidenceByEventIds([ids.event]);
      expect(new Set(evidence!.map((e) => e.articleId))).toEqual(new Set(graphs.map((g) => g.article.id)));
      await expectTenureEvidenceFrom(store, ids.person, graphs);
      const [person] = await store.entitiesByIds([ids.person]);
      expect(person?.mentionCount).toBe(8);
    } finally {
      await store.close();
    }
  });

  it("deleting one report while another is ingested keeps the event, the tenure and the people with the new report's evidence", async () => {
    const store = await open();
    try {
      for (let round = 0; round < 6; round += 1) {
        const { graphs, ids } = story(2);
        const [first, second] = graphs as [ArticleGraph, ArticleGraph];
        await store.ingestArticle(first);
        const [deleted, added] = await Promise.all([store.deleteArticle(first.article.id), store.ingestArticle(second)]);
        expect(deleted).toBe(true);
        expect(added.status).toBe("ADDED");
        const [event] = await store.eventsByIds([ids.event]);
        expect(event, `round ${round}`).not.toBeNull();
        const [evidence] = await store.evidenceByEventIds([ids.event]);
        expect(evidence!.map((e) => e.articleId)).toEqual([second.article.id]);
        await expectTenureEvidenceFrom(store, ids.person, [second]);
        const people = await store.entitiesByIds([ids.person, ids.other, ids.office]);
        expect(people.map((p) => p?.mentionCount)).toEqual([1, 1, 1]);
      }
    } finally {
      await store.close();
    }
  });

  it("deleting every report at once while none is added leaves nothing of the story", async () => {
    const store = await open();
    try {
      const { graphs, ids } = story(4);
      for (const g of graphs) await store.ingestArticle(g);
      expect(await Promise.all(graphs.map((g) => store.deleteArticle(g.article.id)))).toEqual([true, true, true, true]);
      expect(await store.eventsByIds([ids.event])).toEqual([null]);
      expect(await store.entitiesByIds([ids.person, ids.other, ids.office])).toEqual([null, null, null]);
      await expectTenureEvidenceFrom(store, ids.person, []);
    } finally {
      await store.close();
    }
  });
});

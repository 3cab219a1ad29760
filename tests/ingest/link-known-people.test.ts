import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { linkKnownPeople, peopleByNameFrom } from "../../src/ingest/link-known-people.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";

describe("across articles, a surname resolves to the person already in the store", () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "parley-link-"));
    store = await openSqliteStore({ path: join(dir, "parley.db") });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ingest = async (text: string, publishedAt: string) =>
    store.ingestArticle(await linkKnownPeople(extractArticle({ text, publishedAt }), peopleByNameFrom(store)));

  it("links a later 'Putin' to Vladimir Putin and merges the event with the person's other contacts", async () => {
    await ingest("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday.", "2024-05-14");
    await ingest("Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Tuesday, the Kremlin said.", "2024-05-15");
    const people = (await store.findEntities({ kind: "PERSON", first: 20 })).items.map((p) => p.id);
    expect(people).toContain("person:vladimir-putin");
    expect(people).not.toContain("person:putin");
    const [eventIds] = await store.eventIdsByEntityIds(["person:vladimir-putin"]);
    expect(eventIds).toHaveLength(2);
  });

  it("leaves a surname alone when two stored people carry it equally", async () => {
    // Two people the knowledge base does not know, stored with the same surname (a known one, "Bush" in 2003, is
    // resolved by the extractor itself from the office holders of the day).
    await ingest("Senator Alan Varga met Canadian Prime Minister Brian Mulroney in Ottawa on Monday.", "1990-03-12");
    await ingest("Governor Tom Varga met British Prime Minister Tony Blair in London on Friday.", "2001-02-23");
    const graph = await linkKnownPeople(extractArticle({ text: "Mr Varga spoke with French President Jacques Chirac on Monday.", publishedAt: "2003-01-20" }), peopleByNameFrom(store));
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id)).toContain("person:varga");
  });
});

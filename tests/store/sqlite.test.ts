import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { StoreError, StoreUnavailableError } from "../../src/domain/errors.js";
import { openSqliteStore, SCHEMA_VERSION, type SqliteGraphStore } from "../../src/store/sqlite/index.js";
import { ensureSchema } from "../../src/store/sqlite/schema.js";
import { graphStoreContract } from "../contract/graph-store.contract.js";
import { ArticleGraphBuilder, callArticle } from "../fixtures/article-graphs.js";

/** A fresh database file in its own temporary directory (in a sub-directory that does not exist yet). */
async function tempStore() {
  const dir = mkdtempSync(join(tmpdir(), "parley-sqlite-"));
  const store = await openSqliteStore({ path: join(dir, "data", "parley.db") });
  return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

graphStoreContract("sqlite", tempStore);

describe("sqlite store: the file on disk", () => {
  const dirs: string[] = [];
  const stores: SqliteGraphStore[] = [];
  const newPath = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "parley-sqlite-"));
    dirs.push(dir);
    return join(dir, "nested", "deeper", "parley.db");
  };
  const open = async (path: string): Promise<SqliteGraphStore> => {
    const store = await openSqliteStore({ path });
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("creates the missing directories and the file, in WAL mode with foreign keys on", async () => {
    const path = newPath();
    const store = await open(path);
    await store.ingestArticle(callArticle().graph);
    expect(existsSync(path)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(store.database.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.database.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.database.pragma("busy_timeout", { simple: true })).toBeGreaterThan(0);
    expect(store.database.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
  });

  it("passes integrity and foreign-key checks after ingesting and deleting, with derived counts in step", async () => {
    const store = await open(newPath());
    const one = callArticle();
    const two = callArticle();
    await store.ingestArticle(one.graph);
    await store.ingestArticle(two.graph);
    await store.deleteArticle(one.graph.article.id);
    expect(store.database.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(store.database.pragma("foreign_key_check")).toEqual([]);
    const drift = store.database
      .prepare("SELECT count(*) AS n FROM entities e WHERE e.mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)")
      .get() as { n: number };
    expect(drift.n).toBe(0);
    const pairDrift = store.database
      .prepare(`SELECT count(*) AS n FROM co_participations c
        WHERE c.events <> (SELECT count(*) FROM event_pairs p WHERE p.entity_id = c.entity_id AND p.partner_id = c.partner_id)`)
      .get() as { n: number };
    expect(pairDrift.n).toBe(0);
    // The full-text indexes agree with their search_nodes rows: events, articles and entities each in their own.
    const count = (sql: string) => (store.database.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM search_fts")).toBe(count("SELECT count(*) AS n FROM search_nodes WHERE kind NOT IN ('EVENT', 'ARTICLE')"));
    for (const [kind, table] of [["EVENT", "event_search_fts"], ["ARTICLE", "article_search_fts"]]) {
      expect(count(`SELECT count(*) AS n FROM ${table}`)).toBe(count(`SELECT count(*) AS n FROM search_nodes WHERE kind = '${kind}'`));
      expect(count(`SELECT count(*) AS n FROM ${table}`)).toBeGreaterThan(0);
      store.database.exec(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`);
    }
    store.database.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')");
  });

  it("keeps every derived table exactly as a rebuild would after merges, rejections, restores and updates; the log refuses edits", async () => {
    const store = await open(newPath());
    const one = callArticle();
    const two = callArticle();
    await store.ingestArticle(one.graph);
    await store.ingestArticle(two.graph);
    await store.curate({ action: "MERGE_ENTITIES", keepId: one.ids.tomas, dropIds: [two.ids.tomas, two.ids.irena], reason: "one man" }, "t");
    await store.curate({ action: "MERGE_ENTITIES", keepId: one.ids.lena, dropIds: [two.ids.lena], reason: "one minister" }, "t");
    await store.curate({ action: "REJECT_EVENT", eventId: one.ids.meeting, reason: "no" }, "t");
    await store.curate({ action: "UPDATE_EVENT", eventId: two.ids.call, changes: { date: { value: "2031", precision: "YEAR" } }, reason: "later" }, "t");
    await store.curate({ action: "REJECT_EVENT", eventId: two.ids.meeting, reason: "no" }, "t");
    await store.curate({ action: "RESTORE_EVENT", eventId: two.ids.meeting }, "t");
    await store.deleteArticle(one.graph.article.id);
    await store.ingestArticle(one.graph);
    const db = store.database;
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const all = (sql: string) => db.prepare(sql).all();
    expect(all("SELECT entity_id, partner_id, sort_day, event_id FROM event_pairs ORDER BY 1, 2, 3, 4")).toEqual(
      all(`SELECT p1.entity_id, p2.entity_id AS partner_id, coalesce(e.date_first_day, '~') AS sort_day, p1.event_id
           FROM event_participants p1 JOIN event_participants p2 ON p2.event_id = p1.event_id AND p2.entity_id <> p1.entity_id
           JOIN events e ON e.id = p1.event_id ORDER BY 1, 2, 3, 4`),
    );
    expect(all("SELECT entity_id, partner_id, events FROM co_participations ORDER BY 1, 2")).toEqual(
      all("SELECT entity_id, partner_id, count(*) AS events FROM event_pairs GROUP BY 1, 2 ORDER BY 1, 2"),
    );
    expect(all("SELECT count(*) AS n FROM entities e WHERE e.mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)")).toEqual([{ n: 0 }]);
    expect(all("SELECT count(*) AS n FROM search_nodes n WHERE n.kind = 'EVENT' AND n.node_id NOT IN (SELECT id FROM events)")).toEqual([{ n: 0 }]);
    const involvements = all("SELECT * FROM country_involvements ORDER BY 1, 2, 3");
    expect(involvements.length).toBeGreaterThan(0);
    db.exec("DELETE FROM country_involvements; UPDATE events SET involvement = NULL");
    store.rebuildCountryInvolvements();
    expect(all("SELECT * FROM country_involvements ORDER BY 1, 2, 3")).toEqual(involvements);
    expect(() => db.exec("UPDATE curations SET reason = 'rewritten'")).toThrow(/append-only/);
    expect(() => db.exec("DELETE FROM curations")).toThrow(/append-only/);
  });

  it("keeps the data when the same file is reopened", async () => {
    const path = newPath();
    const { graph, ids } = callArticle();
    const first = await openSqliteStore({ path });
    await first.ingestArticle(graph);
    const stats = await first.stats();
    const events = await first.eventsByIds([ids.call, ids.meeting]);
    await first.close();

    const reopened = await open(path);
    expect(await reopened.stats()).toEqual(stats);
    expect(await reopened.eventsByIds([ids.call, ids.meeting])).toEqual(events);
    expect((await reopened.search({ text: graph.entities.find((e) => e.id === ids.lena)!.name, first: 5 }))[0]?.id).toBe(ids.lena);
    expect((await reopened.ingestArticle(graph)).status).toBe("UNCHANGED");
  });

  it("creates the schema idempotently on an existing file", async () => {
    const path = newPath();
    const store = await openSqliteStore({ path });
    await store.ingestArticle(callArticle().graph);
    const objects = (): unknown[] => store.database.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();
    const before = objects();
    ensureSchema(store.database);
    ensureSchema(store.database);
    expect(objects()).toEqual(before);
    const stats = await store.stats();
    await store.close();

    for (let i = 0; i < 2; i += 1) {
      const again = await openSqliteStore({ path });
      expect(again.database.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(again.database.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all()).toEqual(before);
      expect(await again.stats()).toEqual(stats);
      await again.close();
    }
  });

  it("search ranks event summaries while few match, and lists the newest unranked once more than 1000 do", async () => {
    const store = await open(newPath());
    const stored: string[] = [];
    for (let a = 0; a < 11; a += 1) {
      const g = new ArticleGraphBuilder({ title: `Harbour bulletin ${a}`, publishedAt: "2030-06-01", source: "Example News" });
      const nor = g.country("NOR", "Norway");
      const swe = g.country("SWE", "Sweden");
      const s = g.say(`Norway and Sweden talked about ferry routes, bulletin ${a}.`, nor, swe);
      for (let i = 0; i < 100; i += 1) {
        const day = new Date(Date.UTC(2000, 0, 1 + a * 100 + i)).toISOString().slice(0, 10);
        stored.push(g.event({ type: "NEGOTIATION", date: day, participants: [nor, swe], summary: `Ferry talks ${a}-${i}`, sentences: [s] }));
      }
      await store.ingestArticle(g.build());
    }
    const selective = await store.search({ text: '"ferry talks 3-7"', first: 5 });
    expect(selective[0]).toMatchObject({ id: stored[307], kind: "EVENT" });
    expect(selective[0]!.score).toBeGreaterThan(0);

    const crowded = await store.search({ text: "ferry", first: 5, kinds: ["EVENT"] });
    expect(crowded.map((h) => h.id)).toEqual(stored.slice(-5).reverse());
    expect(crowded.every((h) => h.score === 0)).toBe(true);
    // Names and titles stay ranked ahead of the unranked summaries.
    const mixed = await store.search({ text: "bulletin", first: 3 });
    expect(mixed.every((h) => h.kind === "ARTICLE" && h.score > 0)).toBe(true);
  });

  /**
   * How each older schema differed from the next, newest first: applied from the top down to a
   * current file, they rewind it to the version after the last step applied.
   */
  const rewindTo: Record<number, string> = {
    // Version 10 changed no table, only the rule country_involvements is filled by (refilled on opening).
    9: "SELECT 1",
    8: `DROP TRIGGER curations_no_update; DROP TRIGGER curations_no_delete; DROP TABLE curations;
        DROP TABLE entity_redirects; DROP TABLE entity_overrides; DROP TABLE rejected_events; DROP TABLE event_overrides`,
    7: "DROP TABLE entity_fuzzy_keys",
    6: `INSERT INTO search_fts (rowid, label, extra) SELECT rowid, label, '' FROM article_search_fts; DROP TABLE article_search_fts`,
    5: `CREATE TABLE old_pairs (entity_id TEXT NOT NULL, partner_id TEXT NOT NULL, event_id TEXT NOT NULL,
          PRIMARY KEY (entity_id, partner_id, event_id)) WITHOUT ROWID;
        INSERT INTO old_pairs SELECT entity_id, partner_id, event_id FROM event_pairs;
        DROP TABLE event_pairs; ALTER TABLE old_pairs RENAME TO event_pairs`,
    4: "ALTER TABLE entities DROP COLUMN mention_count",
    3: `INSERT INTO search_fts (rowid, label, extra) SELECT rowid, label, '' FROM event_search_fts; DROP TABLE event_search_fts`,
    2: "DROP TABLE co_participations",
    1: "DROP TABLE country_involvements; DROP TABLE event_pairs; ALTER TABLE events DROP COLUMN involvement",
  };

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])("upgrades a version %i file in place: every research read answers as before", async (version) => {
    const path = newPath();
    const first = await openSqliteStore({ path });
    const { graph, ids } = callArticle();
    await first.ingestArticle(graph);
    const of = (kind: string) => graph.entities.filter((e) => e.kind === kind).map((e) => e.id);
    const everything = async (store: SqliteGraphStore) => ({
      byCountry: await Promise.all(of("COUNTRY").map(async (id) => (await store.findEvents({ countryIds: [id] }, { first: 50 })).items.map((e) => e.id))),
      contacts: (await store.contacts({ between: of("PERSON") })).map((e) => e.id),
      neighbours: await Promise.all(of("PERSON").map((id) => store.coParticipants({ entityIds: [id], excludeIds: [id], limit: 10 }))),
      shared: await store.sharedEventCounts(graph.entities.map((e) => e.id)),
      counts: await store.contactCounts({ a: of("PERSON")[0]!, interval: "YEAR" }),
      mentions: (await store.entitiesByIds(graph.entities.map((e) => e.id))).map((e) => e?.mentionCount),
      summaries: await store.search({ text: "ferry routes", first: 10 }),
      titles: await store.search({ text: graph.article.title!.split(" ")[0]!, first: 10 }),
      // Typo-tolerant name search needs entity_fuzzy_keys, filled when an older file is opened.
      typo: await store.search({ text: graph.entities.find((e) => e.id === ids.irena)!.name.replace("Vask", "Vsak"), first: 5 }),
    });
    const expected = await everything(first);
    expect(expected.contacts.length).toBeGreaterThan(0);
    expect(expected.byCountry.flat().length).toBeGreaterThan(0);
    expect(expected.summaries.map((h) => h.id)).toContain(ids.call);
    expect(expected.titles.map((h) => h.id)).toContain(graph.article.id);
    expect(expected.typo.map((h) => h.id)).toContain(ids.irena);
    for (let step = SCHEMA_VERSION - 1; step >= version; step -= 1) first.database.exec(rewindTo[step]!);
    first.database.pragma(`user_version = ${version}`);
    await first.close();

    const upgraded = await open(path);
    expect(upgraded.database.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(await everything(upgraded)).toEqual(expected);
    const misplaced = upgraded.database
      .prepare("SELECT count(*) AS n FROM search_fts f JOIN search_nodes n ON n.doc = f.rowid WHERE n.kind IN ('EVENT', 'ARTICLE')")
      .get() as { n: number };
    expect(misplaced.n).toBe(0);
  });

  it("refuses a file written by a newer schema", async () => {
    const path = newPath();
    await (await openSqliteStore({ path })).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    await expect(openSqliteStore({ path })).rejects.toThrow(StoreUnavailableError);
  });

  it("reports a path it cannot open as StoreUnavailableError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-sqlite-"));
    dirs.push(dir);
    const aFile = join(dir, "plain-file");
    writeFileSync(aFile, "not a directory");
    await expect(openSqliteStore({ path: join(aFile, "parley.db") })).rejects.toThrow(StoreUnavailableError);
    writeFileSync(join(dir, "garbage.db"), "this is not a database ".repeat(200));
    await expect(openSqliteStore({ path: join(dir, "garbage.db") })).rejects.toThrow(StoreUnavailableError);
  });

  it("writes one article in one transaction: a failure halfway leaves nothing behind", async () => {
    const store = await open(newPath());
    const { graph, ids } = callArticle();
    // Tenures are written after the article and its entities: failing there must roll those back too.
    store.database.exec("CREATE TRIGGER fail_tenure BEFORE INSERT ON tenure_evidence BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    const empty = await store.stats();
    await expect(store.ingestArticle(graph)).rejects.toThrow(StoreError);
    expect(await store.stats()).toEqual(empty);
    expect(await store.articlesByIds([graph.article.id])).toEqual([null]);
    expect(await store.entitiesByIds([ids.irena])).toEqual([null]);
    expect(await store.search({ text: "ferry", first: 5 })).toEqual([]);

    store.database.exec("DROP TRIGGER fail_tenure");
    expect((await store.ingestArticle(graph)).status).toBe("ADDED");
  });

  it("lets two connections to one file see each other's writes", async () => {
    const path = newPath();
    const a = await open(path);
    const b = await open(path);
    const one = callArticle();
    const two = callArticle();
    await a.ingestArticle(one.graph);
    await b.ingestArticle(two.graph);
    expect((await a.articlesByIds([two.graph.article.id]))[0]?.id).toBe(two.graph.article.id);
    expect((await b.stats()).articles).toBe(2);
  });

  it("works on an in-memory database", async () => {
    const store = await open(":memory:");
    const { graph, ids } = callArticle();
    await store.ingestArticle(graph);
    expect((await store.eventsByIds([ids.call]))[0]?.id).toBe(ids.call);
  });
});

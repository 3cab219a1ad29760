import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { ingestGraph } from "../../src/ingest/link-known-people.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";

/** Articles written for this test. */
const DAY = "German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron on Tuesday.";
const MONTH = "German Chancellor Olaf Scholz has pressed for a deal since he spoke by phone with French President Emmanuel Macron earlier this month.";
const OTHER_DAY = "German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron again on Monday.";

describe("across articles, a contact told to the day and to the month is one event", () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "parley-link-events-"));
    store = await openSqliteStore({ path: join(dir, "parley.db") });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ingest = (text: string, publishedAt: string) => ingestGraph(extractArticle({ text, publishedAt }), store);
  const calls = async () => (await store.findEvents({ types: ["CALL"], participantIds: ["person:olaf-scholz", "person:emmanuel-macron"] }, { first: 20 })).items;

  it("merges the month-level report into the day-level call, in either order, and keeps the day", async () => {
    await ingest(DAY, "2024-03-13");
    await ingest(MONTH, "2024-03-28");
    const [call, ...rest] = await calls();
    expect(rest).toEqual([]);
    expect(call).toMatchObject({ status: "OCCURRED", date: { value: "2024-03-12", precision: "DAY" }, sourceCount: 2 });
  });

  it("merges them when the month-level report comes first", async () => {
    await ingest(MONTH, "2024-03-28");
    await ingest(DAY, "2024-03-13");
    const [call, ...rest] = await calls();
    expect(rest).toEqual([]);
    expect(call).toMatchObject({ date: { value: "2024-03-12", precision: "DAY" }, sourceCount: 2 });
  });

  it("changes nothing when the same articles are ingested again", async () => {
    await ingest(DAY, "2024-03-13");
    await ingest(MONTH, "2024-03-28");
    const before = await calls();
    await ingest(MONTH, "2024-03-28");
    await ingest(DAY, "2024-03-13");
    expect(await calls()).toEqual(before);
  });

  it("merges nothing when two calls that month could be the one meant", async () => {
    await ingest(DAY, "2024-03-13");
    await ingest(OTHER_DAY, "2024-03-19");
    await ingest(MONTH, "2024-03-28");
    const found = await calls();
    expect(found.map((c) => `${c.date?.value}/${c.date?.precision}/${c.sourceCount}`).sort()).toEqual(["2024-03-12/DAY/1", "2024-03-18/DAY/1", "2024-03/MONTH/1"]);
  });
});

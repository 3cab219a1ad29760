import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorld, generateArticles } from "../../bench/generate.js";
import { EXPORT_FORMATS } from "../../src/export/index.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { buildDiplomacyGraphs } from "../helpers/diplomacy-graphs.js";
import { callArticle, newCast } from "../fixtures/article-graphs.js";
import { exportText, formulaArticle } from "./fixtures.js";
import { exportGraph as previousExport } from "./previous-export.js";

// The streaming writers against the code they replace (tests/export/previous-export.ts, the
// non-streaming formatters kept verbatim): the same bytes for every format, except CSV cells that
// a spreadsheet would read as formulas, which now carry a leading quote.

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The previous CSV with formula escaping applied cell by cell: what the new writer must produce. */
function escapedCells(csv: string): string[][] {
  return (parse(csv, { relax_column_count: false }) as string[][]).map((row) => row.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell)));
}

const dir = mkdtempSync(join(tmpdir(), "parley-export-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectSameAsBefore(store: GraphStore): Promise<void> {
  for (const format of EXPORT_FORMATS) {
    const now = await exportText(store, format);
    const before = await previousExport(store, format);
    if (format === "csv-dyads") {
      expect(parse(now) as string[][], format).toEqual(escapedCells(before));
      // Quoting and line ends are the library's, and the same as before wherever no formula was escaped.
      if (!before.split(/[\r\n,"]+/).some((cell) => FORMULA_START.test(cell))) expect(now, format).toBe(before);
    } else {
      expect(now, format).toBe(before);
    }
  }
}

describe("streaming exports write what the previous exports wrote", () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openSqliteStore({ path: join(dir, "small.db") });
    for (const graph of buildDiplomacyGraphs().graphs) await store.ingestArticle(graph);
    await store.ingestArticle(callArticle(newCast()).graph);
    await store.ingestArticle(formulaArticle().graph);
  });
  afterAll(() => store.close());

  it("on hand-made articles: undated, ranged and year-only dates, a repeated participant, formula-like names", async () => {
    await expectSameAsBefore(store);
  });

  it("escapes formula-like names in CSV and nowhere else", async () => {
    const csv = await exportText(store, "csv-dyads");
    const cells = (parse(csv) as string[][]).flat();
    expect(cells).toContain(`'=HYPERLINK("x")`);
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    expect(cells.some((cell) => cell.startsWith("'+Ansel Quor"))).toBe(true);
    expect(cells.some((cell) => cell.startsWith("'-Delta Circle"))).toBe(true);
    expect(await exportText(store, "jsonl")).toContain(`"name":"=HYPERLINK(\\"x\\")"`);
  });
});

describe("streaming exports over many pages of a synthetic graph", () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openSqliteStore({ path: join(dir, "synthetic.db") });
    // 1 500 events among 400 people: several pages of events, entities and tenures, Zipf-skewed pairs.
    for (const graph of generateArticles({ events: 1500, eventsPerArticle: 20, seed: 3 }, buildWorld({ people: 400, seed: 3 }))) await store.ingestArticle(graph);
  }, 120_000);
  afterAll(() => store.close());

  it("every format equals the previous output", async () => {
    await expectSameAsBefore(store);
  }, 120_000);
});

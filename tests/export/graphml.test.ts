import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml } from "../../src/export/graphml.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ArticleGraphBuilder } from "../fixtures/article-graphs.js";
import { exportText, formulaArticle } from "./fixtures.js";

// GraphML read back by libxml2 (xmllint), the parser Gephi's and yEd's users most often meet, over
// names that need escaping: markup characters, a carriage return, a control character XML forbids.

const xmllint = spawnSync("xmllint", ["--version"]).status === 0;
if (!xmllint) console.warn("xmllint is absent (apt-get install -y libxml2-utils): the GraphML parse-back checks are skipped");

const dir = mkdtempSync(join(tmpdir(), "parley-graphml-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ODD = `Quay\rside \u0001Ferries & <Sons> "Ltd" 'Nord'`;

function label(file: string, id: string): string {
  const path = `string(//*[local-name()='node'][@id='${id}']/*[local-name()='data'][@key='n_label'])`;
  const result = spawnSync("xmllint", ["--xpath", path, file], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result.stdout.replace(/\n$/, ""); // xmllint ends what it prints with a line feed
}

describe("GraphML export read back by an XML parser", () => {
  let store: GraphStore;
  let file: string;
  let ids: ReturnType<typeof formulaArticle>["ids"] & { odd: string };
  beforeAll(async () => {
    store = await openSqliteStore({ path: join(dir, "graph.db") });
    const formulas = formulaArticle();
    const b = new ArticleGraphBuilder({ title: "Odd names", publishedAt: "2031-06-01" });
    const odd = b.organization(ODD);
    const ada = b.person("Ada Kelling");
    const s = b.say(`${ODD} met Ada Kelling.`, odd, ada);
    b.event({ type: "MEETING", participants: [odd, ada], summary: `Meeting\rof ${ODD}`, date: "2031-05-30", sentences: [s] });
    await store.ingestArticle(formulas.graph);
    await store.ingestArticle(b.build());
    ids = { ...formulas.ids, odd };
    file = join(dir, "graph.graphml");
    writeFileSync(file, await exportText(store, "graphml"));
  });
  afterAll(() => store.close());

  it.skipIf(!xmllint)("is well-formed", () => {
    const check = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it.skipIf(!xmllint)("gives back every name as stored, the carriage return included and the forbidden control character left out", () => {
    expect(label(file, ids.odd)).toBe(ODD.replace("\u0001", ""));
    expect(label(file, ids.hyperlink)).toBe(`=HYPERLINK("x")`);
    expect(label(file, ids.plus)).toMatch(/^\+Ansel Quor/);
  });

  it("escapes markup, writes a carriage return as a reference and drops what XML 1.0 forbids", () => {
    expect(xml(`a&b<c>d"e'f\rg\u0000h\uFFFEi\uD800j`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f&#13;ghij");
    expect(xml("tab\tline\nfeed \u{1F30D}")).toBe("tab\tline\nfeed \u{1F30D}");
  });
});

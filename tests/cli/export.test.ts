import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { DOMParser } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCommand, EXPORT_FORMATS } from "../../src/cli/commands/export.js";
import { formatStats, statsCommand } from "../../src/cli/commands/stats.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { parse } from "csv-parse/sync";
import { ArticleGraphBuilder, callArticle, newCast } from "../fixtures/article-graphs.js";
import { formulaArticle } from "../export/fixtures.js";

// Invented articles: the call-and-meeting story from the fixtures, and a second one with a planned
// visit, a year-precision treaty and an organisation whose name needs escaping in XML and CSV.
function secondArticle(cast: ReturnType<typeof newCast>) {
  const { vask, brel } = cast.names;
  const b = new ArticleGraphBuilder({ title: `Vask to visit Helsinki (${cast.tag})`, publishedAt: "2030-05-02", url: `https://news.example/${cast.tag}/visit`, source: "Example News" });
  const nor = b.country("NOR", "Norway");
  const fin = b.country("FIN", "Finland");
  const irena = b.person(`Irena ${vask}`, { aliases: [vask], countryId: nor });
  const tomas = b.person(`Tomas ${brel}`, { aliases: [brel], countryId: fin });
  const guild = b.organization(`Ferry & "Fjord", <Guild> ${cast.tag}`);
  const s0 = b.say(`Irena ${vask} will visit Tomas ${brel} in Helsinki in June 2030, Ferry & "Fjord", <Guild> ${cast.tag} said.`, irena, tomas, guild);
  const s1 = b.say(`Norway and Finland signed a ferry treaty in 2027.`, nor, fin);
  const visit = b.event({ type: "VISIT", status: "PLANNED", participants: [{ entityId: irena, role: "VISITOR" }, { entityId: tomas, role: "HOST" }, guild], date: "2030-06", summary: `Planned visit by Irena ${vask} to Tomas ${brel}`, sentences: [s0] });
  const treaty = b.event({ type: "AGREEMENT", participants: [nor, fin], date: "2027", summary: "Norway and Finland sign a ferry treaty", sentences: [s1] });
  return { graph: b.build(), ids: { irena, tomas, guild, nor, fin, visit, treaty } };
}

const dir = mkdtempSync(join(tmpdir(), "parley-export-"));
const dbPath = join(dir, "parley.db");
const cast = newCast();
const first = callArticle(cast);
const second = secondArticle(cast);

/** Runs `parley <args>` through the commands themselves (main.ts only registers them). */
async function run(args: string[]): Promise<void> {
  const program = new Command("parley").exitOverride().addCommand(exportCommand().exitOverride()).addCommand(statsCommand().exitOverride());
  await program.parseAsync(args, { from: "user" });
}

async function exported(format: string): Promise<string> {
  const out = join(dir, `export-${format}`);
  await run(["export", "--format", format, "--db", dbPath, "--out", out]);
  return readFileSync(out, "utf8");
}

beforeAll(async () => {
  const store = await openSqliteStore({ path: dbPath });
  await store.ingestArticle(first.graph);
  await store.ingestArticle(second.graph);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const xmllint = spawnSync("xmllint", ["--version"]).status === 0;
if (!xmllint) console.warn("xmllint is absent (apt-get install -y libxml2-utils): the GraphML well-formedness check is skipped; the structural checks still run");

describe("parley export --format graphml", () => {
  let text: string;
  let doc: ReturnType<DOMParser["parseFromString"]>;
  beforeAll(async () => {
    text = await exported("graphml");
    doc = new DOMParser().parseFromString(text, "text/xml");
  });

  it.skipIf(!xmllint)("is well-formed XML (xmllint)", () => {
    const file = join(dir, "export-graphml");
    const check = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("has a graphml root in the GraphML namespace, keys first, then one graph", () => {
    const root = doc.documentElement;
    expect(root.tagName).toBe("graphml");
    expect(root.getAttribute("xmlns")).toBe("http://graphml.graphdrawing.org/xmlns");
    const children = [...root.children].map((child) => child.tagName);
    expect(children.filter((name) => name === "graph")).toHaveLength(1);
    expect(children.lastIndexOf("key")).toBeLessThan(children.indexOf("graph"));
    expect(root.querySelector("graph")!.getAttribute("edgedefault")).toBe("directed");
  });

  it("declares every key (for, attr.name, attr.type) before it is used, and uses keys for their own element", () => {
    const keys = new Map([...doc.querySelectorAll("key")].map((key) => [key.getAttribute("id")!, key]));
    for (const key of keys.values()) {
      expect(["node", "edge", "graph", "all"]).toContain(key.getAttribute("for"));
      expect(key.getAttribute("attr.name")).toMatch(/^\w+$/);
      expect(["boolean", "int", "long", "float", "double", "string"]).toContain(key.getAttribute("attr.type"));
    }
    const data = [...doc.querySelectorAll("data")];
    expect(data.length).toBeGreaterThan(10);
    for (const item of data) {
      const key = keys.get(item.getAttribute("key")!);
      expect(key, `undeclared key ${item.getAttribute("key")}`).toBeDefined();
      expect(key!.getAttribute("for")).toBe(item.parentElement!.tagName);
      if (key!.getAttribute("attr.type") === "int") expect(item.textContent).toMatch(/^-?\d+$/);
      if (key!.getAttribute("attr.type") === "double") expect(Number.isFinite(Number(item.textContent))).toBe(true);
    }
  });

  it("holds every entity and event as a node with a unique id, and every edge joins declared nodes", () => {
    const nodeIds = [...doc.querySelectorAll("node")].map((node) => node.getAttribute("id")!);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    const entityIds = [...first.graph.entities, ...second.graph.entities].map((entity) => entity.id);
    const eventIds = [...first.graph.events, ...second.graph.events].map((event) => event.id);
    expect(new Set(nodeIds)).toEqual(new Set([...entityIds, ...eventIds]));
    for (const id of nodeIds) expect(id).toMatch(/^[\p{L}\p{N}._:-]+$/u);
    const edges = [...doc.querySelectorAll("edge")];
    const edgeIds = edges.map((edge) => edge.getAttribute("id"));
    expect(new Set(edgeIds).size).toBe(edges.length);
    for (const edge of edges) {
      expect(nodeIds).toContain(edge.getAttribute("source"));
      expect(nodeIds).toContain(edge.getAttribute("target"));
    }
    // 2 (call) + 2 (meeting) + 3 (visit) + 2 (treaty) participant edges, 1 place edge, 1 tenure edge.
    expect(edges).toHaveLength(11);
  });

  it("keeps names with markup characters intact", () => {
    const guild = [...doc.querySelectorAll("node")].find((node) => node.getAttribute("id") === second.ids.guild)!;
    expect(guild.querySelector('data[key="n_label"]')!.textContent).toBe(`Ferry & "Fjord", <Guild> ${cast.tag}`);
    expect(text).toContain("Ferry &amp; &quot;Fjord&quot;, &lt;Guild&gt;");
  });
});

describe("parley export, the other formats", () => {
  it("cytoscape: entities that take part in events, edges weighted by shared events", async () => {
    const json = JSON.parse(await exported("cytoscape")) as { elements: { nodes: { data: { id: string; kind: string } }[]; edges: { data: { source: string; target: string; weight: number; events: string[] } }[] } };
    const nodeIds = json.elements.nodes.map((node) => node.data.id);
    expect(new Set(nodeIds)).toEqual(new Set([first.ids.irena, first.ids.tomas, first.ids.lena, second.ids.guild, second.ids.nor, second.ids.fin]));
    const pair = json.elements.edges.find((edge) => [edge.data.source, edge.data.target].sort().join() === [first.ids.irena, first.ids.tomas].sort().join())!;
    expect(pair.data.weight).toBe(2);
    expect(new Set(pair.data.events)).toEqual(new Set([first.ids.call, second.ids.visit]));
    for (const edge of json.elements.edges) {
      expect(nodeIds).toContain(edge.data.source);
      expect(nodeIds).toContain(edge.data.target);
      expect(edge.data.weight).toBe(edge.data.events.length);
    }
  });

  it("timelinejs: one slide per dated event, dates only as precise as known", async () => {
    const doc = JSON.parse(await exported("timelinejs")) as { title: unknown; events: { unique_id: string; start_date: Record<string, number>; group: string; text: { headline: string; text: string } }[] };
    expect(doc.title).toBeDefined();
    expect(doc.events).toHaveLength(4);
    const byGroup = Object.fromEntries(doc.events.map((event) => [event.group, event]));
    expect(byGroup.CALL!.start_date).toEqual({ year: 2030, month: 4, day: 2 });
    expect(byGroup.VISIT!.start_date).toEqual({ year: 2030, month: 6 });
    expect(byGroup.AGREEMENT!.start_date).toEqual({ year: 2027 });
    expect(byGroup.VISIT!.text.text).toContain("planned");
    expect(byGroup.VISIT!.text.text).toContain("&lt;Guild&gt;");
    expect(byGroup.CALL!.text.text).toMatch(/<blockquote>Irena .* spoke by phone/);
    expect(byGroup.CALL!.text.text).toContain(`href="https://news.example/${cast.tag}/call"`);
    for (const event of doc.events) expect(event.unique_id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("csv-dyads: a row per pair with counts per type, RFC 4180 quoting", async () => {
    const text = await exported("csv-dyads");
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = text.trimEnd().split("\r\n");
    const columns = header!.split(",");
    expect(columns.slice(0, 7)).toEqual(["source", "source_name", "source_kind", "target", "target_name", "target_kind", "events"]);
    expect(columns).toEqual(expect.arrayContaining(["call", "meeting", "visit", "agreement", "first_date", "last_date", "event_ids"]));
    // Pairs: Irena–Tomas (call, visit), Lena–Tomas (meeting), guild–Irena, guild–Tomas (visit), Norway–Finland (treaty),
    // and by the country rule Norway–Tomas (the meeting: Lena is Norway's foreign minister, so Lena–Norway is no pair).
    expect(rows).toHaveLength(6);
    const top = rows[0]!.split(",");
    const cell = (row: string[], name: string) => row[columns.indexOf(name)];
    expect(cell(top, "events")).toBe("2");
    expect(cell(top, "call")).toBe("1");
    expect(cell(top, "visit")).toBe("1");
    expect(cell(top, "first_date")).toBe("2030-04-02");
    expect(cell(top, "last_date")).toBe("2030-06");
    expect(text).toContain(`"Ferry & ""Fjord"", <Guild> ${cast.tag}"`);
  });

  it("jsonl: every line a JSON record; events carry participants and evidence", async () => {
    const lines = (await exported("jsonl")).trimEnd().split("\n").map((line) => JSON.parse(line) as { record: string; id?: string; participants?: unknown[]; evidence?: { quote: string }[] });
    const count = (record: string) => lines.filter((line) => line.record === record).length;
    expect(count("article")).toBe(2);
    expect(count("event")).toBe(4);
    expect(count("tenure")).toBe(1);
    expect(count("entity")).toBe(new Set([...first.graph.entities, ...second.graph.entities].map((entity) => entity.id)).size);
    const call = lines.find((line) => line.id === first.ids.call)!;
    expect(call.participants).toHaveLength(2);
    expect(call.evidence![0]!.quote).toContain("spoke by phone");
  });

  it("writes to stdout without --out", async () => {
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      await run(["export", "--format", "jsonl", "--db", dbPath]);
    } finally {
      process.stdout.write = write;
    }
    expect(chunks.join("").split("\n").filter(Boolean).length).toBeGreaterThan(10);
  });

  it("rejects an unknown format and a database file that does not exist (without creating it)", async () => {
    await expect(run(["export", "--format", "gexf", "--db", dbPath])).rejects.toThrow(/Allowed choices are graphml, cytoscape, timelinejs, csv-dyads, jsonl/);
    const missing = join(dir, "missing.db");
    await expect(run(["export", "--format", "graphml", "--db", missing])).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining(`no database at ${missing}`) });
    expect(existsSync(missing)).toBe(false);
    expect(EXPORT_FORMATS).toHaveLength(5);
  });
});

describe("parley export --format csv-dyads, names a spreadsheet would run", () => {
  it("writes an entity named =HYPERLINK(\"x\") as text: a leading quote, RFC 4180 quoting", async () => {
    const formulaDb = join(dir, "formulas.db");
    const store = await openSqliteStore({ path: formulaDb });
    await store.ingestArticle(formulaArticle().graph);
    await store.close();
    const out = join(dir, "formulas.csv");
    await run(["export", "--format", "csv-dyads", "--db", formulaDb, "--out", out]);
    const text = readFileSync(out, "utf8");
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const names = rows.flatMap((row) => [row.source_name!, row.target_name!]);
    expect(names).toContain(`'=HYPERLINK("x")`);
    // No cell starts with what a spreadsheet reads as a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("parley stats", () => {
  it("prints the counts of the store", async () => {
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      await run(["stats", "--db", dbPath]);
      await run(["stats", "--db", dbPath, "--json"]);
    } finally {
      process.stdout.write = write;
    }
    const [text, json] = chunks;
    expect(text).toMatch(/^articles +2$/m);
    expect(text).toMatch(/^events +4$/m);
    expect(text).toMatch(/^ {2}call +1$/m);
    expect(text).toMatch(/^ {2}organization +1$/m);
    expect(JSON.parse(json!)).toMatchObject({ articles: 2, tenures: 1, eventsByType: { CALL: 1, MEETING: 1, VISIT: 1, AGREEMENT: 1 } });
  });

  it("formats every kind and type, zero included", () => {
    const text = formatStats({ articles: 0, tenures: 0, entitiesByKind: { PERSON: 0, OFFICE: 0, COUNTRY: 0, ORGANIZATION: 0, PLACE: 0 }, eventsByType: { CALL: 3, MILITARY_ACTION: 1 } as never });
    expect(text).toMatch(/^ {2}military action +1$/m);
    expect(text).toMatch(/^events +4$/m);
  });
});

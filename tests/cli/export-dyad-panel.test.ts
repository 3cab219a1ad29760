import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCommand } from "../../src/cli/commands/export.js";
import { dyadPanelCsv } from "../../src/export/index.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ArticleGraphBuilder, newTag } from "../fixtures/article-graphs.js";

/**
 * `parley export --format dyad-panel` on an invented story: a Danish and a Swedish minister (in
 * office from 2019 and 2018) call and meet in February 2020, the second time with a council whose
 * name a spreadsheet would run as a formula; Denmark and Iceland sign a pact dated only to 2021;
 * Sweden and Iceland exchange statements in June 2022.
 */
function northernStory() {
  const tag = newTag();
  const g = new ArticleGraphBuilder({ title: `Nordic ministers compare notes (${tag})`, publishedAt: "2022-07-01", source: "Panel Post" });
  const dnk = g.country("DNK", "Denmark");
  const swe = g.country("SWE", "Sweden");
  const isl = g.country("ISL", "Iceland");
  const lund = g.person(`Ane Lund${tag}`, { aliases: [`Lund${tag}`], countryId: dnk });
  const vik = g.person(`Sten Vik${tag}`, { aliases: [`Vik${tag}`], countryId: swe });
  const council = g.organization(`=SUM(1,2) Council ${tag}`);
  const dkMinister = g.office("DNK", `Minister of Fisheries ${tag}`);
  const seMinister = g.office("SWE", `Minister of Forests ${tag}`);
  const s0 = g.say(`Ane Lund${tag} has been Denmark's Minister of Fisheries ${tag} since 2019.`, lund, dnk, dkMinister);
  const s1 = g.say(`Sten Vik${tag} took over as Sweden's Minister of Forests ${tag} in 2018.`, vik, swe, seMinister);
  g.tenure({ personId: lund, officeId: dkMinister, from: "2019", sentences: [s0] });
  g.tenure({ personId: vik, officeId: seMinister, from: "2018", sentences: [s1] });
  const s2 = g.say(`Lund${tag} called Vik${tag} on 5 February 2020.`, lund, vik);
  const s3 = g.say(`On 20 February 2020 Lund${tag} and Vik${tag} met the =SUM(1,2) Council ${tag} in Malmo.`, lund, vik, council);
  const s4 = g.say(`Denmark and Iceland agreed a fishing pact in 2021.`, dnk, isl);
  const s5 = g.say(`Iceland replied on 1 June 2022 to a statement from Sweden.`, isl, swe);
  const call = g.event({ type: "CALL", date: "2020-02-05", participants: [lund, vik], summary: `Lund${tag} calls Vik${tag}`, sentences: [s2] });
  const meeting = g.event({ type: "MEETING", date: "2020-02-20", participants: [lund, vik, council], summary: `Lund${tag} and Vik${tag} meet the council`, sentences: [s3] });
  const pact = g.event({ type: "AGREEMENT", date: "2021", participants: [dnk, isl], summary: "Denmark and Iceland agree a fishing pact", sentences: [s4] });
  const statement = g.event({ type: "STATEMENT", date: "2022-06-01", participants: [isl, swe], summary: "Iceland answers Sweden", sentences: [s5] });
  return { graph: g.build(), ids: { dnk, swe, isl, lund, vik, council, call, meeting, pact, statement } };
}

const dir = mkdtempSync(join(tmpdir(), "parley-export-panel-"));
const dbPath = join(dir, "parley.db");
const { graph, ids } = northernStory();
const TYPE_COLUMNS = ["call", "meeting", "visit", "summit", "negotiation", "agreement", "statement", "military_action", "annexation", "other"];

async function run(args: string[]): Promise<void> {
  const program = new Command("parley").exitOverride().addCommand(exportCommand().exitOverride());
  await program.parseAsync(args, { from: "user" });
}

let outputs = 0;
/** Runs the export to a fresh file and returns its text. */
async function panel(...args: string[]): Promise<string> {
  const out = join(dir, `panel-${(outputs += 1)}.csv`);
  await run(["export", "--format", "dyad-panel", "--db", dbPath, "--out", out, ...args]);
  return readFileSync(out, "utf8");
}

const records = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  const store = await openSqliteStore({ path: dbPath });
  await store.ingestArticle(graph);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley export --format dyad-panel", () => {
  it("writes one dyad's panel as CSV: a row per year from --from to --to, zeros included, ISO codes, a column per type, total and event ids", async () => {
    const text = await panel("--a", ids.swe, "--b", ids.dnk, "--interval", "year", "--from", "2019", "--to", "2022");
    const [header] = text.split("\r\n");
    expect(header).toBe(["period_start", "period", "a", "b", "a_iso3", "b_iso3", "a_name", "b_name", ...TYPE_COLUMNS, "total", "event_ids"].join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = records(text);
    expect(rows.map((row) => [row.period_start, row.period, row.total])).toEqual([
      ["2019-01-01", "2019", "0"],
      ["2020-01-01", "2020", "2"],
      ["2021-01-01", "2021", "0"],
      ["2022-01-01", "2022", "0"],
    ]);
    expect(rows[1]).toMatchObject({ a: ids.swe, b: ids.dnk, a_iso3: "SWE", b_iso3: "DNK", a_name: "Sweden", b_name: "Denmark", call: "1", meeting: "1", agreement: "0", event_ids: `${ids.call} ${ids.meeting}` });
    expect(rows[0]).toMatchObject({ call: "0", meeting: "0", event_ids: "" });
  });

  it("by month, with only the types asked for", async () => {
    const rows = records(await panel("--a", ids.dnk, "--b", ids.swe, "--interval", "month", "--from", "2020-01", "--to", "2020-03", "--types", "meeting,CALL"));
    expect(Object.keys(rows[0]!)).toEqual(["period_start", "period", "a", "b", "a_iso3", "b_iso3", "a_name", "b_name", "call", "meeting", "total", "event_ids"]);
    expect(rows.map((row) => [row.period_start, row.period, row.call, row.meeting, row.total])).toEqual([
      ["2020-01-01", "2020-01", "0", "0", "0"],
      ["2020-02-01", "2020-02", "1", "1", "2"],
      ["2020-03-01", "2020-03", "0", "0", "0"],
    ]);
  });

  it("--countries-only: every country pair with a contact, by id, each over the same years, zeros included", async () => {
    const rows = records(await panel("--countries-only", "--from", "2020", "--to", "2022"));
    expect(rows.map((row) => `${row.a_iso3}-${row.b_iso3} ${row.period}:${row.total}`)).toEqual([
      "DNK-ISL 2020:0",
      "DNK-ISL 2021:1",
      "DNK-ISL 2022:0",
      "DNK-SWE 2020:2",
      "DNK-SWE 2021:0",
      "DNK-SWE 2022:0",
      "ISL-SWE 2020:0",
      "ISL-SWE 2021:0",
      "ISL-SWE 2022:1",
    ]);
    expect(rows[1]).toMatchObject({ a: ids.dnk, b: ids.isl, agreement: "1", event_ids: ids.pact });
    expect(rows[8]).toMatchObject({ statement: "1", event_ids: ids.statement });
    // Without bounds: from the first to the last year any pair has a contact.
    const spanned = records(await panel("--countries-only"));
    expect([...new Set(spanned.map((row) => row.period))]).toEqual(["2020", "2021", "2022"]);
    expect(spanned).toHaveLength(9);
  });

  it("escapes a name a spreadsheet would run, as csv-dyads does", async () => {
    const text = await panel("--a", ids.lund, "--b", ids.council);
    const rows = records(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ period: "2020", a_iso3: "", b_iso3: "", b_name: `'${graph.entities.find((e) => e.id === ids.council)!.name}`, meeting: "1", total: "1" });
    expect(text).toContain(`"'=SUM(1,2) Council`);
  });

  it("writes country pairs as it reads them: the first pair's rows come before the later pairs are read", async () => {
    const store = await openSqliteStore({ path: dbPath });
    try {
      let findEventsCalls = 0;
      const counting = new Proxy(store, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver) as unknown;
          if (property === "findEvents") return (...args: Parameters<GraphStore["findEvents"]>) => ((findEventsCalls += 1), target.findEvents(...args));
          return typeof value === "function" ? value.bind(target) : value;
        },
      }) as GraphStore;
      const pieces = dyadPanelCsv(counting, { dyad: "COUNTRY_PAIRS", interval: "YEAR", from: "2020", to: "2022" });
      expect((await pieces.next()).value).toMatch(/^period_start,/);
      expect((await pieces.next()).value).toContain(`${ids.dnk},${ids.isl}`);
      expect(findEventsCalls).toBe(1);
      let rest = "";
      for await (const piece of pieces) rest += piece;
      expect(findEventsCalls).toBe(3);
      expect(rest).toContain(`${ids.isl},${ids.swe}`);
    } finally {
      await store.close();
    }
  });

  it("refuses missing or mixed dyad options, bad periods and panel options on other formats (BAD_USER_INPUT, exit 2), before anything is written", async () => {
    const out = join(dir, "refused.csv");
    const refused = (...args: string[]) => run(["export", "--db", dbPath, "--out", out, ...args]);
    await expect(refused("--format", "dyad-panel", "--a", ids.dnk)).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("needs --a ID and --b ID") });
    await expect(refused("--format", "dyad-panel", "--a", ids.dnk, "--b", ids.swe, "--countries-only")).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    await expect(refused("--format", "dyad-panel", "--countries-only", "--from", "2022", "--to", "2020")).rejects.toMatchObject({ message: "from 2022 is after to 2020; a panel runs forward in time" });
    await expect(refused("--format", "dyad-panel", "--countries-only", "--interval", "week")).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("--interval is year or month") });
    await expect(refused("--format", "dyad-panel", "--countries-only", "--types", "CALL,PICNIC")).rejects.toMatchObject({ message: expect.stringContaining("PICNIC is no event type") });
    await expect(refused("--format", "graphml", "--a", ids.dnk, "--countries-only")).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: "--a, --countries-only apply only to --format dyad-panel" });
    expect(existsSync(out)).toBe(false);
    // An id the store does not hold: named, and the output file is removed.
    await expect(refused("--format", "dyad-panel", "--a", ids.dnk, "--b", "country:ZZZ")).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: '--b: no entity with id "country:ZZZ"' });
    expect(existsSync(out)).toBe(false);
  });
});

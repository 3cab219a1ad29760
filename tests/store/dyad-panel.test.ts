import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadInputError, NotFoundError, type EventType } from "../../src/domain/index.js";
import { countryPairPanels, dyadPanel, MAX_PANEL_PERIODS, type DyadPanel, type DyadPanelRow } from "../../src/store/dyad-panel.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openNeo4jStore } from "../../src/store/neo4j/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ArticleGraphBuilder, newTag } from "../fixtures/article-graphs.js";
import { NEO4J_SKIP_REASON, NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, STORES_UNDER_TEST, takeNeo4jTurn } from "../helpers/neo4j-under-test.js";

/**
 * Dyad panels read through the GraphStore port, on every store under test. The story is invented
 * for this test: a Norwegian and a Finnish minister (Holt, in office from 2016; Berg, from 2015)
 * call and meet, the two countries sign a pact dated only to the year, Norway and Estonia exchange
 * statements, and a visit that began in 2014 runs into 2015.
 */

if (!NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

function story() {
  const tag = newTag();
  const g = new ArticleGraphBuilder({ title: `Northern ministers keep talking (${tag})`, publishedAt: "2020-01-15", source: "Panel Desk" });
  const nor = g.country("NOR", "Norway");
  const fin = g.country("FIN", "Finland");
  const est = g.country("EST", "Estonia");
  const holt = g.person(`Runa Holt${tag}`, { aliases: [`Holt${tag}`], countryId: nor });
  const berg = g.person(`Ivo Berg${tag}`, { aliases: [`Berg${tag}`], countryId: fin });
  const norMinister = g.office("NOR", `Minister of Sea Lanes ${tag}`);
  const finMinister = g.office("FIN", `Minister of Ports ${tag}`);
  const s0 = g.say(`Runa Holt${tag} became Minister of Sea Lanes ${tag} of Norway in 2016.`, holt, norMinister, nor);
  const s1 = g.say(`Ivo Berg${tag} has been Finland's Minister of Ports ${tag} since 2015.`, berg, fin, finMinister);
  g.tenure({ personId: holt, officeId: norMinister, from: "2016", sentences: [s0] });
  g.tenure({ personId: berg, officeId: finMinister, from: "2015", sentences: [s1] });
  const s2 = g.say(`Holt${tag} and Berg${tag} first sat down together on 2 June 2015, before she took office.`, holt, berg);
  const s3 = g.say(`Holt${tag} rang Berg${tag} on 10 March 2016 and again on 20 March 2016.`, holt, berg);
  const s4 = g.say(`The two ministers met in November 2016 on a ferry between Helsinki and Oslo, Holt${tag} said.`, holt);
  const s5 = g.say(`Norway and Finland signed a pact on shared sea lanes in 2018.`, nor, fin);
  const s6 = g.say(`A Norwegian delegation toured Finland from 30 December 2014 to 2 January 2015, Norway said.`, fin, nor);
  const s7 = g.say(`Norway and Finland plan to meet again at some point.`, nor, fin);
  const s8 = g.say(`Estonia answered a statement from Norway on 1 February 2019.`, est, nor);
  const early = g.event({ type: "MEETING", date: "2015-06-02", participants: [holt, berg], summary: `Holt${tag} and Berg${tag} meet before her term`, sentences: [s2] });
  const firstCall = g.event({ type: "CALL", date: "2016-03-10", participants: [holt, berg], summary: `Holt${tag} calls Berg${tag}`, sentences: [s3] });
  const secondCall = g.event({ type: "CALL", date: "2016-03-20", participants: [holt, berg], summary: `Holt${tag} calls Berg${tag} again`, sentences: [s3] });
  const ferry = g.event({ type: "MEETING", date: "2016-11", participants: [holt, berg], summary: `Holt${tag} and Berg${tag} meet on a ferry`, sentences: [s3, s4] });
  const pact = g.event({ type: "AGREEMENT", date: "2018", participants: [nor, fin], summary: "Norway and Finland sign a sea-lane pact", sentences: [s5] });
  const tour = g.event({
    type: "VISIT",
    date: { value: "2014-12-30", precision: "DAY", end: "2015-01-02" },
    participants: [{ entityId: nor, role: "VISITOR" }, { entityId: fin, role: "HOST" }],
    summary: "A Norwegian delegation tours Finland",
    sentences: [s6],
  });
  const undated = g.event({ type: "MEETING", status: "PLANNED", participants: [nor, fin], summary: "Norway and Finland plan to meet", sentences: [s7] });
  const statement = g.event({ type: "STATEMENT", date: "2019-02-01", participants: [est, nor], summary: "Estonia answers Norway", sentences: [s8] });
  return { graph: g.build(), ids: { nor, fin, est, holt, berg, early, firstCall, secondCall, ferry, pact, tour, undated, statement } };
}

/** A row as `{ period: { TYPE: count } total ids }`, zero counts left out, for compact expectations. */
function compact(row: DyadPanelRow) {
  const counts = Object.fromEntries(row.counts.filter((c) => c.count > 0).map((c) => [c.type, c.count]));
  return { period: row.period, periodStart: row.periodStart, counts, total: row.total, eventIds: row.eventIds };
}

describe.each(STORES_UNDER_TEST)("dyad panels on %s", (kind) => {
  let store: GraphStore;
  let release: () => Promise<void> = async () => undefined;
  let scratch: string | undefined;
  const { graph, ids } = story();

  beforeAll(async () => {
    if (kind === "neo4j") {
      const turn = await takeNeo4jTurn();
      release = turn.release;
      store = await openNeo4jStore(turn.options);
    } else {
      scratch = mkdtempSync(join(tmpdir(), "parley-dyad-panel-"));
      store = await openSqliteStore({ path: join(scratch, "parley.db") });
    }
    await store.ingestArticle(graph);
  }, NEO4J_TURN_TIMEOUT_MS);
  afterAll(async () => {
    await store?.close();
    await release();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("gives one row per year from `from` to `to`, zeros included, oldest first, with counts per type and the event ids", async () => {
    const panel = await dyadPanel(store, { a: ids.nor, b: ids.fin, interval: "YEAR", from: "2015", to: "2019" });
    expect(panel.a.id).toBe(ids.nor);
    expect(panel.b.id).toBe(ids.fin);
    expect(panel.rows.map(compact)).toEqual([
      // The June 2015 meeting predates Holt's office, so Norway is no party to it; the tour began in 2014.
      { period: "2015", periodStart: "2015-01-01", counts: {}, total: 0, eventIds: [] },
      { period: "2016", periodStart: "2016-01-01", counts: { CALL: 2, MEETING: 1 }, total: 3, eventIds: [ids.firstCall, ids.secondCall, ids.ferry] },
      { period: "2017", periodStart: "2017-01-01", counts: {}, total: 0, eventIds: [] },
      { period: "2018", periodStart: "2018-01-01", counts: { AGREEMENT: 1 }, total: 1, eventIds: [ids.pact] },
      { period: "2019", periodStart: "2019-01-01", counts: {}, total: 0, eventIds: [] },
    ]);
    // Every row lists every type, zeros included, in taxonomy order.
    expect(panel.rows[0]!.counts.map((c) => c.type)).toEqual(panel.types);
    expect(panel.types).toHaveLength(10);
  });

  it("counts what contactCounts counts for the same dyad and periods", async () => {
    const panel = await dyadPanel(store, { a: ids.fin, b: ids.nor, interval: "YEAR", from: "2015", to: "2019" });
    const counts = await store.contactCounts({ a: ids.fin, b: ids.nor, interval: "YEAR", from: "2015", to: "2019" });
    const inRange = counts.filter((c) => c.period >= "2015" && c.period <= "2019");
    expect(panel.rows.filter((row) => row.total > 0).map((row) => [row.period, row.total])).toEqual(
      inRange.map((c) => [c.period, c.count]).sort(([x], [y]) => String(x).localeCompare(String(y))),
    );
  });

  it("by month: twelve rows a year; events dated only to the year are left out, as in contactCounts", async () => {
    const panel = await dyadPanel(store, { a: ids.nor, b: ids.fin, interval: "MONTH", from: "2016", to: "2018" });
    expect(panel.rows).toHaveLength(36);
    expect(panel.rows[0]!.period).toBe("2016-01");
    expect(panel.rows[0]!.periodStart).toBe("2016-01-01");
    expect(panel.rows.at(-1)!.period).toBe("2018-12");
    expect(panel.rows.filter((row) => row.total > 0).map(compact)).toEqual([
      { period: "2016-03", periodStart: "2016-03-01", counts: { CALL: 2 }, total: 2, eventIds: [ids.firstCall, ids.secondCall] },
      { period: "2016-11", periodStart: "2016-11-01", counts: { MEETING: 1 }, total: 1, eventIds: [ids.ferry] },
    ]);
    const months = await dyadPanel(store, { a: ids.nor, b: ids.fin, interval: "MONTH", from: "2016-03", to: "2016-04" });
    expect(months.rows.map((row) => [row.period, row.total])).toEqual([["2016-03", 2], ["2016-04", 0]]);
  });

  it("counts only the types asked for, listed in taxonomy order", async () => {
    const types: EventType[] = ["MEETING", "CALL", "MEETING"];
    const panel = await dyadPanel(store, { a: ids.nor, b: ids.fin, interval: "YEAR", from: "2016", to: "2018", types });
    expect(panel.types).toEqual(["CALL", "MEETING"]);
    expect(panel.rows.map((row) => [row.period, row.counts.map((c) => `${c.type}=${c.count}`), row.total])).toEqual([
      ["2016", ["CALL=2", "MEETING=1"], 3],
      ["2017", ["CALL=0", "MEETING=0"], 0],
      ["2018", ["CALL=0", "MEETING=0"], 0],
    ]);
  });

  it("a person with a country counts the country through its office holders; two people count what they share", async () => {
    const personCountry = await dyadPanel(store, { a: ids.holt, b: ids.fin, interval: "YEAR", from: "2015", to: "2016" });
    expect(personCountry.rows.map(compact)).toEqual([
      { period: "2015", periodStart: "2015-01-01", counts: { MEETING: 1 }, total: 1, eventIds: [ids.early] },
      { period: "2016", periodStart: "2016-01-01", counts: { CALL: 2, MEETING: 1 }, total: 3, eventIds: [ids.firstCall, ids.secondCall, ids.ferry] },
    ]);
    // Without bounds: from the first to the last period with a contact.
    const people = await dyadPanel(store, { a: ids.berg, b: ids.holt, interval: "YEAR" });
    expect(people.rows.map((row) => [row.period, row.total])).toEqual([["2015", 1], ["2016", 3]]);
    const fromOnly = await dyadPanel(store, { a: ids.berg, b: ids.holt, interval: "YEAR", from: "2016" });
    expect(fromOnly.rows.map((row) => [row.period, row.total])).toEqual([["2016", 3]]);
    const toOnly = await dyadPanel(store, { a: ids.berg, b: ids.holt, interval: "YEAR", to: "2017" });
    expect(toOnly.rows.map((row) => [row.period, row.total])).toEqual([["2015", 1], ["2016", 3], ["2017", 0]]);
  });

  it("a dyad with no contact gives zeros for the periods asked, and no rows when none are asked", async () => {
    const zeros = await dyadPanel(store, { a: ids.est, b: ids.fin, interval: "YEAR", from: "2015", to: "2025" });
    expect(zeros.rows).toHaveLength(11);
    expect(zeros.rows.every((row) => row.total === 0 && row.eventIds.length === 0)).toBe(true);
    expect((await dyadPanel(store, { a: ids.est, b: ids.fin, interval: "YEAR" })).rows).toEqual([]);
  });

  it("refuses unknown ids (NOT_FOUND), ids that are no dyad side, a = b, reversed or malformed bounds and too many periods (BAD_USER_INPUT)", async () => {
    const panel = (query: Partial<Parameters<typeof dyadPanel>[1]>) => dyadPanel(store, { a: ids.nor, b: ids.fin, interval: "YEAR", ...query });
    await expect(panel({ b: "country:ZZZ" })).rejects.toThrow(NotFoundError);
    await expect(panel({ b: "country:ZZZ" })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("country:ZZZ") });
    await expect(panel({ a: "Runa Holt" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("not a Parley id") });
    await expect(panel({ a: ids.pact })).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("kind EVENT") });
    await expect(panel({ b: ids.nor })).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("same entity") });
    await expect(panel({ from: "2020", to: "2015" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: "from 2020 is after to 2015; a panel runs forward in time" });
    await expect(panel({ from: "2015-03" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("give a year") });
    await expect(panel({ from: "15" })).rejects.toThrow(BadInputError);
    await expect(panel({ interval: "MONTH", to: "2015-13" })).rejects.toThrow(BadInputError);
    await expect(panel({ from: "1000", to: "2500" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining(`at most ${MAX_PANEL_PERIODS} periods`) });
    await expect(panel({ interval: "MONTH", from: "1900", to: "2000" })).rejects.toMatchObject({ message: expect.stringContaining("1212 months") });
    // 100 years by month is the cap, and allowed.
    expect((await panel({ interval: "MONTH", from: "1921", to: "2020" })).rows).toHaveLength(MAX_PANEL_PERIODS);
  });

  it("country pairs: every pair with a contact, by id, each over the same periods", async () => {
    const all: DyadPanel[] = [];
    for await (const pair of countryPairPanels(store, { interval: "YEAR", from: "2015", to: "2019" })) all.push(pair);
    expect(all.map((pair) => [pair.a.id, pair.b.id])).toEqual([[ids.est, ids.nor], [ids.fin, ids.nor]]);
    expect(all.map((pair) => pair.rows.map((row) => row.total))).toEqual([
      [0, 0, 0, 0, 1],
      [0, 3, 0, 1, 0],
    ]);
    expect(all[0]!.rows[4]!.eventIds).toEqual([ids.statement]);
    // Without bounds the panel spans every pair's contacts: the tour that began in 2014 to the 2019 statement.
    const spanned: DyadPanel[] = [];
    for await (const pair of countryPairPanels(store, { interval: "YEAR" })) spanned.push(pair);
    expect(spanned.map((pair) => pair.rows.map((row) => `${row.period}:${row.total}`))).toEqual([
      ["2014:0", "2015:0", "2016:0", "2017:0", "2018:0", "2019:1"],
      ["2014:1", "2015:0", "2016:3", "2017:0", "2018:1", "2019:0"],
    ]);
    // A period with no country contact at all yields no pair.
    const none: DyadPanel[] = [];
    for await (const pair of countryPairPanels(store, { interval: "YEAR", from: "2021", to: "2022" })) none.push(pair);
    expect(none).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleGraphBuilder } from "../fixtures/article-graphs.js";
import { buildDiplomacyGraphs } from "../helpers/diplomacy-graphs.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

/** Research and timeline queries over the real server (Apollo + sqlite), on the hand-built February 2025 graphs. */
describe("research and timeline queries", () => {
  let t: TestServer;
  const { graphs, ids } = buildDiplomacyGraphs();
  beforeAll(async () => {
    t = await startTestServer({ graphs });
  });
  afterAll(async () => {
    await t.dispose();
  });

  async function ok(query: string, variables?: Record<string, unknown>) {
    const { data, errors } = await t.run(query, variables);
    expect(errors).toBeUndefined();
    return data!;
  }

  it("contactCounts counts a dyad of countries through their office holders, per year and month", async () => {
    const q = `query($a: ID!, $b: ID, $i: Interval) { contactCounts(a: $a, b: $b, interval: $i) { counterpart { id } period count } }`;
    // Trump's tenure began 2025-01-20: the 2018 summit does not count for the USA; Lavrov holds no office here.
    expect((await ok(q, { a: ids.usa, b: ids.russia })).contactCounts).toEqual([{ counterpart: { id: ids.russia }, period: "2025", count: 1 }]);
    expect((await ok(q, { a: ids.usa, b: ids.russia, i: "MONTH" })).contactCounts).toEqual([{ counterpart: { id: ids.russia }, period: "2025-02", count: 1 }]);
    expect((await ok(q, { a: ids.trump, b: ids.putin })).contactCounts).toEqual([
      { counterpart: { id: ids.putin }, period: "2018", count: 1 },
      { counterpart: { id: ids.putin }, period: "2025", count: 1 },
    ]);
    const all = (await ok(q, { a: ids.trump })).contactCounts as { counterpart: { id: string }; period: string; count: number }[];
    expect(all[0]).toEqual({ counterpart: { id: ids.russia }, period: "2018", count: 1 });
    expect(all.map((c) => c.count)).toEqual([...all.map((c) => c.count)].sort((x, y) => y - x));
    expect(all.map((c) => c.counterpart.id)).toContain(ids.zelenskyy);
    expect(all.map((c) => c.counterpart.id)).toContain(ids.ukraine);
    // Trump stands for the USA: his own country is no counterpart of his.
    expect(all.map((c) => c.counterpart.id)).not.toContain(ids.usa);
  });

  it("officeHolders answers who held an office, optionally at a date, flagging undated tenures", async () => {
    const q = `query($o: ID!, $at: String) { officeHolders(office: $o, at: $at) { undated tenure { person { id } from { value } } } }`;
    expect((await ok(q, { o: ids.usPresident, at: "2025-03" })).officeHolders).toEqual([{ undated: false, tenure: { person: { id: ids.trump }, from: { value: "2025-01-20" } } }]);
    expect((await ok(q, { o: ids.usPresident, at: "2024" })).officeHolders).toEqual([]);
    expect((await ok(q, { o: ids.usPresident })).officeHolders).toHaveLength(1);
    const { errors } = await t.run(q, { o: ids.trump });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("path returns the entities and linking events of a shortest connection, null when none", async () => {
    const q = `query($f: ID!, $to: ID!, $m: Int) { path(from: $f, to: $to, maxHops: $m) { hops nodes { id } events { id } } }`;
    expect((await ok(q, { f: ids.vance, to: ids.putin })).path).toEqual({
      hops: 3,
      nodes: [{ id: ids.vance }, { id: ids.zelenskyy }, { id: ids.trump }, { id: ids.putin }],
      events: [{ id: ids.munichMeeting }, { id: ids.trumpZelenskyyCall }, expect.objectContaining({ id: expect.any(String) })],
    });
    expect((await ok(q, { f: ids.vance, to: ids.putin, m: 2 })).path).toBeNull();
    expect((await ok(q, { f: ids.rubio, to: ids.putin })).path).toBeNull();
    const { errors } = await t.run(q, { f: ids.vance, to: ids.putin, m: 7 });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("neighborhood returns Cytoscape elements weighted by shared events", async () => {
    const data = await ok(`query($id: ID!) { neighborhood(id: $id) { nodes { data { id label kind } } edges { data { id source target weight } } } }`, { id: ids.trump });
    expect(data.neighborhood.nodes[0]).toEqual({ data: { id: ids.trump, label: "Donald Trump", kind: "PERSON" } });
    expect(data.neighborhood.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual([ids.trump, ids.putin, ids.zelenskyy].sort());
    const weights = Object.fromEntries(data.neighborhood.edges.map((e: { data: { source: string; target: string; weight: number } }) => [[e.data.source, e.data.target].sort().join(" "), e.data.weight]));
    expect(weights).toEqual({ [[ids.trump, ids.putin].sort().join(" ")]: 3, [[ids.trump, ids.zelenskyy].sort().join(" ")]: 1 });
    const wide = await ok(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 3) { nodes { data { id } } } }`, { id: ids.trump });
    expect(wide.neighborhood.nodes).toHaveLength(3);
    const { errors } = await t.run(`{ neighborhood(id: "person:x", depth: 3) { nodes { data { id } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("events filters by countries (directly or through offices) and by source, and orders SOURCES_DESC with working cursors", async () => {
    const q = `query($f: EventFilter, $o: EventOrder, $first: Int!, $after: String) {
      events(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id sourceCount } } } }`;
    const ukr = (await ok(q, { f: { countries: [ids.ukraine] }, first: 20 })).events;
    expect(ukr.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.crimea, ids.trumpZelenskyyCall, ids.munichMeeting]);
    expect(ukr.totalCount).toBe(3);
    const wire = (await ok(q, { f: { source: "Parley test wire" }, first: 20 })).events;
    expect(wire.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([ids.trumpPutinCall, ids.trumpZelenskyyCall].sort());
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i += 1) {
      const page = (await ok(q, { o: "SOURCES_DESC", first: 3, ...(after ? { after } : {}) })).events;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(page.totalCount).toBe(8);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen[0]).toBe(ids.trumpPutinCall);
    expect(new Set(seen).size).toBe(8);
    expect(seen.at(-1)).toBe(ids.plannedMeeting);
  });

  it("timelineJS returns the timeline's events as a TimelineJS3 document, keeping date precision", async () => {
    const data = await ok(`{ timelineJS { events { unique_id group start_date { year month day } end_date { year } text { headline text } } } }`);
    const events = data.timelineJS.events as { unique_id: string; start_date: unknown }[];
    expect(events).toHaveLength(7);
    expect(events.find((e) => e.unique_id === ids.crimea)!.start_date).toEqual({ year: 2014, month: null, day: null });
    expect(events.find((e) => e.unique_id === ids.helsinkiSummit)!.start_date).toEqual({ year: 2018, month: 7, day: null });
    expect(events.find((e) => e.unique_id === ids.trumpPutinCall)).toMatchObject({ group: "CALL", start_date: { year: 2025, month: 2, day: 12 } });
    const filtered = await ok(`{ timelineJS(filter: { types: [ANNEXATION] }) { events { unique_id } } }`);
    expect(filtered.timelineJS.events).toEqual([{ unique_id: ids.crimea }]);
  });

  it("search is ranked, prefix and phrase aware, filters by kind and treats query syntax as words", async () => {
    const q = `query($q: String!, $k: [NodeKind!], $n: Int) { search(query: $q, kinds: $k, first: $n) { id kind score } }`;
    const prefix = (await ok(q, { q: "Zelen" })).search as { id: string; kind: string; score: number }[];
    expect(prefix[0]!.id).toBe(ids.zelenskyy);
    for (let i = 1; i < prefix.length; i += 1) expect(prefix[i - 1]!.score).toBeGreaterThanOrEqual(prefix[i]!.score);
    const people = (await ok(q, { q: "Putin", k: ["PERSON"] })).search as { kind: string }[];
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((hit) => hit.kind === "PERSON")).toBe(true);
    const events = (await ok(q, { q: "Putin", k: ["EVENT"] })).search as { kind: string }[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((hit) => hit.kind === "EVENT")).toBe(true);
    expect((await ok(q, { q: '"speak Putin"' })).search).toEqual([]);
    expect(((await ok(q, { q: '"Vladimir Putin speak"' })).search as { id: string }[]).map((h) => h.id)).toContain(ids.trumpPutinCall);
    for (const nasty of ['") OR 1=1 --', "NEAR(a b)", "*", "Putin'; DROP TABLE events; --", 'title:"x']) {
      const { errors } = await t.run(q, { q: nasty });
      expect(errors).toBeUndefined();
    }
    expect((await ok(q, { q: "Putin", n: 1 })).search).toHaveLength(1);
  });
});

/** path's options over the real server: through which kinds of entity, and within which period. */
describe("path through people by default, through other kinds and within a period when asked", () => {
  let t: TestServer;
  const g = new ArticleGraphBuilder({ title: "Routes through a country", publishedAt: "2031-06-01", source: "Example News" });
  const [ada, bo, cy, dov] = ["Ada Quill", "Bo Reeve", "Cy Sloan", "Dov Tarn"].map((name) => g.person(name));
  const atlantis = g.country("ATL", "Atlantis");
  const s = g.say("Ada Quill, Bo Reeve, Cy Sloan and Dov Tarn met, and Atlantis hosted two of them.", ada!, bo!, cy!, dov!, atlantis);
  const meet = (participants: string[], date: string) => g.event({ type: "MEETING", date, participants, summary: `meeting ${date}`, sentences: [s] });
  const people = [meet([ada!, bo!], "2030-01-10"), meet([bo!, cy!], "2030-02-10"), meet([cy!, dov!], "2030-03-10")];
  const viaCountry = [meet([ada!, atlantis], "2029-01-10"), meet([atlantis, dov!], "2029-02-10")];
  beforeAll(async () => {
    t = await startTestServer({ graphs: [g.build()] });
  });
  afterAll(async () => {
    await t.dispose();
  });
  const q = `query($f: ID!, $to: ID!, $through: [EntityKind!], $after: String, $before: String) {
    path(from: $f, to: $to, through: $through, after: $after, before: $before) { hops nodes { id } events { id } } }`;

  it("passes through people only unless `through` names other kinds; the ends may be of any kind", async () => {
    const byDefault = await t.run(q, { f: ada, to: dov });
    expect(byDefault.data?.path).toEqual({ hops: 3, nodes: [ada, bo, cy, dov].map((id) => ({ id })), events: people.map((id) => ({ id })) });
    const throughCountries = await t.run(q, { f: ada, to: dov, through: ["PERSON", "COUNTRY"] });
    expect(throughCountries.data?.path).toEqual({ hops: 2, nodes: [ada, atlantis, dov].map((id) => ({ id })), events: viaCountry.map((id) => ({ id })) });
    expect((await t.run(q, { f: atlantis, to: cy })).data?.path).toMatchObject({ hops: 2, nodes: [atlantis, dov, cy].map((id) => ({ id })) });
  });

  it("links entities only by events in the period between `after` and `before`; a bound that is no date is BAD_USER_INPUT", async () => {
    expect((await t.run(q, { f: ada, to: dov, through: ["PERSON", "COUNTRY"], after: "2030" })).data?.path).toMatchObject({ hops: 3 });
    expect((await t.run(q, { f: ada, to: dov, before: "2029-12" })).data?.path).toBeNull();
    const { errors } = await t.run(q, { f: ada, to: dov, after: "next spring" });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

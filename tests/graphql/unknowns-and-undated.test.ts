import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleGraphBuilder } from "../fixtures/article-graphs.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

/**
 * Issue #13 items 5 and 6 through the API: unknown ids are NOT_FOUND errors naming them, a name
 * that fits several people is AMBIGUOUS with the candidates, titled names are read without the
 * title, and every answer that leaves undated events out says how many. Invented people only.
 */
function story() {
  const b = new ArticleGraphBuilder({ title: "Harbour talks", publishedAt: "2030-04-05", source: "Example Wire" });
  const nor = b.country("NOR", "Norway");
  const fin = b.country("FIN", "Finland");
  const ilse = b.person("Ilse Marrow", { aliases: ["Marrow"], countryId: nor });
  const tobin = b.person("Tobin Marrow", { aliases: ["Marrow"] });
  const oren = b.person("Oren Quell", { aliases: ["Quell"], countryId: fin });
  const hanna = b.person("Hanna Vale");
  const minister = b.office("NOR", "Foreign Minister");
  const s0 = b.say("Ilse Marrow, Norway's Foreign Minister, called Oren Quell of Finland on 2 April 2030.", ilse, minister, oren, nor, fin);
  const s1 = b.say("Ilse Marrow and Oren Quell also met at some point, and again in 2030.", ilse, oren);
  b.say("Ilse Marrow thanked Tobin Marrow and Hanna Vale.", ilse, tobin, hanna);
  b.tenure({ personId: ilse, officeId: minister, from: "2029-01", sentences: [s0] });
  const call = b.event({ type: "CALL", date: "2030-04-02", participants: [ilse, oren], summary: "Marrow called Quell", sentences: [s0] });
  const undated = b.event({ type: "MEETING", participants: [ilse, oren], summary: "Marrow met Quell", sentences: [s1] });
  const yearOnly = b.event({ type: "NEGOTIATION", date: "2030", participants: [ilse, oren], summary: "Marrow and Quell negotiated", sentences: [s1] });
  return { graph: b.build(), ids: { nor, fin, ilse, tobin, oren, hanna, minister, call, undated, yearOnly } };
}

describe("unknown ids, ambiguous names and undated events over GraphQL", () => {
  const { graph, ids } = story();
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ graphs: [graph] });
  });
  afterAll(async () => {
    await t.dispose();
  });

  async function ok(query: string, variables?: Record<string, unknown>) {
    const { data, errors } = await t.run(query, variables);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return data!;
  }
  async function firstError(query: string, variables?: Record<string, unknown>) {
    const { errors } = await t.run(query, variables);
    expect(errors, `expected an error from ${query}`).toBeDefined();
    return errors![0]!;
  }

  describe("NOT_FOUND names the unknown id (item 6)", () => {
    it("contacts: an unknown id in between", async () => {
      const error = await firstError(`query($b: [ID!]!) { contacts(between: $b) { id } }`, { b: [ids.ilse, "person:nobody-here", "country:ZZZ"] });
      expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "between", id: "person:nobody-here", ids: ["person:nobody-here", "country:ZZZ"] });
      expect(error.message).toMatch(/^between: no entity with id "person:nobody-here" \(and 1 more: "country:ZZZ"\)/);
    });

    it("contacts: a name instead of an id, or an event id, is BAD_USER_INPUT saying what is expected", async () => {
      const byName = await firstError(`{ contacts(between: ["Ilse Marrow", "Oren Quell"]) { id } }`);
      expect(byName.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "between" });
      expect(byName.message).toMatch(/not a Parley id .*search\(query:\) and person\(name:\) find ids by name/);
      const anEvent = await firstError(`query($b: [ID!]!) { contacts(between: $b) { id } }`, { b: [ids.ilse, ids.call] });
      expect(anEvent.extensions?.code).toBe("BAD_USER_INPUT");
      expect(anEvent.message).toMatch(/is of kind EVENT; expected an entity/);
    });

    it("neighborhood: an unknown id, with the ids whose names are like its slug", async () => {
      const error = await firstError(`{ neighborhood(id: "person:ilse-marow") { nodes { data { id } } } }`);
      expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "id", id: "person:ilse-marow" });
      expect((error.extensions?.suggestions as string[])[0]).toBe(ids.ilse);
      expect(error.message).toContain(`did you mean ${ids.ilse}`);
    });

    it("path: an unknown from or to", async () => {
      const to = await firstError(`query($f: ID!, $to: ID!) { path(from: $f, to: $to) { hops } }`, { f: ids.ilse, to: "person:nobody-here" });
      expect(to.extensions).toMatchObject({ code: "NOT_FOUND", field: "to", id: "person:nobody-here" });
      const from = await firstError(`query($f: ID!, $to: ID!) { path(from: $f, to: $to) { hops } }`, { f: "org:nothing", to: ids.oren });
      expect(from.extensions).toMatchObject({ code: "NOT_FOUND", field: "from", id: "org:nothing" });
      // Known but unconnected entities still answer null.
      expect((await ok(`query($f: ID!, $to: ID!) { path(from: $f, to: $to) { hops } }`, { f: ids.ilse, to: ids.hanna })).path).toBeNull();
    });

    it("officeHolders: an unknown office", async () => {
      const error = await firstError(`{ officeHolders(office: "office:NOR:pm") { undated } }`);
      expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "office", id: "office:NOR:pm" });
      expect((await ok(`query($o: ID!) { officeHolders(office: $o) { tenure { person { id } } } }`, { o: ids.minister })).officeHolders).toEqual([{ tenure: { person: { id: ids.ilse } } }]);
    });

    it("contactCounts and uncountedContacts: an unknown side", async () => {
      for (const field of ["contactCounts", "uncountedContacts"]) {
        const a = await firstError(`{ ${field}(a: "person:nobody-here", b: "${ids.oren}") { __typename } }`);
        expect(a.extensions, field).toMatchObject({ code: "NOT_FOUND", field: "a", id: "person:nobody-here" });
        const b = await firstError(`{ ${field}(a: "${ids.ilse}", b: "country:ZZZ") { __typename } }`);
        expect(b.extensions, field).toMatchObject({ code: "NOT_FOUND", field: "b", id: "country:ZZZ" });
      }
    });
  });

  describe("person(name:) (item 6)", () => {
    const q = `query($n: String!) { person(name: $n) { id } }`;

    it("a name several people share is AMBIGUOUS, listing them most mentioned first", async () => {
      const error = await firstError(q, { n: "Marrow" });
      expect(error.extensions).toMatchObject({
        code: "AMBIGUOUS",
        field: "name",
        name: "Marrow",
        candidates: [
          { id: ids.ilse, name: "Ilse Marrow", mentionCount: 3 },
          { id: ids.tobin, name: "Tobin Marrow", mentionCount: 1 },
        ],
      });
      expect(error.message).toBe(`"Marrow" names 2 people: Ilse Marrow (${ids.ilse}, 3 mentions), Tobin Marrow (${ids.tobin}, 1 mention); ask for one by id`);
      expect((await t.run(`{ a: person(name: "Mr Marrow") { id } }`)).errors?.[0]?.extensions?.code).toBe("AMBIGUOUS");
    });

    it("a titled name is read without its title; a surname with no alias is found as the end of a name", async () => {
      expect((await ok(q, { n: "President Quell" })).person).toEqual({ id: ids.oren });
      expect((await ok(q, { n: "Mr Tobin Marrow" })).person).toEqual({ id: ids.tobin });
      expect((await ok(q, { n: "the Norwegian Foreign Minister Ilse Marrow" })).person).toEqual({ id: ids.ilse });
      expect((await ok(q, { n: "Dr Vale" })).person).toEqual({ id: ids.hanna });
      expect((await ok(q, { n: "vale" })).person).toEqual({ id: ids.hanna });
      expect((await ok(q, { n: "ilse marrow" })).person).toEqual({ id: ids.ilse });
      expect((await ok(q, { n: "Nobody Atall" })).person).toBeNull();
      expect((await ok(q, { n: "President" })).person).toBeNull();
    });
  });

  describe("undated events are counted where they are left out (item 5)", () => {
    it("events filter by dated; dated: false with from/to is BAD_USER_INPUT", async () => {
      const q = `query($f: EventFilter) { events(filter: $f, first: 10) { totalCount edges { node { id date { value } } } } }`;
      expect((await ok(q, { f: { participants: [ids.ilse], dated: false } })).events).toEqual({ totalCount: 1, edges: [{ node: { id: ids.undated, date: null } }] });
      expect((await ok(q, { f: { participants: [ids.ilse], dated: true } })).events.totalCount).toBe(2);
      const error = await firstError(q, { f: { dated: false, from: "2030" } });
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/dated: false/);
    });

    it("timeline and timelineJS draw the dated events and give undatedCount, whatever from/to say", async () => {
      const q = `query($f: EventFilter) { timeline(filter: $f) { undatedCount items { eventId } } timelineJS(filter: $f) { undatedCount events { unique_id } } }`;
      const all = await ok(q, { f: { participants: [ids.ilse] } });
      expect(all.timeline.items.map((item: { eventId: string }) => item.eventId).sort()).toEqual([ids.call, ids.yearOnly].sort());
      expect(all.timeline.undatedCount).toBe(1);
      expect(all.timelineJS).toMatchObject({ undatedCount: 1 });
      expect(all.timelineJS.events).toHaveLength(2);
      const bounded = await ok(q, { f: { participants: [ids.ilse], from: "2031" } });
      expect(bounded.timeline).toEqual({ undatedCount: 1, items: [] });
      expect((await ok(q, { f: { participants: [ids.hanna] } })).timeline.undatedCount).toBe(0);
      expect((await ok(q, { f: { types: ["MEETING"], dated: false } })).timeline).toEqual({ undatedCount: 1, items: [] });
    });

    it("uncountedContacts says what contactCounts with the same arguments left out", async () => {
      const q = `query($i: Interval) { contactCounts(a: "${ids.ilse}", b: "${ids.oren}", interval: $i) { period count } uncountedContacts(a: "${ids.ilse}", b: "${ids.oren}", interval: $i) { undated yearOnly } }`;
      expect(await ok(q, { i: "YEAR" })).toEqual({ contactCounts: [{ period: "2030", count: 2 }], uncountedContacts: { undated: 1, yearOnly: 0 } });
      expect(await ok(q, { i: "MONTH" })).toEqual({ contactCounts: [{ period: "2030-04", count: 1 }], uncountedContacts: { undated: 1, yearOnly: 1 } });
      // Norway takes part through Ilse's ministry (Finland through no office: Oren holds none).
      const country = await ok(`{ uncountedContacts(a: "${ids.nor}", b: "${ids.oren}") { undated yearOnly } }`);
      expect(country.uncountedContacts).toEqual({ undated: 1, yearOnly: 0 });
    });
  });
});

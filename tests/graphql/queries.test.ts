import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDiplomacyGraphs } from "../helpers/diplomacy-graphs.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

const { graphs, ids } = buildDiplomacyGraphs();

describe("GraphQL queries over a sqlite store with hand-built graphs", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ graphs });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it("finds a person by an alias, with offices, country, events and articles", async () => {
    const { data, errors } = await t.run(`{
      person(name: "putin") {
        id name aliases
        country { id iso3 iso2 name }
        offices { office { id name country { iso3 } } from { value precision } confidence evidence { quote } }
        events { id type }
        articles { id }
      }
    }`);
    expect(errors).toBeUndefined();
    const person = data!.person;
    expect(person.id).toBe(ids.putin);
    expect(person.name).toBe("Vladimir Putin");
    expect(person.country).toEqual({ id: ids.russia, iso3: "RUS", iso2: "RU", name: "Russia" });
    expect(person.offices).toHaveLength(1);
    expect(person.offices[0].office).toMatchObject({ id: ids.usPresident.replace("USA", "RUS"), country: { iso3: "RUS" } });
    expect(person.offices[0].evidence[0].quote).toBe("Russian President Vladimir Putin");
    expect(person.events.map((e: { id: string }) => e.id).sort()).toEqual([ids.trumpPutinCall, ids.plannedMeeting, ids.helsinkiSummit].sort());
    expect(person.articles.map((a: { id: string }) => a.id).sort()).toEqual([ids.articles[0], ids.articles[1]].sort());
  });

  it("gives a tenure's start date at its precision", async () => {
    const { data } = await t.run(`{ person(id: "${ids.trump}") { offices { from { value precision } office { name } } } }`);
    expect(data!.person.offices).toEqual([{ from: { value: "2025-01-20", precision: "DAY" }, office: { name: "President" } }]);
  });

  it("looks a country up by ISO2 or ISO3 in any case", async () => {
    for (const code of ["ua", "UA", "ukr", "UKR"]) {
      const { data, errors } = await t.run(`query($code: String) { country(code: $code) { id iso3 events { type } } }`, { code });
      expect(errors).toBeUndefined();
      expect(data!.country).toEqual({ id: ids.ukraine, iso3: "UKR", events: [{ type: "ANNEXATION" }] });
    }
  });

  it("lists countries and organisations", async () => {
    const { data } = await t.run(`{ countries { iso3 } organizations { totalCount edges { node { id name } } } }`);
    expect(data!.countries.map((c: { iso3: string }) => c.iso3).sort()).toEqual(["RUS", "SAU", "UKR", "USA"]);
    expect(data!.organizations).toEqual({ totalCount: 1, edges: [{ node: { id: ids.nato, name: "NATO" } }] });
  });

  it("returns an event with date, place, codes, participants and evidence from both articles", async () => {
    const { data, errors } = await t.run(`query($id: ID!) {
      event(id: $id) {
        id type status summary confidence cameo sourceCount
        date { value precision end }
        plover { event mode }
        place { name }
        participants { role entity { __typename id name kind } }
        evidence { quote sentence start end article { id title text } }
        articles { id }
      }
    }`, { id: ids.trumpPutinCall });
    expect(errors).toBeUndefined();
    const event = data!.event;
    expect(event).toMatchObject({ type: "CALL", status: "OCCURRED", cameo: "041", sourceCount: 2, date: { value: "2025-02-12", precision: "DAY", end: null }, plover: { event: "CONSULT", mode: "phone" }, place: null });
    expect(event.participants.map((p: { entity: { id: string } }) => p.entity.id).sort()).toEqual([ids.putin, ids.trump].sort());
    expect(event.participants[0].entity.__typename).toBe("Person");
    expect(event.evidence).toHaveLength(2);
    for (const evidence of event.evidence) {
      // Offsets point into the cleaned text of the article the evidence names.
      expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(event.articles.map((a: { id: string }) => a.id).sort()).toEqual([ids.articles[0], ids.articles[1]].sort());
  });

  it("resolves any node by id, and null for an unknown one", async () => {
    const { data } = await t.run(`query($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
      a: node(id: $a) { __typename id ... on Place { name country { iso3 } } }
      b: node(id: $b) { __typename id ... on Event { type } }
      c: node(id: $c) { __typename id ... on Article { title } }
      d: node(id: $d) { id }
    }`, { a: ids.helsinki, b: ids.crimea, c: ids.articles[2], d: "person:nobody-at-all" });
    expect(data).toEqual({
      a: { __typename: "Place", id: ids.helsinki, name: "Helsinki", country: null },
      b: { __typename: "Event", id: ids.crimea, type: "ANNEXATION" },
      c: { __typename: "Article", id: ids.articles[2], title: "Ministers meet in Riyadh and Munich" },
      d: null,
    });
  });

  it("searches names and summaries, best first, filtered by kind", async () => {
    const { data, errors } = await t.run(`{
      people: search(query: "Zelenskyy", kinds: [PERSON]) { id kind label node { ... on Person { name } } }
      any: search(query: "Helsinki", first: 5) { id kind }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.people[0]).toEqual({ id: ids.zelenskyy, kind: "PERSON", label: "Volodymyr Zelenskyy", node: { name: "Volodymyr Zelenskyy" } });
    expect(data!.people.every((hit: { kind: string }) => hit.kind === "PERSON")).toBe(true);
    expect(data!.any.map((hit: { id: string }) => hit.id)).toEqual(expect.arrayContaining([ids.helsinki]));
  });

  it("counts articles, entities by kind, events by type and tenures", async () => {
    const { data } = await t.run(`{ stats { articles events tenures entitiesByKind { kind count } eventsByType { type count } } }`);
    const stats = data!.stats;
    expect(stats.articles).toBe(3);
    expect(stats.tenures).toBe(4);
    expect(stats.events).toBe(9 - 1); // the Trump–Putin call is reported twice but stored once
    const byKind = Object.fromEntries(stats.entitiesByKind.map((k: { kind: string; count: number }) => [k.kind, k.count]));
    expect(byKind).toEqual({ PERSON: 6, OFFICE: 4, COUNTRY: 4, ORGANIZATION: 1, PLACE: 4 });
    const byType = Object.fromEntries(stats.eventsByType.map((k: { type: string; count: number }) => [k.type, k.count]));
    expect(byType).toMatchObject({ CALL: 2, MEETING: 4, SUMMIT: 1, ANNEXATION: 1, VISIT: 0 });
  });

  it("pages articles newest first and lists an article's events", async () => {
    const { data } = await t.run(`{ articles(first: 10) { totalCount edges { node { id publishedAt events { id } } } } }`);
    expect(data!.articles.totalCount).toBe(3);
    const nodes = data!.articles.edges.map((e: { node: unknown }) => e.node);
    expect(nodes[0]).toMatchObject({ id: ids.articles[2], publishedAt: "2025-02-19" });
    expect(nodes[0].events.map((e: { id: string }) => e.id).sort()).toEqual([ids.riyadhTalks, ids.munichMeeting, ids.natoMeeting].sort());
  });
});

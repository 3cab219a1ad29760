import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDiplomacyGraphs } from "../helpers/diplomacy-graphs.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

const { graphs, ids } = buildDiplomacyGraphs();
const ALL_EVENTS = 8;

const EVENTS_PAGE = `query($first: Int!, $after: String, $orderBy: EventOrder!, $filter: EventFilter) {
  events(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount
    edges { cursor node { id date { value } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface EventsPage {
  totalCount: number;
  edges: { cursor: string; node: { id: string; date: { value: string } | null } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

describe("events, contacts and timeline", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ graphs });
  });
  afterAll(async () => {
    await t.dispose();
  });

  async function page(variables: Record<string, unknown>): Promise<EventsPage> {
    const { data, errors } = await t.run<{ events: EventsPage }>(EVENTS_PAGE, { orderBy: "DATE_ASC", ...variables });
    expect(errors).toBeUndefined();
    return data!.events;
  }

  async function walk(first: number, orderBy: "DATE_ASC" | "DATE_DESC"): Promise<EventsPage[]> {
    const pages: EventsPage[] = [];
    let after: string | null = null;
    do {
      const current: EventsPage = await page({ first, orderBy, ...(after ? { after } : {}) });
      pages.push(current);
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
      expect(pages.length).toBeLessThan(20);
    } while (after);
    return pages;
  }

  it("walks every page once, in date order, with the total on each page", async () => {
    for (const orderBy of ["DATE_ASC", "DATE_DESC"] as const) {
      const pages = await walk(3, orderBy);
      expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 2]);
      expect(pages.every((p) => p.totalCount === ALL_EVENTS)).toBe(true);
      expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
      const nodes = pages.flatMap((p) => p.edges.map((e) => e.node));
      expect(new Set(nodes.map((n) => n.id)).size).toBe(ALL_EVENTS);
      const dated = nodes.filter((n) => n.date).map((n) => n.date!.value);
      expect(dated).toEqual([...dated].sort((a, b) => (orderBy === "DATE_ASC" ? a.localeCompare(b) : b.localeCompare(a))));
      // Undated events come last either way.
      expect(nodes.at(-1)!.date).toBeNull();
      expect(nodes.at(-1)!.id).toBe(ids.plannedMeeting);
    }
  });

  it("resumes after any edge's cursor, not only the page's end", async () => {
    const all = (await page({ first: 10 })).edges.map((e) => e.node.id);
    const firstPage = await page({ first: 4 });
    const resumed = await page({ first: 3, after: firstPage.edges[1]!.cursor });
    expect(resumed.edges.map((e) => e.node.id)).toEqual(all.slice(2, 5));
    expect(resumed.pageInfo.endCursor).toBe(resumed.edges.at(-1)!.cursor);
  });

  it("filters by type, status, participant, date range and article", async () => {
    const calls = await page({ first: 10, filter: { types: ["CALL"] } });
    expect(calls.edges.map((e) => e.node.id).sort()).toEqual([ids.trumpPutinCall, ids.trumpZelenskyyCall].sort());
    const planned = await page({ first: 10, filter: { statuses: ["PLANNED"] } });
    expect(planned.edges.map((e) => e.node.id).sort()).toEqual([ids.plannedMeeting, ids.natoMeeting].sort());
    const zelenskyy = await page({ first: 10, filter: { participants: [ids.zelenskyy] } });
    expect(zelenskyy.edges.map((e) => e.node.id).sort()).toEqual([ids.trumpZelenskyyCall, ids.munichMeeting].sort());
    const febSecondHalf = await page({ first: 10, filter: { from: "2025-02-13", to: "2025-02" } });
    expect(febSecondHalf.edges.map((e) => e.node.id).sort()).toEqual([ids.munichMeeting, ids.riyadhTalks].sort());
    const fromSecondArticle = await page({ first: 10, filter: { article: ids.articles[1] } });
    expect(fromSecondArticle.totalCount).toBe(2);
  });

  it("lists contacts between two leaders, with a type and date filter", async () => {
    const { data, errors } = await t.run(`query($between: [ID!]!) {
      all: contacts(between: $between) { id type status date { value precision } place { name } }
      calls2025: contacts(between: $between, types: [CALL], from: "2025") { id }
      before2020: contacts(between: $between, to: "2019") { id }
    }`, { between: [ids.trump, ids.putin] });
    expect(errors).toBeUndefined();
    expect(data!.all.map((e: { id: string }) => e.id).sort()).toEqual([ids.trumpPutinCall, ids.plannedMeeting, ids.helsinkiSummit].sort());
    expect(data!.all.find((e: { id: string }) => e.id === ids.helsinkiSummit)).toMatchObject({ type: "SUMMIT", place: { name: "Helsinki" }, date: { value: "2018-07", precision: "MONTH" } });
    expect(data!.calls2025).toEqual([{ id: ids.trumpPutinCall }]);
    expect(data!.before2020).toEqual([{ id: ids.helsinkiSummit }]);
  });

  it("contacts between three people include events of any two of them", async () => {
    const { data } = await t.run(`query($between: [ID!]!) { contacts(between: $between, types: [CALL]) { id } }`, { between: [ids.trump, ids.putin, ids.zelenskyy] });
    expect(data!.contacts.map((e: { id: string }) => e.id).sort()).toEqual([ids.trumpPutinCall, ids.trumpZelenskyyCall].sort());
  });

  it("lays out a vis-timeline: day → point, month and year → range, planned className, groups by type", async () => {
    const { data, errors } = await t.run(`{ timeline { items { id eventId content start end type group className title } groups { id content } } }`);
    expect(errors).toBeUndefined();
    const items = data!.timeline.items as { id: string; eventId: string; start: string; end: string | null; type: string; group: string; className: string; title: string }[];
    const byEvent = new Map(items.map((item) => [item.eventId, item]));
    // The undated planned meeting has no place on a time axis.
    expect(items).toHaveLength(ALL_EVENTS - 1);
    expect(byEvent.has(ids.plannedMeeting)).toBe(false);
    expect(byEvent.get(ids.trumpPutinCall)).toMatchObject({ type: "point", start: "2025-02-12", end: null, group: "CALL", className: "occurred call" });
    expect(byEvent.get(ids.helsinkiSummit)).toMatchObject({ type: "range", start: "2018-07-01", end: "2018-08-01", group: "SUMMIT" });
    expect(byEvent.get(ids.crimea)).toMatchObject({ type: "range", start: "2014-01-01", end: "2015-01-01", group: "ANNEXATION" });
    const nato = byEvent.get(ids.natoMeeting)!;
    expect(nato).toMatchObject({ type: "range", start: "2025-04-01", end: "2025-05-01" });
    expect(nato.className.split(" ")).toContain("planned");
    expect(byEvent.get(ids.trumpPutinCall)!.title).toContain("12 February 2025");
    // The label says who took part; the type is the row's (and the class's), not said again.
    expect((byEvent.get(ids.trumpPutinCall) as { content?: string }).content).toBe("Donald Trump, Vladimir Putin");
    expect((byEvent.get(ids.crimea) as { content?: string }).content).toBe("Russia, Ukraine");
    expect(items.map((i) => i.start)).toEqual([...items.map((i) => i.start)].sort());
    const groupIds = new Set((data!.timeline.groups as { id: string }[]).map((g) => g.id));
    expect(groupIds).toEqual(new Set(["CALL", "MEETING", "SUMMIT", "ANNEXATION"]));
    expect(items.every((item) => groupIds.has(item.group))).toBe(true);
  });

  it("groups a timeline by person (an event in each of its people's lanes) or by country", async () => {
    const { data } = await t.run(`{
      byPerson: timeline(groupBy: PERSON, filter: { types: [CALL] }) { items { id eventId group content } groups { id content } }
      byCountry: timeline(groupBy: COUNTRY, filter: { types: [ANNEXATION, SUMMIT] }) { items { eventId group } groups { id content } }
    }`);
    const byPerson = data!.byPerson;
    expect(byPerson.groups.map((g: { content: string }) => g.content)).toEqual(["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"]);
    expect(byPerson.items).toHaveLength(4);
    expect(new Set(byPerson.items.map((i: { id: string }) => i.id)).size).toBe(4);
    expect(byPerson.items.filter((i: { eventId: string }) => i.eventId === ids.trumpPutinCall).map((i: { group: string }) => i.group).sort()).toEqual([ids.putin, ids.trump].sort());
    // In a person's row the item names the others: the row already names that person.
    const callInRow = (group: string) => byPerson.items.find((i: { eventId: string; group: string }) => i.eventId === ids.trumpPutinCall && i.group === group).content;
    expect([callInRow(ids.putin), callInRow(ids.trump)]).toEqual(["Donald Trump", "Vladimir Putin"]);
    const byCountry = data!.byCountry;
    expect(byCountry.items.filter((i: { eventId: string }) => i.eventId === ids.crimea).map((i: { group: string }) => i.group).sort()).toEqual([ids.russia, ids.ukraine].sort());
    // Lanes follow the country rule, not nationality: the graph knows Trump as president only from 2025, so the 2018
    // summit is Russia's alone, as `timeline(filter: {countries: [USA]})` leaves it out.
    expect(byCountry.items.filter((i: { eventId: string }) => i.eventId === ids.helsinkiSummit).map((i: { group: string }) => i.group)).toEqual([ids.russia]);
  });
});

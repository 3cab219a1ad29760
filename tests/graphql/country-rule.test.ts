import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryRuleStory } from "../contract/country-rule.contract.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

/**
 * The country rule (issue #13 item 3) through the API: contacts between two countries, the
 * `countries` filter of events, timeline and timelineJS, contactCounts and dyadPanel give the same
 * GBR–USA events, and an event's `countries` says how each country took part. The store-level
 * agreement, on every store, is in the GraphStore contract (tests/contract/country-rule.contract.ts).
 */
describe("the country rule over GraphQL", () => {
  const { graph, ids } = countryRuleStory();
  const expected = [ids.leaders, ids.accord, ids.visit].sort();
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

  it("every surface answers with the same GBR–USA events", async () => {
    const data = await ok(
      `query ($both: [ID!]!, $gbr: ID!, $usa: ID!) {
        contacts(between: $both) { id }
        events(filter: { countries: $both }, first: 50) { totalCount edges { node { id } } }
        timeline(filter: { countries: $both }) { items { eventId } }
        timelineJS(filter: { countries: $both }) { events { unique_id } }
        contactCounts(a: $gbr, b: $usa, interval: MONTH) { period count }
        dyadPanel(a: $gbr, b: $usa, interval: MONTH, from: "2031-01", to: "2031-12") { eventIds }
      }`,
      { both: [ids.gbr, ids.usa], gbr: ids.gbr, usa: ids.usa },
    );
    const sorted = (values: string[]) => [...new Set(values)].sort();
    expect(sorted(data.contacts.map((e: { id: string }) => e.id))).toEqual(expected);
    expect(sorted(data.events.edges.map((edge: { node: { id: string } }) => edge.node.id))).toEqual(expected);
    expect(sorted(data.timeline.items.map((item: { eventId: string }) => item.eventId))).toEqual(expected);
    expect(sorted(data.timelineJS.events.map((event: { unique_id: string }) => event.unique_id))).toEqual(expected);
    expect(data.contactCounts).toEqual([{ period: "2031-03", count: 1 }, { period: "2031-06", count: 1 }, { period: "2031-07", count: 1 }]);
    expect(sorted(data.dyadPanel.flatMap((row: { eventIds: string[] }) => row.eventIds))).toEqual(expected);
  });

  it("an event's countries say DIRECT or OFFICE_HOLDER, and who acted for the country", async () => {
    const data = await ok(
      `query ($visit: ID!, $lunch: ID!) {
        visit: node(id: $visit) { ... on Event { countries { country { id } via through { id } } } }
        lunch: node(id: $lunch) { ... on Event { countries { country { id } via through { id } } } }
      }`,
      { visit: ids.visit, lunch: ids.lunch },
    );
    const { visit, lunch } = data;
    expect(visit.countries).toEqual([
      { country: { id: ids.gbr }, via: "OFFICE_HOLDER", through: [{ id: ids.pm }] },
      { country: { id: ids.usa }, via: "DIRECT", through: [] },
    ]);
    expect(lunch.countries).toEqual([]);
  });
});

import { type GraphQLResponse } from "@apollo/server";
import { parse, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityDefaults } from "../../src/config.js";
import { EVENT_TYPES } from "../../src/domain/index.js";
import { buildParleySchema } from "../../src/graphql/build-schema.js";
import { priceOperation, QUERY_COSTS } from "../../src/server/plugins/query-cost.js";
import { PLAYGROUND_EXAMPLES } from "../../web/playground/examples.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ArticleGraphBuilder } from "../fixtures/article-graphs.js";
import { postJson, send, startLiveServer, type LiveServer } from "./secure-server.js";

const DEFAULT_MAX_COST = securityDefaults().maxCost;

/** The single result of an in-process operation, with the HTTP status Apollo would send. */
async function inProcess(live: LiveServer, query: string, variables?: Record<string, unknown>) {
  const response: GraphQLResponse = await live.server.executeOperation({ query, ...(variables ? { variables } : {}) });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status ?? 200, ...response.body.singleResult };
}

/**
 * Stores the people the priced queries name, none sharing an event: path and neighborhood answer
 * NOT_FOUND for an unknown id, so the queries that must run need ids the graph holds.
 */
async function storeThePricedPeople(live: LiveServer): Promise<void> {
  const b = new ArticleGraphBuilder({ publishedAt: "2030-01-01" });
  const people = [["Someone", "person:someone"], ["Someone Else", "person:someone-else"], ["Ada", "person:a"], ["Bo", "person:b"]] as const;
  for (const [name, id] of people) b.say(`${name} stayed home.`, b.person(name, { id }));
  const store = await openSqliteStore({ path: live.dbPath });
  try {
    await store.ingestArticle(b.build());
  } finally {
    await store.close();
  }
}

const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `q${i}: ${field}`).join(" ")} }`;
const PATH_6 = `path(from: "person:someone", to: "person:someone-else", maxHops: 6) { hops nodes { id } }`;
const WIDE_NEIGHBORHOOD = `neighborhood(id: "person:someone", depth: 2, limit: 200) { nodes { data { id } } edges { data { source target weight } } }`;
/** A century of monthly rows, each with its events' participants: 1 200 × (1 + 10 events × 7) + 2 000 = 87 200. */
const CENTURY_PANEL = `dyadPanel(a: "country:USA", b: "country:RUS", interval: MONTH, from: 1926, to: 2025) { period events { participants { entity { id } } } }`;
/** Entities' events inside events' participants, twice: every level multiplies the page size. */
const nestedEvents = (first: number) =>
  `{ events(first: ${first}) { edges { node { participants { entity { ... on Person { events { participants { entity { ... on Person { events { id } } } } } } } } } } } }`;

describe("query limits run inside GraphQL, so in-process operations get them too", () => {
  let live: LiveServer;
  beforeAll(async () => {
    live = await startLiveServer();
  });
  afterAll(async () => live?.dispose());

  it.each([
    ["depth", `{ events(first: 1) { edges { node { ${"participants { entity { ... on Person { events { ".repeat(6)}id${" } } } }".repeat(6)} } } } }`, /nested \d+ levels deep; the limit is 12/, { maxDepth: 12 }],
    ["aliases", aliased(31, "stats { articles }"), /31 aliases; the limit is 30/, { maxAliases: 30 }],
    ["fields", `{ stats { ${"articles ".repeat(1001)}} }`, /selects 1002 fields once fragments are expanded; the limit is 1000/, { maxFields: 1000 }],
  ])("refuses a %s bomb from executeOperation with GRAPHQL_VALIDATION_FAILED", async (_limit, query, message, extensions) => {
    const result = await inProcess(live, query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", ...extensions });
    // The limit ends validation: graphql's own rules add nothing after it.
    expect(result.errors).toHaveLength(1);
  });

  it("refuses an over-long document from executeOperation before parsing it, with GRAPHQL_PARSE_FAILED", async () => {
    const query = `{ stats { ${"articles ".repeat(3000)}} }`;
    const result = await inProcess(live, query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toBe(`the query is ${query.length} characters long; the limit is 20000`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_PARSE_FAILED", maxQueryLength: 20000 });
    expect(result.data).toBeUndefined();
  });

  it("answers a fragment fan-out bomb from executeOperation in milliseconds", async () => {
    const fragments = [`fragment F0 on Stats { articles }`, ...Array.from({ length: 60 }, (_, n) => `fragment F${n + 1} on Stats { ...F${n} ...F${n} }`)].join("\n");
    const started = performance.now();
    const result = await inProcess(live, `{ stats { ...F60 } }\n${fragments}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("applies the same limits to GET requests", async () => {
    // A URL holds about 16 kB here (Node answers 431 above), so this server allows 1 000 characters.
    const short = await startLiveServer({ security: { maxQueryLength: 1000 } });
    try {
      const get = (query: string) => send(`${short.url}?query=${encodeURIComponent(query)}`, { headers: { "apollo-require-preflight": "true" } });
      const long = await get(`{ stats { articles } }${" ".repeat(1000)}`);
      expect(long.status).toBe(400);
      expect(long.body.errors[0]).toMatchObject({ message: "the query is 1022 characters long; the limit is 1000", extensions: { code: "GRAPHQL_PARSE_FAILED" } });
      const costly = await get(aliased(2, PATH_6));
      expect(costly.status).toBe(400);
      expect(costly.body.errors[0].message).toMatch(/^the query costs 64028; the limit is 50000/);
    } finally {
      await short.dispose();
    }
  });

  it.each([
    ["over-deep", `{ events(first: 1) { edges { node { ${"participants { entity { ... on Person { events { ".repeat(6)}id${" } } } }".repeat(6)} } } } }`],
    ["over-aliased", aliased(31, "stats { articles }")],
    ["over-long", `{ stats { ${"articles ".repeat(3000)}} }`],
    ["over-priced", `{ ${CENTURY_PANEL} }`],
  ])("answers an %s document in process exactly as over HTTP", async (_kind, query) => {
    const [http, local] = await Promise.all([postJson(live.url, { query }), inProcess(live, query)]);
    expect(http.status).toBe(400);
    expect(local.status).toBe(http.status);
    expect(http.body.errors).toHaveLength(1);
    expect(local.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual(http.body.errors.map(({ message, extensions }: any) => ({ message, extensions })));
    expect(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"]).toContain(http.body.errors[0].extensions.code);
  });

  it("still runs a query within every limit", async () => {
    const result = await inProcess(live, "{ stats { articles } }");
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ stats: { articles: 0 } });
  });
});

describe("the cost limit (PARLEY_MAX_COST) prices path, neighborhood, timeline and page sizes", () => {
  let live: LiveServer;
  let strict: LiveServer;
  beforeAll(async () => {
    [live, strict] = await Promise.all([startLiveServer(), startLiveServer({ security: { maxCost: 10_000, maxFields: 100_000 } })]);
    await Promise.all([storeThePricedPeople(live), storeThePricedPeople(strict)]);
  });
  afterAll(async () => Promise.all([live?.dispose(), strict?.dispose()]));

  it("refuses two 6-hop paths over HTTP, naming the price, the limit and the costly fields", async () => {
    const reply = await postJson(live.url, { query: aliased(2, PATH_6) });
    expect(reply.status).toBe(400);
    const [error] = reply.body.errors;
    expect(error.message).toBe("the query costs 64028; the limit is 50000 (most expensive: q0 32014, q1 32014)");
    expect(error.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", cost: 64028, maxCost: 50000 });
    expect(reply.body.data).toBeUndefined();
  });

  it("runs one 6-hop path", async () => {
    const reply = await postJson(live.url, { query: aliased(1, PATH_6) });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({ data: { q0: null } });
  });

  it("refuses six wide depth-2 neighbourhoods in one request and runs five", async () => {
    const refused = await inProcess(live, aliased(6, WIDE_NEIGHBORHOOD));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toMatch(/^the query costs 54000; the limit is 50000 \(most expensive: q0 9000, q1 9000, q2 9000\)$/);
    const accepted = await inProcess(live, aliased(5, WIDE_NEIGHBORHOOD));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.q4).toEqual({ nodes: [{ data: { id: "person:someone" } }], edges: [] });
  });

  it("prices arguments given as variables, not only literals", async () => {
    const query = `query($hops: Int!) { path(from: "person:someone", to: "person:someone-else", maxHops: $hops) { hops } }`;
    const fourHops = await inProcess(strict, query, { hops: 4 });
    expect(fourHops.errors).toBeUndefined();
    const fiveHops = await inProcess(strict, query, { hops: 5 });
    expect(fiveHops.errors?.[0]?.message).toMatch(/^the query costs 16006; the limit is 10000/);
    expect(fiveHops.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("multiplies nested lists by the page size asked for", async () => {
    const big = await inProcess(live, nestedEvents(100));
    expect(big.errors?.[0]?.message).toMatch(/^the query costs 402900; the limit is 50000/);
    const small = await inProcess(live, nestedEvents(1));
    expect(small.errors).toBeUndefined();
  });

  it("refuses a document too large to price when PARLEY_MAX_FIELDS lets one through", async () => {
    const fragments = [`fragment F0 on Stats { articles }`, ...Array.from({ length: 14 }, (_, n) => `fragment F${n + 1} on Stats { ...F${n} ...F${n} }`)].join("\n");
    const result = await inProcess(strict, `{ stats { ...F14 } }\n${fragments}`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ message: "the query has too many selections to be priced; the cost limit is 10000", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("leaves out-of-range arguments to their own checks (BAD_USER_INPUT), not to the price", async () => {
    const result = await inProcess(live, `{ path(from: "person:a", to: "person:b", maxHops: 60) { hops } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const capped = await inProcess(live, `{ neighborhood(id: "person:a", limit: 100000) { nodes { data { id } } } }`);
    expect(capped.errors).toBeUndefined();
    // Spans the panel refuses cost one row, so the panel's own message answers, not the price.
    for (const [from, to, message] of [["2025", "1926", /after to/], ["1800", "2025", /at most 1200 periods/]] as const) {
      const panel = await inProcess(live, `{ ${CENTURY_PANEL.replace("from: 1926, to: 2025", `from: ${from}, to: ${to}`)} }`);
      expect(panel.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(panel.errors?.[0]?.message).toMatch(message);
    }
  });

  it("refuses a century of monthly dyad-panel rows with their events' participants and runs a decade of yearly ones", async () => {
    const refused = await postJson(live.url, { query: `{ ${CENTURY_PANEL} }` });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toBe("the query costs 87200; the limit is 50000 (most expensive: dyadPanel 87200)");
    const decade = await inProcess(live, `{ ${CENTURY_PANEL.replace("interval: MONTH, from: 1926", "interval: YEAR, from: 2016")} }`);
    // Past the price: the countries are not in this graph.
    expect(decade.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("priceOperation", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });
  const price = (query: string, variables?: Record<string, unknown>) => priceOperation({ schema, document: parse(query), ...(variables ? { variables } : {}) }).cost;

  it("charges path by the hops it may search, neighborhood by depth × limit and timeline by its events", () => {
    expect(price(`{ path(from: "a", to: "b") { hops } }`)).toBe(QUERY_COSTS.pathPerDoubling * 2 ** 4 + 5);
    expect(price(`{ path(from: "a", to: "b", maxHops: 1) { nodes { id } } }`)).toBe(QUERY_COSTS.pathPerDoubling * 2 + 2 * 2);
    expect(price(`{ neighborhood(id: "a") { nodes { data { id } } } }`)).toBe(QUERY_COSTS.neighborhoodPerLevelAndNode * 1 * 50 + 50 * 3);
    expect(price(`{ neighborhood(id: "a", depth: 2, limit: 500) { nodes { data { id } } } }`)).toBe(QUERY_COSTS.neighborhoodPerLevelAndNode * 2 * 200 + 200 * 3);
    expect(price(`{ timeline { items { id } } }`)).toBe(QUERY_COSTS.timelineEvents + QUERY_COSTS.timelineEvents * 2);
  });

  it("charges a dyad panel by its rows (1 200 when a bound is omitted), each with its counts and events, and the dyad's events read", () => {
    const panel = (bounds: string, selection: string) => price(`{ dyadPanel(a: "country:USA", b: "country:RUS"${bounds}) { ${selection} } }`);
    const read = QUERY_COSTS.dyadPanelEvents;
    expect(panel(", from: 2015, to: 2025", "total eventIds")).toBe(read + 11);
    expect(panel(", interval: MONTH, from: \"2015-03\", to: 2015", "total")).toBe(read + 10);
    expect(panel("", "total")).toBe(read + 1200);
    expect(panel(", from: 2015", "total")).toBe(read + 1200);
    expect(panel(", from: 2015, to: 2025", "counts { count }")).toBe(read + 11 * (1 + EVENT_TYPES.length));
    expect(panel(", from: 2015, to: 2025", "events { id }")).toBe(read + 11 * (1 + QUERY_COSTS.dyadPanelEventsPerRow));
    expect(panel(", from: 2015, to: 2025", "events { participants { entity { id } } }")).toBe(read + 11 * (1 + QUERY_COSTS.dyadPanelEventsPerRow * (1 + 3 * 2)));
    // Bounds given as variables are priced too.
    const query = `query($from: PanelPeriod, $to: PanelPeriod) { dyadPanel(a: "country:USA", b: "country:RUS", interval: MONTH, from: $from, to: $to) { total } }`;
    expect(price(query, { from: "2015-01", to: "2016-12" })).toBe(read + 24);
  });

  it("charges a page by its size (defaults included), a connection's edges once, and scalars nothing", () => {
    expect(price(`{ events { totalCount } }`)).toBe(20);
    expect(price(`{ events(first: 100) { edges { node { id summary } } } }`)).toBe(100 * (1 + 2));
    expect(price(`query($n: Int!) { search(query: "x", first: $n) { id } }`, { n: 7 })).toBe(7);
    expect(price(`{ stats { articles events } }`)).toBe(1);
  });

  it("charges introspection nothing: it reads the schema, not the store", () => {
    expect(price(`{ __schema { types { name fields { name type { name ofType { name } } } } } }`)).toBe(0);
  });

  it("keeps the playground's examples and the pages' own queries well under the default", () => {
    const pageQueries = [
      `query Timeline($filter: EventFilter, $groupBy: TimelineGroupBy!) { timeline(filter: $filter, groupBy: $groupBy) { groups { id content } items { id eventId content start end type group className title } } }`,
      `query Neighbours($id: ID!) { node(id: $id) { id ... on Person { name kind events { id type status summary date { value } participants { role entity { id name kind } } } } } }`,
      `query People($after: String) { people(first: 100, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
    ];
    const variables = { groupBy: "TYPE", id: "person:someone" };
    for (const query of pageQueries) expect(price(query, variables), query).toBeLessThan(DEFAULT_MAX_COST / 4);
    for (const example of PLAYGROUND_EXAMPLES) {
      expect(price(example.query, example.variables ? JSON.parse(example.variables) : undefined), example.name).toBeLessThan(DEFAULT_MAX_COST / 4);
    }
  });
});

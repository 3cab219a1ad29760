import { getIntrospectionQuery, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureDocument } from "../../src/server/plugins/query-limits.js";
import { counts, postJson, send, startLiveServer, STATS_QUERY, type LiveServer, type Reply } from "./secure-server.js";

const nest = (open: string, depth: number, leaf: string) => `${open.repeat(depth)}${leaf}${" }".repeat(depth * (open.split("{").length - 1))}`;
/** F0 selects one field; every F(n) spreads F(n-1) twice, so F(n) expands to 2^n fields. */
const fanOutFragments = (levels: number) =>
  [`fragment F0 on Stats { articles }`, ...Array.from({ length: levels }, (_, n) => `fragment F${n + 1} on Stats { ...F${n} ...F${n} }`)].join("\n");

interface BadCase {
  name: string;
  request: (url: string) => Promise<Reply>;
  status: number;
  code: string;
  message?: RegExp;
}

const json = (url: string, payload: unknown) => postJson(url, payload);
const query = (text: string, variables?: unknown) => (url: string) => json(url, { query: text, ...(variables === undefined ? {} : { variables }) });

const CASES: BadCase[] = [
  { name: "syntax error", request: query("{ stats { "), status: 400, code: "GRAPHQL_PARSE_FAILED", message: /Syntax Error/ },
  { name: "unknown field", request: query("{ nope }"), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /Cannot query field "nope"/ },
  { name: "wrong argument type", request: query("{ person(name: 5) { id } }"), status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /String cannot represent/ },
  { name: "wrong variable type", request: query("query($n: String) { person(name: $n) { id } }", { n: 5 }), status: 400, code: "BAD_USER_INPUT", message: /\$n/ },
  { name: "variables that are not an object", request: query("{ stats { articles } }", "x"), status: 400, code: "BAD_REQUEST" },
  { name: "query that is not a string", request: (url) => json(url, { query: 5 }), status: 400, code: "BAD_REQUEST" },
  { name: "no query at all", request: (url) => json(url, {}), status: 400, code: "BAD_REQUEST" },
  {
    name: "depth bomb through the data graph",
    request: query(`{ events(first: 1) { edges { node { ${nest("participants { entity { ... on Person { events { ", 6, "id")} } } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /nested \d+ levels deep; the limit is 12/,
  },
  {
    name: "introspection depth bomb (fields → type → fields …)",
    request: query(`{ __schema { types { ${nest("fields { type { ", 8, "name")} } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /nested \d+ levels deep/,
  },
  {
    name: "introspection ofType chain 60 deep",
    request: query(`{ __type(name: "Query") { fields { type { ${nest("ofType { ", 60, "name")} } } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /nested \d+ levels deep/,
  },
  {
    name: "alias bomb (200 aliases)",
    request: query(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: stats { articles }`).join(" ")} }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /200 aliases; the limit is 30/,
  },
  {
    name: "field duplication bomb (2000 copies of one field)",
    request: query(`{ stats { ${"articles ".repeat(2000)}} }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /selects 200[01] fields/,
  },
  {
    name: "fragment fan-out bomb (2^40 fields)",
    request: query(`{ stats { ...F40 } }\n${fanOutFragments(40)}`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /the limit is 1000/,
  },
  {
    name: "fragment cycle",
    request: query("{ stats { ...A } } fragment A on Stats { articles ...B } fragment B on Stats { events ...A }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Cannot spread fragment "A" within itself/,
  },
  {
    name: "a 1 MB query",
    request: query(`{ stats { ${"articles ".repeat(120_000)}} }`),
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
    message: /characters long; the limit is 20000/,
  },
  {
    name: "a 1 MB query of padding",
    request: query(`{ stats { articles } }${" ".repeat(1024 * 1024)}`),
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
  },
  { name: "batched array", request: (url) => json(url, [{ query: STATS_QUERY }, { query: STATS_QUERY }]), status: 400, code: "BAD_REQUEST", message: /batching/i },
  {
    name: "text/plain body",
    request: (url) => send(url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: STATS_QUERY }) }),
    status: 415,
    code: "BAD_REQUEST",
    message: /application\/json; got "text\/plain"/,
  },
  {
    name: "form-encoded body",
    request: (url) => send(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `query=${encodeURIComponent(STATS_QUERY)}` }),
    status: 415,
    code: "BAD_REQUEST",
  },
  {
    name: "multipart body",
    request: (url) => {
      const form = new FormData();
      form.set("query", STATS_QUERY);
      return send(url, { method: "POST", body: form });
    },
    status: 415,
    code: "BAD_REQUEST",
  },
  { name: "no content type", request: (url) => send(url, { method: "POST", body: new Uint8Array([123, 125]) }), status: 415, code: "BAD_REQUEST" },
  {
    name: "malformed JSON",
    request: (url) => send(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query": "{ stats { articles } }"' }),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a variable of JSON nested 200 000 deep",
    request: (url) =>
      send(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: `{"query":"query($b: [ID!]!) { contacts(between: $b) { id } }","variables":{"b":${"[".repeat(200_000)}${"]".repeat(200_000)}}}`,
      }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "GET mutation",
    request: (url) => send(`${url}?query=${encodeURIComponent('mutation { deleteArticle(id: "article:0000") }')}`, { headers: { "apollo-require-preflight": "true" } }),
    status: 405,
    code: "BAD_REQUEST",
    message: /GET requests only support query operations/,
  },
  {
    name: "GET query without a CSRF preflight header",
    request: (url) => send(`${url}?query=${encodeURIComponent(STATS_QUERY)}`),
    status: 400,
    code: "BAD_REQUEST",
    message: /Cross-Site Request Forgery/,
  },
  { name: "unknown operation name", request: (url) => json(url, { query: "query A { stats { articles } }", operationName: "B" }), status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
  { name: "two operations and no operation name", request: query("query A { stats { articles } } query B { stats { events } }"), status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
];

describe("GraphQL bad input over HTTP: the right code, in bounded time, and the server keeps serving", () => {
  let live: LiveServer;
  beforeAll(async () => {
    live = await startLiveServer();
    await counts(live.url); // warm up schema, store and JIT so timings measure the request
  });
  afterAll(async () => live?.dispose());

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, bad) => {
    const reply = await bad.request(live.url);
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(bad.status);
    expect(reply.body.errors?.[0]?.extensions?.code, JSON.stringify(reply.body).slice(0, 300)).toBe(bad.code);
    if (bad.message) expect(reply.body.errors[0].message).toMatch(bad.message);
    expect(reply.body.errors[0].extensions).not.toHaveProperty("stacktrace");
    expect(reply.ms).toBeLessThan(1000);
    const after = await postJson(live.url, { query: "{ stats { articles } }" });
    expect(after.status).toBe(200);
    expect(after.body.data.stats.articles).toBe(0);
  });

  it("still answers the standard introspection query that GraphQL clients send", async () => {
    const reply = await postJson(live.url, { query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.__schema.queryType.name).toBe("Query");
  });

  it("still answers a legitimate query at the limits (12 levels, 30 aliases)", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `s${i}: stats { articles }`).join(" ");
    const deep = `{ events(first: 1) { edges { node { participants { entity { ... on Person { events { participants { entity { ... on Person { events { evidence { article { id } } } } } } } } } } } } } }`;
    expect(measureDocument(parse(deep)).depth).toBe(12);
    for (const text of [`{ ${aliases} }`, deep]) {
      const reply = await postJson(live.url, { query: text });
      expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(200);
      expect(reply.body.errors).toBeUndefined();
    }
  });
});

describe("measureDocument", () => {
  it("expands fragments by use without expanding them in memory, and flags cycles", () => {
    expect(measureDocument(parse(`{ stats { ...F20 } }\n${fanOutFragments(20)}`))).toMatchObject({ fields: 2 ** 20 + 1, depth: 2, cyclic: false });
    expect(measureDocument(parse("{ a: stats { b: articles } }"))).toEqual({ depth: 2, aliases: 2, fields: 2, cyclic: false });
    expect(measureDocument(parse("{ stats { ...A } } fragment A on Stats { ...A }")).cyclic).toBe(true);
  });
});

import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counts, GOOD_ARTICLE, INGEST, postJson, startLiveServer, type LiveServer } from "./secure-server.js";

/** SQL, FTS5, Cypher, control characters, JSON/GraphQL punctuation. */
const PAYLOADS = [
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  "Robert'); DELETE FROM entities; --",
  "NEAR(a b)",
  '"unterminated',
  "*",
  "Putin*",
  "a OR b AND NOT c",
  "col:value",
  "MATCH (n) DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n WITH 1 AS x RETURN x //",
  "\u0000\u0007",
  "{}[]()^~",
  "%_\\",
  "person:' OR '1'='1",
];

type Value = unknown;

/** A valid placeholder for a required input so that only the argument under test varies. */
function placeholder(type: GraphQLInputType): Value {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, Value> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) value[field.name] = placeholder(field.type);
    return value;
  }
  if (isScalarType(type)) return { Int: 1, Float: 1, Boolean: false }[type.name] ?? "x";
  return null;
}

const isTextual = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === "String" || named.name === "ID");
};

/** Places `payload` at every String/ID position of the input type (inside lists and input objects), one at a time. */
function variants(type: GraphQLInputType, payload: string, path: string): { path: string; value: Value }[] {
  if (isNonNullType(type)) return variants(type.ofType, payload, path);
  if (isListType(type)) return variants(type.ofType, payload, `${path}[]`).map((v) => ({ path: v.path, value: [v.value] }));
  if (isTextual(type)) return [{ path, value: payload }];
  if (isInputObjectType(type)) {
    const base = placeholder(type) as Record<string, Value>;
    return Object.values(type.getFields()).flatMap((field) => variants(field.type, payload, `${path}.${field.name}`).map((v) => ({ path: v.path, value: { ...base, [field.name]: v.value } })));
  }
  return [];
}

interface Probe {
  label: string;
  operation: "query" | "mutation";
  field: string;
  query: string;
  variables: Record<string, Value>;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? "" : " { __typename }";
}

/** Every textual argument position of every root field, with each payload. */
function probes(schema: GraphQLSchema): Probe[] {
  const out: Probe[] = [];
  for (const [operation, root] of [["query", schema.getQueryType()], ["mutation", schema.getMutationType()]] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args as GraphQLArgument[]) {
        for (const payload of PAYLOADS) {
          for (const variant of variants(arg.type, payload, arg.name)) {
            const variables: Record<string, Value> = {};
            for (const other of field.args) variables[other.name] = other === arg ? variant.value : isNonNullType(other.type) ? placeholder(other.type) : undefined;
            const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
            const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
            out.push({
              label: `${operation} ${field.name}(${variant.path}) ← ${JSON.stringify(payload)}`,
              operation,
              field: field.name,
              query: `${operation} Probe(${declared}) { ${field.name}(${passed})${selectionFor(field)} }`,
              variables: JSON.parse(JSON.stringify(variables)) as Record<string, Value>,
            });
          }
        }
      }
    }
  }
  return out;
}

describe("injection: SQL, FTS5, Cypher and control characters in every string argument are text", () => {
  let live: LiveServer;
  let schema: GraphQLSchema;
  let initial: unknown;

  beforeAll(async () => {
    live = await startLiveServer();
    const good = await postJson(live.url, { query: INGEST, variables: { input: GOOD_ARTICLE } });
    expect(good.body.data?.ingestArticle.status).toBe("ADDED");
    const introspection = await postJson(live.url, { query: getIntrospectionQuery() });
    schema = buildClientSchema(introspection.body.data);
    initial = await counts(live.url);
  });
  afterAll(async () => live?.dispose());

  it("finds the textual arguments by introspection and no payload causes an internal error or changes the data", async () => {
    const all = probes(schema);
    const fields = new Set(all.map((probe) => probe.field));
    // The schema's string arguments: a shrinking list means the walk broke, not that the schema is safe.
    for (const expected of ["person", "search", "node", "article", "contacts", "events", "ingestArticle", "deleteArticle"]) expect(fields).toContain(expected);
    expect(all.length).toBeGreaterThan(300);

    const failures: string[] = [];
    const added: string[] = [];
    for (const probe of all) {
      const reply = await postJson(live.url, { query: probe.query, variables: probe.variables });
      const codes = (reply.body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
      const text = JSON.stringify(reply.body);
      if (reply.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || codes.includes("STORE_ERROR") || /sqlite|SQL logic|syntax error|fts5|Neo\.ClientError/i.test(text)) {
        failures.push(`${probe.label}: HTTP ${reply.status} ${text.slice(0, 200)}`);
      }
      if (probe.field === "ingestArticle" && reply.body.data?.ingestArticle?.__typename) {
        // Stored as an article: find its id to check the text went in verbatim and to remove it after.
        const again = await postJson(live.url, { query: INGEST, variables: probe.variables });
        added.push(again.body.data.ingestArticle.articleId);
      }
    }
    // A payload stored as article text comes back byte for byte: it was data, not a statement.
    const sample = await postJson(live.url, { query: INGEST, variables: { input: { text: "MATCH (n) DETACH DELETE n // ' OR 1=1 -- NEAR(a b)" } } });
    const stored = await postJson(live.url, { query: "query($id: ID!) { article(id: $id) { text } }", variables: { id: sample.body.data.ingestArticle.articleId } });
    expect(stored.body.data.article.text).toBe("MATCH (n) DETACH DELETE n // ' OR 1=1 -- NEAR(a b)");
    added.push(sample.body.data.ingestArticle.articleId);

    for (const id of new Set(added)) {
      const removed = await postJson(live.url, { query: "mutation($id: ID!) { deleteArticle(id: $id) }", variables: { id } });
      expect(removed.body.data?.deleteArticle, JSON.stringify(removed.body)).toBe(true);
    }
    expect(await counts(live.url)).toEqual(initial);
    expect(failures, failures.slice(0, 10).join("\n")).toEqual([]);
    const putin = await postJson(live.url, { query: '{ person(name: "Putin") { name } search(query: "Putin") { __typename } }' });
    expect(putin.body.data.person.name).toBe("Vladimir Putin");
    expect(putin.body.data.search.length).toBeGreaterThan(0);
  });

  it("sends the payloads inline as GraphQL string literals too", async () => {
    const before = await counts(live.url);
    const failures: string[] = [];
    for (const payload of PAYLOADS) {
      const literal = JSON.stringify(payload);
      for (const query of [`{ person(name: ${literal}) { id } }`, `{ search(query: ${literal}) { __typename } }`, `{ node(id: ${literal}) { id } }`]) {
        const reply = await postJson(live.url, { query });
        const codes = (reply.body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
        if (reply.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) failures.push(`${query}: ${JSON.stringify(reply.body).slice(0, 200)}`);
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
    expect(await counts(live.url)).toEqual(before);
  });
});

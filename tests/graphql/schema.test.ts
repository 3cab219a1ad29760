import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildParleySchema, printSortedSchema } from "../../src/graphql/build-schema.js";

/** Every schema element without a description, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const has = (description: string | null | undefined) => Boolean(description && description.trim());
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    // Built-in scalars (String, Int …) carry graphql-js's own descriptions.
    if (!has(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) {
          if (!has(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!has(value.description)) missing.push(`${type.name}.${value.name}`);
    }
    if (isUnionType(type) && !has(type.description)) missing.push(type.name);
  }
  return missing;
}

describe("GraphQL schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });

  it("equals the committed schema.graphql (run `npm run schema:emit` when this fails)", async () => {
    const committed = await readFile(fileURLToPath(new URL("../../schema.graphql", import.meta.url)), "utf8").catch(() => "");
    const built = printSortedSchema(schema);
    expect(committed === built, "schema.graphql is stale or missing: run `npm run schema:emit` and commit the result").toBe(true);
  });

  it("describes every type, field, argument and enum value", () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it("exposes the queries and mutations clients rely on", () => {
    const queries = Object.keys(schema.getQueryType()!.getFields()).sort();
    expect(queries).toEqual(
      expect.arrayContaining(["node", "search", "person", "people", "country", "countries", "organizations", "event", "events", "contacts", "timeline", "article", "articles", "stats", "curations"]),
    );
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(
      ["addAlias", "deleteArticle", "ingestArticle", "mergeEntities", "rejectEvent", "removeAlias", "renameEntity", "restoreEvent", "updateEvent"],
    );
    const node = schema.getType("Node");
    expect(isInterfaceType(node)).toBe(true);
    const implementations = schema.getImplementations(node as never).objects.map((type) => type.name).sort();
    expect(implementations).toEqual(["Article", "Country", "Event", "Office", "Organization", "Person", "Place"]);
  });
});

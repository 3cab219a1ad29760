import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, validate, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildParleySchema } from "../../src/graphql/build-schema.js";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/** Each line or block of the README's first graphql example, split at the comments that introduce them. */
function readmeOperations(): string[] {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const block = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no ```graphql block");
  const operations: string[] = [];
  let current: string[] = [];
  for (const line of block.split("\n")) {
    // A top-level `{`, `mutation` or `subscription` starts a new operation; comments and continuation lines do not.
    if (/^(\{|mutation\b|query\b|subscription\b)/.test(line) && current.length > 0) {
      operations.push(current.join("\n"));
      current = [];
    }
    if (!line.startsWith("#")) current.push(line);
  }
  if (current.join("").trim()) operations.push(current.join("\n"));
  return operations.filter((op) => op.trim().length > 0);
}

describe("README examples", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });

  const operations = readmeOperations();
  it("has one example per research query", () => {
    const text = operations.join("\n");
    for (const field of ["contacts(", "contactCounts(", "officeHolders(", "path(", "neighborhood(", "timeline(", "timelineJS(", "events(", "search(", "ingestArticle(", "eventAdded("]) {
      expect(text, field).toContain(field);
    }
  });

  it.each(operations.map((op) => [op.trim().split("\n")[0]!.slice(0, 70), op]))("validates: %s", (_, operation) => {
    const errors = validate(schema, parse(operation));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

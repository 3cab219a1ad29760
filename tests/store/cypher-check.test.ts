import { describe, expect, it } from "vitest";
import { allStatements, lintStatements } from "../../src/store/neo4j/cypher/lint-statements.js";
import { STATEMENTS, type CypherStatement } from "../../src/store/neo4j/cypher/statements.js";
import { SCHEMA_STATEMENTS } from "../../src/store/neo4j/schema.js";

/**
 * Every Cypher statement of the neo4j adapter goes through Neo4j's own parser and semantic
 * analyser (the check `npm run check:cypher` runs), with no server. The second part proves the
 * check can fail: broken statements must come back with diagnostics.
 */

const statements = allStatements();

describe("the Cypher check covers every statement", () => {
  it("lists STATEMENTS, the schema and the index wait", () => {
    expect(statements.length).toBe(Object.keys(STATEMENTS).length + SCHEMA_STATEMENTS.length + 1);
    expect(Object.keys(STATEMENTS).length).toBeGreaterThan(30);
  });
});

describe("every Cypher statement passes Neo4j's analyser", () => {
  for (const [name, statement] of statements) {
    it(`${name} has no diagnostic`, () => {
      const diagnostics = lintStatements([[name, statement]]).map((d) => `${d.version} ${d.severity}: ${d.message} (near ${JSON.stringify(d.near)})`);
      expect(diagnostics).toEqual([]);
    }, 60_000);
  }
});

describe("the Cypher check catches broken statements", () => {
  const broken = (cypher: string, params: string[] = []): CypherStatement => ({ cypher, params, mode: "READ" });
  const messagesOf = (statement: CypherStatement): string[] => lintStatements([["BROKEN", statement]]).map((d) => d.message);

  it("a misspelled function", () => {
    expect(messagesOf(broken("MATCH (x:Entity) RETURN toLowr(x.name) AS n")).join("\n")).toMatch(/Function toLowr is not present/);
  });

  it("a syntax error", () => {
    expect(messagesOf(broken("MATCH (x:Entity) RETRN x.id AS id"))).not.toEqual([]);
  });

  it("a misspelled label, relationship type or property key", () => {
    expect(messagesOf(broken("MATCH (x:Entiti) RETURN x.id AS id")).join("\n")).toMatch(/Label Entiti/);
    expect(messagesOf(broken("MATCH (e:Event)-[:REPORTED]->(a:Article) RETURN a.id AS id")).join("\n")).toMatch(/Relationship type REPORTED/);
    expect(messagesOf(broken("MATCH (x:Entity) RETURN x.nmae AS name")).join("\n")).toMatch(/nmae/);
  });

  it("a parameter used but not declared, or declared but not used", () => {
    expect(messagesOf(broken("MATCH (x:Entity {id: $id}) RETURN x.name AS name")).join("\n")).toMatch(/Parameter \$id is not defined/);
    expect(messagesOf(broken("MATCH (x:Entity {id: $id}) RETURN x.name AS name", ["id", "extra"])).join("\n")).toMatch(/\$extra is declared but not used/);
  });

  it("a variable out of scope and an unknown procedure", () => {
    expect(messagesOf(broken("MATCH (x:Entity) WITH x.id AS id RETURN x.name AS name"))).not.toEqual([]);
    expect(messagesOf(broken("CALL db.index.fulltext.queryNode('parley_search', 'x') YIELD node RETURN node.id AS id"))).not.toEqual([]);
  });
});

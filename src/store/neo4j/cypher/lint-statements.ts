import { lintCypherQuery, testData, type DbSchema } from "@neo4j-cypher/language-support";
import { AWAIT_INDEXES, BATCH_MAP_KEYS, NODE_LABELS, OTHER_LABELS, PROPERTY_KEYS, RELATIONSHIP_TYPES, SCHEMA_STATEMENTS } from "../schema.js";
import { STATEMENTS, type CypherStatement } from "./statements.js";

/**
 * Runs Neo4j's own Cypher parser and semantic analyser (@neo4j-cypher/language-support, a dev
 * dependency: only `npm run check:cypher` and its test load this module) over statements, against
 * a schema of our labels, relationship types and property keys plus Neo4j's function and procedure
 * registry. Misspelled functions, labels or properties, undeclared `$parameters`, syntax and
 * scoping errors all come back as diagnostics.
 */

/** The Cypher versions a Neo4j 5 server or a current one may run our statements as. */
export const CYPHER_VERSIONS = ["CYPHER 5", "CYPHER 25"] as const;
export type CypherVersion = (typeof CYPHER_VERSIONS)[number];

export interface CypherDiagnostic {
  statement: string;
  version: CypherVersion;
  severity: "error" | "warning" | "info";
  message: string;
  /** The offending text of the statement. */
  near: string;
}

/** Every statement the adapter can run, by name: STATEMENTS, the schema DDL and the index wait. */
export function allStatements(): [string, CypherStatement][] {
  return [
    ...Object.entries(STATEMENTS).map(([name, statement]): [string, CypherStatement] => [name, statement]),
    ...SCHEMA_STATEMENTS.map((statement, i): [string, CypherStatement] => [`SCHEMA_${i + 1}`, statement]),
    ["AWAIT_INDEXES", AWAIT_INDEXES],
  ];
}

/** The schema the analyser checks against: ours plus the registry of built-in functions and procedures. */
export function parleyDbSchema(version: CypherVersion, params: readonly string[]): DbSchema {
  const mock = testData.mockSchema;
  return {
    labels: [...NODE_LABELS, ...OTHER_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...PROPERTY_KEYS, ...BATCH_MAP_KEYS],
    functions: mock.functions,
    procedures: mock.procedures,
    parameters: Object.fromEntries(params.map((name) => [name, null])),
    defaultLanguage: version,
  };
}

const SEVERITY = { 1: "error", 2: "warning", 3: "info", 4: "info" } as const;

/** Analyses each statement under each Cypher version; also flags declared parameters the text never uses. */
export function lintStatements(statements: [string, CypherStatement][]): CypherDiagnostic[] {
  const diagnostics: CypherDiagnostic[] = [];
  for (const [name, statement] of statements) {
    const used = new Set([...statement.cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    for (const param of statement.params) {
      if (!used.has(param)) {
        diagnostics.push({ statement: name, version: "CYPHER 5", severity: "error", message: `parameter $${param} is declared but not used`, near: "" });
      }
    }
    for (const version of CYPHER_VERSIONS) {
      const { diagnostics: found } = lintCypherQuery(statement.cypher, parleyDbSchema(version, statement.params));
      for (const d of found) {
        diagnostics.push({
          statement: name,
          version,
          severity: SEVERITY[(d.severity ?? 1) as 1 | 2 | 3 | 4],
          message: typeof d.message === "string" ? d.message : d.message.value,
          near: statement.cypher.slice(d.offsets.start, d.offsets.end),
        });
      }
    }
  }
  return diagnostics;
}

/**
 * `npm run check:cypher` — runs Neo4j's Cypher parser and semantic analyser over every statement
 * of the neo4j adapter (no server needed), prints each diagnostic and exits 1 when there is any.
 */
import { allStatements, CYPHER_VERSIONS, lintStatements } from "../store/neo4j/cypher/lint-statements.js";

const started = Date.now();
const statements = allStatements();
const diagnostics = lintStatements(statements);
for (const d of diagnostics) {
  const near = d.near ? ` (near ${JSON.stringify(d.near)})` : "";
  console.log(`${d.statement} [${d.version}] ${d.severity}: ${d.message}${near}`);
}
console.log(
  `checked ${statements.length} Cypher statements under ${CYPHER_VERSIONS.join(" and ")} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    `${diagnostics.length} diagnostic${diagnostics.length === 1 ? "" : "s"}`,
);
process.exitCode = diagnostics.length > 0 ? 1 : 0;

import { type GraphStore } from "./graph-store.js";
import { openNeo4jStore, type Neo4jStoreOptions } from "./neo4j/index.js";
import { openSqliteStore } from "./sqlite/index.js";

export interface StoreConfig {
  /** When given (NEO4J_URI and friends), the store is Neo4j; otherwise the sqlite file below. */
  neo4j?: Neo4jStoreOptions;
  /** The sqlite database file (PARLEY_DB). */
  sqlitePath: string;
  /** Its page cache in MiB (PARLEY_SQLITE_CACHE_MB); the adapter's default when omitted. */
  sqliteCacheMb?: number;
}

/**
 * Opens the store the configuration names: Neo4j when `config.neo4j` is set, the sqlite file
 * otherwise. Throws StoreUnavailableError when the chosen store cannot be reached or opened; it
 * never falls back from an unreachable Neo4j to sqlite, which would hide the misconfiguration.
 */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  if (config.neo4j) return openNeo4jStore(config.neo4j);
  return openSqliteStore({ path: config.sqlitePath, ...(config.sqliteCacheMb ? { cacheSizeMb: config.sqliteCacheMb } : {}) });
}

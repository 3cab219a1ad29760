import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreUnavailableError } from "../../domain/errors.js";
import { ensureSchema } from "./schema.js";
import { SqliteGraphStore } from "./sqlite-graph-store.js";

export { SqliteGraphStore } from "./sqlite-graph-store.js";
export { SCHEMA_VERSION } from "./schema.js";

export interface SqliteStoreOptions {
  /** Database file; its directory is created when missing. `:memory:` for a throwaway store. */
  path: string;
  /**
   * How long a writer waits for another connection's lock before failing, in milliseconds.
   * @default 5000
   */
  busyTimeoutMs?: number;
  /**
   * Page cache of this connection, in MiB. SQLite's default (2 MiB) makes every index lookup of a
   * store with a million events a read from the operating system's cache.
   * @default 16
   */
  cacheSizeMb?: number;
}

/**
 * Opens (or creates) the SQLite database at `options.path` and returns the GraphStore on it:
 * WAL journal, foreign keys on, a busy timeout, and the schema created or checked.
 * Throws StoreUnavailableError when the file cannot be opened or has a newer schema.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteGraphStore> {
  let db: Database.Database | undefined;
  try {
    if (options.path !== ":memory:" && options.path !== "") mkdirSync(dirname(options.path), { recursive: true });
    db = new Database(options.path);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    // WAL makes NORMAL durable against application crashes, at a fraction of FULL's fsyncs.
    db.pragma("synchronous = NORMAL");
    db.pragma(`cache_size = ${-1024 * Math.max(1, Math.trunc(options.cacheSizeMb ?? 16))}`);
    const { rebuildInvolvements, rebuildFuzzyKeys } = ensureSchema(db);
    const store = new SqliteGraphStore(db);
    if (rebuildInvolvements) store.rebuildCountryInvolvements();
    if (rebuildFuzzyKeys) store.rebuildFuzzyKeys();
    return store;
  } catch (error) {
    db?.close();
    if (error instanceof StoreUnavailableError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(`cannot open the sqlite database ${JSON.stringify(options.path)}: ${message}`, {
      path: options.path,
    });
  }
}

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openNeo4jStore, type Neo4jGraphStore, type Neo4jStoreOptions } from "../../src/store/neo4j/index.js";

/**
 * The Neo4j server the tests run against, from the variables the application reads (NEO4J_URI,
 * NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE); undefined when NEO4J_URI is unset, and the Neo4j
 * suites then skip saying so. `.ci/run` starts the project's own server (tools/neo4j-test-server)
 * and sets them; on a developer machine `npm run neo4j:start` prints the URI to set.
 */
export const NEO4J_UNDER_TEST: Neo4jStoreOptions | undefined = process.env.NEO4J_URI?.trim()
  ? {
      uri: process.env.NEO4J_URI.trim(),
      user: process.env.NEO4J_USER || "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE || "neo4j",
    }
  : undefined;

/** Why a Neo4j suite is skipped, printed once per file. */
export const NEO4J_SKIP_REASON =
  "NEO4J_URI is not set: the Neo4j runs of this suite are skipped (npm run neo4j:start prints a URI; set NEO4J_URI and NEO4J_PASSWORD to run them)";

/** The stores a store-agnostic suite runs on: sqlite always, Neo4j when NEO4J_URI is set. */
export const STORES_UNDER_TEST: readonly ("sqlite" | "neo4j")[] = NEO4J_UNDER_TEST ? ["sqlite", "neo4j"] : ["sqlite"];

/** How long a file may wait for another file's turn on the server (the contract suite takes about a minute). */
export const NEO4J_TURN_TIMEOUT_MS = 15 * 60_000;

/**
 * Neo4j Community has one user database, and the suites that use it count and delete everything
 * in it: test files (run in parallel by vitest) take turns. `takeNeo4jTurn()` waits for the
 * cross-process lock on the server, checks the database holds no Parley data (it refuses a
 * database someone else filled, naming it) and returns an admin store; `release()` deletes what
 * the file wrote, closes the store and frees the lock. An unreachable NEO4J_URI fails here, fast,
 * with the URI in the message.
 */
export async function takeNeo4jTurn(): Promise<{ admin: Neo4jGraphStore; options: Neo4jStoreOptions; release: () => Promise<void> }> {
  const options = NEO4J_UNDER_TEST;
  if (!options) throw new Error(NEO4J_SKIP_REASON);
  // Open first: a server that does not answer fails at once instead of after the wait for a turn.
  const admin = await openNeo4jStore(options);
  const unlock = await lockServer(options);
  try {
    const before = await admin.countParleyNodes();
    if (before > 0) {
      throw new Error(
        `database ${JSON.stringify(options.database)} at ${options.uri} already holds ${before} Parley nodes (Entity, Event, Article); ` +
          "the Neo4j suites delete everything of that kind, so point NEO4J_URI/NEO4J_DATABASE at a scratch database (npm run neo4j:start)",
      );
    }
  } catch (error) {
    await admin.close();
    unlock();
    throw error;
  }
  return {
    admin,
    options,
    release: async () => {
      try {
        await admin.deleteAllParleyData();
      } finally {
        await admin.close();
        unlock();
      }
    },
  };
}

/** An exclusive lock per server URI and database across processes: a directory holding the owner's pid; a dead owner's lock is taken over. */
async function lockServer(options: Neo4jStoreOptions): Promise<() => void> {
  const key = createHash("sha256").update(`${options.uri}|${options.database}`).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), `parley-neo4j-turn-${key}`);
  const deadline = Date.now() + NEO4J_TURN_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, "pid"), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (!ownerAlive(dir)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`waited ${NEO4J_TURN_TIMEOUT_MS / 1000} s for another test file to finish with ${options.uri}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function ownerAlive(dir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, "pid"), "utf8"));
  } catch {
    return true; // just created, pid not written yet
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * For an e2e suite that runs on each store of STORES_UNDER_TEST: the config overrides that point
 * Parley at that store (nothing for sqlite, `neo4j` for Neo4j once this file's turn came) and the
 * function that gives the turn back, deleting what the suite wrote.
 */
export async function storeForSuite(kind: "sqlite" | "neo4j"): Promise<{ overrides: { neo4j?: Neo4jStoreOptions }; release: () => Promise<void> }> {
  if (kind === "sqlite") return { overrides: {}, release: async () => undefined };
  const turn = await takeNeo4jTurn();
  return { overrides: { neo4j: turn.options }, release: turn.release };
}

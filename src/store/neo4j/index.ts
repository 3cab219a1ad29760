import neo4j, { type Driver } from "neo4j-driver";
import { StoreUnavailableError } from "../../domain/errors.js";
import { describeCause, Neo4jExecutor, type CypherExecutor } from "./executor.js";
import { Neo4jGraphStore } from "./neo4j-graph-store.js";
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from "./schema.js";
import { cypherInt } from "./mappers.js";

export { Neo4jGraphStore } from "./neo4j-graph-store.js";
export { STATEMENTS, type CypherStatement } from "./cypher/statements.js";
export { SCHEMA_STATEMENTS } from "./schema.js";

export interface Neo4jStoreOptions {
  /** `bolt://host:7687` (one server) or `neo4j://host:7687` (routing). */
  uri: string;
  user: string;
  password: string;
  /** Always named explicitly, so a session never lands on the server's default database by accident. */
  database: string;
  /**
   * How long to wait for a TCP connection, in milliseconds. Acquiring a connection (handshake
   * included) may take 2 s more; opening the store fails within this plus 2 s.
   * @default 5000
   */
  connectionTimeoutMs?: number;
  /**
   * Most events one breadth-first step of `path` (src/store/path-search.ts) may expand before
   * Neo4j's shortestPath takes over (same answer). 0 runs shortestPath alone: over Bolt the search
   * was not measurably faster on the bench graph. Tests set it to run the search.
   * @default 0
   */
  pathSearchMaxEvents?: number;
}

const DEFAULT_CONNECTION_TIMEOUT_MS = 5000;
/** The handshake and pool wait on top of the TCP connect: the driver's own default is 60 s. */
const ACQUISITION_MARGIN_MS = 2000;
/** Bounded retries of transient failures (deadlocks, leader switches); the driver's default is 30 s. */
const MAX_TRANSACTION_RETRY_MS = 5000;
const INDEX_WAIT_SECONDS = 60;

/**
 * Connects to Neo4j, checks the server answers for `options.database`, creates the constraints and
 * indexes (idempotently) and returns the GraphStore on it. An unreachable server, a wrong password
 * or an unknown database fail fast with StoreUnavailableError("cannot reach Neo4j at <uri>: <cause>")
 * — within about 7 s at the default timeout, including a server that accepts and never answers.
 */
export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<Neo4jGraphStore> {
  const connectionTimeout = Math.max(1, Math.trunc(options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS));
  const acquisitionTimeout = connectionTimeout + ACQUISITION_MARGIN_MS;
  let driver: Driver | undefined;
  try {
    driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      connectionTimeout,
      connectionAcquisitionTimeout: acquisitionTimeout,
      maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
    });
    await withDeadline(driver.verifyConnectivity({ database: options.database }), acquisitionTimeout + 1000);
  } catch (error) {
    await driver?.close().catch(() => undefined);
    throw new StoreUnavailableError(`cannot reach Neo4j at ${options.uri}: ${describeCause(error)}`, { uri: options.uri });
  }
  const executor = new Neo4jExecutor(driver, options.database, options.uri);
  const store = new Neo4jGraphStore(executor, options.uri, options.pathSearchMaxEvents);
  try {
    await ensureSchema(executor);
    // Entities written before fuzzy name keys existed get them once; later opens find none to fill.
    await store.fillMissingFuzzyKeys();
  } catch (error) {
    await executor.close().catch(() => undefined);
    throw error;
  }
  return store;
}

/** Creates every constraint and index that is missing, then waits for them to be online. */
export async function ensureSchema(executor: CypherExecutor): Promise<void> {
  // Schema changes cannot share a transaction with other schema changes' index population: one each.
  for (const statement of SCHEMA_STATEMENTS) {
    await executor.write("creating the Neo4j schema", (tx) => tx.run(statement, {}));
  }
  await executor.read("waiting for the Neo4j indexes", (tx) => tx.run(AWAIT_INDEXES, { seconds: cypherInt(INDEX_WAIT_SECONDS) }));
}

/** Rejects when `promise` has not settled after `ms`: a last guard on top of the driver's own timeouts. */
async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

import { Neo4jError, type Driver, type ManagedTransaction } from "neo4j-driver";
import { ParleyError, StoreError, StoreUnavailableError } from "../../domain/errors.js";
import { type CypherStatement } from "./cypher/statements.js";
import { recordToRow } from "./mappers.js";

/** Runs statements inside one transaction; rows come back as plain JS values. */
export interface CypherRunner {
  run<R, P extends string = string>(statement: CypherStatement<P>, params: { readonly [K in P]: unknown }): Promise<R[]>;
}

/** What the store needs from a database: read and write transactions. Tests may hand the store a fake. */
export interface CypherExecutor {
  /** Runs `work` in one read transaction (retried on transient errors). `what` names the operation in errors. */
  read<T>(what: string, work: (runner: CypherRunner) => Promise<T>): Promise<T>;
  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  write<T>(what: string, work: (runner: CypherRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Driver error codes that mean the server cannot be used right now, rather than that a statement failed. */
const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Security.CredentialsExpired",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/**
 * Owns the sessions, like the Neo4j GraphQL library's Executor: one session per unit of work, the
 * database always named, `executeRead`/`executeWrite` so the driver retries transient failures
 * (bounded by `maxTransactionRetryTime`), the session closed in `finally`, and driver errors mapped
 * to our typed errors with a message naming the server and the cause.
 */
export class Neo4jExecutor implements CypherExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly uri: string,
  ) {}

  async read<T>(what: string, work: (runner: CypherRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    try {
      return await session.executeRead((tx) => work(transactionRunner(tx, "READ")));
    } catch (error) {
      throw mapDriverError(error, this.uri, what, false);
    } finally {
      await session.close();
    }
  }

  async write<T>(what: string, work: (runner: CypherRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "WRITE" });
    try {
      return await session.executeWrite((tx) => work(transactionRunner(tx, "WRITE")));
    } catch (error) {
      throw mapDriverError(error, this.uri, what, true);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function transactionRunner(tx: ManagedTransaction, mode: "READ" | "WRITE"): CypherRunner {
  return {
    async run<R, P extends string>(statement: CypherStatement<P>, params: { readonly [K in P]: unknown }): Promise<R[]> {
      // A write statement in a read transaction would fail on a cluster's read replica: refuse it everywhere.
      if (statement.mode === "WRITE" && mode === "READ") throw new StoreError("a write statement was run in a read transaction");
      const result = await tx.run(statement.cypher, params as Record<string, unknown>);
      return result.records.map((record) => recordToRow<R>(record));
    },
  };
}

/** The message of a driver error and of its cause (for example ECONNREFUSED), in one line. */
export function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message.split("\n")[0] ?? error.message];
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && cause.message && !parts[0]!.includes(cause.message)) parts.push(cause.message);
  return parts.join(": ");
}

/**
 * Our typed error for anything a unit of work threw: ParleyErrors pass through; an unreachable or
 * refusing server becomes StoreUnavailableError("cannot reach Neo4j at <uri>: <cause>"); any other
 * failure StoreError, saying for a write that nothing was written (the transaction rolled back).
 */
export function mapDriverError(error: unknown, uri: string, what: string, writing: boolean): ParleyError {
  if (error instanceof ParleyError) return error;
  const cause = describeCause(error);
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code !== undefined && (UNAVAILABLE_CODES.has(code) || /acquisition timed out/i.test(cause))) {
    return new StoreUnavailableError(`cannot reach Neo4j at ${uri}: ${cause}`, { uri, cause: code });
  }
  const outcome = writing ? "; nothing was written" : "";
  return new StoreError(`${what} on Neo4j at ${uri} failed${outcome}: ${code && code !== "N/A" ? `${code}: ` : ""}${cause}`, { uri, cause: code ?? cause });
}

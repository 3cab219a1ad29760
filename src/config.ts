import { ParleyError } from "./domain/index.js";

/** An environment variable has a value Parley cannot use; the message names it. */
export class ConfigError extends ParleyError {
  readonly code = "BAD_CONFIG";
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const NODE_ENVS = ["development", "production", "test"] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface ParleyConfig {
  /** PORT, default 4000 (0 picks a free port). */
  port: number;
  /** HOST, default localhost. */
  host: string;
  /** PARLEY_DB: the sqlite file, default ./data/parley.db. */
  dbPath: string;
  /** PARLEY_SEEDS_DIR, default ./seeds. */
  seedsDir: string;
  /** PARLEY_LOAD_SEEDS, default true. */
  loadSeeds: boolean;
  /** NODE_ENV, default production: unexpected errors are masked unless it is development. */
  nodeEnv: NodeEnv;
  /** LOG_LEVEL, default info. */
  logLevel: LogLevel;
  /** NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): when set, the graph lives in Neo4j instead of PARLEY_DB. */
  neo4j?: Neo4jConfig;
}

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

const NEO4J_SCHEMES = /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/\S+$/;

function neo4j(env: NodeJS.ProcessEnv): Neo4jConfig | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  if (!NEO4J_SCHEMES.test(uri)) {
    throw new ConfigError(`NEO4J_URI must be a bolt:// or neo4j:// URI (optionally +s or +ssc); got ${JSON.stringify(uri)}`, { variable: "NEO4J_URI" });
  }
  return {
    uri,
    user: nonEmpty("NEO4J_USER", env.NEO4J_USER, "neo4j"),
    password: env.NEO4J_PASSWORD ?? "",
    database: nonEmpty("NEO4J_DATABASE", env.NEO4J_DATABASE, "neo4j"),
  };
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}`, { variable: name });
}

function port(value: string | undefined): number {
  if (value === undefined || value === "") return 4000;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65535) throw new ConfigError(`PORT must be an integer from 0 to 65535; got ${JSON.stringify(value)}`, { variable: "PORT" });
  return parsed;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  const normalized = value.trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(normalized)) return true;
  if (["false", "0", "no", "off"].includes(normalized)) return false;
  throw new ConfigError(`${name} must be true or false; got ${JSON.stringify(value)}`, { variable: name });
}

function nonEmpty(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!value.trim()) throw new ConfigError(`${name} must not be empty`, { variable: name });
  return value.trim();
}

/** Reads and validates Parley's settings from the environment, throwing a ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ParleyConfig {
  const neo4jConfig = neo4j(env);
  return {
    port: port(env.PORT),
    host: nonEmpty("HOST", env.HOST, "localhost"),
    dbPath: nonEmpty("PARLEY_DB", env.PARLEY_DB, "./data/parley.db"),
    seedsDir: nonEmpty("PARLEY_SEEDS_DIR", env.PARLEY_SEEDS_DIR, "./seeds"),
    loadSeeds: flag("PARLEY_LOAD_SEEDS", env.PARLEY_LOAD_SEEDS, true),
    nodeEnv: oneOf("NODE_ENV", env.NODE_ENV, NODE_ENVS, "production"),
    logLevel: oneOf("LOG_LEVEL", env.LOG_LEVEL?.toLowerCase(), LOG_LEVELS, "info"),
    ...(neo4jConfig ? { neo4j: neo4jConfig } : {}),
  };
}

import { existsSync, statSync } from "node:fs";
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
  /** PARLEY_SQLITE_CACHE_MB: the sqlite page cache per connection, default 16. */
  sqliteCacheMb: number;
  /** PARLEY_SEEDS_DIR, default ./seeds. */
  seedsDir: string;
  /** PARLEY_LOAD_SEEDS, default true. */
  loadSeeds: boolean;
  /** PARLEY_ACTORS_FILE: a CSV of the user's own actors (knowledge/compiled/README.md format), merged over the shipped ones. */
  actorsFile?: string;
  /** NODE_ENV, default production: unexpected errors are masked unless it is development. */
  nodeEnv: NodeEnv;
  /** LOG_LEVEL, default info. */
  logLevel: LogLevel;
  /** NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): when set, the graph lives in Neo4j instead of PARLEY_DB. */
  neo4j?: Neo4jConfig;
  /** Access, CORS, limits. loadConfig always fills it; absent means the defaults of `securityDefaults(nodeEnv)`. */
  security?: SecurityConfig;
}

/** Who may write, who may read, and how large a request may be (README "Operating Parley safely"). */
export interface SecurityConfig {
  /** PARLEY_API_TOKEN: when set, mutations need `Authorization: Bearer <token>`. Unset: no token is asked for. */
  apiToken?: string;
  /** PARLEY_READS_REQUIRE_TOKEN, default false: queries need the token too (only with PARLEY_API_TOKEN). */
  readsRequireToken: boolean;
  /** PARLEY_CORS_ORIGINS, comma-separated origins allowed cross-origin; default none (same-origin only). */
  corsOrigins: string[];
  /** PARLEY_INTROSPECTION, default true: the schema is published in the repository anyway; false hides it. */
  introspection: boolean;
  /** PARLEY_PLAYGROUND (the static query page at / and GET /graphql), default true; false serves no page. */
  playground: boolean;
  /** PARLEY_MAX_BODY, bytes (accepts 500kb, 8mb), default 8 MB: above the largest article the extractor accepts. */
  maxBodyBytes: number;
  /** PARLEY_MAX_QUERY_LENGTH, characters of the GraphQL document, default 20000. */
  maxQueryLength: number;
  /** PARLEY_MAX_DEPTH, nesting of selections (introspection included), default 12. */
  maxDepth: number;
  /** PARLEY_MAX_ALIASES, aliased fields in one operation, default 30. */
  maxAliases: number;
  /** PARLEY_MAX_FIELDS, field selections once fragments are expanded, default 1000. */
  maxFields: number;
  /** PARLEY_MAX_COST, the price of one operation in rows the store may read (path, neighborhood, timeline, page sizes), default 50000. */
  maxCost: number;
}

/**
 * The security settings when no variable is set. NODE_ENV defaults to production here, so the
 * query page and introspection stay on by default (the quick start relies on them); a public
 * deployment turns them off with PARLEY_INTROSPECTION=false and PARLEY_PLAYGROUND=false.
 */
export function securityDefaults(): SecurityConfig {
  return {
    readsRequireToken: false,
    corsOrigins: [],
    introspection: true,
    playground: true,
    maxBodyBytes: 8 * 1024 * 1024,
    maxQueryLength: 20_000,
    maxDepth: 12,
    maxAliases: 30,
    maxFields: 1000,
    maxCost: 50_000,
  };
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

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(`${name} must be a positive integer; got ${JSON.stringify(value)}`, { variable: name });
  }
  return Number(value);
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `8388608`, `500kb`, `8mb`: a byte count. */
function byteSize(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  const bytes = match ? Math.floor(Number(match[1]) * (SIZE_UNITS[(match[2] ?? "").toLowerCase()] ?? Number.NaN)) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024) {
    throw new ConfigError(`${name} must be a size of at least 1kb such as 8mb, 500kb or 1048576; got ${JSON.stringify(value)}`, { variable: name });
  }
  return bytes;
}

function apiToken(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (/\s/.test(value) || value.length < 16) {
    throw new ConfigError("PARLEY_API_TOKEN must be at least 16 characters with no spaces (e.g. `openssl rand -hex 32`)", { variable: "PARLEY_API_TOKEN" });
  }
  return value;
}

function corsOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === "") return [];
  return value.split(",").map((entry) => entry.trim()).filter(Boolean).map((origin) => {
    // An origin is scheme://host[:port] with nothing after it; "*" is refused on purpose.
    if (!/^https?:\/\/[^/\s:*]+(:\d{1,5})?$/i.test(origin)) {
      throw new ConfigError(`PARLEY_CORS_ORIGINS entries must be origins such as https://app.example.org (no path, no *); got ${JSON.stringify(origin)}`, { variable: "PARLEY_CORS_ORIGINS" });
    }
    return origin.toLowerCase();
  });
}

function security(env: NodeJS.ProcessEnv): SecurityConfig {
  const defaults = securityDefaults();
  const token = apiToken(env.PARLEY_API_TOKEN);
  const readsRequireToken = flag("PARLEY_READS_REQUIRE_TOKEN", env.PARLEY_READS_REQUIRE_TOKEN, defaults.readsRequireToken);
  if (readsRequireToken && !token) {
    throw new ConfigError("PARLEY_READS_REQUIRE_TOKEN=true needs PARLEY_API_TOKEN to be set", { variable: "PARLEY_READS_REQUIRE_TOKEN" });
  }
  return {
    ...(token ? { apiToken: token } : {}),
    readsRequireToken,
    corsOrigins: corsOrigins(env.PARLEY_CORS_ORIGINS),
    introspection: flag("PARLEY_INTROSPECTION", env.PARLEY_INTROSPECTION, defaults.introspection),
    playground: flag("PARLEY_PLAYGROUND", env.PARLEY_PLAYGROUND, defaults.playground),
    maxBodyBytes: byteSize("PARLEY_MAX_BODY", env.PARLEY_MAX_BODY, defaults.maxBodyBytes),
    maxQueryLength: positiveInt("PARLEY_MAX_QUERY_LENGTH", env.PARLEY_MAX_QUERY_LENGTH, defaults.maxQueryLength),
    maxDepth: positiveInt("PARLEY_MAX_DEPTH", env.PARLEY_MAX_DEPTH, defaults.maxDepth),
    maxAliases: positiveInt("PARLEY_MAX_ALIASES", env.PARLEY_MAX_ALIASES, defaults.maxAliases),
    maxFields: positiveInt("PARLEY_MAX_FIELDS", env.PARLEY_MAX_FIELDS, defaults.maxFields),
    maxCost: positiveInt("PARLEY_MAX_COST", env.PARLEY_MAX_COST, defaults.maxCost),
  };
}

/**
 * PARLEY_ACTORS_FILE: the user's actor CSV, when set; it must name a readable file. Read by the server's
 * configuration and by the `parley` commands (which need no other setting to extract).
 */
export function actorsFileSetting(env: NodeJS.ProcessEnv = process.env): { actorsFile?: string } {
  const value = env.PARLEY_ACTORS_FILE?.trim();
  if (!value) return {};
  if (!existsSync(value) || !statSync(value).isFile()) throw new ConfigError(`PARLEY_ACTORS_FILE must name a readable CSV file, got ${JSON.stringify(value)} (no such file)`, { variable: "PARLEY_ACTORS_FILE" });
  return { actorsFile: value };
}

/** Reads and validates Parley's settings from the environment, throwing a ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ParleyConfig {
  const neo4jConfig = neo4j(env);
  const nodeEnv = oneOf("NODE_ENV", env.NODE_ENV, NODE_ENVS, "production");
  return {
    port: port(env.PORT),
    host: nonEmpty("HOST", env.HOST, "localhost"),
    dbPath: nonEmpty("PARLEY_DB", env.PARLEY_DB, "./data/parley.db"),
    sqliteCacheMb: positiveInt("PARLEY_SQLITE_CACHE_MB", env.PARLEY_SQLITE_CACHE_MB, 16),
    seedsDir: nonEmpty("PARLEY_SEEDS_DIR", env.PARLEY_SEEDS_DIR, "./seeds"),
    loadSeeds: flag("PARLEY_LOAD_SEEDS", env.PARLEY_LOAD_SEEDS, true),
    ...actorsFileSetting(env),
    nodeEnv,
    logLevel: oneOf("LOG_LEVEL", env.LOG_LEVEL?.toLowerCase(), LOG_LEVELS, "info"),
    ...(neo4jConfig ? { neo4j: neo4jConfig } : {}),
    security: security(env),
  };
}

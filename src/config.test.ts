import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, securityDefaults } from "./config.js";

describe("loadConfig", () => {
  it("has defaults that serve http://localhost:4000/graphql from ./data/parley.db with seeds", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: "localhost",
      dbPath: "./data/parley.db",
      sqliteCacheMb: 16,
      seedsDir: "./seeds",
      loadSeeds: true,
      nodeEnv: "production",
      logLevel: "info",
      security: {
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
      },
    });
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "0",
      HOST: "0.0.0.0",
      PARLEY_DB: "/tmp/x.db",
      PARLEY_SQLITE_CACHE_MB: "128",
      PARLEY_SEEDS_DIR: "/tmp/seeds",
      PARLEY_LOAD_SEEDS: "false",
      NODE_ENV: "development",
      LOG_LEVEL: "DEBUG",
    });
    expect(config).toEqual({
      port: 0,
      host: "0.0.0.0",
      dbPath: "/tmp/x.db",
      sqliteCacheMb: 128,
      seedsDir: "/tmp/seeds",
      loadSeeds: false,
      nodeEnv: "development",
      logLevel: "debug",
      security: securityDefaults(),
    });
  });

  it("reads every security variable", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      PARLEY_API_TOKEN: "0123456789abcdef0123",
      PARLEY_READS_REQUIRE_TOKEN: "true",
      PARLEY_CORS_ORIGINS: "https://app.example.org, http://localhost:5173",
      PARLEY_INTROSPECTION: "off",
      PARLEY_PLAYGROUND: "no",
      PARLEY_MAX_BODY: "500kb",
      PARLEY_MAX_QUERY_LENGTH: "5000",
      PARLEY_MAX_DEPTH: "8",
      PARLEY_MAX_ALIASES: "5",
      PARLEY_MAX_FIELDS: "200",
      PARLEY_MAX_COST: "9000",
    });
    expect(config.security).toEqual({
      apiToken: "0123456789abcdef0123",
      readsRequireToken: true,
      corsOrigins: ["https://app.example.org", "http://localhost:5173"],
      introspection: false,
      playground: false,
      maxBodyBytes: 500 * 1024,
      maxQueryLength: 5000,
      maxDepth: 8,
      maxAliases: 5,
      maxFields: 200,
      maxCost: 9000,
    });
    expect(loadConfig({ PARLEY_MAX_BODY: "1048576" }).security?.maxBodyBytes).toBe(1_048_576);
  });

  it("selects Neo4j when NEO4J_URI is set, with user and database defaults", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j+s://db.example.com", NEO4J_PASSWORD: "secret" }).neo4j).toEqual({
      uri: "neo4j+s://db.example.com",
      user: "neo4j",
      password: "secret",
      database: "neo4j",
    });
    expect(loadConfig({ NEO4J_URI: "" }).neo4j).toBeUndefined();
  });

  it.each([
    [{ PORT: "http" }, /PORT must be an integer from 0 to 65535; got "http"/],
    [{ PORT: "70000" }, /PORT must be an integer/],
    [{ PORT: "-1" }, /PORT must be an integer/],
    [{ PARLEY_LOAD_SEEDS: "maybe" }, /PARLEY_LOAD_SEEDS must be true or false; got "maybe"/],
    [{ NODE_ENV: "staging" }, /NODE_ENV must be one of development, production, test; got "staging"/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ PARLEY_DB: "  " }, /PARLEY_DB must not be empty/],
    [{ PARLEY_SQLITE_CACHE_MB: "0" }, /PARLEY_SQLITE_CACHE_MB/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must be a bolt:\/\/ or neo4j:\/\/ URI/],
    [{ PARLEY_API_TOKEN: "short" }, /PARLEY_API_TOKEN must be at least 16 characters/],
    [{ PARLEY_API_TOKEN: "has spaces in the token value" }, /PARLEY_API_TOKEN must be at least 16 characters with no spaces/],
    [{ PARLEY_READS_REQUIRE_TOKEN: "true" }, /PARLEY_READS_REQUIRE_TOKEN=true needs PARLEY_API_TOKEN/],
    [{ PARLEY_CORS_ORIGINS: "*" }, /PARLEY_CORS_ORIGINS entries must be origins/],
    [{ PARLEY_CORS_ORIGINS: "https://ok.example, https://x.example/path" }, /PARLEY_CORS_ORIGINS entries must be origins.*x\.example\/path/],
    [{ PARLEY_INTROSPECTION: "sometimes" }, /PARLEY_INTROSPECTION must be true or false/],
    [{ PARLEY_MAX_BODY: "huge" }, /PARLEY_MAX_BODY must be a size/],
    [{ PARLEY_MAX_BODY: "10" }, /PARLEY_MAX_BODY must be a size of at least 1kb/],
    [{ PARLEY_MAX_DEPTH: "0" }, /PARLEY_MAX_DEPTH must be a positive integer/],
    [{ PARLEY_MAX_FIELDS: "1e3" }, /PARLEY_MAX_FIELDS must be a positive integer/],
    [{ PARLEY_MAX_COST: "-5" }, /PARLEY_MAX_COST must be a positive integer; got "-5"/],
  ])("rejects %o with an error naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("has defaults that serve http://localhost:4000/graphql from ./data/parley.db with seeds", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: "localhost",
      dbPath: "./data/parley.db",
      seedsDir: "./seeds",
      loadSeeds: true,
      nodeEnv: "production",
      logLevel: "info",
    });
  });

  it("reads every variable", () => {
    const config = loadConfig({ PORT: "0", HOST: "0.0.0.0", PARLEY_DB: "/tmp/x.db", PARLEY_SEEDS_DIR: "/tmp/seeds", PARLEY_LOAD_SEEDS: "false", NODE_ENV: "development", LOG_LEVEL: "DEBUG" });
    expect(config).toEqual({ port: 0, host: "0.0.0.0", dbPath: "/tmp/x.db", seedsDir: "/tmp/seeds", loadSeeds: false, nodeEnv: "development", logLevel: "debug" });
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
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must be a bolt:\/\/ or neo4j:\/\/ URI/],
  ])("rejects %o with an error naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

import { join } from "node:path";
import { type ParleyConfig } from "../../src/config.js";

/** Config for a test run of the real composition root: a free port on loopback, a database in `dir`. */
export function testConfig(dir: string, overrides: Partial<ParleyConfig> = {}): ParleyConfig {
  return {
    port: 0,
    host: "127.0.0.1",
    dbPath: join(dir, "data", "parley.db"),
    sqliteCacheMb: 8,
    seedsDir: join(dir, "no-seeds"),
    loadSeeds: false,
    nodeEnv: "test",
    logLevel: "silent",
    ...overrides,
  };
}

import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startParley } from "../../src/server/start-parley.js";
import { postGraphql } from "../helpers/http-client.js";
import { testConfig } from "../helpers/start-config.js";
import { makeTempDir } from "../helpers/test-server.js";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));
const seedFiles = readdirSync(SEEDS_DIR).filter((name) => name.endsWith(".txt"));

describe("starting Parley", () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await makeTempDir("parley-startup-"));
  });
  afterAll(async () => {
    await remove();
  });

  it("loads the repo's seeds on a fresh database, and a restart adds nothing", async () => {
    expect(seedFiles.length, "seeds/ holds no .txt files").toBeGreaterThan(0);
    const config = testConfig(dir, { seedsDir: SEEDS_DIR, loadSeeds: true });

    const first = await startParley(config);
    const firstStats = await postGraphql(first.address.url, `{ stats { articles events } }`);
    await first.server.close();
    expect(first.seeds).toEqual({ files: seedFiles.length, added: seedFiles.length, unchanged: 0 });
    expect(firstStats.body.data!.stats.articles).toBe(seedFiles.length);
    expect(firstStats.body.data!.stats.events).toBeGreaterThan(0);

    const second = await startParley(config);
    const secondStats = await postGraphql(second.address.url, `{ stats { articles events } }`);
    await second.server.close();
    expect(second.seeds).toEqual({ files: seedFiles.length, added: 0, unchanged: seedFiles.length });
    expect(secondStats.body.data!.stats).toEqual(firstStats.body.data!.stats);
  });
});

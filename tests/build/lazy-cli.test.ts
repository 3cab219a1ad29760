import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { PARLEY_FROM_SOURCE } from "../cli/run-parley.js";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/** Runs `parley …` from the source with a hook that names every module of ours Node loads. */
function loadedModules(args: string[]): { status: number | null; modules: string[] } {
  const hook = join(import.meta.dirname, "log-loaded-modules.mjs");
  const [importFlag, tsx, main] = PARLEY_FROM_SOURCE;
  const run = spawnSync(process.execPath, [importFlag!, tsx!, "--import", hook, main!, ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 120_000 });
  const modules = run.stderr
    .split("\n")
    .filter((line) => line.startsWith("loaded file://"))
    .map((line) => line.slice("loaded file://".length).replace(`${REPO_ROOT}/`, ""));
  return { status: run.status, modules };
}

describe("parley loads only the command it runs", () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-lazy-cli-"));
  const db = join(dir, "empty.db");
  beforeAll(async () => {
    await (await openSqliteStore({ path: db })).close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("parley --help lists every command and loads none of them", () => {
    const { status, modules } = loadedModules(["--help"]);
    expect(status).toBe(0);
    expect(modules).toContain("src/cli/main.ts");
    expect(modules.filter((file) => file.startsWith("src/cli/commands/"))).toEqual([]);
  });

  it("parley export loads neither the extractor pipeline, the knowledge base, the server nor another command", () => {
    const { status, modules } = loadedModules(["export", "--format", "jsonl", "--db", db]);
    expect(status).toBe(0);
    expect(modules).toContain("src/cli/commands/export.ts");
    const unwanted = /^src\/(extract\/(pipeline|stages\/)|knowledge\/|server\/|graphql\/|ingest\/|eval\/|cli\/commands\/(?!export\.ts$))/;
    expect(modules.filter((file) => unwanted.test(file))).toEqual([]);
  });
});

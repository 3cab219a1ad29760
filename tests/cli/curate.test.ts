import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { curateCommand, readMergeCsv } from "../../src/cli/commands/curate.js";
import { BadInputError } from "../../src/domain/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { curationStory } from "../fixtures/curation-story.js";
import { parley } from "./run-parley.js";

const dir = mkdtempSync(join(tmpdir(), "parley-curate-"));
const dbPath = join(dir, "parley.db");
const s = curationStory();

/** Runs `parley curate …` through the command itself and returns what it printed. */
async function curate(...args: string[]): Promise<string> {
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    const program = new Command("parley").exitOverride().addCommand(curateCommand().exitOverride());
    await program.parseAsync(["curate", ...args, "--db", dbPath], { from: "user" });
  } finally {
    spy.mockRestore();
  }
  return printed.join("");
}

async function readStore<T>(read: (store: Awaited<ReturnType<typeof openSqliteStore>>) => Promise<T>): Promise<T> {
  const store = await openSqliteStore({ path: dbPath });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  const store = await openSqliteStore({ path: dbPath });
  for (const graph of [s.first, s.second]) await store.ingestArticle(graph);
  await store.close();
});
afterEach(() => {
  process.exitCode = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley curate", () => {
  it("applies a CSV codebook of merges row by row; applied again, the done rows are reported as already merged", async () => {
    const csv = join(dir, "merges.csv");
    writeFileSync(csv, `keep,drop,reason\n${s.ids.irena},${s.ids.irina},"misspelt, in one wire story"\n${s.ids.irena},${s.ids.nor},a person is no country\n`);
    const first = await curate("merge-csv", csv, "--by", "coder-a");
    expect(first).toContain("merged 1, already merged 0, refused 1");
    expect(process.exitCode).toBe(1);
    expect(await readStore((store) => store.entitiesByIds([s.ids.irina]))).toEqual([null]);
    const [log] = await readStore(async (store) => (await store.curations({ first: 10 })).items);
    expect(log).toMatchObject({ action: "MERGE_ENTITIES", targetId: s.ids.irena, relatedIds: [s.ids.irina], reason: "misspelt, in one wire story", by: "coder-a" });

    process.exitCode = undefined;
    const again = await curate("merge-csv", csv);
    expect(again).toContain(`row 2: ${s.ids.irina} is already merged into ${s.ids.irena}`);
    expect(again).toContain("merged 0, already merged 1, refused 1");
  });

  it("refuses a malformed codebook before applying any row", () => {
    expect(() => readMergeCsv(`keep,drop\n${s.ids.irena},${s.ids.irina}\n`, "bad.csv")).toThrow(BadInputError);
    expect(() => readMergeCsv(`${s.ids.irena},,why\n`, "bad.csv")).toThrow(/row 1/);
    expect(readMergeCsv(`${s.ids.irena},${s.ids.irina},why\n`, "ok.csv")).toEqual([{ line: 1, keep: s.ids.irena, drop: s.ids.irina, reason: "why" }]);
  });

  it("rejects, updates, renames and lists the log", async () => {
    expect(await curate("reject", s.ids.talks, "--reason", "no such talks")).toMatch(new RegExp(`^#\\d+ REJECT_EVENT ${s.ids.talks} \\(by cli, .+\\): no such talks\\n$`));
    await curate("update", s.ids.call, "--type", "MEETING", "--date", "none", "--reason", "a meeting, day unknown");
    await curate("rename", s.ids.lena, `Lena K. ${s.names.vask}`, "--reason", "married name", "--by", "coder-b");
    const [call, talks] = await readStore((store) => store.eventsByIds([s.ids.call, s.ids.talks]));
    expect(call).toMatchObject({ type: "MEETING", date: null });
    expect(talks).toBeNull();
    expect((await readStore((store) => store.entitiesByIds([s.ids.lena])))[0]).toMatchObject({ name: `Lena K. ${s.names.vask}`, aliases: [s.names.lena] });
    const lines = (await curate("log", "--json")).trim().split("\n").map((line) => JSON.parse(line) as { action: string; by: string });
    expect(lines.map((l) => [l.action, l.by]).slice(-3)).toEqual([
      ["REJECT_EVENT", "cli"],
      ["UPDATE_EVENT", "cli"],
      ["RENAME_ENTITY", "coder-b"],
    ]);
  });

  it("as a process: an unknown id or a missing reason is a usage error (exit 2), and nothing is written", async () => {
    const logged = async () => readStore(async (store) => (await store.curations({ first: 1 })).totalCount);
    const before = await logged();
    const unknown = parley(["curate", "reject", "event:0000000000000000", "--reason", "x", "--db", dbPath]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("event:0000000000000000");
    const noReason = parley(["curate", "merge", s.ids.irena, s.ids.tomas, "--db", dbPath]);
    expect(noReason.status).toBe(2);
    expect(noReason.stderr).toContain("--reason");
    expect(await logged()).toBe(before);
  });
});

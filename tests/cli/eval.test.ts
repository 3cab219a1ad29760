import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SHARED_DIR } from "../helpers/shared-corpus.js";
import { parley } from "./run-parley.js";

const CONLL = join(SHARED_DIR, "corpus", "conll2003", "valid.txt");
const dir = mkdtempSync(join(tmpdir(), "parley-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lastLine(stdout: string): string {
  return stdout.trimEnd().split("\n").at(-1) ?? "";
}

describe("parley eval", () => {
  it.skipIf(!existsSync(CONLL))(`conll --limit 5 on ../shared prints the table and a last JSON line with PER, LOC, ORG${existsSync(CONLL) ? "" : ` (skipped: ${CONLL} is absent)`}`, () => {
    const run = parley(["eval", "conll", CONLL, "--limit", "5"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("CoNLL-2003: 5 documents");
    const summary = JSON.parse(lastLine(run.stdout)) as Record<string, { p: number; r: number; f1: number } | number>;
    expect(Object.keys(summary)).toEqual(["PER", "LOC", "ORG", "wordsPerSecond"]);
    for (const type of ["PER", "LOC", "ORG"]) {
      const score = summary[type] as { p: number; r: number; f1: number };
      for (const value of [score.p, score.r, score.f1]) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThanOrEqual(1);
    }
    expect(Number.isInteger(summary.wordsPerSecond)).toBe(true);
    expect(summary.wordsPerSecond).toBeGreaterThan(0);
  });

  it("says where corpora live when the file is missing, exit 2", () => {
    const run = parley(["eval", "conll", join(dir, "valid.txt")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*valid\.txt: no such file \(the corpora are read from \.\.\/shared\/corpus/);
  });

  it("rejects a malformed RAMS file naming the line, exit 2", () => {
    const file = join(dir, "bad.jsonlines");
    writeFileSync(file, '{"sentences": [["Hi"]], "evt_triggers": [], "gold_evt_links": []}\n');
    const run = parley(["eval", "rams", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bad.jsonlines:1");
  });

  it("refuses to score a gold set whose article files are missing, exit 2", () => {
    const file = join(dir, "gold.json");
    writeFileSync(file, JSON.stringify({ articles: [{ file: "../shared/corpus/nowhere/999.txt", people: [], countries: [], events: [] }] }));
    const run = parley(["eval", "gold", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/1 article file\(s\) not found[\s\S]*nowhere\/999\.txt/);
  });

  it("rejects a bad --limit, exit 2", () => {
    const run = parley(["eval", "conll", "x.txt", "--limit", "0"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--limit");
  });
});

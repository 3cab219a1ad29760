import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { evaluateGold, goldFilesAt, goldSummary, loadGoldEntries } from "../../src/eval/run-gold.js";
import { REPO_ROOT, SHARED_DIR } from "../helpers/shared-corpus.js";

const corpus = join(SHARED_DIR, "corpus", "bbc-news", "politics");
const absent = !existsSync(corpus);
if (absent) console.warn(`skipped: ${corpus} is absent (the BBC articles are read from ../shared at test time)`);

/**
 * The 18 annotated BBC politics articles (tests/eval/gold). Floors are today's figures less a
 * little; they guard against regressions and are raised as rules improve.
 */
describe.skipIf(absent)("extraction on the BBC politics dev gold", () => {
  const report = absent ? (undefined as never) : evaluateGold(loadGoldEntries(goldFiles(), REPO_ROOT), extractArticle);
  const summary = absent ? (undefined as never) : goldSummary(report);

  it("finds the people", () => expect(summary.people.f1).toBeGreaterThanOrEqual(0.95));
  it("finds the countries", () => expect(summary.countries.f1).toBeGreaterThanOrEqual(0.95));
  it("finds contact events with every named participant", () => expect(summary.events.f1).toBeGreaterThanOrEqual(0.78));
});

function goldFiles(): string[] {
  return goldFilesAt(join(REPO_ROOT, "tests", "eval", "gold"));
}

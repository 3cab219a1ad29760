import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { improvements, measureFigures, readBaseline, regressions } from "../../src/eval/baseline.js";
import { actorKnowledge } from "../../src/knowledge/index.js";
import { REPO_ROOT, SHARED_DIR } from "../helpers/shared-corpus.js";

/**
 * The extraction figures in tests/eval/baseline.json are binding: none may fall by more than the
 * tolerance (sets whose corpus is absent from ../shared are skipped and say so). Improvements are
 * printed: raise the baseline with `npm run eval -- baseline --write`.
 */
describe("extraction quality holds its baseline (tests/eval/baseline.json)", () => {
  const baseline = readBaseline(join(REPO_ROOT, "tests", "eval", "baseline.json"));
  const measured = measureFigures(REPO_ROOT, SHARED_DIR, extractArticle, actorKnowledge());
  const skipped = Object.keys(baseline.figures).filter((set) => !measured[set]);
  if (skipped.length > 0) console.warn(`baseline sets skipped (their corpus is absent from ../shared): ${skipped.join(", ")}`);
  const better = improvements(baseline, measured);
  if (better.length > 0) console.info(`figures above the baseline (raise it): ${better.join("; ")}`);

  it("no figure falls below its baseline by more than the tolerance", () => {
    expect(regressions(baseline, measured)).toEqual([]);
  });

  it("measures the project's own seed gold on every machine", () => {
    expect(measured.seeds).toBeDefined();
  });
});

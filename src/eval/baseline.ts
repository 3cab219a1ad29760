import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ArticleGraph } from "../domain/index.js";
import { type ActorLookup } from "../extract/actors.js";
import { type ArticleInput } from "../extract/pipeline.js";
import { conllSummary, evaluateConll, parseConll } from "./conll.js";
import { evaluateRams, parseRams, ramsSummary } from "./rams.js";
import { evaluateGold, goldFilesAt, goldSummary, loadGoldEntries } from "./run-gold.js";
import { evaluateNews, newsEntries, newsSummary } from "./run-news-gold.js";

/**
 * The extraction figures a change is held to (tests/eval/baseline.json): the modern-news dev gold, the
 * BBC politics and seed golds, CoNLL-2003 dev names and RAMS dev contact triggers. Higher is better for
 * every figure but `merged` and `split` (counts of identity errors), where lower is. A figure may not fall
 * below its baseline by more than the tolerance; a change that improves one raises it
 * (`parley eval baseline --write`).
 */
export type Figures = Record<string, Record<string, number>>;

export interface Baseline {
  note: string;
  tolerance: number;
  /** Figures where a smaller value is better (identity errors). */
  lowerIsBetter: string[];
  figures: Figures;
}

type Extract = (input: ArticleInput) => ArticleGraph;

/** Measures every figure whose corpus is present (`shared`: the ../shared folder). */
export function measureFigures(repoRoot: string, shared: string, extract: Extract, actors: ActorLookup): Figures {
  const figures: Figures = {};
  const goldDir = (name: string): string => join(repoRoot, "tests", "eval", name);
  if (existsSync(join(shared, "corpus", "news-2015-2020"))) {
    const files = goldFilesAt(goldDir("gold-news")).filter((f) => !/heldout/.test(f));
    const summary = newsSummary(evaluateNews(newsEntries(loadGoldEntries(files, repoRoot)), extract, actors));
    figures.newsDev = flatten(summary);
  }
  if (existsSync(join(shared, "corpus", "bbc-news", "politics"))) {
    figures.bbcPolitics = flatten(goldSummary(evaluateGold(loadGoldEntries(goldFilesAt(goldDir("gold")), repoRoot), extract)));
  }
  figures.seeds = flatten(goldSummary(evaluateGold(loadGoldEntries(goldFilesAt(join(repoRoot, "tests", "extract", "seed-gold.json")), repoRoot), extract)));
  const conll = join(shared, "corpus", "conll2003", "valid.txt");
  if (existsSync(conll)) {
    const s = conllSummary(evaluateConll(parseConll(readFileSync(conll, "utf8"), conll), extract));
    figures.conll = { PER: s.PER.f1, LOC: s.LOC.f1, ORG: s.ORG.f1 };
  }
  const rams = join(shared, "corpus", "rams", "dev.jsonlines");
  if (existsSync(rams)) {
    const s = ramsSummary(evaluateRams(parseRams(readFileSync(rams, "utf8"), rams), extract)).contact;
    figures.rams = { triggerRecall: s.triggerRecall, triggerPrecision: s.triggerPrecision };
  }
  return figures;
}

/** `{people: {p, r, f1}, merged: 2}` → `{"people.f1": …, merged: 2}`: F1 stands for a precision/recall pair. */
function flatten(summary: Record<string, number | { p: number; r: number; f1: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(summary)) {
    if (typeof value === "number") out[key] = value;
    else {
      out[`${key}.f1`] = value.f1;
      out[`${key}.p`] = value.p;
    }
  }
  return out;
}

/** Every figure that fell below its baseline by more than the tolerance, in words. */
export function regressions(baseline: Baseline, measured: Figures): string[] {
  const found: string[] = [];
  for (const [set, expected] of Object.entries(baseline.figures)) {
    const got = measured[set];
    if (!got) continue; // its corpus is absent on this machine
    for (const [key, want] of Object.entries(expected)) {
      const value = got[key];
      if (value === undefined) {
        found.push(`${set}.${key}: no longer measured (baseline ${want})`);
        continue;
      }
      const lower = baseline.lowerIsBetter.includes(key);
      const worse = lower ? value > want + baseline.tolerance * Math.max(1, want) : value < want - baseline.tolerance;
      if (worse) found.push(`${set}.${key}: ${value} against the baseline ${want}`);
    }
  }
  return found;
}

/** Figures that beat the baseline by more than the tolerance: raise it (`parley eval baseline --write`). */
export function improvements(baseline: Baseline, measured: Figures): string[] {
  const found: string[] = [];
  for (const [set, expected] of Object.entries(baseline.figures)) {
    for (const [key, want] of Object.entries(expected)) {
      const value = measured[set]?.[key];
      if (value === undefined) continue;
      const lower = baseline.lowerIsBetter.includes(key);
      if (lower ? value < want : value > want + baseline.tolerance) found.push(`${set}.${key}: ${value} (baseline ${want})`);
    }
  }
  return found;
}

export function readBaseline(path: string): Baseline {
  return JSON.parse(readFileSync(path, "utf8")) as Baseline;
}

/**
 * Writes the new baseline, keeping the note and tolerance. A ratchet: each figure keeps the
 * better of its baseline and the measurement, so drift inside the tolerance never lowers it.
 */
export function writeBaseline(path: string, previous: Baseline, measured: Figures): void {
  const figures: Baseline["figures"] = { ...previous.figures };
  for (const [set, got] of Object.entries(measured)) {
    const old = previous.figures[set] ?? {};
    const merged: Record<string, number> = { ...got };
    for (const [key, value] of Object.entries(got)) {
      const want = old[key];
      if (want === undefined) continue;
      merged[key] = previous.lowerIsBetter.includes(key) ? Math.min(want, value) : Math.max(want, value);
    }
    figures[set] = merged;
  }
  const next: Baseline = { ...previous, figures };
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
}

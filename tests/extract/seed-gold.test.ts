import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { f1, scoreArticle, sumTallies, type GoldArticle } from "../../src/eval/gold.js";
import { parseSeedFile } from "../../src/server/seed-loader.js";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

const gold = JSON.parse(readFileSync(join(REPO_ROOT, "tests/extract/seed-gold.json"), "utf8")) as { articles: GoldArticle[] };

/**
 * The project's own seed articles against their hand annotation. The floors are what the
 * extractor reaches today; raise them as rules improve, never lower them to pass.
 */
describe("extraction on the project's seed articles, scored against seed-gold.json", () => {
  const scores = gold.articles.map((article) => {
    const input = parseSeedFile(readFileSync(join(REPO_ROOT, "seeds", article.file), "utf8"), article.file);
    return scoreArticle(extractArticle(input), article);
  });
  const errors = scores.flatMap((s) => s.errors);
  const people = f1(sumTallies(scores.map((s) => s.people)));
  const countries = f1(sumTallies(scores.map((s) => s.countries)));
  const events = f1(sumTallies(scores.map((s) => s.events)));
  console.info(`seed gold: people ${JSON.stringify(people)} countries ${JSON.stringify(countries)} events ${JSON.stringify(events)}`);

  it("finds the people", () => {
    expect(people.f1, errors.filter((e) => e.includes("person")).join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("finds the countries", () => {
    expect(countries.f1, errors.filter((e) => e.includes("country")).join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("finds the contact events with every named participant", () => {
    expect(events.f1, errors.filter((e) => /missed|extra/.test(e) && !/person|country/.test(e)).join("\n")).toBeGreaterThanOrEqual(0.78);
  });
});

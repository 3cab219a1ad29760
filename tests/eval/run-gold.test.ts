import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { personId, type ArticleGraph } from "../../src/domain/index.js";
import type { ArticleInput } from "../../src/extract/pipeline.js";
import {
  decodeText,
  evaluateGold,
  goldFilesAt,
  goldSummary,
  GoldFileError,
  loadGoldEntries,
  MissingArticleError,
  parseGoldFile,
  readArticleFile,
} from "../../src/eval/run-gold.js";
import { graphOf } from "./graph-fixture.js";

// Invented articles and annotations; nothing taken from a corpus.
const SEED_TEXT = "title: Rusk meets Tan\nsource: Invented Wire\npublishedAt: 2031-04-05\n---\nAda Rusk of France met Bo Tan in Velmar on Monday.\n";
const BBC_BYTES = Buffer.concat([Buffer.from("Rusk speaks\n\nAda Rusk paid "), Buffer.from([0xa3]), Buffer.from("5 for tea in France.\n")]);

function goldJson(files: { file: string; publishedAt?: string }[]): string {
  return JSON.stringify({
    articles: files.map(({ file, publishedAt }) => ({
      file,
      ...(publishedAt ? { publishedAt } : {}),
      people: [
        { name: "Ada Rusk", offices: [] },
        { name: "Bo Tan", offices: [] },
      ],
      countries: ["FRA"],
      events: [],
    })),
  });
}

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

function workspace(): { root: string; goldDir: string } {
  const root = mkdtempSync(join(tmpdir(), "parley-gold-"));
  made.push(root);
  const goldDir = join(root, "tests", "gold");
  mkdirSync(join(goldDir, "articles"), { recursive: true });
  mkdirSync(join(root, "seeds"));
  mkdirSync(join(root, "corpus"));
  writeFileSync(join(goldDir, "articles", "seed-like.txt"), SEED_TEXT);
  writeFileSync(join(root, "corpus", "bbc-like.txt"), BBC_BYTES);
  writeFileSync(join(root, "seeds", "only-in-seeds.txt"), SEED_TEXT);
  return { root, goldDir };
}

describe("gold files", () => {
  it("checks the shape and names the bad article", () => {
    expect(() => parseGoldFile("{}", "g.json")).toThrow(GoldFileError);
    expect(() => parseGoldFile(JSON.stringify({ articles: [{ file: "a.txt", people: [], countries: "FRA", events: [] }] }), "g.json")).toThrow(/g\.json: articles\[0\]: `countries`/);
    expect(() => parseGoldFile(goldJson([{ file: "a.txt", publishedAt: "2031-02-30" }]), "g.json")).toThrow(/publishedAt/);
  });

  it("finds articles next to the gold file, under the repo root, or in seeds/", () => {
    const { root, goldDir } = workspace();
    writeFileSync(join(goldDir, "g.json"), goldJson([{ file: "articles/seed-like.txt" }, { file: "corpus/bbc-like.txt", publishedAt: "2031-04-06" }, { file: "only-in-seeds.txt" }]));
    const entries = loadGoldEntries(goldFilesAt(goldDir), root);
    expect(entries.map((e) => e.articlePath)).toEqual([
      join(goldDir, "articles", "seed-like.txt"),
      join(root, "corpus", "bbc-like.txt"),
      join(root, "seeds", "only-in-seeds.txt"),
    ]);
  });

  it("lists every missing article file instead of scoring a partial set", () => {
    const { root, goldDir } = workspace();
    writeFileSync(join(goldDir, "g.json"), goldJson([{ file: "../shared/nowhere/001.txt" }, { file: "articles/seed-like.txt" }, { file: "gone.txt" }]));
    expect(() => loadGoldEntries([join(goldDir, "g.json")], root)).toThrow(MissingArticleError);
    expect(() => loadGoldEntries([join(goldDir, "g.json")], root)).toThrow(/2 article file\(s\) not found[\s\S]*nowhere\/001\.txt[\s\S]*gone\.txt/);
  });

  it("reads seed files through their header and BBC files as title line + body, falling back to Latin-1", () => {
    const { root, goldDir } = workspace();
    expect(readArticleFile(join(goldDir, "articles", "seed-like.txt"))).toMatchObject({ title: "Rusk meets Tan", publishedAt: "2031-04-05", text: "Ada Rusk of France met Bo Tan in Velmar on Monday." });
    expect(readArticleFile(join(root, "corpus", "bbc-like.txt"))).toEqual({ title: "Rusk speaks", text: "Ada Rusk paid £5 for tea in France." });
    expect(decodeText(Buffer.from("£", "utf8"))).toBe("£");
  });
});

describe("gold evaluation run", () => {
  it("scores each article with scoreArticle, passes the gold publishedAt, and scores a failed article as all misses", () => {
    const { root, goldDir } = workspace();
    writeFileSync(join(goldDir, "g.json"), goldJson([{ file: "corpus/bbc-like.txt", publishedAt: "2031-04-06" }, { file: "articles/seed-like.txt" }]));
    const inputs: ArticleInput[] = [];
    const extract = (input: ArticleInput): ArticleGraph => {
      inputs.push(input);
      if (input.text!.includes("Velmar")) throw new Error("extractor broke");
      return graphOf(input.text!, [
        { id: personId("Ada Rusk"), kind: "PERSON", mentions: ["Ada Rusk"] },
        { id: "country:FRA", kind: "COUNTRY", mentions: ["France"] },
        { id: "country:DEU", kind: "COUNTRY", mentions: [] }, // no mention: not counted by scoreArticle
      ]);
    };
    const report = evaluateGold(loadGoldEntries([join(goldDir, "g.json")], root), extract);
    expect(inputs[0]).toMatchObject({ title: "Rusk speaks", publishedAt: "2031-04-06" });
    expect(report.articles.map((a) => a.failed)).toEqual([undefined, "extractor broke"]);
    // Article 1: people 1 TP + 1 FN, countries 1 TP. Article 2 (failed): people 2 FN, countries 1 FN.
    expect(report.people).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 3 });
    expect(report.countries).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(goldSummary(report)).toEqual({
      people: { p: 1, r: 0.25, f1: 0.4 },
      countries: { p: 1, r: 0.5, f1: 0.667 },
      events: { p: 1, r: 1, f1: 1 },
    });
  });
});

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type ArticleGraph } from "../domain/index.js";
import { type ActorLookup } from "../extract/actors.js";
import { type ArticleInput } from "../extract/pipeline.js";
import { parseSeedFile } from "../server/seed-loader.js";
import { OffsetMap, parseNewsGold, rawBody, type NewsGoldArticle } from "./news-gold.js";
import { scoreNewsArticle, type Count, type NewsScore } from "./news-score.js";
import { type GoldEntry } from "./run-gold.js";

/**
 * Runs the extractor over modern-news gold articles and adds up their scores (news-score.ts).
 * The figures a release is held to live in tests/eval/gold-news/baseline.json.
 */
export interface NewsEntry {
  goldFile: string;
  gold: NewsGoldArticle;
  articlePath: string;
}

export interface NewsReport {
  articles: { file: string; score: NewsScore; failed?: string }[];
  total: NewsScore;
  extractSeconds: number;
}

export function newsEntries(entries: readonly GoldEntry[]): NewsEntry[] {
  const byFile = new Map<string, NewsGoldArticle[]>();
  return entries.map((entry) => {
    let articles = byFile.get(entry.goldFile);
    if (!articles) {
      articles = parseNewsGold(readFileSync(entry.goldFile, "utf8"), entry.goldFile);
      byFile.set(entry.goldFile, articles);
    }
    const gold = articles.find((a) => a.file === entry.gold.file)!;
    return { goldFile: entry.goldFile, gold, articlePath: entry.articlePath };
  });
}

export function evaluateNews(entries: readonly NewsEntry[], extract: (input: ArticleInput) => ArticleGraph, actors: ActorLookup): NewsReport {
  const articles: NewsReport["articles"] = [];
  let extractSeconds = 0;
  for (const entry of entries) {
    const input = parseSeedFile(readFileSync(entry.articlePath, "utf8"), basename(entry.articlePath));
    const started = performance.now();
    let graph: ArticleGraph;
    let failed: string | undefined;
    try {
      graph = extract(input);
    } catch (error) {
      failed = error instanceof Error ? error.message : String(error);
      graph = { article: { id: "", language: "en", text: "" }, sentences: [], entities: [], tenures: [], events: [] };
    }
    extractSeconds += (performance.now() - started) / 1000;
    const map = new OffsetMap(rawBody(entry.articlePath), graph.article.text);
    articles.push({ file: entry.gold.file, score: scoreNewsArticle(graph, entry.gold, map, actors), ...(failed ? { failed } : {}) });
  }
  return { articles, total: sumScores(articles.map((a) => a.score)), extractSeconds };
}

function sumScores(scores: readonly NewsScore[]): NewsScore {
  const add = (a: Count, b: Count): Count => ({ hit: a.hit + b.hit, of: a.of + b.of });
  const zero: NewsScore = {
    people: { tp: 0, fp: 0, fn: 0 }, merged: 0, split: 0, offices: { hit: 0, of: 0 }, officesDated: { hit: 0, of: 0 }, officePrecision: { hit: 0, of: 0 },
    descriptors: { hit: 0, of: 0 }, countries: { tp: 0, fp: 0, fn: 0 }, events: { extracted: 0, real: 0, allFive: 0, type: 0, participants: 0, date: 0, status: 0, place: 0 }, core: { hit: 0, of: 0 }, errors: [],
  };
  return scores.reduce<NewsScore>((sum, s) => ({
    people: { tp: sum.people.tp + s.people.tp, fp: sum.people.fp + s.people.fp, fn: sum.people.fn + s.people.fn },
    merged: sum.merged + s.merged,
    split: sum.split + s.split,
    offices: add(sum.offices, s.offices),
    officesDated: add(sum.officesDated, s.officesDated),
    officePrecision: add(sum.officePrecision, s.officePrecision),
    descriptors: add(sum.descriptors, s.descriptors),
    countries: { tp: sum.countries.tp + s.countries.tp, fp: sum.countries.fp + s.countries.fp, fn: sum.countries.fn + s.countries.fn },
    events: Object.fromEntries(Object.entries(sum.events).map(([k, v]) => [k, v + s.events[k as keyof NewsScore["events"]]])) as NewsScore["events"],
    core: add(sum.core, s.core),
    errors: [],
  }), zero);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const ratio = (c: Count): number => (c.of === 0 ? 1 : round(c.hit / c.of));
function prf(t: { tp: number; fp: number; fn: number }): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p: round(p), r: round(r), f1: p + r === 0 ? 0 : round((2 * p * r) / (p + r)) };
}

/** The one-line result, and the figures the baseline file holds. */
export function newsSummary(report: NewsReport): Record<string, number | { p: number; r: number; f1: number }> {
  const t = report.total;
  const e = t.events;
  return {
    people: prf(t.people),
    merged: t.merged,
    split: t.split,
    officesInRole: ratio(t.offices),
    officesDated: ratio(t.officesDated),
    officePrecision: ratio(t.officePrecision),
    descriptors: ratio(t.descriptors),
    countries: prf(t.countries),
    eventsReal: e.extracted === 0 ? 1 : round(e.real / e.extracted),
    eventsAllFive: e.extracted === 0 ? 1 : round(e.allFive / e.extracted),
    coreRecall: ratio(t.core),
  };
}

export function formatNewsReport(report: NewsReport, errors = 0): string[] {
  const lines = [`gold (modern news): ${report.articles.length} articles, ${report.extractSeconds.toFixed(2)} s in extractArticle`, ""];
  for (const a of report.articles) {
    const s = a.score;
    lines.push(
      `${a.file.split("/").at(-1)!.padEnd(28)} people ${s.people.tp}/${s.people.fp}/${s.people.fn}  merged ${s.merged} split ${s.split}  offices ${s.offices.hit}/${s.offices.of}  descriptors ${s.descriptors.hit}/${s.descriptors.of}  events ${s.events.real}/${s.events.extracted} real, ${s.events.allFive} right  core ${s.core.hit}/${s.core.of}${a.failed ? `  extractor failed: ${a.failed}` : ""}`,
    );
    if (errors > 0) lines.push(...s.errors.slice(0, errors).map((e) => `    ${e}`));
  }
  const t = report.total;
  const e = t.events;
  lines.push(
    "",
    `people      TP/FP/FN ${t.people.tp}/${t.people.fp}/${t.people.fn}; merged ${t.merged}, split ${t.split}`,
    `offices     in role ${t.offices.hit}/${t.offices.of}, dated ${t.officesDated.hit}/${t.officesDated.of}, precision ${t.officePrecision.hit}/${t.officePrecision.of}`,
    `descriptors ${t.descriptors.hit}/${t.descriptors.of} (holder in the knowledge base on the date)`,
    `countries   TP/FP/FN ${t.countries.tp}/${t.countries.fp}/${t.countries.fn}`,
    `events      ${e.extracted} contacts extracted: ${e.real} real; right on type ${e.type}, participants ${e.participants}, date ${e.date}, status ${e.status}, place ${e.place}; all five ${e.allFive}`,
    `core        ${t.core.hit}/${t.core.of} core contacts found with every named participant`,
  );
  return lines;
}

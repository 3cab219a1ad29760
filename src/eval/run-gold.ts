import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { ParleyError, precisionOf, type ArticleGraph } from "../domain/index.js";
import type { ArticleInput } from "../extract/pipeline.js";
import { parseSeedFile } from "../server/seed-loader.js";
import { f1, scoreArticle, sumTallies, type ArticleScore, type GoldArticle, type Tally } from "./gold.js";

/**
 * Runs the extractor over hand-annotated articles and scores it with `scoreArticle` (gold.ts).
 *
 * A gold file is `{ "articles": GoldArticle[] }` (tests/extract/seed-gold.json), each article
 * optionally carrying `publishedAt` (`YYYY-MM-DD`, needed for BBC files, which have no date).
 * An article's `file` is looked up, in order, relative to the gold file's folder, to the repo
 * root, and to the repo's `seeds/` folder. Seed files (`key: value` header, `---`, body) are read
 * with parseSeedFile; anything else is read as a BBC file: line 1 the title, then the body, UTF-8
 * with a Latin-1 fallback. Third-party files (../shared) are read in place, never copied.
 */

/** A gold file is malformed; the message names the file and the article. */
export class GoldFileError extends ParleyError {
  readonly code = "BAD_GOLD_FILE";
}

/** Article files named by a gold file are not there (for example ../shared is absent). */
export class MissingArticleError extends ParleyError {
  readonly code = "MISSING_ARTICLE";
}

export interface GoldFileArticle extends GoldArticle {
  publishedAt?: string;
}

export interface GoldEntry {
  goldFile: string;
  gold: GoldFileArticle;
  /** Absolute path of the article text. */
  articlePath: string;
}

/** Gold files named by a path: the file itself, or every `*.json` in a folder (sorted). */
export function goldFilesAt(path: string): string[] {
  if (!existsSync(path)) throw new MissingArticleError(`gold path not found: ${path}`, { path });
  if (!statSync(path).isDirectory()) return [resolve(path)];
  const files = readdirSync(path)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => resolve(path, name));
  if (files.length === 0) throw new GoldFileError(`no *.json gold files in ${path}`, { path });
  return files;
}

/**
 * Reads gold files and finds every article they name. Throws GoldFileError for a malformed gold
 * file and MissingArticleError listing every article file that cannot be found.
 */
export function loadGoldEntries(goldFiles: readonly string[], repoRoot: string): GoldEntry[] {
  const entries: GoldEntry[] = [];
  const missing: string[] = [];
  for (const goldFile of goldFiles) {
    for (const gold of parseGoldFile(readFileSync(goldFile, "utf8"), goldFile)) {
      const candidates = [resolve(dirname(goldFile), gold.file), resolve(repoRoot, gold.file), resolve(repoRoot, "seeds", gold.file)];
      const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
      if (found) entries.push({ goldFile, gold, articlePath: found });
      else missing.push(`${gold.file} (named in ${goldFile}; looked in ${[...new Set(candidates.map(dirname))].join(", ")})`);
    }
  }
  if (missing.length > 0) {
    throw new MissingArticleError(`${missing.length} article file(s) not found; third-party text is read from ../shared and never copied into the repo:\n  ${missing.join("\n  ")}`, { missing });
  }
  return entries;
}

/** Parses and checks the shape of one gold file. */
export function parseGoldFile(content: string, fileName: string): GoldFileArticle[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new GoldFileError(`${fileName}: not JSON (${(error as Error).message})`, { file: fileName });
  }
  const articles = (value as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) throw new GoldFileError(`${fileName}: expected { "articles": [...] }`, { file: fileName });
  return articles.map((article: unknown, index) => {
    const fail = (what: string): never => {
      throw new GoldFileError(`${fileName}: articles[${index}]: ${what}`, { file: fileName, index });
    };
    const a = article as Partial<GoldFileArticle> | null;
    if (!a || typeof a !== "object") return fail("not an object");
    if (typeof a.file !== "string" || !a.file) fail("`file` must be a path");
    if (!Array.isArray(a.people) || !a.people.every((p) => typeof p?.name === "string" && Array.isArray(p.offices))) fail("`people` must be [{ name, offices }]");
    if (!Array.isArray(a.countries) || !a.countries.every((c) => typeof c === "string")) fail("`countries` must be ISO3 codes");
    if (!Array.isArray(a.events) || !a.events.every((e) => typeof e?.type === "string" && typeof e.status === "string" && Array.isArray(e.participants))) {
      fail("`events` must be [{ type, status, date, participants, place }]");
    }
    if (a.publishedAt !== undefined && (typeof a.publishedAt !== "string" || precisionOf(a.publishedAt) !== "DAY")) fail("`publishedAt` must be YYYY-MM-DD");
    return a as GoldFileArticle;
  });
}

/** Decodes a file as UTF-8, or as Latin-1 when it is not valid UTF-8 (one BBC file holds a bare 0xA3 "£"). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

/** Reads an article: a seed file (header, `---`, body) or a BBC file (title line, blank line, body). */
export function readArticleFile(path: string): ArticleInput {
  const content = decodeText(readFileSync(path)).replace(/^\uFEFF/, "");
  if (/^title:\s*\S/.test(content) && /^---\s*$/m.test(content)) return parseSeedFile(content, basename(path));
  const [title = "", ...body] = content.replace(/\r\n?/g, "\n").split("\n");
  const text = body.join("\n").trim();
  if (!text) throw new GoldFileError(`${path}: no body after the title line`, { file: path });
  return { title: title.trim(), text };
}

export type ExtractFn = (input: ArticleInput) => ArticleGraph;

export interface GoldReport {
  articles: { file: string; score: ArticleScore; failed?: string }[];
  people: Tally;
  countries: Tally;
  events: Tally;
  extractSeconds: number;
}

const EMPTY_GRAPH: ArticleGraph = { article: { id: "", language: "en", text: "" }, sentences: [], entities: [], tenures: [], events: [] };

/** Extracts and scores every entry. An article the extractor throws on is scored as an empty graph (all misses) and reported. */
export function evaluateGold(entries: readonly GoldEntry[], extract: ExtractFn, now: () => number = () => performance.now()): GoldReport {
  const articles: GoldReport["articles"] = [];
  let extractSeconds = 0;
  for (const entry of entries) {
    const read = readArticleFile(entry.articlePath);
    const input: ArticleInput = { ...read, ...(entry.gold.publishedAt ? { publishedAt: entry.gold.publishedAt } : {}) };
    const started = now();
    try {
      const graph = extract(input);
      extractSeconds += (now() - started) / 1000;
      articles.push({ file: entry.gold.file, score: scoreArticle(graph, entry.gold) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      articles.push({ file: entry.gold.file, score: scoreArticle(EMPTY_GRAPH, entry.gold), failed: message });
    }
  }
  return {
    articles,
    people: sumTallies(articles.map((a) => a.score.people)),
    countries: sumTallies(articles.map((a) => a.score.countries)),
    events: sumTallies(articles.map((a) => a.score.events)),
    extractSeconds,
  };
}

/** The one-line result: `{"people":{p,r,f1},"countries":…,"events":…}`. */
export function goldSummary(report: GoldReport): Record<"people" | "countries" | "events", { p: number; r: number; f1: number }> {
  return { people: f1(report.people), countries: f1(report.countries), events: f1(report.events) };
}

/** Per-article tallies (TP/FP/FN), errors when asked (at most `errors` per article), then totals. */
export function formatGoldReport(report: GoldReport, errors = 0): string[] {
  const cell = (t: Tally): string => `${t.truePositives}/${t.falsePositives}/${t.falseNegatives}`.padStart(10);
  const width = Math.max(8, ...report.articles.map((a) => a.file.length));
  const lines = [
    `gold: ${report.articles.length} articles, ${report.extractSeconds.toFixed(2)} s in extractArticle`,
    "",
    `${"article".padEnd(width)} ${"people".padStart(10)} ${"countries".padStart(10)} ${"events".padStart(10)}   (TP/FP/FN)`,
  ];
  for (const article of report.articles) {
    lines.push(`${article.file.padEnd(width)} ${cell(article.score.people)} ${cell(article.score.countries)} ${cell(article.score.events)}${article.failed ? `   extractor failed: ${article.failed}` : ""}`);
    if (errors > 0) lines.push(...article.score.errors.slice(0, errors).map((e) => `    ${e}`));
  }
  const summary = goldSummary(report);
  lines.push("", `${"total".padEnd(width)} ${cell(report.people)} ${cell(report.countries)} ${cell(report.events)}`);
  for (const key of ["people", "countries", "events"] as const) {
    lines.push(`${key.padEnd(10)} P ${summary[key].p.toFixed(3)}  R ${summary[key].r.toFixed(3)}  F1 ${summary[key].f1.toFixed(3)}`);
  }
  return lines;
}

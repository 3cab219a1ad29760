import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { SingleBar } from "cli-progress";
import { Command } from "commander";
import { BadInputError, ParleyError, precisionOf } from "../../domain/index.js";
import type { ArticleInput } from "../../extract/pipeline.js";
import { prepareArticle } from "../../server/article-guard.js";
import { parseSeedFile } from "../../server/seed-loader.js";
import type { GraphStore } from "../../store/graph-store.js";

interface IngestOptions {
  db?: string;
  publishedFromMeta?: boolean;
}

/** One article to ingest, or the reason a source could not become one. */
type Item = { label: string; input: ArticleInput } | { label: string; error: string };

export interface IngestSummary {
  added: number;
  unchanged: number;
  rejected: { label: string; reason: string }[];
}

const EXTENSIONS = new Set([".txt", ".html", ".htm", ".jsonl"]);
const INPUT_KEYS = ["text", "html", "url", "title", "source", "publishedAt", "language"] as const;

/** Every article file under the given paths: files as given, folders recursively (sorted), `-` for stdin. */
export async function listSources(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
    }
  };
  for (const path of paths) {
    if (path === "-") {
      out.push("-");
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new BadInputError(`no such file or folder: ${path}`, { field: "PATH" });
    }
    if (info.isDirectory()) await walk(path);
    else out.push(path);
  }
  return out;
}

function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new BadInputError(`${label} is not valid UTF-8 text`, { field: "FILE" });
  }
}

/** The publication day in an HTML page's meta tags, as YYYY-MM-DD, or undefined. */
export function publishedFromMeta(html: string): string | undefined {
  const tag = /<meta\b[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|date|pubdate|datePublished)["'][^>]*>/i.exec(html)?.[0];
  const day = tag && /content\s*=\s*["'](\d{4}-\d{2}-\d{2})/i.exec(tag)?.[1];
  return day && precisionOf(day) === "DAY" ? day : undefined;
}

/** A .txt file: the seed header format when it has one, else BBC's (title line, blank line, body). */
export function parseTextFile(content: string, label: string): ArticleInput {
  if (/^[A-Za-z]+:\s*\S/.test(content) && /^---\s*$/m.test(content)) return parseSeedFile(content, label);
  const [title = "", ...body] = content.replace(/\r\n?/g, "\n").split("\n");
  const text = body.join("\n").trim();
  if (!text) throw new BadInputError(`${label}: no body after the title line`, { field: "text" });
  return { title: title.trim(), text };
}

/** One JSON object per line, each an ArticleInput; a bad line is one rejection, not the whole file. */
export function parseJsonLines(content: string, label: string): Item[] {
  const items: Item[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${label}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      items.push({ label: where, error: "not a JSON object" });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      items.push({ label: where, error: "not a JSON object" });
      return;
    }
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !(INPUT_KEYS as readonly string[]).includes(key));
    const wrong = INPUT_KEYS.filter((key) => record[key] !== undefined && typeof record[key] !== "string");
    if (unknown.length) items.push({ label: where, error: `unknown field ${unknown.join(", ")} (expected ${INPUT_KEYS.join(", ")})` });
    else if (wrong.length) items.push({ label: where, error: `${wrong.join(", ")} must be a string` });
    else items.push({ label: where, input: record as ArticleInput });
  });
  return items;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads one source into its articles; a problem with the source becomes a rejection. */
async function itemsOf(source: string, options: IngestOptions): Promise<Item[]> {
  const label = source === "-" ? "stdin" : source;
  try {
    const content = decodeUtf8(source === "-" ? await readStdin() : await readFile(source), label);
    const trimmed = content.trimStart();
    const kind = source === "-" ? (trimmed.startsWith("{") ? ".jsonl" : trimmed.startsWith("<") ? ".html" : ".txt") : extname(source).toLowerCase();
    if (kind === ".jsonl") return parseJsonLines(content, label);
    if (kind === ".html" || kind === ".htm") {
      const published = options.publishedFromMeta ? publishedFromMeta(content) : undefined;
      if (options.publishedFromMeta && !published) return [{ label, error: "no publication date in the page's meta tags (--published-from-meta)" }];
      return [{ label, input: { html: content, ...(published ? { publishedAt: published } : {}) } }];
    }
    return [{ label, input: parseTextFile(content, source === "-" ? "stdin" : basename(source)) }];
  } catch (error) {
    if (error instanceof ParleyError) return [{ label, error: error.message }];
    throw error;
  }
}

export interface IngestRun {
  store: GraphStore;
  sources: readonly string[];
  options: IngestOptions;
  /** Called after each article: for the progress bar or the plain log. */
  onItem?: (label: string, outcome: "ADDED" | "UNCHANGED" | "REJECTED", detail?: string) => void;
  /** Stops after the current article when it returns true (SIGINT). */
  stopped?: () => boolean;
}

/**
 * Ingests every article of the sources, one store transaction each (an interrupted run leaves
 * whole articles only, and running it again adds what is missing: ids are content hashes).
 */
export async function ingestSources(run: IngestRun): Promise<IngestSummary> {
  const { store, sources, options, onItem, stopped } = run;
  const [{ extractArticle }, { ingestGraph }] = await Promise.all([import("../../extract/pipeline.js"), import("../../ingest/link-known-people.js")]);
  const summary: IngestSummary = { added: 0, unchanged: 0, rejected: [] };
  for (const source of sources) {
    if (stopped?.()) break;
    for (const item of await itemsOf(source, options)) {
      if ("error" in item) {
        summary.rejected.push({ label: item.label, reason: item.error });
        onItem?.(item.label, "REJECTED", item.error);
        continue;
      }
      try {
        const outcome = await ingestGraph(extractArticle(prepareArticle(item.input)), store);
        summary[outcome.status === "ADDED" ? "added" : "unchanged"] += 1;
        onItem?.(item.label, outcome.status);
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        summary.rejected.push({ label: item.label, reason: error.message });
        onItem?.(item.label, "REJECTED", error.message);
      }
    }
  }
  return summary;
}

/** `parley ingest PATH…`: articles from files, folders and stdin into the store. */
export function ingestCommand(): Command {
  return new Command("ingest")
    .description("Extract and store articles: .txt (BBC: title line, blank line, body; or the seed header format), .html/.htm, .jsonl (one ArticleInput JSON per line). Unchanged articles are skipped.")
    .argument("<PATH...>", "files or folders (read recursively); - reads stdin")
    .option("--db <FILE>", "the SQLite file to write (default: PARLEY_DB, else ./data/parley.db; Neo4j when NEO4J_URI is set and --db is not given)")
    .option("--published-from-meta", "take each HTML page's publication day from its meta tags; pages without one are rejected")
    .addHelpText("after", "\nExit codes for ingest: 0 every article stored or unchanged, 1 some rejected (listed), 2 bad usage or a missing path.")
    .action(async (paths: string[], options: IngestOptions) => {
      if (paths.filter((path) => path === "-").length > 1) throw new BadInputError("- (stdin) may be given once", { field: "PATH" });
      const sources = await listSources(paths);
      const [{ loadConfig }, { openStore }, { mkdir }, { dirname }] = await Promise.all([
        import("../../config.js"),
        import("../../store/open-store.js"),
        import("node:fs/promises"),
        import("node:path"),
      ]);
      const config = loadConfig(process.env);
      const neo4j = options.db ? undefined : config.neo4j;
      const sqlitePath = options.db ?? config.dbPath;
      if (!neo4j) await mkdir(dirname(sqlitePath), { recursive: true });
      const store = await openStore({ sqlitePath, ...(neo4j ? { neo4j } : {}) });

      let stop = false;
      const onSignal = () => {
        stop = true;
      };
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      const tty = process.stderr.isTTY === true;
      const bar = tty ? new SingleBar({ format: "ingest [{bar}] {value}/{total} files | {speed} articles/s | ETA {eta_formatted}", stream: process.stderr, hideCursor: true }) : undefined;
      const started = Date.now();
      let done = 0;
      let articles = 0;
      let lastSource = "";
      bar?.start(sources.length, 0, { speed: "0.0" });
      try {
        const summary = await ingestSources({
          store,
          sources,
          options,
          stopped: () => stop,
          onItem: (label, outcome, detail) => {
            articles += 1;
            const source = label.replace(/:\d+$/, "");
            if (source !== lastSource) {
              lastSource = source;
              done += 1;
            }
            if (bar) bar.update(done, { speed: (articles / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
            else process.stderr.write(`${outcome} ${relative(process.cwd(), label) || label}${detail ? `: ${detail}` : ""}\n`);
          },
        });
        bar?.stop();
        const seconds = (Date.now() - started) / 1000;
        process.stdout.write(`added ${summary.added}, unchanged ${summary.unchanged}, rejected ${summary.rejected.length} in ${seconds.toFixed(1)} s${stop ? " (interrupted)" : ""}\n`);
        for (const { label, reason } of summary.rejected) process.stdout.write(`  rejected ${label}: ${reason}\n`);
        if (summary.rejected.length > 0 || stop) process.exitCode = 1;
      } finally {
        bar?.stop();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await store.close();
      }
    });
}

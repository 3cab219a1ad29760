import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, sep } from "node:path";
import { SingleBar } from "cli-progress";
import { Command } from "commander";
import { BadInputError } from "../../domain/index.js";
import { addMetadataFlags, type MetadataFlags, runMetadataOf } from "../../ingest/metadata-flags.js";
import {
  type ArticleSource,
  isRejected,
  type MetadataField,
  type MetadataOrigin,
  readArticleSource,
  type RunMetadata,
} from "../../ingest/read-article-file.js";
import { prepareArticle } from "../../server/article-guard.js";
import type { GraphStore } from "../../store/graph-store.js";

interface IngestOptions extends MetadataFlags {
  db?: string;
  publishedFromMeta?: boolean;
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  rejected: { label: string; reason: string }[];
  /** Where the added articles' publication days came from; `none` were left undated. (Unchanged ones keep what they were stored with.) */
  dates: Record<MetadataOrigin | "none", number>;
  /** Added articles that got their URL from `--url`: more than one means several articles share it. */
  urlFromFlag: number;
  /** How many articles carried their own value for a field the run also gave as a flag. */
  overridden: Partial<Record<MetadataField, number>>;
  notes: { label: string; note: string }[];
}

const EXTENSIONS = new Set([".txt", ".html", ".htm", ".jsonl"]);

/**
 * Every article file under the given paths: files as given, folders recursively (sorted), `-` for
 * stdin. Each keeps its path under the folder it was found in, for `--dates-from-filename`.
 */
export async function listSources(paths: readonly string[]): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  const walk = async (root: string, path: string): Promise<void> => {
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(root, full);
      else if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push({ path: full, relativePath: relative(root, full).split(sep).join("/") });
    }
  };
  for (const path of paths) {
    if (path === "-") {
      out.push({ path: "-" });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new BadInputError(`no such file or folder: ${path}`, { field: "PATH" });
    }
    if (info.isDirectory()) await walk(path, path);
    else out.push({ path, relativePath: basename(path) });
  }
  return out;
}

export interface IngestRun {
  store: GraphStore;
  sources: readonly ArticleSource[];
  /** The run's metadata flags and reading options, for the shared reader. */
  metadata: RunMetadata;
  /** Called after each article: for the progress bar or the plain log. */
  onItem?: (label: string, outcome: "ADDED" | "UNCHANGED" | "REJECTED", detail?: string) => void;
  /** Called after each source (file or stdin) is done. */
  onSource?: (source: ArticleSource) => void;
  /** Stops after the current article when it returns true (SIGINT). */
  stopped?: () => boolean;
}

/**
 * Ingests every article of the sources, one store transaction each (an interrupted run leaves
 * whole articles only, and running it again adds what is missing: ids are content hashes).
 */
export async function ingestSources(run: IngestRun): Promise<IngestSummary> {
  const { store, sources, metadata, onItem, onSource, stopped } = run;
  const [{ extractArticle }, { ingestGraph }] = await Promise.all([import("../../extract/pipeline.js"), import("../../ingest/link-known-people.js")]);
  const summary: IngestSummary = { added: 0, unchanged: 0, rejected: [], dates: { file: 0, filename: 0, flag: 0, none: 0 }, urlFromFlag: 0, overridden: {}, notes: [] };
  const reject = (label: string, reason: string): void => {
    summary.rejected.push({ label, reason });
    onItem?.(label, "REJECTED", reason);
  };
  for (const source of sources) {
    if (stopped?.()) break;
    for (const item of await readArticleSource(source, metadata)) {
      if (isRejected(item)) {
        reject(item.label, item.error);
        continue;
      }
      let outcome;
      try {
        outcome = await ingestGraph(extractArticle(prepareArticle(item.input)), store);
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        reject(item.label, error.message);
        continue;
      }
      summary[outcome.status === "ADDED" ? "added" : "unchanged"] += 1;
      if (outcome.status === "ADDED") {
        summary.dates[item.origins.publishedAt ?? "none"] += 1;
        if (item.origins.url === "flag") summary.urlFromFlag += 1;
      }
      for (const field of item.overridden) summary.overridden[field] = (summary.overridden[field] ?? 0) + 1;
      for (const note of item.notes) summary.notes.push({ label: item.label, note });
      onItem?.(item.label, outcome.status);
    }
    onSource?.(source);
  }
  return summary;
}

/** The summary's second line: where the added articles' publication days came from, so undated articles are never silent. */
export function describeDates(summary: IngestSummary): string | undefined {
  const { file, filename, flag, none } = summary.dates;
  if (file + filename + flag + none === 0) return undefined;
  const parts = [
    file ? `${file} from the articles themselves` : "",
    filename ? `${filename} from file names` : "",
    flag ? `${flag} from --published` : "",
    none ? `${none} undated (no publication day: relative dates stay unresolved)` : "",
  ].filter(Boolean);
  return `publication days of the articles added: ${parts.join(", ")}`;
}

/** `parley ingest PATH…`: articles from files, folders and stdin into the store. */
export function ingestCommand(): Command {
  const command = new Command("ingest")
    .description(
      "Extract and store articles: .txt (the header format — key: value lines, ---, body — or BBC style: title line, blank line, body), .html/.htm, .jsonl (one ArticleInput JSON per line). Each file's own metadata (header, JSONL fields, HTML meta tags) wins over a date in its file name, which wins over the flags. Unchanged articles are skipped.",
    )
    .argument("<PATH...>", "files or folders (read recursively); - reads stdin")
    .option("--db <FILE>", "the SQLite file to write (default: PARLEY_DB, else ./data/parley.db; Neo4j when NEO4J_URI is set and --db is not given)")
    .option("--published-from-meta", "reject HTML pages that carry no publication day in their own meta tags");
  return addMetadataFlags(command)
    .addHelpText(
      "after",
      "\nExample: parley ingest ../shared/corpus/bbc-news/politics --source BBC --published 2005-01-01\n" +
        "         parley ingest archive/ --dates-from-filename 'YYYY-MM-DD' --source 'Example Times'\n" +
        "\nExit codes for ingest: 0 every article stored or unchanged, 1 some rejected (listed), 2 bad usage or a missing path.",
    )
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
      const speed = () => (articles / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      bar?.start(sources.length, 0, { speed: "0.0" });
      try {
        const summary = await ingestSources({
          store,
          sources,
          metadata: { ...runMetadataOf(options), ...(options.publishedFromMeta ? { requireHtmlDate: true } : {}) },
          stopped: () => stop,
          onItem: (label, outcome, detail) => {
            articles += 1;
            if (bar) bar.update(done, { speed: speed() });
            else process.stderr.write(`${outcome} ${relative(process.cwd(), label) || label}${detail ? `: ${detail}` : ""}\n`);
          },
          onSource: () => {
            done += 1;
            bar?.update(done, { speed: speed() });
          },
        });
        bar?.stop();
        const seconds = (Date.now() - started) / 1000;
        const out: string[] = [`added ${summary.added}, unchanged ${summary.unchanged}, rejected ${summary.rejected.length} in ${seconds.toFixed(1)} s${stop ? " (interrupted)" : ""}`];
        const dates = describeDates(summary);
        if (dates) out.push(dates);
        if (summary.urlFromFlag > 1) out.push(`--url given to ${summary.urlFromFlag} articles: they all carry that one URL`);
        for (const [field, count] of Object.entries(summary.overridden)) {
          out.push(`--${field === "publishedAt" ? "published" : field} not used for ${count} article${count === 1 ? "" : "s"} carrying ${field === "publishedAt" ? "a date of their own (or in their file name)" : `their own ${field}`}`);
        }
        for (const { label, note } of summary.notes) out.push(`  note ${label}: ${note}`);
        for (const { label, reason } of summary.rejected) out.push(`  rejected ${label}: ${reason}`);
        process.stdout.write(`${out.join("\n")}\n`);
        if (summary.rejected.length > 0 || stop) process.exitCode = 1;
      } finally {
        bar?.stop();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await store.close();
      }
    });
}

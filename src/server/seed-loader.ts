import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Logger } from "pino";
import { articleId } from "../domain/index.js";
import { type ArticleInput } from "../extract/pipeline.js";
import { cleanPlainText } from "../extract/stages/01-clean.js";
import { type EventFeed } from "../feed/event-feed.js";
import { type ExtractFn } from "../graphql/context.js";
import { parseHeaderFile, SeedFormatError } from "../ingest/header-block.js";
import { ingestGraph } from "../ingest/link-known-people.js";
import { type GraphStore } from "../store/graph-store.js";

export { SeedFormatError };

/**
 * Parses one seed file, in the header format every article reader shares (src/ingest/header-block.ts):
 * ```
 * title: <headline>
 * source: <source>
 * publishedAt: YYYY-MM-DD
 * url: <url>
 * ---
 * <body>
 * ```
 * A seed must carry its title and publication day. Throws SeedFormatError naming the file (and line) when it does not.
 */
export function parseSeedFile(content: string, fileName: string): ArticleInput {
  const { header, text } = parseHeaderFile(content, fileName, ["title", "publishedAt"]);
  return { ...header, text };
}

export interface SeedLoadOptions {
  /** Directory holding `*.txt` seed files; read in file-name order. */
  dir: string;
  store: GraphStore;
  extract: ExtractFn;
  logger?: Logger;
  /** The server's live feed, when the seeds load inside a server process. */
  feed?: EventFeed;
}

export interface SeedLoadResult {
  files: number;
  /** Articles stored for the first time. */
  added: number;
  /** Articles already stored (a restart): nothing written. */
  unchanged: number;
}

/**
 * Loads every seed article into the store. Ingestion is idempotent by article id (a hash of the
 * cleaned text), so a restart on the same database adds nothing. A missing directory loads nothing.
 */
export async function loadSeeds(options: SeedLoadOptions): Promise<SeedLoadResult> {
  const { dir, store, extract, logger, feed } = options;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    logger?.warn({ dir }, "seed directory not found; no seeds loaded");
    return { files: 0, added: 0, unchanged: 0 };
  }
  const result: SeedLoadResult = { files: names.length, added: 0, unchanged: 0 };
  for (const name of names) {
    const input = parseSeedFile(await readFile(join(dir, name), "utf8"), name);
    // A restart finds every seed stored: skip extracting it (and loading the knowledge base for it).
    const id = storedIdOf(input);
    if (id !== undefined && (await store.articlesByIds([id]))[0]) {
      result.unchanged += 1;
      logger?.debug({ file: name, articleId: id, status: "UNCHANGED" }, "seed already stored");
      continue;
    }
    const outcome = await ingestGraph(extract(input), store, feed);
    result[outcome.status === "ADDED" ? "added" : "unchanged"] += 1;
    logger?.debug({ file: name, articleId: outcome.articleId, status: outcome.status }, "seed loaded");
  }
  return result;
}

/**
 * The id the extractor gives a seed: the hash of its cleaned text (seeds are plain text). Undefined
 * when cleaning throws, so the extractor reports the problem. Were the id ever computed otherwise,
 * nothing would match and every seed would simply be extracted as before.
 */
function storedIdOf(input: ArticleInput): string | undefined {
  try {
    return input.text === undefined ? undefined : articleId(cleanPlainText(input.text).text);
  } catch {
    return undefined;
  }
}

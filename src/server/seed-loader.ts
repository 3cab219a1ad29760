import { ingestGraph } from "../ingest/link-known-people.js";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Logger } from "pino";
import { ParleyError, precisionOf } from "../domain/index.js";
import { type ArticleInput } from "../extract/pipeline.js";
import { type ExtractFn } from "../graphql/context.js";
import { type GraphStore } from "../store/graph-store.js";

/** A seed file does not follow the `key: value` header, `---`, body format. The message names the file. */
export class SeedFormatError extends ParleyError {
  readonly code = "BAD_SEED_FILE";
}

const HEADER_KEYS = ["title", "source", "publishedAt", "url"] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];
const REQUIRED_KEYS: readonly HeaderKey[] = ["title", "publishedAt"];

/**
 * Parses one seed file:
 * ```
 * title: <headline>
 * source: <source>
 * publishedAt: YYYY-MM-DD
 * url: <url>
 * ---
 * <body>
 * ```
 * Throws SeedFormatError naming the file (and line) when it does not.
 */
export function parseSeedFile(content: string, fileName: string): ArticleInput {
  const fail = (message: string, line?: number): never => {
    throw new SeedFormatError(`${fileName}${line ? `:${line}` : ""}: ${message}`, { file: fileName, ...(line ? { line } : {}) });
  };
  const lines = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const separator = lines.findIndex((line) => line.trim() === "---");
  if (separator < 0) fail("no `---` line between the header and the body");
  const header: Partial<Record<HeaderKey, string>> = {};
  lines.slice(0, separator).forEach((line, index) => {
    if (!line.trim()) return;
    const match = /^([A-Za-z]+):\s*(.*?)\s*$/.exec(line);
    if (!match) return fail(`header line is not \`key: value\`: ${JSON.stringify(line)}`, index + 1);
    const [, key = "", value = ""] = match;
    if (!(HEADER_KEYS as readonly string[]).includes(key)) return fail(`unknown header key ${JSON.stringify(key)} (expected ${HEADER_KEYS.join(", ")})`, index + 1);
    if (header[key as HeaderKey] !== undefined) return fail(`header key ${key} appears twice`, index + 1);
    if (!value) return fail(`header key ${key} has no value`, index + 1);
    header[key as HeaderKey] = value;
  });
  for (const key of REQUIRED_KEYS) if (header[key] === undefined) fail(`header has no ${key}`);
  if (precisionOf(header.publishedAt!) !== "DAY") fail(`publishedAt must be YYYY-MM-DD, got ${JSON.stringify(header.publishedAt)}`);
  if (header.url !== undefined && !/^https?:\/\/\S+$/.test(header.url)) fail(`url must be an http(s) URL, got ${JSON.stringify(header.url)}`);
  const text = lines.slice(separator + 1).join("\n").trim();
  if (!text) fail("the body after `---` is empty");
  return { ...header, text };
}

export interface SeedLoadOptions {
  /** Directory holding `*.txt` seed files; read in file-name order. */
  dir: string;
  store: GraphStore;
  extract: ExtractFn;
  logger?: Logger;
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
  const { dir, store, extract, logger } = options;
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
    const outcome = await ingestGraph(extract(input), store);
    result[outcome.status === "ADDED" ? "added" : "unchanged"] += 1;
    logger?.debug({ file: name, articleId: outcome.articleId, status: outcome.status }, "seed loaded");
  }
  return result;
}

import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { ParleyError, precisionOf } from "../domain/index.js";
import type { ArticleInput } from "../extract/pipeline.js";
import { dateFromPath, type FilenameDatePattern } from "./filename-dates.js";
import { looksLikeHeaderFile, parseHeaderFile, SeedFormatError } from "./header-block.js";
import { readHtmlMetadata } from "./html-metadata.js";

/**
 * The one reader of article files, shared by `parley extract` and `parley ingest` (and the seed
 * loader's header format), so that a file gives the same ArticleInput — the same id, title, text
 * and metadata — whichever command reads it.
 *
 * Metadata precedence, field by field: what the file says about itself (header block, JSONL
 * fields, HTML meta tags, a BBC-style headline) wins over a date found in the file name
 * (`--dates-from-filename`, publication date only), which wins over the run's flags
 * (`--published`, `--source`, `--url`, `--title`), which win over nothing.
 */

export type ArticleFormat = "text" | "html" | "jsonl";

/** Metadata given for a whole run, and how to read the files. */
export interface RunMetadata {
  /** `--published`: a checked YYYY-MM-DD day. */
  publishedAt?: string;
  source?: string;
  url?: string;
  title?: string;
  datesFromFilename?: FilenameDatePattern;
  /** `--published-from-meta`: an HTML page with no publication date of its own is rejected. */
  requireHtmlDate?: boolean;
  /** Read every source as this format (`extract --html`); otherwise the extension decides, else a sniff. */
  format?: ArticleFormat;
}

export type MetadataField = "publishedAt" | "source" | "url" | "title";
/** Where a field's value came from: the file's own metadata, its name, or the run's flags. */
export type MetadataOrigin = "file" | "filename" | "flag";

/** One article read from a source. */
export interface ArticleRead {
  /** The file (`file:line` for a JSONL line, `stdin` for `-`). */
  label: string;
  input: ArticleInput;
  origins: Partial<Record<MetadataField, MetadataOrigin>>;
  /** Run flags the file's own metadata overrode. */
  overridden: MetadataField[];
  /** Things the reader chose to ignore or guess, for the log. */
  notes: string[];
}

/** A source, or a part of one, that gave no article: the reason names what was wrong. */
export interface ArticleRejected {
  label: string;
  error: string;
}

export type ArticleItem = ArticleRead | ArticleRejected;

/** A file to read: its path (`-` for stdin) and, for file-name dates, its path under the folder given on the command line. */
export interface ArticleSource {
  path: string;
  /** `/`-separated; defaults to the file name. */
  relativePath?: string;
}

export function isRejected(item: ArticleItem): item is ArticleRejected {
  return "error" in item;
}

const INPUT_KEYS = ["text", "html", "url", "title", "source", "publishedAt", "language"] as const;
// C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;
/** Longest first line read as a BBC-style headline. */
const MAX_HEADLINE_CHARS = 150;

/**
 * Bytes to text: UTF-8 (a BOM is dropped), else Windows-1252 — a few old files carry a single
 * Latin-1 "£" — unless the bytes hold control characters, which means binary data or UTF-16.
 */
export function decodeArticleBytes(bytes: Uint8Array): { text: string; encoding: "UTF-8" | "Windows-1252" } | { error: string } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), encoding: "UTF-8" };
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes);
    if (CONTROL.test(text)) return { error: "not valid UTF-8 text (it holds control bytes: binary data or UTF-16?)" };
    return { text, encoding: "Windows-1252" };
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The format of a source: forced, else by extension, else sniffed from its first character. */
export function formatOf(path: string, content: string, forced?: ArticleFormat): ArticleFormat {
  if (forced) return forced;
  const extension = path === "-" ? "" : extname(path).toLowerCase();
  if (extension === ".txt") return "text";
  if (extension === ".html" || extension === ".htm") return "html";
  if (extension === ".jsonl") return "jsonl";
  const first = content.trimStart()[0];
  return first === "{" ? "jsonl" : first === "<" ? "html" : "text";
}

/**
 * Reads one source (a file, or stdin for `-`) into its articles. Never throws for a problem with
 * the source: an unreadable, empty, undecodable or malformed file becomes an ArticleRejected.
 */
export async function readArticleSource(source: ArticleSource, run: RunMetadata = {}): Promise<ArticleItem[]> {
  const label = source.path === "-" ? "stdin" : source.path;
  let bytes: Uint8Array;
  try {
    bytes = source.path === "-" ? await readStdin() : await readFile(source.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    return [{ label, error: `cannot read it: ${why}` }];
  }
  const decoded = decodeArticleBytes(bytes);
  if ("error" in decoded) return [{ label, error: decoded.error }];
  const items = readArticleContent(decoded.text, { path: source.path, ...(source.relativePath ? { relativePath: source.relativePath } : {}) }, run);
  if (decoded.encoding !== "UTF-8") for (const item of items) if (!isRejected(item)) item.notes.push("not UTF-8: read as Windows-1252");
  return items;
}

/** What a file says about itself. */
type FileMetadata = Partial<Record<MetadataField | "language", string>> & { hasTitle?: boolean };

/**
 * The articles in already-decoded content. `path` picks the format (`-` for stdin) and names the
 * source in messages; `relativePath` is what `--dates-from-filename` searches.
 */
export function readArticleContent(content: string, where: ArticleSource, run: RunMetadata = {}): ArticleItem[] {
  const label = where.path === "-" ? "stdin" : where.path;
  if (!content.trim()) return [{ label, error: `${where.path === "-" ? "stdin" : "the file"} is empty: there is no article in it` }];
  const format = formatOf(where.path, content, run.format);
  const fileName = where.path === "-" ? undefined : (where.relativePath ?? basename(where.path));
  if (format === "jsonl") return readJsonLines(content, label, fileName, run);
  try {
    if (format === "html") return [settle({ html: content }, htmlMetadata(content), label, fileName, run, true)];
    const { base, meta } = readText(content, label);
    return [settle(base, meta, label, fileName, run, false)];
  } catch (error) {
    if (error instanceof SeedFormatError) {
      const line = typeof error.details.line === "number" ? `:${error.details.line}` : "";
      return [{ label: `${label}${line}`, error: error.message.slice(`${label}${line}: `.length) }];
    }
    if (error instanceof ParleyError) return [{ label, error: error.message }];
    throw error;
  }
}

/**
 * A `.txt` file: the header format (`key: value` lines, `---`, body) when it has one; otherwise BBC
 * style — the first line is the title when a blank line follows it, it is at most 150 characters
 * and it does not end with a full stop; anything else is all body.
 */
function readText(content: string, label: string): { base: ArticleInput; meta: FileMetadata } {
  if (looksLikeHeaderFile(content)) {
    const { header, text } = parseHeaderFile(content, label);
    return { base: { text }, meta: header };
  }
  const lines = content.replace(/\r\n?/g, "\n").split("\n");
  const first = lines[0]!.trim();
  const headline =
    lines.length > 2 && lines[1]!.trim() === "" && first !== "" && first.length <= MAX_HEADLINE_CHARS && !/(^|[^.])\.["'\u2019\u201D)]*$/.test(first);
  const body = (headline ? lines.slice(1) : lines).join("\n").trim();
  if (headline && body) return { base: { text: body }, meta: { title: first } };
  return { base: { text: content.trim() }, meta: {} };
}

function htmlMetadata(html: string): FileMetadata & { notes: string[] } {
  const found = readHtmlMetadata(html);
  const meta: FileMetadata & { notes: string[] } = { hasTitle: found.hasTitle, notes: [] };
  if (found.published) {
    const day = /^(\d{4}-\d{2}-\d{2})(?![\d])/.exec(found.published.value)?.[1];
    if (day && precisionOf(day) === "DAY") meta.publishedAt = day;
    else meta.notes.push(`${found.published.from} ${JSON.stringify(found.published.value)} is not a date written YYYY-MM-DD…; ignored`);
  }
  if (found.source) meta.source = found.source;
  if (found.url) {
    if (/^https?:\/\/\S+$/.test(found.url)) meta.url = found.url;
    else meta.notes.push(`the page's URL ${JSON.stringify(found.url)} is not an absolute http(s) URL; ignored`);
  }
  return meta;
}

/** One JSON object per line, each an ArticleInput; a bad line is one rejection, not the whole file. */
function readJsonLines(content: string, label: string, fileName: string | undefined, run: RunMetadata): ArticleItem[] {
  const items: ArticleItem[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${label}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      items.push({ label: where, error: "not a JSON object" });
      return;
    }
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !(INPUT_KEYS as readonly string[]).includes(key));
    const wrong = INPUT_KEYS.filter((key) => record[key] !== undefined && typeof record[key] !== "string");
    if (unknown.length) return void items.push({ label: where, error: `unknown field ${unknown.join(", ")} (expected ${INPUT_KEYS.join(", ")})` });
    if (wrong.length) return void items.push({ label: where, error: `${wrong.join(", ")} must be a string` });
    const fields = record as Partial<Record<(typeof INPUT_KEYS)[number], string>>;
    if (fields.publishedAt !== undefined && precisionOf(fields.publishedAt) !== "DAY") {
      return void items.push({ label: where, error: `publishedAt must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(fields.publishedAt)}` });
    }
    // The line's own fields first, then what its HTML (if any) says about itself.
    const page = typeof fields.html === "string" ? htmlMetadata(fields.html) : { notes: [] as string[] };
    const meta: FileMetadata & { notes: string[] } = { ...page };
    for (const key of ["title", "source", "url", "publishedAt", "language"] as const) if (fields[key]) meta[key] = fields[key];
    const base: ArticleInput = { ...(fields.text !== undefined ? { text: fields.text } : {}), ...(fields.html !== undefined ? { html: fields.html } : {}) };
    items.push(settle(base, meta, where, fileName, run, typeof fields.html === "string"));
  });
  return items;
}

/** Puts the file's metadata, its file-name date and the run's flags together, in that order of precedence. */
function settle(
  base: ArticleInput,
  meta: FileMetadata & { notes?: string[] },
  label: string,
  fileName: string | undefined,
  run: RunMetadata,
  isHtml: boolean,
): ArticleItem {
  const input: ArticleInput = { ...base };
  const origins: ArticleRead["origins"] = {};
  const overridden: MetadataField[] = [];
  const notes = [...(meta.notes ?? [])];
  for (const field of ["title", "source", "url"] as const) {
    // A page's own title is left for the extractor to word (Readability trims site names off it).
    const own = field === "title" && meta.hasTitle && !meta.title ? "" : meta[field];
    if (own !== undefined) {
      if (own) input[field] = own;
      origins[field] = "file";
      if (run[field] !== undefined && run[field] !== own) overridden.push(field);
    } else if (run[field] !== undefined) {
      input[field] = run[field];
      origins[field] = "flag";
    }
  }
  if (meta.language) input.language = meta.language;

  if (meta.publishedAt) {
    input.publishedAt = meta.publishedAt;
    origins.publishedAt = "file";
    if (run.publishedAt !== undefined && run.publishedAt !== meta.publishedAt) overridden.push("publishedAt");
  } else {
    const fromName = run.datesFromFilename && fileName !== undefined ? dateFromPath(run.datesFromFilename, fileName) : undefined;
    if (fromName && "error" in fromName) return { label, error: fromName.error };
    if (isHtml && run.requireHtmlDate) return { label, error: "no publication date in the page's meta tags (--published-from-meta)" };
    if (fromName) {
      input.publishedAt = fromName.date;
      origins.publishedAt = "filename";
      if (run.publishedAt !== undefined && run.publishedAt !== fromName.date) overridden.push("publishedAt");
    } else if (run.publishedAt !== undefined) {
      input.publishedAt = run.publishedAt;
      origins.publishedAt = "flag";
    }
  }
  return { label, input, origins, overridden, notes };
}

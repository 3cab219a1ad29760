import { ParleyError, precisionOf } from "../domain/index.js";

/** A file in the header format (`key: value` lines, `---`, body) is malformed. The message names the file (and line). */
export class SeedFormatError extends ParleyError {
  readonly code = "BAD_SEED_FILE";
}

/** The keys a header block may carry: the ArticleInput metadata fields. */
export const HEADER_KEYS = ["title", "source", "publishedAt", "url", "language"] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** What a header-format file holds: its metadata and its body text. */
export interface HeaderFile {
  header: Partial<Record<HeaderKey, string>>;
  /** 1-based line of each header key, for messages. */
  lines: Partial<Record<HeaderKey, number>>;
  text: string;
}

const KEY_LINE = /^([A-Za-z]+):\s*(.*?)\s*$/;

function normalise(content: string): string[] {
  return content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
}

/**
 * Whether a text file is in the header format rather than BBC style: it has a `---` line, and
 * either its first line names a known key or every line above the `---` is `key: value`.
 * (A BBC headline such as "Ministers: no deal yet" with no `---` line stays a headline.)
 */
export function looksLikeHeaderFile(content: string): boolean {
  const lines = normalise(content);
  const separator = lines.findIndex((line) => line.trim() === "---");
  if (separator <= 0) return false;
  const above = lines.slice(0, separator).filter((line) => line.trim() !== "");
  if (above.length === 0) return false;
  const firstKey = KEY_LINE.exec(above[0]!)?.[1];
  if (firstKey !== undefined && (HEADER_KEYS as readonly string[]).includes(firstKey)) return true;
  return above.every((line) => /^[A-Za-z]+:\s*\S/.test(line));
}

/**
 * Parses the header format:
 * ```
 * title: <headline>
 * source: <outlet>
 * publishedAt: YYYY-MM-DD
 * url: <http(s) URL>
 * ---
 * <body>
 * ```
 * Every key is optional unless named in `required`. Throws SeedFormatError naming the file (and
 * line): no `---`, a line that is not `key: value`, an unknown or repeated key, a date that is not
 * a calendar day, a URL that is not http(s), an empty body.
 */
export function parseHeaderFile(content: string, fileName: string, required: readonly HeaderKey[] = []): HeaderFile {
  const fail = (message: string, line?: number): never => {
    throw new SeedFormatError(`${fileName}${line ? `:${line}` : ""}: ${message}`, { file: fileName, ...(line ? { line } : {}) });
  };
  const lines = normalise(content);
  const separator = lines.findIndex((line) => line.trim() === "---");
  if (separator < 0) fail("no `---` line between the header and the body");
  const header: Partial<Record<HeaderKey, string>> = {};
  const at: Partial<Record<HeaderKey, number>> = {};
  lines.slice(0, separator).forEach((line, index) => {
    if (!line.trim()) return;
    const match = KEY_LINE.exec(line);
    if (!match) return fail(`header line is not \`key: value\`: ${JSON.stringify(line)}`, index + 1);
    const [, key = "", value = ""] = match;
    if (!(HEADER_KEYS as readonly string[]).includes(key)) return fail(`unknown header key ${JSON.stringify(key)} (expected ${HEADER_KEYS.join(", ")})`, index + 1);
    if (header[key as HeaderKey] !== undefined) return fail(`header key ${key} appears twice`, index + 1);
    if (!value) return fail(`header key ${key} has no value`, index + 1);
    header[key as HeaderKey] = value;
    at[key as HeaderKey] = index + 1;
  });
  for (const key of required) if (header[key] === undefined) fail(`header has no ${key}`);
  if (header.publishedAt !== undefined && precisionOf(header.publishedAt) !== "DAY") {
    fail(`publishedAt must be YYYY-MM-DD (a calendar day), got ${JSON.stringify(header.publishedAt)}`);
  }
  if (header.url !== undefined && !/^https?:\/\/\S+$/.test(header.url)) fail(`url must be an http(s) URL, got ${JSON.stringify(header.url)}`);
  const text = lines.slice(separator + 1).join("\n").trim();
  if (!text) fail("the body after `---` is empty");
  return { header, lines: at, text };
}

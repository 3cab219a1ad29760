import { type Command, InvalidArgumentError } from "commander";
import { BadInputError, precisionOf } from "../domain/index.js";
import { compileFilenameDatePattern, type FilenameDatePattern } from "./filename-dates.js";
import type { RunMetadata } from "./read-article-file.js";

/** The run-level metadata flags `parley extract` and `parley ingest` share, as Commander parses them. */
export interface MetadataFlags {
  published?: string;
  source?: string;
  url?: string;
  title?: string;
  datesFromFilename?: FilenameDatePattern;
}

/** Commander parser for `--published`: a real calendar day written YYYY-MM-DD. */
export function parsePublishedOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || precisionOf(value) !== "DAY") {
    throw new InvalidArgumentError(`expected a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseUrlOption(value: string): string {
  if (!/^https?:\/\/\S+$/.test(value)) throw new InvalidArgumentError(`expected an absolute http(s) URL, got ${JSON.stringify(value)}`);
  return value;
}

function parseNameOption(value: string): string {
  if (!value.trim()) throw new InvalidArgumentError("expected a non-empty name");
  return value.trim();
}

function parsePatternOption(value: string): FilenameDatePattern {
  try {
    return compileFilenameDatePattern(value);
  } catch (error) {
    if (error instanceof BadInputError) throw new InvalidArgumentError(error.message.replace(/^--dates-from-filename: /, ""));
    throw error;
  }
}

/**
 * Adds `--published`, `--source`, `--url` and `--dates-from-filename` to a command. Each fills in
 * what an article's own metadata leaves out; the file always wins.
 */
export function addMetadataFlags(command: Command): Command {
  return command
    .option("--published <YYYY-MM-DD>", "publication day for articles that carry none; relative dates (\"on Wednesday\") resolve against it", parsePublishedOption)
    .option("--source <NAME>", "publisher or outlet for articles that name none", parseNameOption)
    .option("--url <URL>", "article URL for articles that carry none", parseUrlOption)
    .option(
      "--dates-from-filename <PATTERN>",
      "publication day from the file's path under the folder given (its name, for a file given directly): a template with YYYY, MM and DD (e.g. YYYY-MM-DD, YYYYMMDD), or a regular expression with (?<date>…) or (?<year>…)(?<month>…)(?<day>…); searched, not anchored. Used for articles whose content carries no date; wins over --published",
      parsePatternOption,
    );
}

/** The flags as the shared reader takes them. */
export function runMetadataOf(flags: MetadataFlags): RunMetadata {
  return {
    ...(flags.published ? { publishedAt: flags.published } : {}),
    ...(flags.source ? { source: flags.source } : {}),
    ...(flags.url ? { url: flags.url } : {}),
    ...(flags.title ? { title: flags.title } : {}),
    ...(flags.datesFromFilename ? { datesFromFilename: flags.datesFromFilename } : {}),
  };
}

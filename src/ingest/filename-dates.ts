import { BadInputError, precisionOf } from "../domain/index.js";

/**
 * A `--dates-from-filename` pattern, compiled. Two ways to write one:
 * - a template with the tokens `YYYY`, `MM` and `DD` (every other character literal), e.g.
 *   `YYYY-MM-DD`, `YYYYMMDD`, `YYYY/MM/DD`;
 * - a JavaScript regular expression with named groups: `(?<date>…)` holding a day written
 *   YYYY-MM-DD, YYYYMMDD or with `_`, `/` or `.` between the parts, or `(?<year>…)`, `(?<month>…)`
 *   and `(?<day>…)` (month as a number or an English month name or its first three letters).
 * Either is searched (not anchored) in the file's path relative to the folder given on the command
 * line, `/`-separated — just the file name for a file named directly — ignoring case.
 */
export interface FilenameDatePattern {
  /** The pattern as the user wrote it. */
  written: string;
  regex: RegExp;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Compiles a pattern; throws BadInputError (exit 2 in the CLI) saying what is wrong with it. */
export function compileFilenameDatePattern(written: string): FilenameDatePattern {
  if (!written) throw new BadInputError("--dates-from-filename needs a pattern, e.g. YYYY-MM-DD", { field: "datesFromFilename" });
  if (written.includes("(?<")) {
    let regex: RegExp;
    try {
      regex = new RegExp(written, "i");
    } catch (error) {
      throw new BadInputError(`--dates-from-filename: not a regular expression: ${(error as Error).message}`, { field: "datesFromFilename" });
    }
    const groups = new Set([...written.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((match) => match[1]));
    const parts = ["year", "month", "day"].filter((name) => groups.has(name));
    if (!groups.has("date") && parts.length < 3) {
      throw new BadInputError(
        `--dates-from-filename: the regular expression needs a group (?<date>…) or all of (?<year>…), (?<month>…) and (?<day>…)${parts.length ? `; it has only ${parts.join(", ")}` : ""}`,
        { field: "datesFromFilename" },
      );
    }
    return { written, regex };
  }
  const tokens = ["YYYY", "MM", "DD"].filter((token) => written.includes(token));
  if (tokens.length < 3) {
    throw new BadInputError(
      `--dates-from-filename: ${JSON.stringify(written)} is neither a template with YYYY, MM and DD (e.g. YYYY-MM-DD) nor a regular expression with a (?<date>…) group`,
      { field: "datesFromFilename" },
    );
  }
  const source = written
    .split(/(YYYY|MM|DD)/)
    .map((part) =>
      part === "YYYY" ? "(?<year>\\d{4})" : part === "MM" ? "(?<month>\\d{2})" : part === "DD" ? "(?<day>\\d{2})" : part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"),
    )
    .join("");
  try {
    return { written, regex: new RegExp(source) };
  } catch {
    // Only a template repeating a token ("YYYY-MM-DD_YYYY") gets here: a group name used twice.
    throw new BadInputError(`--dates-from-filename: ${JSON.stringify(written)} uses a token more than once`, { field: "datesFromFilename" });
  }
}

function monthNumber(value: string): number | undefined {
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const lower = value.toLowerCase();
  const index = MONTHS.findIndex((name) => name === lower || name.slice(0, 3) === lower);
  return index >= 0 ? index + 1 : undefined;
}

/** What a pattern found in one path: nothing, a day, or a match that is not a calendar day. */
export type FilenameDate = { date: string } | { error: string } | undefined;

/**
 * The publication day a pattern finds in a path (relative, `/`-separated), as YYYY-MM-DD.
 * Undefined when the pattern does not match; an error naming the matched text when it matches
 * something that is not a calendar day.
 */
export function dateFromPath(pattern: FilenameDatePattern, path: string): FilenameDate {
  const match = pattern.regex.exec(path.replace(/\\/g, "/"));
  if (!match) return undefined;
  const groups = match.groups ?? {};
  let year: string | undefined;
  let month: number | undefined;
  let day: string | undefined;
  if (groups.date !== undefined) {
    const parts = /^(\d{4})[-_/.]?(\d{2})[-_/.]?(\d{2})$/.exec(groups.date);
    if (!parts) return { error: `the date in the file name, ${JSON.stringify(groups.date)}, is not written YYYY-MM-DD or YYYYMMDD (--dates-from-filename ${pattern.written})` };
    [, year, , day] = parts;
    month = Number(parts[2]);
  } else {
    year = groups.year;
    month = groups.month === undefined ? undefined : monthNumber(groups.month);
    day = groups.day;
  }
  const value = year && /^\d{4}$/.test(year) && month && day && /^\d{1,2}$/.test(day) ? `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}` : undefined;
  if (!value || precisionOf(value) !== "DAY") {
    return { error: `the date in the file name, ${JSON.stringify(match[0])}, is not a calendar day (--dates-from-filename ${pattern.written})` };
  }
  return { date: value };
}

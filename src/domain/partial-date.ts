/**
 * A date known only as precisely as the text gives it: "in 2014" is the year 2014, never
 * 2014-01-01 or a date filled in from the publication day.
 */
export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
  value: string;
  precision: DatePrecision;
  /** Last day/month/year of a span ("12–14 February"), same format as `value`. */
  end?: string;
}

const PATTERNS: Record<DatePrecision, RegExp> = {
  DAY: /^(\d{4})-(\d{2})-(\d{2})$/,
  MONTH: /^(\d{4})-(\d{2})$/,
  YEAR: /^(\d{4})$/,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The precision a date string is written at, or undefined when it is not a valid partial date. */
export function precisionOf(value: string): DatePrecision | undefined {
  for (const precision of DATE_PRECISIONS) {
    const match = PATTERNS[precision].exec(value);
    if (!match) continue;
    const month = match[2] === undefined ? 1 : Number(match[2]);
    const day = match[3] === undefined ? 1 : Number(match[3]);
    if (month < 1 || month > 12) return undefined;
    if (day < 1 || day > daysInMonth(Number(match[1]), month)) return undefined;
    return precision;
  }
  return undefined;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a PartialDate, throwing a RangeError that names the bad value. */
export function parsePartialDate(value: string): PartialDate {
  const precision = precisionOf(value);
  if (!precision) throw new RangeError(`not a date: ${JSON.stringify(value)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return { value, precision };
}

/** Builds a PartialDate from the parts the text gave; month and day are 1-based. */
export function partialDateFromParts(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return { value: pad(year, 4), precision: "YEAR" };
  if (day === undefined) return { value: `${pad(year, 4)}-${pad(month)}`, precision: "MONTH" };
  return { value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: "DAY" };
}

/** First and last calendar day covered by a partial date (and its `end`), as `YYYY-MM-DD`. */
export function dayRange(date: PartialDate): { first: string; last: string } {
  const firstOf = (value: string): string => {
    const [y, m = "01", d = "01"] = value.split("-");
    return `${y}-${m}-${d}`;
  };
  const lastOf = (value: string): string => {
    const [y, m, d] = value.split("-");
    if (d) return value;
    if (m) return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
    return `${y}-12-31`;
  };
  return { first: firstOf(date.value), last: lastOf(date.end ?? date.value) };
}

/** Expands a user-supplied bound (`2025`, `2025-02`, `2025-02-12`) to the first or last day it covers. */
export function boundToDay(bound: string, side: "from" | "to"): string {
  const range = dayRange(parsePartialDate(bound));
  return side === "from" ? range.first : range.last;
}

/** The date as a reader would write it, keeping its precision: "12 February 2025", "February 2025", "2025". */
export function formatPartialDate(date: PartialDate): string {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const one = (value: string): string => {
    const [y, m, d] = value.split("-");
    if (d) return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
    if (m) return `${months[Number(m) - 1]} ${y}`;
    return y!;
  };
  return date.end ? `${one(date.value)} – ${one(date.end)}` : one(date.value);
}

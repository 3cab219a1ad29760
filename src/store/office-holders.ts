import { dayRange, type PartialDate } from "../domain/index.js";
import { type TenureRecord } from "./graph-store.js";
import { dayOfBound } from "./read-arguments.js";

/** A tenure of an office, and whether its dates are unknown (so it may or may not cover the date asked). */
export interface OfficeHolding {
  tenure: TenureRecord;
  undated: boolean;
}

/**
 * Who held an office, from its tenures. Without `at` every tenure counts. With `at` (`YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`) a tenure counts when its [from, to] overlaps the days `at` covers, an
 * unknown `from` or `to` leaving that side open; a tenure with neither date is kept and flagged `undated`.
 */
export function officeHoldersAt(tenures: readonly TenureRecord[], at?: string): OfficeHolding[] {
  const holdings = tenures.map((tenure) => ({ tenure, undated: tenure.from === null && tenure.to === null }));
  if (at === undefined) return holdings;
  const first = dayOfBound(at, "from")!;
  const last = dayOfBound(at, "to")!;
  return holdings.filter(({ tenure }) => startsBy(tenure.from, last) && lastsUntil(tenure.to, first));
}

function startsBy(from: PartialDate | null, day: string): boolean {
  return from === null || dayRange(from).first <= day;
}

function lastsUntil(to: PartialDate | null, day: string): boolean {
  return to === null || dayRange(to).last >= day;
}

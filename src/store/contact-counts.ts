import { type DatePrecision } from "../domain/index.js";
import { type ContactCountsQuery, type DyadCountRecord } from "./graph-store.js";

/**
 * The adapter-independent half of `contactCounts`: adapters read who is involved in each candidate
 * event (one row per participant, and per country of an office the participant held at the time),
 * and this module turns those rows into dyad counts per period, so both adapters count alike.
 */

/** One participant of a dated event that involves the query's `a`, with a country it stands for (or null). */
export interface InvolvementRow {
  eventId: string;
  dateValue: string;
  datePrecision: DatePrecision;
  participantId: string;
  /** Country of an office the participant held when the event happened; null for the participant's own row. */
  officeCountryId: string | null;
}

/**
 * Counts, per counterpart and period, the events in which `query.a` and the counterpart are both
 * involved. An entity is involved when it participates, or (a country) when a participant holds one
 * of its offices. Without `b`, those who stand for `a` (hold one of its offices) and the countries
 * `a` stands for (of offices a person `a` holds) are not a's counterparts.
 * Sorted by count descending, then counterpart id, then period.
 */
export function countDyads(query: ContactCountsQuery, rows: readonly InvolvementRow[]): DyadCountRecord[] {
  const events = new Map<string, { period: string; involved: Set<string>; proxiesOfA: Set<string>; countriesOfA: Set<string> }>();
  for (const row of rows) {
    const period = periodOf(row.dateValue, row.datePrecision, query.interval);
    if (period === null) continue;
    let event = events.get(row.eventId);
    if (!event) {
      event = { period, involved: new Set(), proxiesOfA: new Set(), countriesOfA: new Set() };
      events.set(row.eventId, event);
    }
    event.involved.add(row.participantId);
    if (row.officeCountryId !== null) {
      event.involved.add(row.officeCountryId);
      if (row.officeCountryId === query.a) event.proxiesOfA.add(row.participantId);
      if (row.participantId === query.a) event.countriesOfA.add(row.officeCountryId);
    }
  }
  const counts = new Map<string, DyadCountRecord>();
  for (const event of events.values()) {
    if (!event.involved.has(query.a)) continue;
    const counterparts =
      query.b !== undefined
        ? query.b !== query.a && event.involved.has(query.b) ? [query.b] : []
        : [...event.involved].filter((id) => id !== query.a && !event.proxiesOfA.has(id) && !event.countriesOfA.has(id));
    for (const counterpartId of counterparts) {
      const key = `${counterpartId}\u0000${event.period}`;
      const found = counts.get(key);
      if (found) found.count += 1;
      else counts.set(key, { counterpartId, period: event.period, count: 1 });
    }
  }
  return [...counts.values()].sort(
    (x, y) => y.count - x.count || compare(x.counterpartId, y.counterpartId) || compare(x.period, y.period),
  );
}

/** `YYYY` or `YYYY-MM` of the day or month an event began; null when MONTH is asked of a date known only to the year. */
export function periodOf(value: string, precision: DatePrecision, interval: "YEAR" | "MONTH"): string | null {
  if (interval === "YEAR") return value.slice(0, 4);
  return precision === "YEAR" ? null : value.slice(0, 7);
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

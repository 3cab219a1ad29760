import { type DatePrecision } from "../domain/index.js";
import { type ContactCountsQuery, type DyadCountRecord, type UncountedContactsRecord } from "./graph-store.js";

/**
 * The adapter-independent half of `contactCounts`: adapters read who is involved in each candidate
 * event (one row per participant, and per country of an office the participant held at the time),
 * and this module turns those rows into dyad counts per period, so both adapters count alike.
 */

/** One participant of an event that involves the query's `a`, with a country it stands for (or null). */
export interface InvolvementRow {
  eventId: string;
  /** Null for an undated event (countUncounted only). */
  dateValue: string | null;
  datePrecision: DatePrecision | null;
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
  const counts = new Map<string, DyadCountRecord>();
  for (const event of involvedEvents(rows).values()) {
    if (event.dateValue === null) continue;
    const period = periodOf(event.dateValue, event.datePrecision!, query.interval);
    if (period === null) continue;
    for (const counterpartId of counterpartsIn(query, event)) {
      const key = `${counterpartId}\u0000${period}`;
      const found = counts.get(key);
      if (found) found.count += 1;
      else counts.set(key, { counterpartId, period, count: 1 });
    }
  }
  return [...counts.values()].sort(
    (x, y) => y.count - x.count || compare(x.counterpartId, y.counterpartId) || compare(x.period, y.period),
  );
}

/**
 * What countDyads leaves out, from the rows of the events it would not count: `undatedRows` (events
 * with no date) and, for MONTH, `yearOnlyRows` (events dated only to a year). An event counts here
 * when it would have counted for at least one counterpart (or for `b`) had it had a period.
 */
export function countUncounted(query: ContactCountsQuery, undatedRows: readonly InvolvementRow[], yearOnlyRows: readonly InvolvementRow[]): UncountedContactsRecord {
  const withCounterpart = (rows: readonly InvolvementRow[]) => [...involvedEvents(rows).values()].filter((event) => counterpartsIn(query, event).length > 0).length;
  return {
    undated: withCounterpart(undatedRows.filter((row) => row.dateValue === null)),
    yearOnly: query.interval === "MONTH" ? withCounterpart(yearOnlyRows.filter((row) => row.datePrecision === "YEAR")) : 0,
  };
}

interface InvolvedEvent {
  dateValue: string | null;
  datePrecision: DatePrecision | null;
  /** Participants, and the countries of the offices they held at the time. */
  involved: Set<string>;
  /** [participant, country of an office it held at the time]. */
  offices: [string, string][];
}

/** The rows grouped by event. */
function involvedEvents(rows: readonly InvolvementRow[]): Map<string, InvolvedEvent> {
  const events = new Map<string, InvolvedEvent>();
  for (const row of rows) {
    let event = events.get(row.eventId);
    if (!event) {
      event = { dateValue: row.dateValue, datePrecision: row.datePrecision, involved: new Set(), offices: [] };
      events.set(row.eventId, event);
    }
    event.involved.add(row.participantId);
    if (row.officeCountryId !== null) {
      event.involved.add(row.officeCountryId);
      event.offices.push([row.participantId, row.officeCountryId]);
    }
  }
  return events;
}

/**
 * The counterparts of `query.a` in one event: `b` when given and involved; else everyone involved
 * but `a`, those who stand for `a` (hold one of its offices) and the countries `a` stands for.
 */
function counterpartsIn(query: ContactCountsQuery, event: InvolvedEvent): string[] {
  if (!event.involved.has(query.a)) return [];
  if (query.b !== undefined) return query.b !== query.a && event.involved.has(query.b) ? [query.b] : [];
  const proxiesOfA = new Set(event.offices.filter(([, country]) => country === query.a).map(([participant]) => participant));
  const countriesOfA = new Set(event.offices.filter(([participant]) => participant === query.a).map(([, country]) => country));
  return [...event.involved].filter((id) => id !== query.a && !proxiesOfA.has(id) && !countriesOfA.has(id));
}

/** `YYYY` or `YYYY-MM` of the day or month an event began; null when MONTH is asked of a date known only to the year. */
export function periodOf(value: string, precision: DatePrecision, interval: "YEAR" | "MONTH"): string | null {
  if (interval === "YEAR") return value.slice(0, 4);
  return precision === "YEAR" ? null : value.slice(0, 7);
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * What the graph shows of the events it has loaded: a date range and an event type, applied in the
 * page (the events are already there, so the view changes at once). Dates follow the API's rule:
 * an event is kept when its days overlap [from, to]; an undated event has no days, so a date range
 * leaves it out.
 */
export interface ViewFilter {
  /** First day, `YYYY-MM-DD`, or null for no lower bound. */
  fromDay: string | null;
  /** Last day, `YYYY-MM-DD`, or null for no upper bound. */
  toDay: string | null;
  /** An EventType name, or null for every type. */
  type: string | null;
}

export interface FilterableEvent {
  type: string;
  date: { value: string; end?: string | null } | null;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` covers. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day it covers; "-31" for any month is enough, since days are only compared as text. */
export function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Reads the controls' text into a filter; throws naming the box when a date is not `YYYY[-MM[-DD]]`. */
export function parseViewFilter(from: string, to: string, type: string): ViewFilter {
  for (const [name, value] of [["From", from], ["To", to]] as const) {
    if (value && !PARTIAL_DATE.test(value)) throw new Error(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  return { fromDay: from ? firstDay(from) : null, toDay: to ? lastDay(to) : null, type: type || null };
}

export function isFiltering(filter: ViewFilter): boolean {
  return filter.fromDay !== null || filter.toDay !== null || filter.type !== null;
}

/** Whether the view keeps an event. */
export function keepsEvent(filter: ViewFilter, event: FilterableEvent): boolean {
  if (filter.type && event.type !== filter.type) return false;
  if (filter.fromDay === null && filter.toDay === null) return true;
  if (!event.date) return false;
  const first = firstDay(event.date.value);
  const last = lastDay(event.date.end ?? event.date.value);
  return (filter.toDay === null || first <= filter.toDay) && (filter.fromDay === null || last >= filter.fromDay);
}

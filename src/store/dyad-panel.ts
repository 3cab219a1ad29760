import { BadInputError, EVENT_TYPES, kindOfId, NotFoundError, type EventType } from "../domain/index.js";
import { periodOf } from "./contact-counts.js";
import { type EntityRecord, type EventFilter, type GraphStore } from "./graph-store.js";

/**
 * Dyad panels: a dyad's contacts per calendar year or month, one row per period from `from` to
 * `to`, periods without a contact included as zeros — the dyad-year / dyad-month rows that event-data
 * researchers (ICEWS, GDELT users) load into R or Stata. Computed from the GraphStore port alone:
 * a dyad's events come from `findEvents` a page at a time, so a panel counts by the rule the store
 * already uses for `contactCounts` and the `countries` event filter (a country is involved directly
 * or through a participant holding one of its offices at the time; anything else takes part itself).
 * An event falls in the period it began in; with MONTH, events dated only to the year are left out;
 * undated events are never counted — as in `contactCounts`. Every event status counts.
 */

/** The most periods (rows) one panel may have: 100 years by month. */
export const MAX_PANEL_PERIODS = 1200;

/** Events read per findEvents page. */
const PAGE_SIZE = 500;

export type PanelInterval = "YEAR" | "MONTH";

export interface DyadPanelQuery {
  /** One side: a person, country or organisation id. */
  a: string;
  /** The other side. */
  b: string;
  interval: PanelInterval;
  /** First period: a year (`2015`), or with MONTH a year or a month (`2015-03`); when omitted, the dyad's first period with a contact. */
  from?: string;
  /** Last period, as `from`; when omitted, the dyad's last period with a contact. */
  to?: string;
  /** Only these event types (counted in this order, taxonomy order when omitted); all types when omitted or empty. */
  types?: readonly EventType[];
}

/** Events of one type in one period. */
export interface PanelTypeCount {
  type: EventType;
  count: number;
}

/** One period of a dyad's panel. */
export interface DyadPanelRow {
  /** `YYYY` for YEAR, `YYYY-MM` for MONTH. */
  period: string;
  /** The period's first day, `YYYY-MM-DD`. */
  periodStart: string;
  /** One entry per counted event type, in taxonomy order, zeros included. */
  counts: PanelTypeCount[];
  /** Events in the period, of the counted types. */
  total: number;
  /** Their ids, by date, then id. */
  eventIds: string[];
}

export interface DyadPanel {
  a: EntityRecord;
  b: EntityRecord;
  interval: PanelInterval;
  /** The counted event types, in taxonomy order. */
  types: EventType[];
  /** One row per period, oldest first; empty when no bound is given and the dyad has no dated contact. */
  rows: DyadPanelRow[];
}

/**
 * The panel of one dyad. Throws BadInputError for ids that are not person, country or organisation
 * ids, for a = b, for malformed or reversed bounds and for more than MAX_PANEL_PERIODS periods, and
 * NotFoundError for an id the store does not hold.
 */
export async function dyadPanel(store: GraphStore, query: DyadPanelQuery): Promise<DyadPanel> {
  requireDyadIds(query.a, query.b);
  const bounds = panelBounds(query.interval, query.from, query.to);
  const types = panelTypes(query.types);
  const [a, b] = await store.entitiesByIds([query.a, query.b]);
  for (const [side, id, entity] of [["a", query.a, a], ["b", query.b, b]] as const) {
    if (!entity) throw new NotFoundError(`${side}: no entity with id ${JSON.stringify(id)}`, { field: side, id });
  }
  return readPanel(store, a!, b!, query.interval, bounds, types);
}

/** What `countryPairPanels` is asked: the period and types of every pair's panel. */
export interface CountryPanelsQuery {
  interval: PanelInterval;
  from?: string;
  to?: string;
  types?: readonly EventType[];
}

/**
 * The panel of every pair of stored countries with at least one contact in the periods asked, a
 * pair at a time: by the first country's id, then the second's (a < b). Every pair spans the same
 * periods — `from`..`to`, or when omitted the first and last period any country pair has a
 * contact in — so the panels stack into one balanced panel. Pairs are found with one
 * `contactCounts` per country; each pair's rows with `findEvents`, a page at a time. Only the list
 * of countries and of pairs is held, never the events of more than one pair.
 */
export async function* countryPairPanels(store: GraphStore, query: CountryPanelsQuery): AsyncGenerator<DyadPanel> {
  const bounds = panelBounds(query.interval, query.from, query.to);
  const types = panelTypes(query.types);
  const countries = new Map<string, EntityRecord>();
  let after: string | undefined;
  for (;;) {
    const page = await store.findEntities({ kind: "COUNTRY", first: PAGE_SIZE, ...(after ? { after } : {}) });
    for (const country of page.items) countries.set(country.id, country);
    if (!page.hasNextPage || page.endCursor === null) break;
    after = page.endCursor;
  }
  const ids = [...countries.keys()].sort(compare);
  const pairs: [string, string][] = [];
  let first: string | undefined;
  let last: string | undefined;
  for (const a of ids) {
    const counts = await store.contactCounts({
      a,
      interval: query.interval,
      ...storeRange(bounds),
      ...(query.types && query.types.length > 0 ? { types: [...query.types] } : {}),
    });
    const partners = new Set<string>();
    for (const { counterpartId, period } of counts) {
      if (!(counterpartId > a && countries.has(counterpartId)) || !withinBounds(period, bounds)) continue;
      partners.add(counterpartId);
      if (first === undefined || period < first) first = period;
      if (last === undefined || period > last) last = period;
    }
    for (const b of [...partners].sort(compare)) pairs.push([a, b]);
  }
  if (pairs.length === 0) return;
  const span = { from: bounds.from ?? first!, to: bounds.to ?? last! };
  requirePeriodCount(span.from, span.to, query.interval);
  for (const [a, b] of pairs) yield readPanel(store, countries.get(a)!, countries.get(b)!, query.interval, span, types);
}

interface Bounds {
  from?: string;
  to?: string;
}

/** Reads a dyad's events in the bounds and lays them out as one row per period, zeros included. */
async function readPanel(store: GraphStore, a: EntityRecord, b: EntityRecord, interval: PanelInterval, bounds: Bounds, types: EventType[]): Promise<DyadPanel> {
  // Every type is no filter at all: the store is asked for types only when some are left out.
  const filter: EventFilter = { ...dyadFilter(a, b), ...storeRange(bounds), ...(types.length < EVENT_TYPES.length ? { types } : {}) };
  const buckets = new Map<string, { counts: Map<EventType, number>; eventIds: string[] }>();
  let after: string | undefined;
  for (;;) {
    const page = await store.findEvents(filter, { first: PAGE_SIZE, orderBy: "DATE_ASC", ...(after ? { after } : {}) });
    for (const event of page.items) {
      const period = event.date ? periodOf(event.date.value, event.date.precision, interval) : null;
      // An event reaching into the bounds but begun before them belongs to a period outside the panel.
      if (period === null || !withinBounds(period, bounds)) continue;
      let bucket = buckets.get(period);
      if (!bucket) buckets.set(period, (bucket = { counts: new Map(), eventIds: [] }));
      bucket.counts.set(event.type, (bucket.counts.get(event.type) ?? 0) + 1);
      bucket.eventIds.push(event.id);
    }
    if (!page.hasNextPage || page.endCursor === null) break;
    after = page.endCursor;
  }
  const seen = [...buckets.keys()].sort(compare);
  // An omitted bound is the dyad's first or last period with a contact (or the other bound, if further out).
  const from = bounds.from ?? [seen[0], bounds.to].filter((p): p is string => p !== undefined).sort(compare)[0];
  const to = bounds.to ?? [seen.at(-1), bounds.from].filter((p): p is string => p !== undefined).sort(compare).at(-1);
  const rows: DyadPanelRow[] = [];
  if (from !== undefined && to !== undefined) {
    requirePeriodCount(from, to, interval);
    for (const period of periodsBetween(from, to, interval)) {
      const bucket = buckets.get(period);
      const counts = types.map((type) => ({ type, count: bucket?.counts.get(type) ?? 0 }));
      rows.push({ period, periodStart: periodStart(period), counts, total: counts.reduce((sum, c) => sum + c.count, 0), eventIds: bucket?.eventIds ?? [] });
    }
  }
  return { a, b, interval, types, rows };
}

/** The findEvents filter for events involving both sides, by the store's own rule for each kind. */
function dyadFilter(a: EntityRecord, b: EntityRecord): EventFilter {
  const countryIds = [a, b].filter((side) => side.kind === "COUNTRY").map((side) => side.id);
  const participantIds = [a, b].filter((side) => side.kind !== "COUNTRY").map((side) => side.id);
  return { ...(countryIds.length > 0 ? { countryIds } : {}), ...(participantIds.length > 0 ? { participantIds } : {}) };
}

/** The bounds as findEvents reads them: a year or a month covers all its days. */
function storeRange(bounds: Bounds): { from?: string; to?: string } {
  return { ...(bounds.from ? { from: bounds.from } : {}), ...(bounds.to ? { to: bounds.to } : {}) };
}

function withinBounds(period: string, bounds: Bounds): boolean {
  return (bounds.from === undefined || period >= bounds.from) && (bounds.to === undefined || period <= bounds.to);
}

const PANEL_KINDS = new Set(["PERSON", "COUNTRY", "ORGANIZATION"]);

/** Both ids are person, country or organisation ids, and not the same one. */
function requireDyadIds(a: string, b: string): void {
  for (const [side, id] of [["a", a], ["b", b]] as const) {
    const kind = kindOfId(id);
    if (!kind) throw new BadInputError(`${side} ${JSON.stringify(id)} is not a Parley id (expected e.g. country:USA or person:donald-trump)`, { field: side });
    if (!PANEL_KINDS.has(kind)) throw new BadInputError(`${side} ${JSON.stringify(id)} is of kind ${kind}; a dyad is two people, countries or organisations`, { field: side });
  }
  if (a === b) throw new BadInputError(`a and b are the same entity (${JSON.stringify(a)}); a dyad needs two`, { field: "b" });
}

/** The counted types: those asked for, once each, in taxonomy order; every type when none is asked for. */
export function panelTypes(types: readonly EventType[] | undefined): EventType[] {
  if (!types || types.length === 0) return [...EVENT_TYPES];
  const asked = new Set(types);
  return EVENT_TYPES.filter((type) => asked.has(type));
}

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A panel bound as the period it names: with YEAR a year (`2015`); with MONTH a month (`2015-03`),
 * or a year standing for its January (`from`) or December (`to`). BadInputError otherwise.
 */
export function panelBound(value: string, interval: PanelInterval, side: "from" | "to"): string {
  if (YEAR.test(value)) return interval === "YEAR" ? value : `${value}-${side === "from" ? "01" : "12"}`;
  if (MONTH.test(value)) {
    if (interval === "MONTH") return value;
    throw new BadInputError(`${side} ${JSON.stringify(value)} is a month; the rows of a YEAR panel are whole years, so give a year (e.g. ${value.slice(0, 4)})`, { field: side });
  }
  const expected = interval === "YEAR" ? "a year, e.g. 2015" : "a year or a month, e.g. 2015 or 2015-03";
  throw new BadInputError(`${side} ${JSON.stringify(value)} is not ${expected}`, { field: side });
}

/** Both bounds as periods, checked: each well formed, from ≤ to, at most MAX_PANEL_PERIODS periods. */
export function panelBounds(interval: PanelInterval, from: string | undefined, to: string | undefined): Bounds {
  const bounds: Bounds = {
    ...(from !== undefined ? { from: panelBound(from, interval, "from") } : {}),
    ...(to !== undefined ? { to: panelBound(to, interval, "to") } : {}),
  };
  if (bounds.from !== undefined && bounds.to !== undefined) requirePeriodCount(bounds.from, bounds.to, interval);
  return bounds;
}

/** The number of periods from `from` to `to` (both included) when it is 1–MAX_PANEL_PERIODS; BadInputError otherwise. */
function requirePeriodCount(from: string, to: string, interval: PanelInterval): number {
  if (from > to) throw new BadInputError(`from ${from} is after to ${to}; a panel runs forward in time`, { field: "from" });
  const count = periodIndex(to) - periodIndex(from) + 1;
  if (count > MAX_PANEL_PERIODS) {
    throw new BadInputError(
      `from ${from} to ${to} is ${count} ${interval === "YEAR" ? "years" : "months"}; a panel has at most ${MAX_PANEL_PERIODS} periods — narrow from/to${interval === "MONTH" ? " or count by YEAR" : ""}`,
      { field: "to", periods: count, maxPeriods: MAX_PANEL_PERIODS },
    );
  }
  return count;
}

/** A period as a count of its kind since year 0: the year itself, or 12 × year + month − 1. */
function periodIndex(period: string): number {
  const year = Number(period.slice(0, 4));
  return period.length === 4 ? year : year * 12 + Number(period.slice(5, 7)) - 1;
}

function periodsBetween(from: string, to: string, interval: PanelInterval): string[] {
  const periods: string[] = [];
  for (let index = periodIndex(from); index <= periodIndex(to); index += 1) {
    if (interval === "YEAR") periods.push(String(index).padStart(4, "0"));
    else periods.push(`${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return periods;
}

/** `2015` → `2015-01-01`, `2015-03` → `2015-03-01`. */
export function periodStart(period: string): string {
  return period.length === 4 ? `${period}-01-01` : `${period}-01`;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

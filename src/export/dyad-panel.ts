import { stringify } from "csv-stringify/sync";
import { BadInputError, EVENT_TYPES, iso3OfCountryId, type EventType } from "../domain/index.js";
import { countryPairPanels, dyadPanel, panelBounds, panelTypes, type DyadPanel, type PanelInterval } from "../store/dyad-panel.js";
import { type GraphStore } from "../store/graph-store.js";
import { CSV_OPTIONS } from "./csv-dyads.js";

/** What `parley export --format dyad-panel` writes: one dyad's panel, or every country pair's. */
export interface DyadPanelExportRequest {
  /** `{ a, b }` for one dyad; "COUNTRY_PAIRS" for every pair of countries with a contact. */
  dyad: { a: string; b: string } | "COUNTRY_PAIRS";
  interval: PanelInterval;
  from?: string;
  to?: string;
  types?: EventType[];
}

/** The command-line options the panel reads, as given. */
export interface DyadPanelOptions {
  a?: string;
  b?: string;
  countriesOnly?: boolean;
  interval?: string;
  from?: string;
  to?: string;
  types?: string;
}

/**
 * The panel request the options describe, checked before the store is opened: `--a` with `--b`, or
 * `--countries-only`; `--interval year|month`; `--from`/`--to` a year or, by month, a month (at most
 * MAX_PANEL_PERIODS periods); `--types` a comma-separated list of event types. BadInputError otherwise.
 */
export function dyadPanelRequest(options: DyadPanelOptions): DyadPanelExportRequest {
  const interval = (options.interval ?? "year").toUpperCase();
  if (interval !== "YEAR" && interval !== "MONTH") throw new BadInputError(`--interval is year or month, not ${JSON.stringify(options.interval)}`, { field: "interval" });
  const oneDyad = options.a !== undefined || options.b !== undefined;
  if (oneDyad && options.countriesOnly) throw new BadInputError("give --a and --b for one dyad, or --countries-only for every country pair, not both", { field: "countries-only" });
  if (!options.countriesOnly && (options.a === undefined || options.b === undefined)) {
    throw new BadInputError("--format dyad-panel needs --a ID and --b ID (one dyad) or --countries-only (every country pair with a contact)", { field: options.a === undefined ? "a" : "b" });
  }
  panelBounds(interval, options.from, options.to);
  const types = options.types?.split(",").map((type) => type.trim().toUpperCase()).filter(Boolean);
  const unknown = types?.filter((type) => !(EVENT_TYPES as readonly string[]).includes(type)) ?? [];
  if (unknown.length > 0) throw new BadInputError(`--types: ${unknown.join(", ")} ${unknown.length === 1 ? "is no event type" : "are no event types"} (${EVENT_TYPES.join(", ")})`, { field: "types" });
  return {
    dyad: options.countriesOnly ? "COUNTRY_PAIRS" : { a: options.a!, b: options.b! },
    interval,
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(types && types.length > 0 ? { types: types as EventType[] } : {}),
  };
}

/**
 * Dyad panels as CSV (RFC 4180, formula escaping as csv-dyads) for R and Stata: one row per dyad
 * and period — dyad-year or dyad-month — with the event types as columns:
 * `period_start` (ISO date), `period` (`2015` or `2015-03`), `a`, `b` (ids), `a_iso3`, `b_iso3`
 * (ISO 3166-1 alpha-3 for countries, empty otherwise), `a_name`, `b_name`, one count column per
 * counted type (lower case, e.g. `call`, `military_action`), `total`, and `event_ids`
 * (space-separated). Pairs by `a`, then `b`; rows by period, zeros included. A single dyad is read
 * whole before the header is written, so an unknown id fails with nothing written; country pairs are
 * written a pair at a time as they are read.
 */
export async function* dyadPanelCsv(store: GraphStore, request: DyadPanelExportRequest): AsyncGenerator<string> {
  const types = panelTypes(request.types);
  const header = ["period_start", "period", "a", "b", "a_iso3", "b_iso3", "a_name", "b_name", ...types.map((type) => type.toLowerCase()), "total", "event_ids"];
  const query = {
    interval: request.interval,
    ...(request.from !== undefined ? { from: request.from } : {}),
    ...(request.to !== undefined ? { to: request.to } : {}),
    ...(request.types ? { types: request.types } : {}),
  };
  if (request.dyad !== "COUNTRY_PAIRS") {
    const panel = await dyadPanel(store, { ...query, ...request.dyad });
    yield stringify([header], CSV_OPTIONS);
    yield stringify(panelRows(panel), CSV_OPTIONS);
    return;
  }
  yield stringify([header], CSV_OPTIONS);
  for await (const panel of countryPairPanels(store, query)) yield stringify(panelRows(panel), CSV_OPTIONS);
}

function panelRows(panel: DyadPanel): (string | number)[][] {
  const { a, b } = panel;
  return panel.rows.map((row) => [
    row.periodStart,
    row.period,
    a.id,
    b.id,
    iso3OfCountryId(a.id) ?? "",
    iso3OfCountryId(b.id) ?? "",
    a.name,
    b.name,
    ...row.counts.map((count) => count.count),
    row.total,
    row.eventIds.join(" "),
  ]);
}

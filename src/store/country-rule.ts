import { type EventCountryRecord } from "./graph-store.js";

/**
 * The adapter-independent half of countriesByEventIds: adapters read one row per event, country and
 * participant acting for it (null when the country itself takes part), and this groups them.
 */
export interface CountryRuleRow {
  eventId: string;
  countryId: string;
  /** The participant holding the country's office at the time; null for the country taking part. */
  throughId: string | null;
}

/** The rows as one list per event id in order: a country DIRECT when it takes part, else OFFICE_HOLDER; by country id. */
export function groupCountryRule(eventIds: readonly string[], rows: readonly CountryRuleRow[]): EventCountryRecord[][] {
  const byEvent = new Map<string, Map<string, EventCountryRecord>>();
  for (const row of rows) {
    let countries = byEvent.get(row.eventId);
    if (!countries) byEvent.set(row.eventId, (countries = new Map()));
    let country = countries.get(row.countryId);
    if (!country) countries.set(row.countryId, (country = { countryId: row.countryId, via: "OFFICE_HOLDER", throughIds: [] }));
    if (row.throughId === null) country.via = "DIRECT";
    else if (!country.throughIds.includes(row.throughId)) country.throughIds.push(row.throughId);
  }
  return eventIds.map((id) =>
    [...(byEvent.get(id)?.values() ?? [])]
      .map((country) => ({ ...country, throughIds: [...country.throughIds].sort() }))
      .sort((x, y) => (x.countryId < y.countryId ? -1 : x.countryId > y.countryId ? 1 : 0)),
  );
}

import { stringify } from "csv-stringify/sync";
import { EVENT_TYPES } from "../domain/index.js";
import { type GraphStore } from "../store/graph-store.js";
import { ContactNetwork } from "./contact-network.js";

/**
 * csv-stringify's options: RFC 4180 (CRLF records, quotes where needed) and formula escaping — a
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
 * spreadsheet shows a scraped name such as `=HYPERLINK(…)` as text instead of running it (OWASP,
 * "CSV Injection").
 */
export const CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true } as const;

/**
 * One CSV row (RFC 4180) per pair of entities that share events (countries by the country rule:
 * taking part, or through a participant holding one of their executive or diplomatic offices): total, a count per event type,
 * the first and last dates (as precise as known) and the event ids. Ordered by total, descending.
 * Rows are written a batch at a time once every event has been read (see ContactNetwork); names
 * and kinds are looked up for each batch.
 */
export async function* csvDyads(store: GraphStore): AsyncGenerator<string> {
  const typeColumns = EVENT_TYPES.map((type) => type.toLowerCase());
  const header = ["source", "source_name", "source_kind", "target", "target_name", "target_kind", "events", ...typeColumns, "first_date", "last_date", "event_ids"];
  yield stringify([header], CSV_OPTIONS);
  const network = await ContactNetwork.read(store, { countries: true });
  let entities = new Map<string, { name: string; kind: string }>();
  const keep = async (ids: readonly string[]): Promise<Set<string>> => {
    const found = await store.entitiesByIds(ids);
    entities = new Map(found.flatMap((entity) => (entity ? [[entity.id, entity] as const] : [])));
    return new Set(entities.keys());
  };
  for await (const dyads of network.dyads(keep)) {
    const rows = dyads.map((dyad) => {
      const source = entities.get(dyad.source)!;
      const target = entities.get(dyad.target)!;
      return [
        dyad.source,
        source.name,
        source.kind,
        dyad.target,
        target.name,
        target.kind,
        dyad.eventIds.length,
        ...EVENT_TYPES.map((type) => dyad.countsByType.get(type) ?? 0),
        dyad.firstDate,
        dyad.lastDate,
        dyad.eventIds.join(" "),
      ];
    });
    yield stringify(rows, CSV_OPTIONS);
  }
}

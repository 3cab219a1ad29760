// The export formatters as they were before streaming (src/cli/commands/export.ts at commit 9e332d9),
// kept verbatim as the oracle the streaming writers are compared with (tests/export/*.test.ts).
// Not used by the product; do not "fix" it: any difference from it must be a deliberate one.
// Deliberate differences: csv-dyads pairs countries by the country rule (issue #13 item 3), marked below.
import { EVENT_TYPES, type EventType, type Evidence } from "../../src/domain/index.js";
import {
  type ArticleRecord,
  type EntityRecord,
  type EventCountryRecord,
  type EventRecord,
  type GraphStore,
  type Page,
  type ParticipantRecord,
  type TenureRecord,
} from "../../src/store/graph-store.js";

export const EXPORT_FORMATS = ["graphml", "cytoscape", "timelinejs", "csv-dyads", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An event with who took part and every sentence that reports it. */
export interface ExportedEvent extends EventRecord {
  participants: ParticipantRecord[];
  evidence: Evidence[];
  /** Deliberate difference (country rule): the countries the event involves. */
  countries: EventCountryRecord[];
}

/** Everything the store holds, read through the GraphStore port. */
export interface GraphSnapshot {
  articles: ArticleRecord[];
  entities: EntityRecord[];
  tenures: TenureRecord[];
  events: ExportedEvent[];
}

const PAGE_SIZE = 100;

async function readAll<T>(fetchPage: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    all.push(...page.items);
    if (!page.hasNextPage || page.endCursor === null) return all;
    after = page.endCursor;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let at = 0; at < items.length; at += size) result.push(items.slice(at, at + size));
  return result;
}

/** Reads the whole graph a page at a time, with participants and evidence fetched in batches. */
export async function readSnapshot(store: GraphStore): Promise<GraphSnapshot> {
  const articles = await readAll((after) => store.findArticles({ first: PAGE_SIZE, ...(after ? { after } : {}) }));
  const entities = await readAll((after) => store.findEntities({ first: PAGE_SIZE, ...(after ? { after } : {}) }));
  const records = await readAll((after) => store.findEvents({}, { first: PAGE_SIZE, orderBy: "DATE_ASC", ...(after ? { after } : {}) }));
  const events: ExportedEvent[] = [];
  for (const batch of chunks(records, PAGE_SIZE)) {
    const ids = batch.map((event) => event.id);
    const [participants, evidence, countries] = await Promise.all([store.participantsByEventIds(ids), store.evidenceByEventIds(ids), store.countriesByEventIds(ids)]);
    batch.forEach((event, index) => events.push({ ...event, participants: participants[index] ?? [], evidence: evidence[index] ?? [], countries: countries[index] ?? [] }));
  }
  const tenures: TenureRecord[] = [];
  const people = entities.filter((entity) => entity.kind === "PERSON").map((entity) => entity.id);
  for (const batch of chunks(people, PAGE_SIZE)) for (const list of await store.tenuresByPersonIds(batch)) tenures.push(...list);
  return { articles, entities, tenures, events };
}

// ---------------------------------------------------------------- GraphML

type GraphmlType = "string" | "int" | "double";
interface GraphmlKey {
  id: string;
  for: "node" | "edge";
  name: string;
  type: GraphmlType;
}

const GRAPHML_KEYS: readonly GraphmlKey[] = [
  { id: "n_kind", for: "node", name: "kind", type: "string" },
  { id: "n_label", for: "node", name: "label", type: "string" },
  { id: "n_aliases", for: "node", name: "aliases", type: "string" },
  { id: "n_country", for: "node", name: "country", type: "string" },
  { id: "n_mentions", for: "node", name: "mentionCount", type: "int" },
  { id: "n_type", for: "node", name: "eventType", type: "string" },
  { id: "n_status", for: "node", name: "status", type: "string" },
  { id: "n_date", for: "node", name: "date", type: "string" },
  { id: "n_precision", for: "node", name: "datePrecision", type: "string" },
  { id: "n_date_end", for: "node", name: "dateEnd", type: "string" },
  { id: "n_confidence", for: "node", name: "confidence", type: "double" },
  { id: "n_plover", for: "node", name: "plover", type: "string" },
  { id: "n_cameo", for: "node", name: "cameo", type: "string" },
  { id: "n_sources", for: "node", name: "sourceCount", type: "int" },
  { id: "e_relation", for: "edge", name: "relation", type: "string" },
  { id: "e_role", for: "edge", name: "role", type: "string" },
  { id: "e_from", for: "edge", name: "from", type: "string" },
  { id: "e_to", for: "edge", name: "to", type: "string" },
  { id: "e_confidence", for: "edge", name: "confidence", type: "double" },
];

/** Text and attribute values for XML: escaped, and characters XML 1.0 forbids removed. */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * GraphML (http://graphml.graphdrawing.org/): entities and events are nodes (`kind` tells them
 * apart); edges go from an event to each participant (relation `participant`, with the role), from
 * an event to its place (`at`), and from a person to an office held (`held`, with the dates).
 */
export function toGraphml(snapshot: GraphSnapshot): string {
  // GraphML ids are NMTOKENs; Parley ids fit, anything else gets a positional id.
  const nodeIds = new Map<string, string>();
  const nodeId = (parleyId: string): string => {
    let id = nodeIds.get(parleyId);
    if (id === undefined) {
      id = /^[\p{L}\p{N}._:-]+$/u.test(parleyId) ? parleyId : `n${nodeIds.size}`;
      nodeIds.set(parleyId, id);
    }
    return id;
  };
  const data = (key: string, value: string | number | null | undefined): string =>
    value === null || value === undefined || value === "" ? "" : `<data key="${key}">${xml(String(value))}</data>`;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`),
    '  <graph id="parley" edgedefault="directed">',
  ];
  const known = new Set<string>();
  for (const entity of snapshot.entities) {
    known.add(entity.id);
    lines.push(
      `    <node id="${xml(nodeId(entity.id))}">${data("n_kind", entity.kind)}${data("n_label", entity.name)}${data("n_aliases", entity.aliases.join("; "))}${data("n_country", entity.countryId)}${data("n_mentions", entity.mentionCount)}</node>`,
    );
  }
  for (const event of snapshot.events) {
    known.add(event.id);
    lines.push(
      `    <node id="${xml(nodeId(event.id))}">${data("n_kind", "EVENT")}${data("n_label", event.summary)}${data("n_type", event.type)}${data("n_status", event.status)}` +
        `${data("n_date", event.date?.value)}${data("n_precision", event.date?.precision)}${data("n_date_end", event.date?.end)}${data("n_confidence", event.confidence)}` +
        `${data("n_plover", event.plover.mode ? `${event.plover.event}/${event.plover.mode}` : event.plover.event)}${data("n_cameo", event.cameo)}${data("n_sources", event.sourceCount)}</node>`,
    );
  }
  let edges = 0;
  const edge = (source: string, target: string, body: string): void => {
    // An edge to something the store did not list would make the file invalid: leave it out.
    if (!known.has(source) || !known.has(target)) return;
    lines.push(`    <edge id="e${edges++}" source="${xml(nodeId(source))}" target="${xml(nodeId(target))}">${body}</edge>`);
  };
  for (const event of snapshot.events) {
    for (const participant of event.participants) edge(event.id, participant.entityId, `${data("e_relation", "participant")}${data("e_role", participant.role)}`);
    if (event.placeId) edge(event.id, event.placeId, data("e_relation", "at"));
  }
  for (const tenure of snapshot.tenures) {
    edge(tenure.personId, tenure.officeId, `${data("e_relation", "held")}${data("e_from", tenure.from?.value)}${data("e_to", tenure.to?.value)}${data("e_confidence", tenure.confidence)}`);
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

// ---------------------------------------------------------------- contact network (dyads)

interface Dyad {
  source: EntityRecord;
  target: EntityRecord;
  events: ExportedEvent[];
}

/** Every unordered pair of entities that take part in an event together, with their shared events. */
export function dyadsOf(snapshot: GraphSnapshot, countryRule = false): Dyad[] {
  const entities = new Map(snapshot.entities.map((entity) => [entity.id, entity]));
  const dyads = new Map<string, Dyad>();
  for (const event of snapshot.events) {
    // Deliberate difference (country rule, csv-dyads only): the countries involved join the
    // participants, and a participant is no pair with a country it acts for.
    const countries = countryRule ? event.countries : [];
    const involved = event.participants.map((participant) => participant.entityId).concat(countries.map((country) => country.countryId));
    const apart = new Set(countries.flatMap((country) => country.throughIds.map((through) => [through, country.countryId].sort().join("\u0000"))));
    const ids = [...new Set(involved)].filter((id) => entities.has(id)).sort();
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        if (apart.has(key)) continue;
        const dyad = dyads.get(key) ?? { source: entities.get(ids[i]!)!, target: entities.get(ids[j]!)!, events: [] };
        dyad.events.push(event);
        dyads.set(key, dyad);
      }
    }
  }
  return [...dyads.values()].sort((a, b) => b.events.length - a.events.length || a.source.id.localeCompare(b.source.id) || a.target.id.localeCompare(b.target.id));
}

/**
 * Cytoscape.js / Cytoscape desktop JSON (`{ elements: { nodes, edges } }`): the contact network.
 * Nodes are the entities that take part in at least one event; an edge joins two that share
 * events, `weight` = how many, `events` = their ids.
 */
export function toCytoscape(snapshot: GraphSnapshot): string {
  const dyads = dyadsOf(snapshot);
  const taking = new Set(snapshot.events.flatMap((event) => event.participants.map((participant) => participant.entityId)));
  const nodes = snapshot.entities
    .filter((entity) => taking.has(entity.id))
    .map((entity) => ({ data: { id: entity.id, name: entity.name, label: entity.name, kind: entity.kind, country: entity.countryId, mentionCount: entity.mentionCount } }));
  const edges = dyads.map((dyad) => ({
    data: {
      id: `${dyad.source.id}--${dyad.target.id}`,
      source: dyad.source.id,
      target: dyad.target.id,
      weight: dyad.events.length,
      events: dyad.events.map((event) => event.id),
    },
  }));
  return `${JSON.stringify({ format_version: "1.0", generated_by: "parley", elements: { nodes, edges } }, null, 2)}\n`;
}

function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV row (RFC 4180) per pair of entities that share events: total, a count per event type,
 * the first and last dates (as precise as known) and the event ids. Ordered by total, descending.
 */
export function toCsvDyads(snapshot: GraphSnapshot): string {
  const typeColumns = EVENT_TYPES.map((type) => type.toLowerCase());
  const header = ["source", "source_name", "source_kind", "target", "target_name", "target_kind", "events", ...typeColumns, "first_date", "last_date", "event_ids"];
  const rows = dyadsOf(snapshot, true).map((dyad) => {
    const byType = new Map<EventType, number>();
    for (const event of dyad.events) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    const dates = dyad.events.flatMap((event) => (event.date ? [event.date.value] : [])).sort();
    return [
      dyad.source.id,
      dyad.source.name,
      dyad.source.kind,
      dyad.target.id,
      dyad.target.name,
      dyad.target.kind,
      dyad.events.length,
      ...EVENT_TYPES.map((type) => byType.get(type) ?? 0),
      dates[0],
      dates.at(-1),
      dyad.events.map((event) => event.id).join(" "),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------- TimelineJS

function html(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A PartialDate value as a TimelineJS date: only the parts the text gave (no invented day). */
function timelineJsDate(value: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = value.split("-").map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/**
 * A TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html): one slide per
 * dated event, grouped by type, its participants and evidence quotes as the slide's text. Undated
 * events are left out (TimelineJS needs a start date).
 */
export function toTimelineJs(snapshot: GraphSnapshot): string {
  const names = new Map(snapshot.entities.map((entity) => [entity.id, entity.name]));
  const articles = new Map(snapshot.articles.map((article) => [article.id, article]));
  const events = snapshot.events.flatMap((event) => {
    if (!event.date) return [];
    const people = event.participants.map((participant) => `${html(names.get(participant.entityId) ?? participant.entityId)} (${participant.role.toLowerCase()})`).join(", ");
    const quotes = event.evidence
      .map((evidence) => {
        const article = articles.get(evidence.articleId);
        const source = article ? [article.title, article.source, article.publishedAt].filter(Boolean).join(" · ") : evidence.articleId;
        const cite = article?.url ? `<a href="${html(article.url)}">${html(source)}</a>` : html(source);
        return `<blockquote>${html(evidence.quote)}</blockquote><p>${cite}</p>`;
      })
      .join("");
    return [
      {
        unique_id: event.id.replace(/[^A-Za-z0-9_-]/g, "-"),
        start_date: timelineJsDate(event.date.value),
        ...(event.date.end ? { end_date: timelineJsDate(event.date.end) } : {}),
        display_date: event.date.end ? `${event.date.value} – ${event.date.end}` : event.date.value,
        group: event.type,
        text: { headline: html(event.summary), text: `<p>${event.status.toLowerCase()} · ${people}</p>${quotes}` },
      },
    ];
  });
  const title = { text: { headline: "Parley: diplomatic events", text: `${events.length} dated events from ${snapshot.articles.length} articles` } };
  return `${JSON.stringify({ title, events }, null, 2)}\n`;
}

// ---------------------------------------------------------------- JSON Lines

/**
 * JSON Lines: one record per line, `record` saying which kind — articles, then entities, tenures
 * and events (with participants and evidence). Every line is a complete JSON object.
 */
export function toJsonl(snapshot: GraphSnapshot): string {
  const lines = [
    ...snapshot.articles.map((article) => ({ record: "article", ...article })),
    ...snapshot.entities.map((entity) => ({ record: "entity", ...entity })),
    ...snapshot.tenures.map((tenure) => ({ record: "tenure", ...tenure })),
    ...snapshot.events.map(({ countries: _countries, ...event }) => ({ record: "event", ...event })),
  ];
  return lines.map((line) => `${JSON.stringify(line)}\n`).join("");
}

const FORMATTERS: Record<ExportFormat, (snapshot: GraphSnapshot) => string> = {
  graphml: toGraphml,
  cytoscape: toCytoscape,
  timelinejs: toTimelineJs,
  "csv-dyads": toCsvDyads,
  jsonl: toJsonl,
};

/** Reads the store and renders it in one format. */
export async function exportGraph(store: GraphStore, format: ExportFormat): Promise<string> {
  return FORMATTERS[format](await readSnapshot(store));
}

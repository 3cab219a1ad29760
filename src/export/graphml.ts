import { type GraphStore } from "../store/graph-store.js";
import { entityPages, eventPages, existingEntityIds, tenurePages } from "./read-pages.js";

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

/**
 * Text and attribute values for XML: characters XML 1.0 forbids removed, markup escaped, and a
 * carriage return written as a reference (a parser would otherwise read it back as a line feed).
 */
export function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;");
}

const data = (key: string, value: string | number | null | undefined): string =>
  value === null || value === undefined || value === "" ? "" : `<data key="${key}">${xml(String(value))}</data>`;

/**
 * GraphML node ids are NMTOKENs. Parley ids fit and are used as they are; any other id gets a
 * positional one (`n` + how many nodes came before it), the only ids this keeps in memory.
 */
class NodeIds {
  private nodes = 0;
  private readonly positional = new Map<string, string>();

  /** The id of the next node written. */
  add(parleyId: string): string {
    const index = this.nodes++;
    if (/^[\p{L}\p{N}._:-]+$/u.test(parleyId)) return parleyId;
    const id = this.positional.get(parleyId) ?? `n${index}`;
    this.positional.set(parleyId, id);
    return id;
  }

  of(parleyId: string): string {
    return this.positional.get(parleyId) ?? parleyId;
  }
}

/**
 * GraphML (http://graphml.graphdrawing.org/), written element by element: entities and events are
 * nodes (`kind` tells them apart); edges go from an event to each participant (relation
 * `participant`, with the role), from an event to its place (`at`), and from a person to an office
 * held (`held`, with the dates). Nodes come first (entities, then events), then the edges: the events
 * are read twice rather than kept. An edge to an entity the store does not hold is left out (it would
 * make the file invalid); each page's targets are looked up together.
 */
export async function* graphml(store: GraphStore): AsyncGenerator<string> {
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`),
    '  <graph id="parley" edgedefault="directed">',
    "",
  ].join("\n");
  const ids = new NodeIds();
  for await (const page of entityPages(store)) {
    let text = "";
    for (const entity of page) {
      text += `    <node id="${xml(ids.add(entity.id))}">${data("n_kind", entity.kind)}${data("n_label", entity.name)}${data("n_aliases", entity.aliases.join("; "))}${data("n_country", entity.countryId)}${data("n_mentions", entity.mentionCount)}</node>\n`;
    }
    yield text;
  }
  for await (const page of eventPages(store)) {
    let text = "";
    for (const event of page) {
      text +=
        `    <node id="${xml(ids.add(event.id))}">${data("n_kind", "EVENT")}${data("n_label", event.summary)}${data("n_type", event.type)}${data("n_status", event.status)}` +
        `${data("n_date", event.date?.value)}${data("n_precision", event.date?.precision)}${data("n_date_end", event.date?.end)}${data("n_confidence", event.confidence)}` +
        `${data("n_plover", event.plover.mode ? `${event.plover.event}/${event.plover.mode}` : event.plover.event)}${data("n_cameo", event.cameo)}${data("n_sources", event.sourceCount)}</node>\n`;
    }
    yield text;
  }
  let edges = 0;
  const edge = (source: string, target: string, body: string): string => `    <edge id="e${edges++}" source="${xml(ids.of(source))}" target="${xml(ids.of(target))}">${body}</edge>\n`;
  for await (const page of eventPages(store, { participants: true })) {
    const held = await existingEntityIds(store, page.flatMap((event) => [...event.participants.map((participant) => participant.entityId), ...(event.placeId ? [event.placeId] : [])]));
    let text = "";
    for (const event of page) {
      for (const participant of event.participants) {
        if (held.has(participant.entityId)) text += edge(event.id, participant.entityId, `${data("e_relation", "participant")}${data("e_role", participant.role)}`);
      }
      if (event.placeId && held.has(event.placeId)) text += edge(event.id, event.placeId, data("e_relation", "at"));
    }
    yield text;
  }
  for await (const page of tenurePages(store)) {
    const held = await existingEntityIds(store, page.map((tenure) => tenure.officeId));
    let text = "";
    for (const tenure of page) {
      if (held.has(tenure.officeId)) text += edge(tenure.personId, tenure.officeId, `${data("e_relation", "held")}${data("e_from", tenure.from?.value)}${data("e_to", tenure.to?.value)}${data("e_confidence", tenure.confidence)}`);
    }
    yield text;
  }
  yield "  </graph>\n</graphml>\n";
}

import { type GraphStore } from "../store/graph-store.js";
import { ContactNetwork } from "./contact-network.js";
import { jsonArray, jsonClose, jsonKey } from "./json-text.js";
import { entityPages } from "./read-pages.js";

/**
 * Cytoscape.js / Cytoscape desktop JSON (`{ elements: { nodes, edges } }`): the contact network.
 * Nodes are the entities that take part in at least one event; an edge joins two that share
 * events, `weight` = how many, `events` = their ids. Written as JSON text piece by piece once the
 * network is read (see ContactNetwork): nodes page by page from the store, edges a batch at a time.
 */
export async function* cytoscape(store: GraphStore): AsyncGenerator<string> {
  const network = await ContactNetwork.read(store);
  const listed = new Set<string>();
  async function* nodes(): AsyncGenerator<unknown[]> {
    for await (const page of entityPages(store)) {
      const taking = page.filter((entity) => network.takesPart(entity.id));
      for (const entity of taking) listed.add(entity.id);
      yield taking.map((entity) => ({ data: { id: entity.id, name: entity.name, label: entity.name, kind: entity.kind, country: entity.countryId, mentionCount: entity.mentionCount } }));
    }
  }
  async function* edges(): AsyncGenerator<unknown[]> {
    for await (const dyads of network.dyads(async () => listed)) {
      yield dyads.map((dyad) => ({ data: { id: `${dyad.source}--${dyad.target}`, source: dyad.source, target: dyad.target, weight: dyad.eventIds.length, events: dyad.eventIds } }));
    }
  }
  yield "{";
  yield jsonKey("format_version", 1, true) + JSON.stringify("1.0");
  yield jsonKey("generated_by", 1, false) + JSON.stringify("parley");
  yield `${jsonKey("elements", 1, false)}{${jsonKey("nodes", 2, true)}`;
  yield* jsonArray(nodes(), 2);
  yield jsonKey("edges", 2, false);
  yield* jsonArray(edges(), 2);
  yield `${jsonClose(1)}${jsonClose(0)}\n`;
}

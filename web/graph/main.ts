import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import "../shared/pages.css";
import "./graph.css";
import { byId, el, showStatus } from "../shared/dom.js";
import { downloadBlob } from "../shared/download.js";
import { requestGraphql } from "../shared/graphql-client.js";
import { GRAPH_STYLE } from "./graph-style.js";
import { graphmlOfView } from "./graphml-view.js";
import { applyView, keptEvents, type ViewState } from "./view.js";
import { isFiltering, parseViewFilter } from "./view-filter.js";

interface EntityJson {
  id: string;
  name: string;
  kind: string;
}
interface EventJson {
  id: string;
  type: string;
  status: string;
  summary: string;
  date: { value: string; end: string | null } | null;
  participants: { role: string; entity: EntityJson }[];
}
interface SearchHitJson {
  id: string;
  kind: string;
  label: string;
}

/** Kinds that take part in events: the graph's nodes. */
const SEARCH_KINDS = ["PERSON", "COUNTRY", "ORGANIZATION"];

const SEARCH_QUERY = `query Search($text: String!, $kinds: [NodeKind!]) {
  search(query: $text, kinds: $kinds, first: 10) { id kind label }
}`;

// An entity's events with every participant: each other participant is a neighbour,
// and the number of events two entities share is the weight of their edge.
const EVENT_FIELDS = `id type status summary date { value end } participants { role entity { id name kind } }`;
const NEIGHBOURS_QUERY = `query Neighbours($id: ID!) {
  node(id: $id) {
    id
    ... on Person { name kind events { ${EVENT_FIELDS} } }
    ... on Country { name kind events { ${EVENT_FIELDS} } }
    ... on Organization { name kind events { ${EVENT_FIELDS} } }
  }
}`;

const TYPES_QUERY = `query EventTypes { eventTypes: __type(name: "EventType") { enumValues { name } } }`;

/** The events behind each edge (key: the two ids, sorted), the expanded and hidden nodes, and the date/type filter. */
const view: ViewState<EventJson> = {
  eventsByEdge: new Map(),
  expanded: new Set(),
  hidden: new Set(),
  filter: parseViewFilter("", "", ""),
};

const cy: Core = cytoscape({ container: byId("cy"), wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3, style: GRAPH_STYLE });

// The graph for the browser console and the browser tests (node positions to click on).
(globalThis as unknown as { parleyGraph: Core }).parleyGraph = cy;

function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Applies the filter and the hidden nodes; says what is in view, in the status line and on <body> for tests. */
function refreshView(): void {
  const shown = applyView(cy, view);
  document.body.dataset.nodeCount = String(shown.nodes);
  document.body.dataset.edgeCount = String(shown.edges);
  document.body.dataset.hiddenCount = String(view.hidden.size);
  const showHidden = byId<HTMLButtonElement>("show-hidden");
  showHidden.textContent = `Show hidden (${view.hidden.size})`;
  showHidden.disabled = view.hidden.size === 0;
  byId("view-summary").textContent = cy.nodes().length
    ? `In view: ${plural(shown.nodes, "node")} of ${cy.nodes().length}, ${plural(shown.edges, "edge")} of ${cy.edges().length}.` +
      (view.filter.fromDay || view.filter.toDay ? " Undated events are left out while a date range is set." : "")
    : "";
}

/** Adds (or updates) the nodes and edges that an entity's events imply; weights are set by refreshView. */
function addNeighbourhood(center: EntityJson, events: EventJson[]): number {
  const added: ElementDefinition[] = [];
  const ensureNode = (entity: EntityJson) => {
    if (cy.getElementById(entity.id).nonempty() || added.some((element) => element.data.id === entity.id)) return;
    added.push({ group: "nodes", data: { id: entity.id, label: entity.name, kind: entity.kind } });
  };
  ensureNode(center);
  const touched = new Set<string>();
  for (const event of events) {
    const others = event.participants.map((participant) => participant.entity).filter((entity) => entity.id !== center.id && SEARCH_KINDS.includes(entity.kind));
    for (const other of others) {
      ensureNode(other);
      const key = edgeKey(center.id, other.id);
      const shared = view.eventsByEdge.get(key) ?? new Map<string, EventJson>();
      shared.set(event.id, event);
      view.eventsByEdge.set(key, shared);
      touched.add(key);
    }
  }
  for (const key of touched) {
    const [source = "", target = ""] = key.split("|");
    if (cy.getElementById(key).empty()) added.push({ group: "edges", data: { id: key, source, target, weight: view.eventsByEdge.get(key)?.size ?? 0 } });
  }
  // New nodes start on a circle around the node they came from, so the layout unfolds from there.
  const origin = cy.getElementById(center.id);
  const at = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
  const fresh = added.filter((element) => element.group === "nodes" && element.data.id !== center.id);
  fresh.forEach((element, index) => {
    const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
    element.position = { x: at.x + 160 * Math.cos(angle), y: at.y + 160 * Math.sin(angle) };
  });
  cy.add(added);
  return touched.size;
}

/** Fetches an entity's events and draws its contacts around it. */
async function expand(id: string): Promise<void> {
  if (view.expanded.has(id)) return;
  showStatus("Loading contacts…");
  document.body.dataset.state = "loading";
  try {
    const { node } = await requestGraphql<{ node: (EntityJson & { events?: EventJson[] }) | null }>(NEIGHBOURS_QUERY, { id });
    if (!node || !node.events) {
      showStatus(`${id} takes part in no events.`);
      return;
    }
    view.expanded.add(id);
    view.hidden.delete(id);
    const contacts = addNeighbourhood({ id: node.id, name: node.name, kind: node.kind }, node.events);
    cy.getElementById(id).addClass("expanded");
    refreshView();
    cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 120, nodeOverlap: 20 }).run();
    cy.fit(cy.elements().not(".out-of-view"), 30);
    showStatus(`${node.name}: ${plural(node.events.length, "event")}, ${plural(contacts, "contact")}. Click a node to expand it; right-click to hide it.`);
  } catch (error) {
    showStatus(`Could not load ${id}: ${(error as Error).message}`, "error");
  } finally {
    document.body.dataset.state = "ready";
  }
}

/** Lists the events of an edge that the view keeps in the side panel. */
function showEdge(key: string): void {
  const events = keptEvents(view, key);
  const [a = "", b = ""] = key.split("|");
  const name = (id: string) => String(cy.getElementById(id).data("label") ?? id);
  const list = el("ul");
  for (const event of events) list.append(el("li", `${event.date?.value ?? "undated"} · ${event.type.toLowerCase()} (${event.status.toLowerCase()}) — ${event.summary}`));
  const inView = isFiltering(view.filter) ? " in view" : "";
  byId("details").replaceChildren(el("h2", `${name(a)} — ${name(b)}`), el("p", `${plural(events.length, "shared event")}${inView}`, "meta"), list);
}

function showNode(node: NodeSingular): void {
  const id = node.id();
  const degree = node.connectedEdges().not(".out-of-view").length;
  const hide = el("button", "Hide this node");
  hide.type = "button";
  hide.id = "hide-node";
  hide.dataset.id = id;
  hide.addEventListener("click", () => hideNode(id));
  byId("details").replaceChildren(
    el("h2", String(node.data("label"))),
    el("p", `${String(node.data("kind")).toLowerCase()} · ${id} · ${plural(degree, "contact")} in view${view.expanded.has(id) ? "" : " (click to expand)"}`, "meta"),
    hide,
  );
}

/** Takes a node (and its edges) out of the view until "Show hidden". */
function hideNode(id: string): void {
  view.hidden.add(id);
  cy.getElementById(id).unselect();
  refreshView();
  byId("details").replaceChildren(el("p", `${String(cy.getElementById(id).data("label") ?? id)} is hidden. "Show hidden" brings it back.`, "meta"));
}

cy.on("tap", "node", (event) => {
  const node = event.target as NodeSingular;
  showNode(node);
  void expand(node.id()).then(() => showNode(node));
});
cy.on("cxttap", "node", (event) => hideNode((event.target as NodeSingular).id()));
cy.on("tap", "edge", (event) => showEdge((event.target as { id(): string }).id()));

/** Runs a search and lists the hits as buttons. */
async function search(text: string): Promise<void> {
  const results = byId("search-results");
  results.replaceChildren();
  showStatus("Searching…");
  try {
    const { search: hits } = await requestGraphql<{ search: SearchHitJson[] }>(SEARCH_QUERY, { text, kinds: SEARCH_KINDS });
    if (!hits.length) {
      showStatus(`Nothing called ${JSON.stringify(text)} in the graph.`);
      return;
    }
    for (const hit of hits) {
      const button = el("button", `${hit.label} (${hit.kind.toLowerCase()})`);
      button.type = "button";
      button.dataset.id = hit.id;
      button.addEventListener("click", () => {
        cy.getElementById(hit.id).addClass("root");
        void expand(hit.id).then(() => cy.getElementById(hit.id).addClass("root"));
      });
      const item = el("li");
      item.append(button);
      results.append(item);
    }
    showStatus(`${hits.length} match${hits.length === 1 ? "" : "es"}: pick one to draw its contacts.`);
  } catch (error) {
    showStatus(`Search failed: ${(error as Error).message}`, "error");
  }
}

byId<HTMLFormElement>("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>("search-input").value.trim();
  if (text) void search(text);
});
byId("clear-graph").addEventListener("click", () => {
  cy.elements().remove();
  view.eventsByEdge.clear();
  view.expanded.clear();
  view.hidden.clear();
  byId("search-results").replaceChildren();
  showStatus("");
  refreshView();
});

/** Reads the date and type controls; a bad date leaves the view as it was and says why. */
function applyFilterControls(): void {
  try {
    view.filter = parseViewFilter(byId<HTMLInputElement>("view-from").value.trim(), byId<HTMLInputElement>("view-to").value.trim(), byId<HTMLSelectElement>("view-type").value);
  } catch (error) {
    showStatus((error as Error).message, "error");
    return;
  }
  refreshView();
  const selected = cy.nodes(":selected").first();
  if (selected.nonempty()) showNode(selected);
}

/** The view in words, written into the GraphML file. */
function describeView(): string {
  const from = byId<HTMLInputElement>("view-from").value.trim();
  const to = byId<HTMLInputElement>("view-to").value.trim();
  const type = byId<HTMLSelectElement>("view-type").value;
  return [`from ${from || "any date"}`, `to ${to || "any date"}`, `type ${type || "any"}`, `hidden ${[...view.hidden].join(" ") || "none"}`].join("; ");
}

byId<HTMLFormElement>("view-form").addEventListener("submit", (event) => {
  event.preventDefault();
  applyFilterControls();
});
byId("view-type").addEventListener("change", applyFilterControls);
byId("show-hidden").addEventListener("click", () => {
  view.hidden.clear();
  refreshView();
});
byId("export-png").addEventListener("click", () => {
  downloadBlob(cy.png({ output: "blob", bg: "#ffffff", full: false, scale: 2 }), "parley-graph.png");
});
byId("export-graphml").addEventListener("click", () => {
  downloadBlob(new Blob([graphmlOfView(cy, describeView())], { type: "application/graphml+xml" }), "parley-graph.graphml");
});

requestGraphql<{ eventTypes: { enumValues: { name: string }[] } | null }>(TYPES_QUERY)
  .then((data) => {
    const select = byId<HTMLSelectElement>("view-type");
    for (const { name } of data.eventTypes?.enumValues ?? []) select.append(new Option(name.toLowerCase().replace(/_/g, " "), name));
  })
  .catch((error: unknown) => showStatus(`Could not load the event types: ${(error as Error).message}`, "error"));
refreshView();

// /graph?id=person:vladimir-putin opens on that entity.
const initial = new URLSearchParams(location.search).get("id");
if (initial) void expand(initial);

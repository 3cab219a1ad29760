import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import "../shared/pages.css";
import "./graph.css";
import { byId, el, showStatus } from "../shared/dom.js";
import { requestGraphql } from "../shared/graphql-client.js";

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
  date: { value: string } | null;
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
const EVENT_FIELDS = `id type status summary date { value } participants { role entity { id name kind } }`;
const NEIGHBOURS_QUERY = `query Neighbours($id: ID!) {
  node(id: $id) {
    id
    ... on Person { name kind events { ${EVENT_FIELDS} } }
    ... on Country { name kind events { ${EVENT_FIELDS} } }
    ... on Organization { name kind events { ${EVENT_FIELDS} } }
  }
}`;

/** Events behind each edge (key: the two ids, sorted), so the weight is a count of distinct events. */
const eventsByEdge = new Map<string, Map<string, EventJson>>();
/** Nodes whose neighbourhood is already drawn. */
const expanded = new Set<string>();

const cy: Core = cytoscape({
  container: byId("cy"),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 11,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "background-color": "#3b6fd8",
        width: 26,
        height: 26,
        "text-wrap": "wrap",
        "text-max-width": "110px",
      },
    },
    { selector: 'node[kind = "COUNTRY"]', style: { "background-color": "#2d8a4e", shape: "round-rectangle" } },
    { selector: 'node[kind = "ORGANIZATION"]', style: { "background-color": "#8a4fbf", shape: "diamond" } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1d2733" } },
    { selector: "node.root", style: { width: 36, height: 36 } },
    { selector: "node:selected", style: { "overlay-opacity": 0.15, "overlay-color": "#b36b00" } },
    {
      selector: "edge",
      style: {
        // Width grows with the number of shared events.
        width: "mapData(weight, 1, 10, 1.5, 12)",
        "line-color": "#9fb3d1",
        "curve-style": "bezier",
        label: "data(weight)",
        "font-size": 9,
        color: "#5b6776",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
      },
    },
    { selector: "edge:selected", style: { "line-color": "#b36b00" } },
  ],
});

// The graph for the browser console and the browser tests (node positions to click on).
(globalThis as unknown as { parleyGraph: Core }).parleyGraph = cy;

function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Adds (or updates) the nodes and weighted edges that an entity's events imply. */
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
      const shared = eventsByEdge.get(key) ?? new Map<string, EventJson>();
      shared.set(event.id, event);
      eventsByEdge.set(key, shared);
      touched.add(key);
    }
  }
  for (const key of touched) {
    const [source = "", target = ""] = key.split("|");
    const weight = eventsByEdge.get(key)?.size ?? 0;
    const existing = cy.getElementById(key);
    if (existing.nonempty()) existing.data("weight", weight);
    else added.push({ group: "edges", data: { id: key, source, target, weight } });
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
  if (expanded.has(id)) return;
  showStatus("Loading contacts…");
  document.body.dataset.state = "loading";
  try {
    const { node } = await requestGraphql<{ node: (EntityJson & { events?: EventJson[] }) | null }>(NEIGHBOURS_QUERY, { id });
    if (!node || !node.events) {
      showStatus(`${id} takes part in no events.`);
      return;
    }
    expanded.add(id);
    const contacts = addNeighbourhood({ id: node.id, name: node.name, kind: node.kind }, node.events);
    cy.getElementById(id).addClass("expanded");
    cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 120, nodeOverlap: 20 }).run();
    cy.fit(undefined, 30);
    showStatus(`${node.name}: ${node.events.length} event${node.events.length === 1 ? "" : "s"}, ${contacts} contact${contacts === 1 ? "" : "s"}. ${cy.nodes().length} nodes, ${cy.edges().length} edges. Click a node to expand it.`);
  } catch (error) {
    showStatus(`Could not load ${id}: ${(error as Error).message}`, "error");
  } finally {
    document.body.dataset.state = "ready";
    document.body.dataset.nodeCount = String(cy.nodes().length);
    document.body.dataset.edgeCount = String(cy.edges().length);
  }
}

/** Lists an edge's shared events in the side panel. */
function showEdge(key: string): void {
  const events = [...(eventsByEdge.get(key)?.values() ?? [])];
  const [a = "", b = ""] = key.split("|");
  const name = (id: string) => String(cy.getElementById(id).data("label") ?? id);
  const list = el("ul");
  for (const event of events) list.append(el("li", `${event.date?.value ?? "undated"} · ${event.type.toLowerCase()} (${event.status.toLowerCase()}) — ${event.summary}`));
  byId("details").replaceChildren(el("h2", `${name(a)} — ${name(b)}`), el("p", `${events.length} shared event${events.length === 1 ? "" : "s"}`, "meta"), list);
}

function showNode(node: NodeSingular): void {
  const id = node.id();
  const degree = node.connectedEdges().length;
  byId("details").replaceChildren(
    el("h2", String(node.data("label"))),
    el("p", `${String(node.data("kind")).toLowerCase()} · ${id} · ${degree} contact${degree === 1 ? "" : "s"} drawn${expanded.has(id) ? "" : " (click to expand)"}`, "meta"),
  );
}

cy.on("tap", "node", (event) => {
  const node = event.target as NodeSingular;
  showNode(node);
  void expand(node.id()).then(() => showNode(node));
});
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
  eventsByEdge.clear();
  expanded.clear();
  byId("search-results").replaceChildren();
  showStatus("");
});

// /graph?id=person:vladimir-putin opens on that entity.
const initial = new URLSearchParams(location.search).get("id");
if (initial) void expand(initial);

import { type Core } from "cytoscape";
import { keepsEvent, type FilterableEvent, type ViewFilter } from "./view-filter.js";

/** What the page has loaded and what the reader chose to see of it. */
export interface ViewState<E extends FilterableEvent & { id: string }> {
  /** The events behind each edge, by edge id. */
  eventsByEdge: Map<string, Map<string, E>>;
  /** Nodes whose contacts are drawn: they stay in view while they are not hidden, even with no contact kept. */
  expanded: Set<string>;
  /** Nodes the reader hid. */
  hidden: Set<string>;
  filter: ViewFilter;
}

/** The events of an edge the view keeps. */
export function keptEvents<E extends FilterableEvent & { id: string }>(state: ViewState<E>, edgeId: string): E[] {
  return [...(state.eventsByEdge.get(edgeId)?.values() ?? [])].filter((event) => keepsEvent(state.filter, event));
}

/**
 * Marks what is out of view (class `out-of-view`, drawn as nothing): an edge with no kept event or
 * a hidden end; a hidden node, and a node left with no contact in view unless it was expanded. An
 * edge's weight becomes the number of its events in view. Returns the counts in view.
 */
export function applyView<E extends FilterableEvent & { id: string }>(cy: Core, state: ViewState<E>): { nodes: number; edges: number } {
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const kept = keptEvents(state, edge.id());
      edge.data({ weight: kept.length, events: kept.map((event) => event.id) });
      const inView = kept.length > 0 && !state.hidden.has(edge.source().id()) && !state.hidden.has(edge.target().id());
      edge.toggleClass("out-of-view", !inView);
    });
    cy.nodes().forEach((node) => {
      const id = node.id();
      const inView = !state.hidden.has(id) && (state.expanded.has(id) || node.connectedEdges().not(".out-of-view").nonempty());
      node.toggleClass("out-of-view", !inView);
    });
  });
  return { nodes: cy.nodes().not(".out-of-view").length, edges: cy.edges().not(".out-of-view").length };
}

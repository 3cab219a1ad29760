import { type Core } from "cytoscape";

/**
 * The graph as drawn, as GraphML (http://graphml.graphdrawing.org/): the visible entities as nodes
 * (label, kind) and the visible contacts as undirected edges whose weight is the number of shared
 * events the view keeps, with those events' ids. The filter is written on the graph, so a file
 * says which view it came from.
 */
export function graphmlOfView(cy: Core, description: string): string {
  const nodes = cy.nodes().not(".out-of-view");
  const edges = cy.edges().not(".out-of-view");
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    `  <key id="g_view" for="graph" attr.name="view" attr.type="string"/>`,
    `  <key id="n_label" for="node" attr.name="label" attr.type="string"/>`,
    `  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>`,
    `  <key id="e_weight" for="edge" attr.name="weight" attr.type="int"/>`,
    `  <key id="e_events" for="edge" attr.name="events" attr.type="string"/>`,
    `  <graph id="parley-view" edgedefault="undirected">`,
    `    <data key="g_view">${xml(description)}</data>`,
  ];
  nodes.forEach((node) => {
    lines.push(`    <node id="${xml(node.id())}"><data key="n_label">${xml(String(node.data("label")))}</data><data key="n_kind">${xml(String(node.data("kind")))}</data></node>`);
  });
  edges.forEach((edge, index) => {
    const events = (edge.data("events") as string[] | undefined) ?? [];
    lines.push(
      `    <edge id="e${index}" source="${xml(edge.source().id())}" target="${xml(edge.target().id())}"><data key="e_weight">${Number(edge.data("weight"))}</data><data key="e_events">${xml(events.join(" "))}</data></edge>`,
    );
  });
  lines.push(`  </graph>`, `</graphml>`, ``);
  return lines.join("\n");
}

/** Text and attribute values for XML: characters XML 1.0 forbids dropped, markup escaped. */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

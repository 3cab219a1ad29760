import { type StylesheetJson } from "cytoscape";

/** How /graph draws: people blue circles, countries green squares, organisations purple diamonds; an edge's width is its number of shared events. */
export const GRAPH_STYLE: StylesheetJson = [
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
  // Left out of the view (by the date or type filter, or hidden by hand): kept in the graph, not drawn.
  { selector: ".out-of-view", style: { display: "none" } },
];

import { type GraphStore } from "../store/graph-store.js";
import { csvDyads } from "./csv-dyads.js";
import { cytoscape } from "./cytoscape.js";
import { graphml } from "./graphml.js";
import { jsonl } from "./jsonl.js";
import { timelineJs } from "./timelinejs.js";

export { openFileOutput, stdoutOutput, writeExport, ExportOutputError, type ExportOutput } from "./write-output.js";
export { dyadPanelCsv, dyadPanelRequest, type DyadPanelExportRequest, type DyadPanelOptions } from "./dyad-panel.js";

export const EXPORT_FORMATS = ["graphml", "cytoscape", "timelinejs", "csv-dyads", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that write a slice the command's options describe (dyad-panel: --a/--b or --countries-only), not the whole graph. */
export const PANEL_EXPORT_FORMATS = ["dyad-panel"] as const;
export type PanelExportFormat = (typeof PANEL_EXPORT_FORMATS)[number];

/** Each format as text pieces in order, read from the store as they are written. */
const WRITERS: Record<ExportFormat, (store: GraphStore) => AsyncGenerator<string>> = {
  graphml,
  cytoscape,
  timelinejs: timelineJs,
  "csv-dyads": csvDyads,
  jsonl,
};

/** The stored graph in one format, as text pieces to write in order. */
export function renderExport(store: GraphStore, format: ExportFormat): AsyncGenerator<string> {
  return WRITERS[format](store);
}

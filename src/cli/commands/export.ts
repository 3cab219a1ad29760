import { existsSync, statSync } from "node:fs";
import { Command, Option } from "commander";
import { loadConfig } from "../../config.js";
import { BadInputError, NotFoundError } from "../../domain/index.js";
import {
  dyadPanelCsv,
  dyadPanelRequest,
  EXPORT_FORMATS,
  openFileOutput,
  PANEL_EXPORT_FORMATS,
  renderExport,
  stdoutOutput,
  writeExport,
  type DyadPanelOptions,
  type ExportFormat,
  type ExportOutput,
  type PanelExportFormat,
} from "../../export/index.js";
import { type GraphStore } from "../../store/graph-store.js";
import { openStore } from "../../store/open-store.js";

export { EXPORT_FORMATS, type ExportFormat } from "../../export/index.js";

/**
 * Opens the store a CLI command reads: the sqlite file `--db` names, else the configured store
 * (NEO4J_URI, else PARLEY_DB). A sqlite file that does not exist is an error (exit 2), never a new
 * empty database.
 */
export async function openStoreForCli(db: string | undefined): Promise<GraphStore> {
  if (db === undefined) {
    const config = loadConfig(process.env);
    if (!config.neo4j) assertDatabaseFile(config.dbPath, "PARLEY_DB");
    return openStore({ sqlitePath: config.dbPath, ...(config.neo4j ? { neo4j: config.neo4j } : {}) });
  }
  assertDatabaseFile(db, "--db");
  return openStore({ sqlitePath: db });
}

function assertDatabaseFile(path: string, source: string): void {
  if (!existsSync(path)) throw new BadInputError(`no database at ${path} (from ${source}): give --db FILE, a Parley sqlite file`, { field: "db" });
  if (statSync(path).isDirectory()) throw new BadInputError(`${path} (from ${source}) is a directory, not a Parley sqlite file`, { field: "db" });
}

interface ExportOptions extends DyadPanelOptions {
  format: ExportFormat | PanelExportFormat;
  db?: string;
  out?: string;
}

const PANEL_OPTIONS = ["a", "b", "countriesOnly", "interval", "from", "to", "types"] as const;

/** The dyad panel request for `--format dyad-panel` (checked before the store opens); null for the other formats, which take none of its options. */
function panelRequestOf(options: ExportOptions) {
  if (options.format === "dyad-panel") return dyadPanelRequest(options);
  const given = PANEL_OPTIONS.filter((name) => options[name] !== undefined);
  if (given.length > 0) {
    const flags = given.map((name) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    throw new BadInputError(`${flags.join(", ")} ${given.length === 1 ? "applies" : "apply"} only to --format dyad-panel`, { field: given[0] });
  }
  return null;
}

/**
 * `parley export --format F [--db FILE] [--out FILE]`: the stored graph for other tools, written as
 * it is read (src/export/, one module per format). `--format dyad-panel` writes dyad panels instead
 * (src/export/dyad-panel.ts): `--a ID --b ID` or `--countries-only`, with `--interval`, `--from`,
 * `--to`, `--types`. Exit 2 for a missing database, an unwritable --out, bad panel options or an
 * unknown --a/--b; 1 when writing fails part way (EPIPE, a full disk); a partly written --out file is removed.
 */
export function exportCommand(): Command {
  return new Command("export")
    .description(
      "Export the stored graph: GraphML (Gephi, yEd, NetworkX), Cytoscape JSON, a TimelineJS document, dyad counts as CSV, or JSON Lines; " +
        "or dyad panels as CSV for R and Stata (one row per dyad and year or month, zeros included).",
    )
    .addOption(new Option("--format <FORMAT>", "output format").choices([...EXPORT_FORMATS, ...PANEL_EXPORT_FORMATS]).makeOptionMandatory())
    .option("--db <FILE>", "the Parley sqlite file to read (default: NEO4J_URI if set, else PARLEY_DB or ./data/parley.db)")
    .option("--out <FILE>", "write to FILE instead of stdout")
    .option("--a <ID>", "dyad-panel: one side (a person, country or organisation id, e.g. country:USA)")
    .option("--b <ID>", "dyad-panel: the other side")
    .option("--countries-only", "dyad-panel: every pair of countries with at least one contact, instead of --a/--b")
    .option("--interval <year|month>", "dyad-panel: one row per year or per month (default: year)")
    .option("--from <PERIOD>", "dyad-panel: first period, YYYY (or YYYY-MM by month); default: the first with a contact")
    .option("--to <PERIOD>", "dyad-panel: last period; default: the last with a contact")
    .option("--types <LIST>", "dyad-panel: count only these event types, comma-separated (e.g. CALL,MEETING)")
    .action(async (options: ExportOptions) => {
      const panel = panelRequestOf(options);
      const store = await openStoreForCli(options.db);
      try {
        const output: ExportOutput = options.out ? await openFileOutput(options.out) : stdoutOutput();
        await writeExport(panel ? dyadPanelCsv(store, panel) : renderExport(store, options.format as ExportFormat), output);
      } catch (error) {
        // An unknown --a or --b is a mistake in the command line (exit 2), like a missing --db.
        if (error instanceof NotFoundError) throw new BadInputError(`--${error.message}`, error.details);
        throw error;
      } finally {
        await store.close();
      }
    });
}

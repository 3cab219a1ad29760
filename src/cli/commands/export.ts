import { existsSync, statSync } from "node:fs";
import { Command, Option } from "commander";
import { loadConfig } from "../../config.js";
import { BadInputError } from "../../domain/index.js";
import { EXPORT_FORMATS, openFileOutput, renderExport, stdoutOutput, writeExport, type ExportFormat, type ExportOutput } from "../../export/index.js";
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

interface ExportOptions {
  format: ExportFormat;
  db?: string;
  out?: string;
}

/**
 * `parley export --format F [--db FILE] [--out FILE]`: the stored graph for other tools, written as
 * it is read (src/export/, one module per format). Exit 2 for a missing database or an unwritable
 * --out, 1 when writing fails part way (EPIPE, a full disk); a partly written --out file is removed.
 */
export function exportCommand(): Command {
  return new Command("export")
    .description("Export the stored graph: GraphML (Gephi, yEd, NetworkX), Cytoscape JSON, a TimelineJS document, dyad counts as CSV, or JSON Lines.")
    .addOption(new Option("--format <FORMAT>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
    .option("--db <FILE>", "the Parley sqlite file to read (default: NEO4J_URI if set, else PARLEY_DB or ./data/parley.db)")
    .option("--out <FILE>", "write to FILE instead of stdout")
    .action(async (options: ExportOptions) => {
      const store = await openStoreForCli(options.db);
      try {
        const output: ExportOutput = options.out ? await openFileOutput(options.out) : stdoutOutput();
        await writeExport(renderExport(store, options.format), output);
      } finally {
        await store.close();
      }
    });
}

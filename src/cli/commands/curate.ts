import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { parse } from "csv-parse/sync";
import { BadInputError, EVENT_STATUSES, EVENT_TYPES, NotFoundError, parsePartialDate, precisionOf, type EventStatus, type EventType } from "../../domain/index.js";
import { type CurationCommand, type CurationRecord, type EventChanges } from "../../store/curation.js";
import { type GraphStore } from "../../store/graph-store.js";
import { openStoreForCli } from "./export.js";

/**
 * `parley curate …`: the researcher's corrections from the command line, the same store call as the
 * GraphQL mutations (one transaction and one log row each), logged under `--by` (default `cli`).
 */

interface CommonOptions {
  db?: string;
  by: string;
  json?: boolean;
}

interface ReasonOptions extends CommonOptions {
  reason: string;
}

const DB_OPTION = ["--db <FILE>", "the Parley sqlite file (default: NEO4J_URI if set, else PARLEY_DB or ./data/parley.db)"] as const;
const BY_OPTION = ["--by <LABEL>", "who is curating, as the log records it", "cli"] as const;

export function curateCommand(): Command {
  const curate = new Command("curate").description(
    "Correct the graph: merge entities, rename, add or remove aliases, reject, restore or update events. Every change is a row in the curation log (`parley curate log`), and later ingests keep it.",
  );
  const withCommon = (command: Command, reasonRequired = true): Command => {
    command.option(...DB_OPTION).option(...BY_OPTION).option("--json", "print the log row as JSON");
    return reasonRequired ? command.requiredOption("--reason <TEXT>", "why (kept in the log)") : command.option("--reason <TEXT>", "why (kept in the log)");
  };

  curate.addCommand(
    withCommon(new Command("merge").argument("<KEEP>", "the entity id to keep").argument("<DROP...>", "entity ids to merge into it").description("Merge entities of one kind into KEEP; the dropped ids resolve to KEEP from now on.")).action(
      (keep: string, drop: string[], options: ReasonOptions) => runOne(options, { action: "MERGE_ENTITIES", keepId: keep, dropIds: drop, reason: options.reason }),
    ),
  );
  curate.addCommand(
    new Command("merge-csv")
      .argument("<FILE>", "CSV with the columns keep,drop,reason (a header row is optional)")
      .description("Apply a codebook of merges, one row at a time; a row already applied is reported and skipped, so the file can be applied again.")
      .option(...DB_OPTION)
      .option(...BY_OPTION)
      .action((file: string, options: CommonOptions) => runCsv(file, options)),
  );
  curate.addCommand(
    withCommon(new Command("rename").argument("<ID>", "the entity id").argument("<NAME>", "the new name (the old one becomes an alias)").description("Rename an entity.")).action(
      (id: string, name: string, options: ReasonOptions) => runOne(options, { action: "RENAME_ENTITY", entityId: id, name, reason: options.reason }),
    ),
  );
  for (const [name, action] of [["add-alias", "ADD_ALIAS"], ["remove-alias", "REMOVE_ALIAS"]] as const) {
    curate.addCommand(
      withCommon(new Command(name).argument("<ID>", "the entity id").argument("<ALIAS>", "the alias").description(action === "ADD_ALIAS" ? "Add an alias to an entity." : "Remove an alias; later ingests do not bring it back.")).action(
        (id: string, alias: string, options: ReasonOptions) => runOne(options, { action, entityId: id, alias, reason: options.reason }),
      ),
    );
  }
  curate.addCommand(
    withCommon(new Command("reject").argument("<EVENT_ID>", "the event id").description("Reject an event: it leaves every query and export, and re-ingesting its articles does not bring it back.")).action(
      (id: string, options: ReasonOptions) => runOne(options, { action: "REJECT_EVENT", eventId: id, reason: options.reason }),
    ),
  );
  curate.addCommand(
    withCommon(new Command("restore").argument("<EVENT_ID>", "the rejected event's id").description("Restore a rejected event."), false).action(
      (id: string, options: CommonOptions & { reason?: string }) => runOne(options, { action: "RESTORE_EVENT", eventId: id, ...(options.reason ? { reason: options.reason } : {}) }),
    ),
  );
  curate.addCommand(
    withCommon(
      new Command("update")
        .argument("<EVENT_ID>", "the event id")
        .description("Correct an event's type, status, date or place; later ingests keep the correction.")
        .addOption(new Option("--type <TYPE>", "the event type").choices(EVENT_TYPES))
        .addOption(new Option("--status <STATUS>", "the status").choices(EVENT_STATUSES))
        .option("--date <DATE>", "YYYY, YYYY-MM or YYYY-MM-DD, or `none` to make it undated")
        .option("--place <ID>", "a stored place id, or `none` to clear it"),
    ).action((id: string, options: ReasonOptions & { type?: EventType; status?: EventStatus; date?: string; place?: string }) =>
      runOne(options, { action: "UPDATE_EVENT", eventId: id, changes: changesOf(options), reason: options.reason }),
    ),
  );
  curate.addCommand(
    new Command("log")
      .description("Print the curation log, oldest first.")
      .option(...DB_OPTION)
      .option("--json", "one JSON object per line")
      .action((options: { db?: string; json?: boolean }) => printLog(options)),
  );
  return curate;
}

function changesOf(options: { type?: EventType; status?: EventStatus; date?: string; place?: string }): EventChanges {
  if (options.date !== undefined && options.date !== "none" && precisionOf(options.date) === undefined) {
    throw new BadInputError(`--date ${options.date} is not YYYY, YYYY-MM or YYYY-MM-DD (or none)`, { field: "date" });
  }
  return {
    ...(options.type ? { type: options.type } : {}),
    ...(options.status ? { status: options.status } : {}),
    ...(options.date !== undefined ? { date: options.date === "none" ? null : parsePartialDate(options.date) } : {}),
    ...(options.place !== undefined ? { placeId: options.place === "none" ? null : options.place } : {}),
  };
}

async function withStore<T>(db: string | undefined, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStoreForCli(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function runOne(options: CommonOptions, command: CurationCommand): Promise<void> {
  const record = await withStore(options.db, async (store) => {
    try {
      return await store.curate(command, options.by);
    } catch (error) {
      // An unknown id is a mistake in the command line (exit 2), as for `parley export --a`.
      if (error instanceof NotFoundError) throw new BadInputError(error.message, error.details);
      throw error;
    }
  });
  process.stdout.write(options.json ? `${JSON.stringify(record)}\n` : `${describe(record)}\n`);
}

/** One line per log row: `#3 MERGE_ENTITIES person:a ← person:b (by cli, 2030-01-01T…): reason`. */
export function describe(record: CurationRecord): string {
  const related = record.relatedIds.length > 0 ? ` ← ${record.relatedIds.join(", ")}` : "";
  return `#${record.seq} ${record.action} ${record.targetId}${related} (by ${record.by}, ${record.at})${record.reason ? `: ${record.reason}` : ""}`;
}

async function printLog(options: { db?: string; json?: boolean }): Promise<void> {
  await withStore(options.db, async (store) => {
    let after: string | undefined;
    do {
      const page = await store.curations({ first: 100, ...(after ? { after } : {}) });
      for (const record of page.items) process.stdout.write(options.json ? `${JSON.stringify(record)}\n` : `${describe(record)}\n`);
      after = page.hasNextPage && page.endCursor ? page.endCursor : undefined;
    } while (after);
  });
}

/** A codebook row: line number in the file, and the merge it asks for. */
interface MergeRow {
  line: number;
  keep: string;
  drop: string;
  reason: string;
}

/** The rows of a keep,drop,reason CSV, checked before anything is applied: a malformed file is a usage error (exit 2). */
export function readMergeCsv(text: string, file: string): MergeRow[] {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    throw new BadInputError(`${file}: not a CSV file: ${error instanceof Error ? error.message : String(error)}`, { field: "file" });
  }
  const rows: MergeRow[] = [];
  records.forEach((record, index) => {
    const line = index + 1;
    if (index === 0 && record.map((cell) => cell.toLowerCase()).join(",") === "keep,drop,reason") return;
    if (record.length !== 3 || record.some((cell) => cell === "")) {
      throw new BadInputError(`${file} row ${line}: expected keep,drop,reason, all three given (got ${record.length} cells)`, { field: "file", row: line });
    }
    rows.push({ line, keep: record[0]!, drop: record[1]!, reason: record[2]! });
  });
  return rows;
}

async function runCsv(file: string, options: CommonOptions): Promise<void> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new BadInputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { field: "file" });
  }
  const rows = readMergeCsv(text, file);
  const counts = { merged: 0, already: 0, refused: 0 };
  await withStore(options.db, async (store) => {
    for (const row of rows) {
      try {
        const record = await store.curate({ action: "MERGE_ENTITIES", keepId: row.keep, dropIds: [row.drop], reason: row.reason }, options.by);
        counts.merged += 1;
        process.stdout.write(`row ${row.line}: ${describe(record)}\n`);
      } catch (error) {
        // Applying the same codebook twice is no mistake: the drop already resolves to the keep.
        if (error instanceof NotFoundError && error.details.mergedInto === row.keep) {
          counts.already += 1;
          process.stdout.write(`row ${row.line}: ${row.drop} is already merged into ${row.keep}\n`);
        } else if (error instanceof BadInputError || error instanceof NotFoundError) {
          counts.refused += 1;
          process.stderr.write(`row ${row.line}: refused: ${error.message}\n`);
        } else {
          throw error;
        }
      }
    }
  });
  process.stdout.write(`merged ${counts.merged}, already merged ${counts.already}, refused ${counts.refused}\n`);
  if (counts.refused > 0) process.exitCode = 1;
}

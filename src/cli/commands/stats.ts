import { Command } from "commander";
import { type StoreStats } from "../../store/graph-store.js";
import { openStoreForCli } from "./export.js";

/** The counts as aligned text lines: articles, tenures, entities per kind, events per type. */
export function formatStats(stats: StoreStats): string {
  const entities = Object.entries(stats.entitiesByKind);
  const events = Object.entries(stats.eventsByType);
  const total = (rows: [string, number][]) => rows.reduce((sum, [, count]) => sum + count, 0);
  const width = Math.max(...[...entities, ...events].map(([name]) => name.length), "articles".length) + 2;
  const line = (name: string, count: number, indent = "") => `${indent}${name.toLowerCase().padEnd(width - indent.length)}${String(count).padStart(7)}`;
  return [
    line("articles", stats.articles),
    line("tenures", stats.tenures),
    line("entities", total(entities)),
    ...entities.map(([kind, count]) => line(kind, count, "  ")),
    line("events", total(events)),
    ...events.map(([type, count]) => line(type.replace(/_/g, " "), count, "  ")),
    "",
  ].join("\n");
}

interface StatsOptions {
  db?: string;
  json?: boolean;
}

/** `parley stats [--db FILE] [--json]`: what the store holds. */
export function statsCommand(): Command {
  return new Command("stats")
    .description("Print what the store holds: articles, tenures, entities per kind and events per type.")
    .option("--db <FILE>", "the Parley sqlite file to read (default: NEO4J_URI if set, else PARLEY_DB or ./data/parley.db)")
    .option("--json", "print the counts as JSON")
    .action(async (options: StatsOptions) => {
      const store = await openStoreForCli(options.db);
      let stats: StoreStats;
      try {
        stats = await store.stats();
      } finally {
        await store.close();
      }
      process.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    });
}

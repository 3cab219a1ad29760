import { type GraphStore } from "../store/graph-store.js";
import { articlePages, curationPages, entityPages, eventPages, tenurePages } from "./read-pages.js";

const lines = (record: string, items: readonly object[]): string => items.map((item) => `${JSON.stringify({ record, ...item })}\n`).join("");

/**
 * JSON Lines: one record per line, `record` saying which kind — articles, then entities, tenures
 * and events (with participants and evidence), then the curation log that made the graph what it
 * is (oldest first), so a shared export carries its codebook. Every line is a complete JSON object; a page of
 * the store is written before the next is read.
 */
export async function* jsonl(store: GraphStore): AsyncGenerator<string> {
  for await (const page of articlePages(store)) yield lines("article", page);
  for await (const page of entityPages(store)) yield lines("entity", page);
  for await (const page of tenurePages(store)) yield lines("tenure", page);
  for await (const page of eventPages(store, { participants: true, evidence: true })) yield lines("event", page);
  for await (const page of curationPages(store)) yield lines("curation", page);
}

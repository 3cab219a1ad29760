import { type ArticleGraph } from "../domain/index.js";
import { type ArticleRecord, type IngestOutcome } from "./graph-store.js";

/** What every adapter stores for an article and reports for an ingest, so both store and answer alike. */

/** The article as stored: absent fields as null, stamped with the time of storing. */
export function articleRecordOf(graph: ArticleGraph, ingestedAt = new Date()): ArticleRecord {
  const { article } = graph;
  return {
    id: article.id,
    url: article.url ?? null,
    title: article.title ?? null,
    source: article.source ?? null,
    publishedAt: article.publishedAt ?? null,
    language: article.language,
    text: article.text,
    ingestedAt: ingestedAt.toISOString(),
  };
}

/** The outcome of ingesting `graph`: its counts, ADDED when it was written now, UNCHANGED when it was already stored. */
export function ingestOutcomeOf(graph: ArticleGraph, added: boolean): IngestOutcome {
  return {
    articleId: graph.article.id,
    status: added ? "ADDED" : "UNCHANGED",
    entities: graph.entities.length,
    events: graph.events.length,
    tenures: graph.tenures.length,
  };
}

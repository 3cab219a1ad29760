import { eventId, type ArticleGraph, type GraphEntity } from "../domain/index.js";
import { dateBucket, keyParticipants } from "../extract/stages/07-merge.js";
import { type EventFeed } from "../feed/event-feed.js";
import { type EntityRecord, type IngestOutcome } from "../store/graph-store.js";
import { linkKnownEvents, type StoredEvents } from "./link-known-events.js";

/** Finds stored people by exact name or alias (case-insensitive); the store's `findEntities` does this. */
export type PeopleByName = (name: string) => Promise<EntityRecord[]>;

/**
 * Cross-article resolution: an article that only says "Putin" names the person the store already
 * knows as Vladimir Putin. A person the extractor could only name by one word is relinked to the
 * stored person carrying that word as name or alias, when exactly one does (or one is far more
 * mentioned); event ids are recomputed so the event merges with earlier reports of it.
 * Returns the graph unchanged when nothing is relinked.
 */
export async function linkKnownPeople(graph: ArticleGraph, peopleByName: PeopleByName): Promise<ArticleGraph> {
  const renames = new Map<string, EntityRecord>();
  for (const entity of graph.entities) {
    if (entity.kind !== "PERSON" || /\s/.test(entity.name)) continue;
    const known = (await peopleByName(entity.name)).filter((p) => p.kind === "PERSON" && p.id !== entity.id);
    const target = pickUnambiguous(known);
    if (target && !graph.entities.some((e) => e.id === target.id)) renames.set(entity.id, target);
  }
  if (renames.size === 0) return graph;

  const rename = (id: string): string => renames.get(id)?.id ?? id;
  const entities: GraphEntity[] = graph.entities.map((entity) => {
    const target = renames.get(entity.id);
    if (!target) return entity;
    return { ...entity, id: target.id, name: target.name, aliases: [...new Set([...entity.aliases, entity.name])].filter((a) => a !== target.name) };
  });
  const publishedAt = graph.article.publishedAt;
  const events = graph.events.map((event) => {
    const participants = event.participants.map((p) => ({ ...p, entityId: rename(p.entityId) }));
    const id = eventId(event.type, keyParticipants(participants.map((p) => p.entityId)), dateBucket(event.date, event.status, publishedAt));
    return { ...event, id, participants };
  });
  return {
    ...graph,
    entities,
    tenures: graph.tenures.map((t) => ({ ...t, personId: rename(t.personId) })),
    events: dedupeEvents(events),
  };
}

/** One stored person, or the one with at least three times the mentions of any other. */
function pickUnambiguous(people: EntityRecord[]): EntityRecord | undefined {
  if (people.length <= 1) return people[0];
  const sorted = [...people].sort((a, b) => b.mentionCount - a.mentionCount);
  return sorted[0]!.mentionCount >= 3 * sorted[1]!.mentionCount ? sorted[0] : undefined;
}

/** Relinking can make two events of one article identical; keep one, with both sets of evidence. */
function dedupeEvents(events: ArticleGraph["events"]): ArticleGraph["events"] {
  const byId = new Map<string, ArticleGraph["events"][number]>();
  for (const event of events) {
    const existing = byId.get(event.id);
    if (!existing) byId.set(event.id, event);
    else for (const e of event.evidence) if (!existing.evidence.some((x) => x.sentence === e.sentence)) existing.evidence.push(e);
  }
  return [...byId.values()];
}

/** A `PeopleByName` over any store with the port's `findEntities`. */
export function peopleByNameFrom(store: { findEntities(q: { kind: "PERSON"; name: string; first: number }): Promise<{ items: EntityRecord[] }> }): PeopleByName {
  return async (name) => (await store.findEntities({ kind: "PERSON", name, first: 10 })).items;
}


/** A store as ingestion needs it: it writes articles, finds known people by name and stored events. */
export type IngestingStore = Parameters<typeof peopleByNameFrom>[0] & StoredEvents & { ingestArticle(graph: ArticleGraph): Promise<IngestOutcome> };

/** An ingest's outcome with the ids its events were stored under (linking may have changed them). */
export interface IngestedArticle extends IngestOutcome {
  eventIds: string[];
}

/**
 * The one ingestion path (API, CLI, seeds): the extracted graph, its surname-only people linked to
 * people already stored, its events linked to the same contacts stored at another date precision,
 * written in one transaction. When the article was stored now (ADDED), its events go to the live
 * feed once that transaction has committed; an UNCHANGED article or a failed write publishes nothing.
 */
export async function ingestGraph(graph: ArticleGraph, store: IngestingStore, feed?: Pick<EventFeed, "publishEventsAdded">): Promise<IngestedArticle> {
  const linked = await linkKnownEvents(await linkKnownPeople(graph, peopleByNameFrom(store)), store);
  const outcome = await store.ingestArticle(linked);
  const eventIds = linked.events.map((event) => event.id);
  if (outcome.status === "ADDED") feed?.publishEventsAdded({ articleId: outcome.articleId, eventIds });
  return { ...outcome, eventIds };
}

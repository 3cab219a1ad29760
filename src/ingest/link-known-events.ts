import { type ArticleGraph, type GraphEvent } from "../domain/index.js";
import { type EventFilter, type EventRecord, type Page, type PageRequest, type ParticipantRecord } from "../store/graph-store.js";

/** What linking events needs of a store: its event search and the participants of events. */
export interface StoredEvents {
  findEvents(filter: EventFilter, page: PageRequest): Promise<Page<EventRecord>>;
  participantsByEventIds(eventIds: readonly string[]): Promise<ParticipantRecord[][]>;
}

/**
 * Cross-article: the same contact told to the day in one article ("on 12 February") and to the month
 * in another ("earlier this month") is one event with two sources. An event dated to a day or a month
 * takes the id of the one stored event of its type, status family and exact sides in that month when
 * that one is dated at the other precision; the store then keeps the more precise date. Two stored
 * candidates (two calls that month) or one at the same precision (another day) merge nothing: which
 * call a month-level mention means is unknown.
 */
export async function linkKnownEvents(graph: ArticleGraph, store: StoredEvents): Promise<ArticleGraph> {
  const renamed = new Map<string, string>();
  for (const event of graph.events) {
    const date = event.date;
    if (!date || date.precision === "YEAR" || date.end) continue;
    const month = date.value.slice(0, 7);
    const sides = sideKey(event.participants.map((p) => p.entityId));
    const found = await store.findEvents({ types: [event.type], participantIds: [...new Set(event.participants.map((p) => p.entityId))], from: month, to: month }, { first: 20 });
    const others = found.items.filter((e) => e.id !== event.id && planned(e.status) === planned(event.status) && e.date && !e.date.end && e.date.value.startsWith(month));
    if (others.length === 0) continue;
    const participants = await store.participantsByEventIds(others.map((e) => e.id));
    const same = others.filter((e, i) => sideKey(participants[i]!.map((p) => p.entityId)) === sides);
    if (same.length !== 1 || found.items.some((e) => e.id === event.id)) continue;
    const stored = same[0]!;
    if (stored.date!.precision === date.precision) continue;
    renamed.set(event.id, stored.id);
  }
  if (renamed.size === 0) return graph;
  const events: GraphEvent[] = [];
  for (const event of graph.events) {
    const id = renamed.get(event.id) ?? event.id;
    const existing = events.find((e) => e.id === id);
    if (!existing) events.push({ ...event, id });
    else events[events.indexOf(existing)] = { ...existing, evidence: [...existing.evidence, ...event.evidence.filter((e) => !existing.evidence.some((x) => x.sentence === e.sentence))] };
  }
  return { ...graph, events };
}

function sideKey(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(",");
}

function planned(status: string): boolean {
  return status === "PLANNED";
}

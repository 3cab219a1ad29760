import { BadInputError, NotFoundError, StoreError, type ArticleGraph, type DatePrecision, type EntityKind, type EventStatus, type EventType, type GraphEvent, type Role } from "../../domain/index.js";
import {
  NO_CURATIONS,
  applyCurations,
  combineChanges,
  correctableFieldsOf,
  correctedEvent,
  curatedIdsOf,
  entityNames,
  eventSnapshotOf,
  mergedNames,
  overrideAfter,
  renamed,
  requireSameKind,
  unknownId,
  type CuratedGraph,
  type CurationCommand,
  type CurationEntry,
  type CurationRecord,
  type CurationState,
  type EntityNames,
  type EntityOverride,
  type EntitySnapshot,
  type EventChanges,
} from "../curation.js";
import { type Page } from "../graph-store.js";
import { decodeAfter, encodeCursor, keysetPage } from "../keyset-cursor.js";
import { nameKey } from "../merge-rules.js";
import { requireFirst } from "../read-arguments.js";
import { fuzzyKeysOf } from "../search-ranking.js";
import { dateOf } from "../stored-date.js";
import { STATEMENTS as Q } from "./cypher/statements.js";
import { type CypherRunner } from "./executor.js";
import { foldForSearch } from "./fulltext-query.js";
import { cypherInt, type EventRow } from "./mappers.js";

/** The `details.cause` of CurationChangedError. */
export const CURATION_CHANGED = "CURATION_CHANGED";

/** Writes events as an ingest does (merge rules, participants, evidence of one article); the store's own writer. */
export type EventWriter = (tx: CypherRunner, graph: Pick<ArticleGraph, "article" | "events">) => Promise<void>;

/**
 * Curation on the neo4j store (see ../curation.ts for what each correction means). Every method
 * runs inside the caller's write transaction, so a correction is whole or absent. Neo4j keeps no
 * derived rows (involvement and pairs are read from the graph), so a merge moves relationships and
 * nothing else has to follow.
 */
export class Neo4jCuration {
  constructor(private readonly writeEvents: EventWriter) {}

  /** The article's graph as the curations say it; read inside the ingest's transaction. */
  async curatedGraph(tx: CypherRunner, graph: ArticleGraph): Promise<CuratedGraph> {
    const { entityIds, eventIds } = curatedIdsOf(graph);
    return applyCurations(graph, await this.stateOf(tx, entityIds, eventIds));
  }

  /**
   * Throws CurationChangedError when a merge or a rejection touching this article committed after
   * curatedGraph read the state. Run last in the ingest's transaction: by then it holds the locks of
   * every node it wrote, so a curation that has not committed yet waits for it and sees its writes,
   * and one that has committed is seen here (a merge that deleted a node this ingest then MERGEd
   * again would otherwise bring the dropped id back).
   */
  async assertUnchanged(tx: CypherRunner, graph: ArticleGraph, read: CuratedGraph): Promise<void> {
    const { entityIds, eventIds } = curatedIdsOf(graph);
    const now = await this.stateOf(tx, entityIds, eventIds);
    const before = applyCurations(graph, now);
    if (JSON.stringify(before) !== JSON.stringify(read)) throw new CurationChangedError();
  }

  /** Stores reports of rejected events with their rejection (not in the graph). */
  async keepRejectedReports(tx: CypherRunner, events: readonly GraphEvent[]): Promise<void> {
    if (events.length > 0) await tx.run(Q.KEEP_REJECTED_EVENTS, { rows: events.map((event) => ({ id: event.id, event: JSON.stringify(event) })) });
  }

  /** Applies a validated command and appends it to the log. */
  async curate(tx: CypherRunner, command: CurationCommand, by: string, at: Date): Promise<CurationRecord> {
    const entry = await this.apply(tx, command);
    const values = { ...entry, relatedIds: entry.relatedIds, before: JSON.stringify(entry.before), after: JSON.stringify(entry.after), by, at: at.toISOString() };
    const [row] = await tx.run<{ seq: number }>(Q.APPEND_CURATION, values);
    if (!row) throw new StoreError("appending to the curation log returned no seq; nothing was written");
    return { ...entry, seq: row.seq, by, at: values.at };
  }

  async curations(tx: CypherRunner, request: { first: number; after?: string }): Promise<Page<CurationRecord>> {
    const first = requireFirst(request.first);
    const cursor = decodeAfter(request.after, "curations");
    const after = cursor === null ? 0 : Number(cursor.id);
    if (!Number.isSafeInteger(after)) throw new BadInputError("invalid cursor", { path: "after" });
    const [count] = await tx.run<{ n: number }>(Q.COUNT_CURATIONS, {});
    const rows = await tx.run<{ curation: CurationNode }>(Q.CURATIONS_AFTER, { after: cypherInt(after), limit: cypherInt(first + 1) });
    return keysetPage(rows, first, count?.n ?? 0, (kept) => kept.map((row) => toCurationRecord(row.curation)), (row) => encodeCursor("curations", "", String(row.curation.seq)));
  }

  private apply(tx: CypherRunner, command: CurationCommand): Promise<CurationEntry> {
    switch (command.action) {
      case "MERGE_ENTITIES":
        return this.merge(tx, command.keepId, command.dropIds, command.reason);
      case "RENAME_ENTITY":
        return this.rename(tx, command.entityId, command.name, command.reason);
      case "ADD_ALIAS":
      case "REMOVE_ALIAS":
        return this.changeAlias(tx, command.entityId, command.alias, command.action === "REMOVE_ALIAS", command.reason);
      case "REJECT_EVENT":
        return this.reject(tx, command.eventId, command.reason);
      case "RESTORE_EVENT":
        return this.restore(tx, command.eventId, command.reason ?? null);
      case "UPDATE_EVENT":
        return this.update(tx, command.eventId, command.changes, command.reason);
    }
  }

  // ── entities ──────────────────────────────────────────────────────────────────────────────

  private async merge(tx: CypherRunner, keepId: string, dropIds: readonly string[], reason: string): Promise<CurationEntry> {
    // Locked in id order, as ingest locks entities, so a merge and an ingest never wait on each other in a cycle.
    const locked = new Map<string, EntitySnapshot>();
    for (const id of [keepId, ...dropIds].sort()) locked.set(id, await this.requireEntity(tx, id, id === keepId ? "keep" : "drop"));
    const keep = locked.get(keepId)!;
    const drops = dropIds.map((id) => locked.get(id)!);
    requireSameKind(keep, drops);
    const keepOverride = await this.overrideOf(tx, keepId);
    for (const drop of drops) {
      const ids = { droppedId: drop.id, keptId: keepId };
      await tx.run(Q.MOVE_PARTICIPATIONS, ids);
      await tx.run(Q.MOVE_MENTIONS, ids);
      if (keep.kind === "PERSON") await tx.run(Q.MOVE_TENURES_OF_PERSON, ids);
      if (keep.kind === "OFFICE") await tx.run(Q.MOVE_TENURES_OF_OFFICE, ids);
      if (keep.kind === "COUNTRY") await tx.run(Q.MOVE_COUNTRY_REFERENCES, ids);
      if (keep.kind === "PLACE") await tx.run(Q.MOVE_PLACE_REFERENCES, ids);
      await tx.run(Q.REDIRECT_AND_DELETE, ids);
    }
    await this.writeNames(tx, keepId, mergedNames(keep, drops, keepOverride));
    return { action: "MERGE_ENTITIES", targetId: keepId, relatedIds: drops.map((d) => d.id), before: { kept: keep, dropped: drops }, after: await this.requireEntity(tx, keepId, "keep"), reason };
  }

  private async rename(tx: CypherRunner, entityId: string, name: string, reason: string): Promise<CurationEntry> {
    const before = await this.requireEntity(tx, entityId, "id");
    const override = await this.overrideOf(tx, entityId);
    await this.writeNames(tx, entityId, renamed(before, name, override));
    await this.writeOverride(tx, entityId, overrideAfter(override, name));
    return { action: "RENAME_ENTITY", targetId: entityId, relatedIds: [], before, after: await this.requireEntity(tx, entityId, "id"), reason };
  }

  private async changeAlias(tx: CypherRunner, entityId: string, alias: string, remove: boolean, reason: string): Promise<CurationEntry> {
    const before = await this.requireEntity(tx, entityId, "id");
    const key = nameKey(alias);
    if (key === nameKey(before.name)) {
      throw new BadInputError(`${JSON.stringify(alias)} is the entity's name, not an alias; rename it instead`, { field: "alias" });
    }
    if (remove && !before.aliases.some((a) => nameKey(a) === key)) throw new NotFoundError(`${entityId} has no alias ${JSON.stringify(alias)}`, { field: "alias", id: entityId });
    const override = overrideAfter(await this.overrideOf(tx, entityId), before.name, { alias, removed: remove });
    const aliases = remove ? before.aliases : [...before.aliases, alias];
    await this.writeNames(tx, entityId, entityNames(before.name, aliases, override.removedAliasKeys));
    await this.writeOverride(tx, entityId, override);
    return { action: remove ? "REMOVE_ALIAS" : "ADD_ALIAS", targetId: entityId, relatedIds: [], before, after: await this.requireEntity(tx, entityId, "id"), reason };
  }

  /** Writes an entity's name and aliases with the keys and search fields ingest keeps beside them. */
  private async writeNames(tx: CypherRunner, entityId: string, names: EntityNames): Promise<void> {
    await tx.run(Q.WRITE_ENTITY_NAMES, {
      id: entityId,
      name: names.name,
      nameKey: names.nameKey,
      aliases: names.aliases,
      aliasKeys: names.aliasKeys,
      nameKeys: `|${[names.nameKey, ...names.aliasKeys].join("|")}|`,
      searchLabel: foldForSearch(names.name),
      searchExtra: foldForSearch(names.aliases.join(" ")),
      fuzzyKeys: fuzzyKeysOf([names.name, ...names.aliases]).join(" "),
    });
  }

  private async writeOverride(tx: CypherRunner, entityId: string, override: EntityOverride): Promise<void> {
    await tx.run(Q.UPSERT_ENTITY_OVERRIDE, { id: entityId, name: override.name, removedAliasKeys: override.removedAliasKeys, addedAliases: override.addedAliases });
  }

  // ── events ────────────────────────────────────────────────────────────────────────────────

  private async reject(tx: CypherRunner, eventId: string, reason: string): Promise<CurationEntry> {
    const event = await this.requireEvent(tx, eventId);
    await tx.run(Q.DELETE_EVENT, { id: eventId });
    await this.keepRejectedReports(tx, [event]);
    return { action: "REJECT_EVENT", targetId: eventId, relatedIds: [], before: eventSnapshotOf(event), after: null, reason };
  }

  private async restore(tx: CypherRunner, eventId: string, reason: string | null): Promise<CurationEntry> {
    const [row] = await tx.run<{ event: string }>(Q.REJECTED_EVENT, { id: eventId });
    if (!row) {
      if ((await tx.run(Q.LOCK_EVENT_FOR_CURATION, { id: eventId })).length > 0) throw new BadInputError(`${eventId} is not rejected`, { field: "id", id: eventId });
      throw unknownId(eventId, "id");
    }
    const kept = JSON.parse(row.event) as GraphEvent;
    // The event as an ingest would write it now: merged ids followed, corrections applied, and only
    // what is still stored (an article deleted meanwhile takes its evidence with it).
    const ids = [...kept.participants.map((p) => p.entityId), ...(kept.placeId ? [kept.placeId] : [])];
    const state = await this.stateOf(tx, ids, [eventId]);
    const pseudo: ArticleGraph = { article: { id: "", language: "en", text: "" }, sentences: [], entities: [], tenures: [], events: [kept] };
    const curated = applyCurations(pseudo, { ...state, rejectedEvents: NO_CURATIONS.rejectedEvents }).graph.events[0]!;
    const entities = new Set((await tx.run<{ id: string }>(Q.EXISTING_ENTITY_IDS, { ids: curated.participants.map((p) => p.entityId) })).map((r) => r.id));
    const articles = new Set((await tx.run<{ id: string }>(Q.EXISTING_ARTICLE_IDS, { ids: [...new Set(curated.evidence.map((e) => e.articleId))] })).map((r) => r.id));
    const event: GraphEvent = { ...curated, participants: curated.participants.filter((p) => entities.has(p.entityId)), evidence: curated.evidence.filter((e) => articles.has(e.articleId)) };
    if (event.evidence.length === 0) throw new NotFoundError(`no stored article reports ${eventId} any more; nothing to restore`, { field: "id", id: eventId });
    await tx.run(Q.DELETE_REJECTED_EVENT, { id: eventId });
    // Evidence is written one article at a time, as ingests wrote it.
    for (const articleId of [...new Set(event.evidence.map((e) => e.articleId))]) {
      const evidence = event.evidence.filter((e) => e.articleId === articleId);
      await this.writeEvents(tx, { article: { id: articleId, language: "en", text: "" }, events: [{ ...event, evidence }] });
    }
    return { action: "RESTORE_EVENT", targetId: eventId, relatedIds: [], before: null, after: eventSnapshotOf(await this.requireEvent(tx, eventId)), reason };
  }

  private async update(tx: CypherRunner, eventId: string, changes: EventChanges, reason: string): Promise<CurationEntry> {
    const event = await this.requireEvent(tx, eventId);
    if (changes.placeId) {
      const [place] = await tx.run<{ id: string; kind: EntityKind }>(Q.EXISTING_ENTITY_IDS, { ids: [changes.placeId] });
      if (!place) throw unknownId(changes.placeId, "place", (await this.stateOf(tx, [changes.placeId], [])).redirects.get(changes.placeId));
    }
    const stored = {
      type: event.type,
      status: event.status,
      date: event.date ?? null,
      placeId: event.placeId ?? null,
      ploverEvent: event.plover.event,
      ploverMode: event.plover.mode ?? null,
      cameo: event.cameo ?? null,
    };
    const fields = correctedEvent(stored, changes);
    await tx.run(Q.UPDATE_EVENT_FIELDS, {
      id: eventId,
      type: fields.type,
      status: fields.status,
      dateValue: fields.date?.value ?? null,
      datePrecision: fields.date?.precision ?? null,
      dateEnd: fields.date?.end ?? null,
      dateFirstDay: fields.dateFirstDay,
      dateLastDay: fields.dateLastDay,
      placeId: fields.placeId,
      ploverEvent: fields.ploverEvent,
      ploverMode: fields.ploverMode,
      cameo: fields.cameo,
    });
    const previous = (await this.stateOf(tx, [], [eventId])).eventOverrides.get(eventId) ?? null;
    await tx.run(Q.UPSERT_EVENT_OVERRIDE, { id: eventId, changes: JSON.stringify(combineChanges(previous, changes)) });
    return { action: "UPDATE_EVENT", targetId: eventId, relatedIds: [], before: correctableFieldsOf(stored), after: correctableFieldsOf(fields), reason };
  }

  // ── reads ─────────────────────────────────────────────────────────────────────────────────

  private async stateOf(tx: CypherRunner, entityIds: readonly string[], eventIds: readonly string[]): Promise<CurationState> {
    const [row] = await tx.run<{
      redirects: { key: string; id: string }[];
      entityOverrides: { id: string; name: string | null; removedAliasKeys: string[] | null; addedAliases: string[] | null }[];
      rejectedEvents: { id: string; event: string }[];
      eventOverrides: { id: string; changes: string }[];
    }>(Q.CURATION_STATE, { entityIds, eventIds });
    // The statement always answers one row; an executor that answers none (a test's fake) means no curations.
    if (!row) return NO_CURATIONS;
    return {
      redirects: new Map(row.redirects.map((r) => [r.key, r.id])),
      entityOverrides: new Map(row.entityOverrides.map((o) => [o.id, { name: o.name, removedAliasKeys: o.removedAliasKeys ?? [], addedAliases: o.addedAliases ?? [] }])),
      rejectedEvents: new Map(row.rejectedEvents.map((r) => [r.id, JSON.parse(r.event) as GraphEvent])),
      eventOverrides: new Map(row.eventOverrides.map((o) => [o.id, JSON.parse(o.changes) as EventChanges])),
    };
  }

  private async overrideOf(tx: CypherRunner, entityId: string): Promise<EntityOverride | null> {
    return (await this.stateOf(tx, [entityId], [])).entityOverrides.get(entityId) ?? null;
  }

  private async requireEntity(tx: CypherRunner, id: string, field: string): Promise<EntitySnapshot> {
    const [row] = await tx.run<{ entity: EntitySnapshot }>(Q.LOCK_ENTITY_FOR_CURATION, { id });
    if (!row) throw unknownId(id, field, (await this.stateOf(tx, [id], [])).redirects.get(id));
    return row.entity;
  }

  /** A stored event in full (fields, participants and evidence in their order), as a rejection keeps it. */
  private async requireEvent(tx: CypherRunner, id: string): Promise<GraphEvent> {
    const [row] = await tx.run<{ event: EventNode; participants: { entityId: string; role: Role; ordinal: number }[]; evidence: (EvidenceNode & { ordinal: number })[] }>(
      Q.LOCK_EVENT_FOR_CURATION,
      { id },
    );
    if (!row) {
      if ((await tx.run(Q.REJECTED_EVENT, { id })).length > 0) throw new BadInputError(`${id} is rejected; restore it first`, { field: "id", id });
      throw unknownId(id, "id");
    }
    const { event } = row;
    const date = dateOf(event.dateValue, event.datePrecision, event.dateEnd);
    const byOrdinal = <T extends { ordinal: number }>(list: T[]) => [...list].sort((a, b) => a.ordinal - b.ordinal);
    return {
      id,
      type: event.type,
      status: event.status,
      ...(date ? { date } : {}),
      ...(event.placeId ? { placeId: event.placeId } : {}),
      summary: event.summary,
      confidence: event.confidence,
      participants: byOrdinal(row.participants).map((p) => ({ entityId: p.entityId, role: p.role })),
      plover: event.ploverMode === null ? { event: event.ploverEvent } : { event: event.ploverEvent, mode: event.ploverMode },
      ...(event.cameo ? { cameo: event.cameo } : {}),
      evidence: byOrdinal(row.evidence).map((e) => ({ articleId: e.articleId, sentence: e.sentence, start: e.start, end: e.end, quote: e.quote })),
    };
  }
}

/** A curation committed while an ingest ran; the ingest is rolled back and tried again (neo4j-graph-store.ts). */
export class CurationChangedError extends StoreError {
  constructor() {
    super("a curation of this article's entities or events committed while it was written; nothing was written", { cause: CURATION_CHANGED });
  }
}

/** An event node's stored properties: a row of the event read without its id and source count. */
type EventNode = Omit<EventRow, "id" | "sourceCount">;

interface EvidenceNode {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

interface CurationNode {
  seq: number;
  action: CurationRecord["action"];
  targetId: string;
  relatedIds: string[];
  before: string | null;
  after: string | null;
  reason: string | null;
  curatedBy: string;
  at: string;
}

function toCurationRecord(node: CurationNode): CurationRecord {
  return {
    seq: node.seq,
    action: node.action,
    targetId: node.targetId,
    relatedIds: node.relatedIds,
    before: node.before === null ? null : JSON.parse(node.before),
    after: node.after === null ? null : JSON.parse(node.after),
    reason: node.reason,
    by: node.curatedBy,
    at: node.at,
  };
}

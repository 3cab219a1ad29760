import type Database from "better-sqlite3";
import { BadInputError, NotFoundError, type ArticleGraph, type DatePrecision, type EntityKind, type EventStatus, type EventType, type GraphEvent, type NodeKind, type Role } from "../../domain/index.js";
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
import { dateOf } from "../stored-date.js";
import { eventColumns } from "./event-columns.js";
import * as SQL from "./curation-statements.js";
import { INSERT_ALIAS } from "./statements.js";

/**
 * What curation needs from the sqlite store's write path: its prepared statements and the
 * maintenance of derived rows (search documents, fuzzy keys, event pairs, co-participation counts,
 * country involvements), so a correction keeps them exactly as an ingest or a delete would.
 */
export interface SqliteWriteKit {
  stmt(sql: string): Database.Statement;
  writeSearchDoc(nodeId: string, kind: NodeKind, label: string, extra: string): void;
  removeSearchDoc(nodeId: string): void;
  writeFuzzyKeys(entityId: string, names: readonly string[]): void;
  /** Writes an event as an ingest does (merge rules, pairs, involvements, search). */
  upsertEvent(event: GraphEvent): void;
  /** Removes an event's pairs, co-participation counts and country involvement rows. */
  detachEventDerived(eventId: string): void;
  /** Writes them again from its current participants, date and their tenures. */
  attachEventDerived(eventId: string): void;
  refreshEventsOfPeople(personIds: Iterable<string>): void;
}

/**
 * Curation on the sqlite store (see ../curation.ts for what each correction means). Every method
 * runs inside the store's write transaction, so a correction is whole or absent.
 */
export class SqliteCuration {
  constructor(private readonly kit: SqliteWriteKit) {}

  /** The article's graph as the curations say it; read inside the ingest's transaction. */
  curatedGraph(graph: ArticleGraph): CuratedGraph {
    const { entityIds, eventIds } = curatedIdsOf(graph);
    return applyCurations(graph, this.stateOf(entityIds, eventIds));
  }

  /** Stores reports of rejected events with their rejection (not in the graph). */
  keepRejectedReports(events: readonly GraphEvent[]): void {
    for (const event of events) this.kit.stmt(SQL.UPSERT_REJECTED_EVENT).run(event.id, JSON.stringify(event));
  }

  /** Applies a validated command and appends it to the log. */
  curate(command: CurationCommand, by: string, at = new Date()): CurationRecord {
    const entry = this.apply(command);
    const values = { ...entry, relatedIds: JSON.stringify(entry.relatedIds), before: JSON.stringify(entry.before), after: JSON.stringify(entry.after), by, at: at.toISOString() };
    const { seq } = this.kit.stmt(SQL.APPEND_CURATION).get(values) as { seq: number };
    return { ...entry, seq, by, at: values.at };
  }

  curations(request: { first: number; after?: string }): Page<CurationRecord> {
    const first = requireFirst(request.first);
    const cursor = decodeAfter(request.after, "curations");
    const after = cursor === null ? 0 : Number(cursor.id);
    if (!Number.isSafeInteger(after)) throw new BadInputError("invalid cursor", { path: "after" });
    const total = (this.kit.stmt(SQL.COUNT_CURATIONS).get() as { n: number }).n;
    const rows = this.kit.stmt(SQL.CURATIONS_AFTER).all({ after, limit: first + 1 }) as CurationRow[];
    return keysetPage(rows, first, total, (kept) => kept.map(toCurationRecord), (row) => encodeCursor("curations", "", String(row.seq)));
  }

  private apply(command: CurationCommand): CurationEntry {
    switch (command.action) {
      case "MERGE_ENTITIES":
        return this.merge(command.keepId, command.dropIds, command.reason);
      case "RENAME_ENTITY":
        return this.rename(command.entityId, command.name, command.reason);
      case "ADD_ALIAS":
      case "REMOVE_ALIAS":
        return this.changeAlias(command.entityId, command.alias, command.action === "REMOVE_ALIAS", command.reason);
      case "REJECT_EVENT":
        return this.reject(command.eventId, command.reason);
      case "RESTORE_EVENT":
        return this.restore(command.eventId, command.reason ?? null);
      case "UPDATE_EVENT":
        return this.update(command.eventId, command.changes, command.reason);
    }
  }

  // ── entities ──────────────────────────────────────────────────────────────────────────────

  private merge(keepId: string, dropIds: readonly string[], reason: string): CurationEntry {
    const keep = this.requireEntity(keepId, "keep");
    const drops = dropIds.map((id) => this.requireEntity(id, "drop"));
    requireSameKind(keep, drops);
    const before = { kept: keep, dropped: drops };
    const keepOverride = this.overrideOf(keepId);
    for (const drop of drops) this.moveEntity(drop.id, keepId, keep.kind);
    this.writeNames(keepId, keep.kind, mergedNames(keep, drops, keepOverride));
    return { action: "MERGE_ENTITIES", targetId: keepId, relatedIds: drops.map((d) => d.id), before, after: this.requireEntity(keepId, "keep"), reason };
  }

  /** Moves everything of `droppedId` onto `keptId`, leaves a redirect and deletes the dropped entity. */
  private moveEntity(droppedId: string, keptId: string, kind: EntityKind): void {
    const { stmt } = this.kit;
    const eventIds = (stmt(SQL.EVENT_IDS_OF_ENTITY).all(droppedId) as { id: string }[]).map((row) => row.id);
    for (const eventId of eventIds) {
      this.kit.detachEventDerived(eventId);
      const keptRole = stmt(SQL.PARTICIPANT_ROLE).get(eventId, keptId) as { role: Role } | undefined;
      if (keptRole) {
        // Both took part: one participant, the specific role (HOST, VISITOR …) over the generic one.
        const droppedRole = (stmt(SQL.PARTICIPANT_ROLE).get(eventId, droppedId) as { role: Role }).role;
        if (keptRole.role === "PARTICIPANT" && droppedRole !== "PARTICIPANT") stmt(SQL.SET_PARTICIPANT_ROLE).run(droppedRole, eventId, keptId);
        stmt(SQL.DELETE_PARTICIPANT).run(eventId, droppedId);
      } else {
        stmt(SQL.MOVE_PARTICIPANT).run({ kept: keptId, dropped: droppedId, eventId });
      }
    }
    stmt(SQL.COPY_MENTIONS).run({ kept: keptId, dropped: droppedId });
    stmt(SQL.DELETE_MENTIONS).run(droppedId);
    stmt(SQL.RECOUNT_MENTIONS).run({ id: keptId });
    this.moveTenures(droppedId, keptId);
    if (kind === "COUNTRY") stmt(SQL.MOVE_COUNTRY_REFERENCES).run({ kept: keptId, dropped: droppedId });
    if (kind === "PLACE") stmt(SQL.MOVE_PLACE_REFERENCES).run({ kept: keptId, dropped: droppedId });
    stmt(SQL.FOLLOW_REDIRECTS).run({ kept: keptId, dropped: droppedId });
    stmt(SQL.UPSERT_REDIRECT).run(droppedId, keptId);
    stmt(SQL.DELETE_ENTITY_OVERRIDE).run(droppedId);
    this.kit.removeSearchDoc(droppedId);
    stmt(SQL.DELETE_ENTITY).run(droppedId);
    // Participants, tenures and offices' countries have moved: pairs and involvements follow.
    for (const eventId of eventIds) this.kit.attachEventDerived(eventId);
    const people = kind === "PERSON" ? [keptId] : kind === "OFFICE" || kind === "COUNTRY" ? this.holdersOf(keptId, kind) : [];
    this.kit.refreshEventsOfPeople(people);
  }

  /** A dropped person's or office's tenures go to the kept one; a term both have keeps one row with both evidence lists. */
  private moveTenures(droppedId: string, keptId: string): void {
    const { stmt } = this.kit;
    stmt(SQL.MOVE_TENURES).run({ kept: keptId, dropped: droppedId });
    const left = stmt(SQL.TENURES_LEFT_ON).all({ dropped: droppedId }) as { seq: number; person_id: string; office_id: string; term_key: string }[];
    for (const tenure of left) {
      const personId = tenure.person_id === droppedId ? keptId : tenure.person_id;
      const officeId = tenure.office_id === droppedId ? keptId : tenure.office_id;
      const target = stmt(SQL.TENURE_SEQ).get(personId, officeId, tenure.term_key) as { seq: number } | undefined;
      if (target) stmt(SQL.MOVE_TENURE_EVIDENCE).run({ to: target.seq, from: tenure.seq });
      stmt(SQL.DELETE_TENURE).run(tenure.seq);
    }
  }

  /** People whose country involvements may change when an office or a country is merged. */
  private holdersOf(keptId: string, kind: "OFFICE" | "COUNTRY"): string[] {
    const sql = kind === "OFFICE" ? SQL.HOLDERS_OF_OFFICE : SQL.HOLDERS_OF_OFFICES_IN;
    return (this.kit.stmt(sql).all(keptId) as { id: string }[]).map((row) => row.id);
  }

  private rename(entityId: string, name: string, reason: string): CurationEntry {
    const before = this.requireEntity(entityId, "id");
    const override = this.overrideOf(entityId);
    this.writeNames(entityId, before.kind, renamed(before, name, override));
    this.writeOverride(entityId, overrideAfter(override, name));
    return { action: "RENAME_ENTITY", targetId: entityId, relatedIds: [], before, after: this.requireEntity(entityId, "id"), reason };
  }

  private changeAlias(entityId: string, alias: string, remove: boolean, reason: string): CurationEntry {
    const before = this.requireEntity(entityId, "id");
    const key = nameKey(alias);
    if (key === nameKey(before.name)) {
      throw new BadInputError(`${JSON.stringify(alias)} is the entity's name, not an alias; rename it instead`, { field: "alias" });
    }
    const has = before.aliases.some((a) => nameKey(a) === key);
    if (remove && !has) throw new NotFoundError(`${entityId} has no alias ${JSON.stringify(alias)}`, { field: "alias", id: entityId });
    const override = overrideAfter(this.overrideOf(entityId), before.name, { alias, removed: remove });
    const aliases = remove ? before.aliases : [...before.aliases, alias];
    this.writeNames(entityId, before.kind, entityNames(before.name, aliases, override.removedAliasKeys));
    this.writeOverride(entityId, override);
    return { action: remove ? "REMOVE_ALIAS" : "ADD_ALIAS", targetId: entityId, relatedIds: [], before, after: this.requireEntity(entityId, "id"), reason };
  }

  /** Rewrites an entity's name and aliases (in order) with its search document and fuzzy keys. */
  private writeNames(entityId: string, kind: EntityKind, names: EntityNames): void {
    const { stmt } = this.kit;
    stmt(SQL.UPDATE_ENTITY_NAME).run({ id: entityId, name: names.name, nameKey: names.nameKey });
    stmt(SQL.DELETE_ALIASES).run(entityId);
    names.aliases.forEach((alias, i) => stmt(INSERT_ALIAS).run(entityId, alias, names.aliasKeys[i]));
    this.kit.writeSearchDoc(entityId, kind, names.name, names.aliases.join(" "));
    this.kit.writeFuzzyKeys(entityId, [names.name, ...names.aliases]);
  }

  private writeOverride(entityId: string, override: EntityOverride): void {
    this.kit.stmt(SQL.UPSERT_ENTITY_OVERRIDE).run({
      id: entityId,
      name: override.name,
      removed: JSON.stringify(override.removedAliasKeys),
      added: JSON.stringify(override.addedAliases),
    });
  }

  // ── events ────────────────────────────────────────────────────────────────────────────────

  private reject(eventId: string, reason: string): CurationEntry {
    const event = this.requireEvent(eventId);
    this.kit.detachEventDerived(eventId);
    this.kit.removeSearchDoc(eventId);
    this.kit.stmt(SQL.DELETE_EVENT).run(eventId);
    this.kit.stmt(SQL.UPSERT_REJECTED_EVENT).run(eventId, JSON.stringify(event));
    return { action: "REJECT_EVENT", targetId: eventId, relatedIds: [], before: eventSnapshotOf(event), after: null, reason };
  }

  private restore(eventId: string, reason: string | null): CurationEntry {
    const row = this.kit.stmt(SQL.REJECTED_EVENTS_OF).get(JSON.stringify([eventId])) as { event: string } | undefined;
    if (!row) {
      if (this.kit.stmt(SQL.EVENT_ROW).get(eventId)) throw new BadInputError(`${eventId} is not rejected`, { field: "id", id: eventId });
      throw unknownId(eventId, "id");
    }
    const kept = JSON.parse(row.event) as GraphEvent;
    // The event as an ingest would write it now: merged ids followed, corrections applied, and only
    // what is still stored (an article deleted meanwhile takes its evidence with it).
    const ids = [...kept.participants.map((p) => p.entityId), ...(kept.placeId ? [kept.placeId] : [])];
    const state = this.stateOf(ids, [eventId]);
    const pseudo: ArticleGraph = { article: { id: "", language: "en", text: "" }, sentences: [], entities: [], tenures: [], events: [kept] };
    const [curated] = applyCurations(pseudo, { ...state, rejectedEvents: NO_CURATIONS.rejectedEvents }).graph.events;
    const entities = new Set(this.existing(SQL.EXISTING_ENTITY_IDS, curated!.participants.map((p) => p.entityId)));
    const articles = new Set(this.existing(SQL.EXISTING_ARTICLE_IDS, curated!.evidence.map((e) => e.articleId)));
    const event: GraphEvent = { ...curated!, participants: curated!.participants.filter((p) => entities.has(p.entityId)), evidence: curated!.evidence.filter((e) => articles.has(e.articleId)) };
    if (event.evidence.length === 0) throw new NotFoundError(`no stored article reports ${eventId} any more; nothing to restore`, { field: "id", id: eventId });
    this.kit.stmt(SQL.DELETE_REJECTED_EVENT).run(eventId);
    this.kit.upsertEvent(event);
    return { action: "RESTORE_EVENT", targetId: eventId, relatedIds: [], before: null, after: eventSnapshotOf(this.requireEvent(eventId)), reason };
  }

  private update(eventId: string, changes: EventChanges, reason: string): CurationEntry {
    const event = this.requireEvent(eventId);
    if (changes.placeId) this.requirePlace(changes.placeId);
    const stored = { ...storedFieldsOf(event) };
    const fields = correctedEvent(stored, changes);
    this.kit.detachEventDerived(eventId);
    this.kit.stmt(SQL.UPDATE_EVENT_FIELDS).run({ id: eventId, ...eventColumns(fields) });
    this.kit.attachEventDerived(eventId);
    const previous = this.stateOf([], [eventId]).eventOverrides.get(eventId) ?? null;
    this.kit.stmt(SQL.UPSERT_EVENT_OVERRIDE).run(eventId, JSON.stringify(combineChanges(previous, changes)));
    return { action: "UPDATE_EVENT", targetId: eventId, relatedIds: [], before: correctableFieldsOf(stored), after: correctableFieldsOf(fields), reason };
  }

  private requirePlace(placeId: string): void {
    const row = this.kit.stmt(SQL.ENTITY_KIND).get(placeId) as { kind: EntityKind } | undefined;
    if (!row) throw unknownId(placeId, "place", this.redirectOf(placeId));
  }

  // ── reads ─────────────────────────────────────────────────────────────────────────────────

  /** The curations that apply to these ids (redirects of entities, overrides of the ids they resolve to, events' rejections and overrides). */
  private stateOf(entityIds: readonly string[], eventIds: readonly string[]): CurationState {
    const { stmt } = this.kit;
    const redirects = new Map((stmt(SQL.REDIRECTS_OF).all(JSON.stringify(entityIds)) as { key: string; id: string }[]).map((r) => [r.key, r.id]));
    const resolved = [...new Set(entityIds.map((id) => redirects.get(id) ?? id))];
    const entityOverrides = new Map(
      (stmt(SQL.ENTITY_OVERRIDES_OF).all(JSON.stringify(resolved)) as { entity_id: string; name: string | null; removed_alias_keys: string; added_aliases: string }[]).map(
        (r) => [r.entity_id, { name: r.name, removedAliasKeys: JSON.parse(r.removed_alias_keys) as string[], addedAliases: JSON.parse(r.added_aliases) as string[] }],
      ),
    );
    const events = JSON.stringify(eventIds);
    const rejectedEvents = new Map((stmt(SQL.REJECTED_EVENTS_OF).all(events) as { event_id: string; event: string }[]).map((r) => [r.event_id, JSON.parse(r.event) as GraphEvent]));
    const eventOverrides = new Map((stmt(SQL.EVENT_OVERRIDES_OF).all(events) as { event_id: string; changes: string }[]).map((r) => [r.event_id, JSON.parse(r.changes) as EventChanges]));
    return { redirects, entityOverrides, rejectedEvents, eventOverrides };
  }

  private overrideOf(entityId: string): EntityOverride | null {
    return this.stateOf([entityId], []).entityOverrides.get(entityId) ?? null;
  }

  private redirectOf(id: string): string | undefined {
    return this.stateOf([id], []).redirects.get(id);
  }

  private requireEntity(id: string, field: string): EntitySnapshot {
    const row = this.kit.stmt(SQL.ENTITY_NAMES).get(id) as { id: string; kind: EntityKind; name: string } | undefined;
    if (!row) throw unknownId(id, field, this.redirectOf(id));
    const aliases = (this.kit.stmt(SQL.ALIASES_OF).all(id) as { alias: string }[]).map((r) => r.alias);
    return { id: row.id, kind: row.kind, name: row.name, aliases };
  }

  /** A stored event in full (fields, participants, evidence), as a rejection keeps it. */
  private requireEvent(id: string): GraphEvent {
    const { stmt } = this.kit;
    const row = stmt(SQL.EVENT_ROW).get(id) as EventRow | undefined;
    if (!row) {
      if (stmt(SQL.REJECTED_EVENTS_OF).get(JSON.stringify([id]))) throw new BadInputError(`${id} is rejected; restore it first`, { field: "id", id });
      throw unknownId(id, "id");
    }
    const participants = (stmt(SQL.PARTICIPANTS_OF).all(id) as { entity_id: string; role: Role }[]).map((p) => ({ entityId: p.entity_id, role: p.role }));
    const evidence = (stmt(SQL.EVIDENCE_OF).all(id) as { article_id: string; sentence: number; start: number; end: number; quote: string }[]).map((e) => ({
      articleId: e.article_id,
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      quote: e.quote,
    }));
    const date = dateOf(row.date_value, row.date_precision, row.date_end);
    return {
      id,
      type: row.type,
      status: row.status,
      ...(date ? { date } : {}),
      ...(row.place_id ? { placeId: row.place_id } : {}),
      summary: row.summary,
      confidence: row.confidence,
      participants,
      plover: row.plover_mode === null ? { event: row.plover_event } : { event: row.plover_event, mode: row.plover_mode },
      ...(row.cameo ? { cameo: row.cameo } : {}),
      evidence,
    };
  }

  private existing(sql: string, ids: readonly string[]): string[] {
    return (this.kit.stmt(sql).all(JSON.stringify(ids)) as { id: string }[]).map((row) => row.id);
  }
}

interface EventRow {
  type: EventType;
  status: EventStatus;
  date_value: string | null;
  date_precision: DatePrecision | null;
  date_end: string | null;
  place_id: string | null;
  summary: string;
  confidence: number;
  plover_event: string;
  plover_mode: string | null;
  cameo: string | null;
}

interface CurationRow {
  seq: number;
  action: CurationRecord["action"];
  target_id: string;
  related_ids: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  curated_by: string;
  at: string;
}

function toCurationRecord(row: CurationRow): CurationRecord {
  return {
    seq: row.seq,
    action: row.action,
    targetId: row.target_id,
    relatedIds: JSON.parse(row.related_ids) as string[],
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    reason: row.reason,
    by: row.curated_by,
    at: row.at,
  };
}

/** The fields correctedEvent reads, from a stored event. */
function storedFieldsOf(event: GraphEvent) {
  return {
    type: event.type,
    status: event.status,
    date: event.date ?? null,
    placeId: event.placeId ?? null,
    ploverEvent: event.plover.event,
    ploverMode: event.plover.mode ?? null,
    cameo: event.cameo ?? null,
  };
}

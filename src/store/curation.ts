import {
  BadInputError,
  EVENT_STATUSES,
  EVENT_TYPE_INFO,
  NotFoundError,
  dayRange,
  isEventType,
  kindOfId,
  type ArticleGraph,
  type EntityKind,
  type EventStatus,
  type EventType,
  type GraphEvent,
  type PartialDate,
  type Role,
} from "../domain/index.js";
import { type EventRecord } from "./graph-store.js";
import { nameKey } from "./merge-rules.js";

/**
 * Curation: a researcher's corrections of the machine's graph, shared by every adapter as pure
 * functions (no SQL, no Cypher), like merge-rules.ts.
 *
 * A curation is kept as data in the store, in two forms: an append-only log (CurationRecord: what,
 * before, after, reason, when, by whom) and the effective state every later ingest consults
 * (CurationState). Keeping the state as data rather than replaying the log on each ingest keeps an
 * ingest's cost independent of how many corrections were made.
 *
 * - A merge moves everything of the dropped entities onto the kept one and leaves a redirect
 *   (dropped → kept): an article ingested later that names a dropped id lands on the kept one.
 * - A rename, or an alias added or removed, pins the entity's name and the removed aliases: the
 *   merge rule "the longer name wins" never undoes a human's choice.
 * - A rejected event leaves the live graph (its rows go, as when its last article is deleted) and
 *   its last state is kept with the rejection, so no read anywhere has to remember to filter it and
 *   restoring it brings it back. Later reports of it are folded into that kept state, not shown.
 * - An event update is a per-field override: later reports are rewritten to it before they merge,
 *   so the merge rules keep the corrected value.
 */

/** The kinds of curation, as the log names them. */
export const CURATION_ACTIONS = ["MERGE_ENTITIES", "RENAME_ENTITY", "ADD_ALIAS", "REMOVE_ALIAS", "REJECT_EVENT", "RESTORE_EVENT", "UPDATE_EVENT"] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

/** The event fields a curator may correct; an absent key is left as it is, `date: null` and `placeId: null` clear. */
export interface EventChanges {
  type?: EventType;
  status?: EventStatus;
  date?: PartialDate | null;
  placeId?: string | null;
}

/** One correction, as a caller asks for it. */
export type CurationCommand =
  | { action: "MERGE_ENTITIES"; keepId: string; dropIds: string[]; reason: string }
  | { action: "RENAME_ENTITY"; entityId: string; name: string; reason: string }
  | { action: "ADD_ALIAS"; entityId: string; alias: string; reason: string }
  | { action: "REMOVE_ALIAS"; entityId: string; alias: string; reason: string }
  | { action: "REJECT_EVENT"; eventId: string; reason: string }
  | { action: "RESTORE_EVENT"; eventId: string; reason?: string }
  | { action: "UPDATE_EVENT"; eventId: string; changes: EventChanges; reason: string };

/** One row of the audit log. */
export interface CurationRecord {
  /** Position in the log, from 1; the log is read in this order. */
  seq: number;
  action: CurationAction;
  /** The entity kept, renamed or given an alias, or the event. */
  targetId: string;
  /** The other ids a curation touched: the dropped entities of a merge; empty otherwise. */
  relatedIds: string[];
  /** The target (and for a merge the dropped entities) before the change, as plain JSON; null when it did not exist. */
  before: unknown;
  /** The target after the change, as plain JSON; null when it left the graph (a rejected event). */
  after: unknown;
  reason: string | null;
  /** The label of the token that authorised it ("cli" from the command line). */
  by: string;
  /** ISO timestamp. */
  at: string;
}

/** The effective curations an ingest applies, for the ids one article names (see CurationState loaders in the adapters). */
export interface CurationState {
  /** Dropped entity id → the id it was merged into (chains already followed). */
  redirects: ReadonlyMap<string, string>;
  /** Per entity: the pinned name (when one was set) and the alias keys a curator removed. */
  entityOverrides: ReadonlyMap<string, EntityOverride>;
  /** Rejected events, with the state they are kept in. */
  rejectedEvents: ReadonlyMap<string, GraphEvent>;
  /** Per event: the fields a curator set. */
  eventOverrides: ReadonlyMap<string, EventChanges>;
}

export interface EntityOverride {
  name: string | null;
  removedAliasKeys: string[];
  /** Aliases a curator added: they come back with the entity if it is deleted with its last article and reported again. */
  addedAliases: string[];
}

/** The longest reason kept; a codebook entry, not an essay. */
const MAX_REASON = 2000;
const MAX_NAME = 300;

/** Checks what can be checked without the store; BadInputError naming the field otherwise. Returns the command trimmed. */
export function validateCuration(command: CurationCommand): CurationCommand {
  const reason = command.reason === undefined ? undefined : command.reason.trim();
  // Every correction but a restore must say why: the log is the researcher's codebook.
  if (command.action !== "RESTORE_EVENT" && !reason) throw new BadInputError("a curation needs a reason", { field: "reason" });
  if (reason !== undefined && reason.length > MAX_REASON) throw new BadInputError(`the reason is longer than ${MAX_REASON} characters`, { field: "reason" });
  const withReason = { ...command, ...(reason === undefined ? {} : { reason }) } as CurationCommand;
  switch (withReason.action) {
    case "MERGE_ENTITIES": {
      requireEntityId(withReason.keepId, "keep");
      if (withReason.dropIds.length === 0) throw new BadInputError("name at least one entity to merge into the kept one", { field: "drop" });
      for (const id of withReason.dropIds) requireEntityId(id, "drop");
      if (withReason.dropIds.includes(withReason.keepId)) {
        throw new BadInputError(`cannot merge ${withReason.keepId} into itself`, { field: "drop", id: withReason.keepId });
      }
      return { ...withReason, dropIds: [...new Set(withReason.dropIds)] };
    }
    case "RENAME_ENTITY":
      requireEntityId(withReason.entityId, "id");
      return { ...withReason, name: requireName(withReason.name, "name") };
    case "ADD_ALIAS":
    case "REMOVE_ALIAS":
      requireEntityId(withReason.entityId, "id");
      return { ...withReason, alias: requireName(withReason.alias, "alias") };
    case "REJECT_EVENT":
    case "RESTORE_EVENT":
      requireEventId(withReason.eventId);
      return withReason;
    case "UPDATE_EVENT": {
      requireEventId(withReason.eventId);
      const { changes } = withReason;
      const keys = (["type", "status", "date", "placeId"] as const).filter((key) => changes[key] !== undefined);
      if (keys.length === 0) throw new BadInputError("say which fields to change: type, status, date or place", { field: "changes" });
      if (changes.type !== undefined && !isEventType(changes.type)) throw new BadInputError(`unknown event type ${changes.type}`, { field: "type" });
      if (changes.status !== undefined && !EVENT_STATUSES.includes(changes.status)) throw new BadInputError(`unknown status ${changes.status}`, { field: "status" });
      if (changes.placeId !== undefined && changes.placeId !== null && kindOfId(changes.placeId) !== "PLACE") {
        throw new BadInputError(`${changes.placeId} is not a place id`, { field: "place", id: changes.placeId });
      }
      return withReason;
    }
  }
}

function requireEntityId(id: string, field: string): void {
  const kind = kindOfId(id);
  if (kind === undefined || kind === "EVENT" || kind === "ARTICLE") throw new BadInputError(`${JSON.stringify(id)} is not an entity id`, { field, id });
}

function requireEventId(id: string): void {
  if (kindOfId(id) !== "EVENT") throw new BadInputError(`${JSON.stringify(id)} is not an event id`, { field: "id", id });
}

function requireName(name: string, field: string): string {
  const trimmed = name.normalize("NFC").trim().replace(/\s+/g, " ");
  if (!trimmed) throw new BadInputError(`the ${field} is empty`, { field });
  if (trimmed.length > MAX_NAME) throw new BadInputError(`the ${field} is longer than ${MAX_NAME} characters`, { field });
  return trimmed;
}

// ── store-side checks every adapter makes alike ───────────────────────────────────────────────

/** The NOT_FOUND for an id the store does not hold; says where a merged id went. */
export function unknownId(id: string, field: string, mergedInto?: string): NotFoundError {
  if (mergedInto !== undefined) return new NotFoundError(`${id} was merged into ${mergedInto}`, { field, id, mergedInto });
  return new NotFoundError(`no ${kindOfId(id)?.toLowerCase() ?? "node"} ${id} in the graph`, { field, id });
}

/** A merge keeps one kind: a person is never merged into a country. */
export function requireSameKind(keep: { id: string; kind: EntityKind }, drops: readonly { id: string; kind: EntityKind }[]): void {
  for (const drop of drops) {
    if (drop.kind !== keep.kind) {
      throw new BadInputError(`cannot merge ${drop.id} (${drop.kind}) into ${keep.id} (${keep.kind}): an entity keeps its kind`, { field: "drop", id: drop.id });
    }
  }
}

// ── names and aliases ─────────────────────────────────────────────────────────────────────────

/** An entity's names as stored and written back: the name and its aliases in order, with their keys. */
export interface EntityNames {
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
}

/** Names as stored after a change: aliases deduplicated by key (first spelling kept), none equal to the name, none removed. */
export function entityNames(name: string, aliases: readonly string[], removedAliasKeys: readonly string[] = []): EntityNames {
  const key = nameKey(name);
  const kept: string[] = [];
  const keys: string[] = [];
  for (const alias of aliases) {
    const aliasKey = nameKey(alias);
    if (aliasKey === key || keys.includes(aliasKey) || removedAliasKeys.includes(aliasKey)) continue;
    keys.push(aliasKey);
    kept.push(alias);
  }
  return { name, nameKey: key, aliases: kept, aliasKeys: keys };
}

/** After a rename the old name is an alias, so searches for it still find the entity. */
export function renamed(stored: { name: string; aliases: readonly string[] }, name: string, override: EntityOverride | null): EntityNames {
  const removed = (override?.removedAliasKeys ?? []).filter((key) => key !== nameKey(stored.name));
  return entityNames(name, [...stored.aliases, stored.name], removed);
}

/** The kept entity's names after a merge: the dropped names and aliases become its aliases. */
export function mergedNames(keep: { name: string; aliases: readonly string[] }, drops: readonly { name: string; aliases: readonly string[] }[], override: EntityOverride | null): EntityNames {
  return entityNames(keep.name, [...keep.aliases, ...drops.flatMap((d) => [d.name, ...d.aliases])], override?.removedAliasKeys ?? []);
}

/** The override after a rename or an alias change: the name pinned to what the curator left, added and removed aliases updated. */
export function overrideAfter(previous: EntityOverride | null, name: string, alias?: { alias: string; removed: boolean }): EntityOverride {
  let removed = [...(previous?.removedAliasKeys ?? [])];
  let added = [...(previous?.addedAliases ?? [])];
  if (alias) {
    const key = nameKey(alias.alias);
    added = added.filter((a) => nameKey(a) !== key);
    if (alias.removed) removed = [...new Set([...removed, key])];
    else {
      removed = removed.filter((k) => k !== key);
      added.push(alias.alias);
    }
  }
  return { name, removedAliasKeys: removed, addedAliases: added };
}

// ── events ────────────────────────────────────────────────────────────────────────────────────

/** The event fields a correction writes, derived codes included: a corrected type carries its own PLOVER and CAMEO codes. */
export interface CorrectedEventFields {
  type: EventType;
  status: EventStatus;
  date: PartialDate | null;
  dateFirstDay: string | null;
  dateLastDay: string | null;
  placeId: string | null;
  ploverEvent: string;
  ploverMode: string | null;
  cameo: string | null;
}

/** The stored event's fields after `changes`. */
export function correctedEvent(
  stored: { type: EventType; status: EventStatus; date: PartialDate | null; placeId: string | null; ploverEvent: string; ploverMode: string | null; cameo: string | null },
  changes: EventChanges,
): CorrectedEventFields {
  const date = changes.date === undefined ? stored.date : changes.date;
  const range = date ? dayRange(date) : null;
  const typeChanged = changes.type !== undefined && changes.type !== stored.type;
  const info = typeChanged ? EVENT_TYPE_INFO[changes.type!] : null;
  return {
    type: changes.type ?? stored.type,
    status: changes.status ?? stored.status,
    date,
    dateFirstDay: range?.first ?? null,
    dateLastDay: range?.last ?? null,
    placeId: changes.placeId === undefined ? stored.placeId : changes.placeId,
    ploverEvent: info ? info.plover.event : stored.ploverEvent,
    ploverMode: info ? (info.plover.mode ?? null) : stored.ploverMode,
    cameo: info ? (info.cameo ?? null) : stored.cameo,
  };
}

/** Overrides accumulate field by field: a later correction of the date keeps an earlier correction of the type. */
export function combineChanges(previous: EventChanges | null, next: EventChanges): EventChanges {
  const combined: EventChanges = { ...(previous ?? {}) };
  for (const key of ["type", "status", "date", "placeId"] as const) {
    if (next[key] !== undefined) (combined as Record<string, unknown>)[key] = next[key];
  }
  return combined;
}

/** A rejected event's kept state with a later report folded in: new participants and evidence added, nothing else changed. */
export function foldReport(kept: GraphEvent, report: GraphEvent): GraphEvent {
  const participants = [...kept.participants];
  for (const p of report.participants) if (!participants.some((q) => q.entityId === p.entityId)) participants.push(p);
  const evidence = [...kept.evidence];
  for (const e of report.evidence) {
    if (!evidence.some((s) => s.articleId === e.articleId && s.start === e.start && s.end === e.end)) evidence.push(e);
  }
  return { ...kept, participants, evidence };
}

// ── ingest: an article's graph as the curations say it ────────────────────────────────────────

/** The ids of an article's graph whose curations an ingest must load: every entity id it names, and its event ids. */
export function curatedIdsOf(graph: ArticleGraph): { entityIds: string[]; eventIds: string[] } {
  const entityIds = new Set<string>();
  for (const e of graph.entities) {
    entityIds.add(e.id);
    if (e.countryId) entityIds.add(e.countryId);
  }
  for (const t of graph.tenures) entityIds.add(t.personId).add(t.officeId);
  for (const ev of graph.events) {
    for (const p of ev.participants) entityIds.add(p.entityId);
    if (ev.placeId) entityIds.add(ev.placeId);
  }
  return { entityIds: [...entityIds].sort(), eventIds: [...new Set(graph.events.map((e) => e.id))].sort() };
}

/** What an ingest writes once the curations are applied, and the reports of rejected events it keeps aside. */
export interface CuratedGraph {
  graph: ArticleGraph;
  /** Rejected events with this article's reports folded in, to store back with their rejection. */
  rejectedReports: GraphEvent[];
}

/**
 * The article's graph rewritten by the curations: dropped ids replaced by the kept ones (a
 * participant named twice keeps one entry, the more specific role), pinned names and removed
 * aliases applied, rejected events set aside, and corrected event fields written over what the
 * article says, so that the shared merge rules keep the corrected values.
 */
export function applyCurations(graph: ArticleGraph, state: CurationState): CuratedGraph {
  const resolve = (id: string): string => state.redirects.get(id) ?? id;
  const entities = graph.entities.map((entity) => {
    const id = resolve(entity.id);
    const override = state.entityOverrides.get(id);
    let name = entity.name;
    let aliases = [...entity.aliases];
    if (override?.name && nameKey(override.name) !== nameKey(name)) {
      aliases = [name, ...aliases];
      name = override.name;
    }
    if (override) aliases = [...aliases, ...override.addedAliases].filter((alias) => !override.removedAliasKeys.includes(nameKey(alias)));
    const countryId = entity.countryId === undefined ? undefined : resolve(entity.countryId);
    return { ...entity, id, name, aliases, ...(countryId === undefined ? {} : { countryId }) };
  });
  const tenures = graph.tenures.map((t) => ({ ...t, personId: resolve(t.personId), officeId: resolve(t.officeId) }));
  const events: GraphEvent[] = [];
  const rejectedReports: GraphEvent[] = [];
  for (const event of graph.events) {
    const participants: { entityId: string; role: Role }[] = [];
    for (const p of event.participants) {
      const entityId = resolve(p.entityId);
      const existing = participants.find((q) => q.entityId === entityId);
      if (!existing) participants.push({ entityId, role: p.role });
      else if (existing.role === "PARTICIPANT") existing.role = p.role;
    }
    const placeId = event.placeId === undefined ? undefined : resolve(event.placeId);
    let curated: GraphEvent = { ...event, participants, ...(placeId === undefined ? {} : { placeId }) };
    const rejected = state.rejectedEvents.get(event.id);
    if (rejected) {
      rejectedReports.push(foldReport(rejectedReports.find((r) => r.id === event.id) ?? rejected, curated));
      continue;
    }
    const changes = state.eventOverrides.get(event.id);
    if (changes) curated = withChanges(curated, changes);
    events.push(curated);
  }
  return { graph: { ...graph, entities, tenures, events }, rejectedReports };
}

/** A report with the corrected fields written over it (codes follow a corrected type). */
function withChanges(event: GraphEvent, changes: EventChanges): GraphEvent {
  const { date: _date, placeId: _placeId, ...rest } = event;
  const date = changes.date === undefined ? event.date : (changes.date ?? undefined);
  const placeId = changes.placeId === undefined ? event.placeId : (changes.placeId ?? undefined);
  const type = changes.type ?? event.type;
  const info = changes.type !== undefined ? EVENT_TYPE_INFO[changes.type] : null;
  const { cameo: _cameo, ...withoutCameo } = rest;
  const cameo = info ? info.cameo : event.cameo;
  return {
    ...withoutCameo,
    type,
    status: changes.status ?? event.status,
    ...(date ? { date } : {}),
    ...(placeId ? { placeId } : {}),
    plover: info ? { ...info.plover } : event.plover,
    ...(cameo ? { cameo } : {}),
  };
}

/** An empty state, for an article none of whose ids was ever curated. */
export const NO_CURATIONS: CurationState = { redirects: new Map(), entityOverrides: new Map(), rejectedEvents: new Map(), eventOverrides: new Map() };

// ── what the log records ──────────────────────────────────────────────────────────────────────

/** An entity as the log shows it before and after a change. */
export interface EntitySnapshot {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

/** An event as the log shows it when it is rejected or restored. */
export type EventSnapshot = Pick<EventRecord, "id" | "type" | "status" | "date" | "placeId" | "summary"> & {
  participants: { entityId: string; role: Role }[];
  /** Distinct reporting articles. */
  articleIds: string[];
};

export function eventSnapshotOf(event: GraphEvent): EventSnapshot {
  return {
    id: event.id,
    type: event.type,
    status: event.status,
    date: event.date ?? null,
    placeId: event.placeId ?? null,
    summary: event.summary,
    participants: event.participants.map((p) => ({ entityId: p.entityId, role: p.role })),
    articleIds: [...new Set(event.evidence.map((e) => e.articleId))],
  };
}

/** The correctable fields of an event, as an update's before and after. */
export function correctableFieldsOf(event: { type: EventType; status: EventStatus; date: PartialDate | null; placeId: string | null }) {
  return { type: event.type, status: event.status, date: event.date, placeId: event.placeId };
}

/** The log row's fields a curation supplies; the adapter adds seq, by and at. */
export type CurationEntry = Omit<CurationRecord, "seq" | "by" | "at">;

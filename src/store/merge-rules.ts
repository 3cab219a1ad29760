import { dayRange, type DatePrecision, type Evidence, type GraphEntity, type GraphEvent, type PartialDate, type Role, type Tenure } from "../domain/index.js";

/**
 * How a report merges into what is stored — the one set of rules every adapter applies, as pure
 * functions (no SQL, no Cypher) so they are tested without a database. An adapter reads the stored
 * values inside its write transaction, applies these, and writes the result.
 *
 * - Entity name: the longer name wins (the fuller form, "Irena Vask" over "Vask"); on a tie the
 *   stored one stays. Every other name seen becomes an alias (first spelling of a case-insensitive
 *   key kept, in the order first seen). A known countryId is never replaced.
 * - Event: the more precise date wins (DAY > MONTH > YEAR > none); a known status replaces
 *   UNKNOWN; confidence is the highest reported; type, summary, place, PLOVER and CAMEO codes stay
 *   from the first report that had them. Participants are the union; a specific role beats PARTICIPANT.
 * - Tenure: one per person, office and starting year ('' when unknown); dates merge like events.
 */

/** Case-insensitive key for names and aliases (Unicode-aware, unlike SQLite's NOCASE). */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 1, MONTH: 2, DAY: 3 };

/** The more precise of two dates; the stored one on a tie, so a later vaguer report changes nothing. */
export function preciser(stored: PartialDate | null, reported: PartialDate | null): PartialDate | null {
  if (!reported) return stored;
  if (!stored) return reported;
  return PRECISION_RANK[reported.precision] > PRECISION_RANK[stored.precision] ? reported : stored;
}

/** True when evidence with the same article and span is already in `list`: the same report of the same words. */
function hasEvidence(list: readonly { articleId: string; start: number; end: number }[], e: { articleId: string; start: number; end: number }): boolean {
  return list.some((s) => s.articleId === e.articleId && s.start === e.start && s.end === e.end);
}

// ── entities ──────────────────────────────────────────────────────────────────────────────────

export interface StoredEntity {
  name: string;
  countryId: string | null;
  /** In the order they were first seen. */
  aliases: string[];
}

export interface MergedEntity {
  id: string;
  kind: GraphEntity["kind"];
  name: string;
  nameKey: string;
  /** Every alias after the merge: the stored ones first, then new ones in the order seen. */
  aliases: string[];
  aliasKeys: string[];
  countryId: string | null;
}

/** The entity after `entity` is reported again over what is stored (null when it is new). */
export function mergeEntity(stored: StoredEntity | null, entity: GraphEntity): MergedEntity {
  const name = stored && stored.name.length >= entity.name.length ? stored.name : entity.name;
  const key = nameKey(name);
  const aliases: string[] = [];
  const keys: string[] = [];
  for (const alias of [...(stored?.aliases ?? []), entity.name, ...entity.aliases, ...(stored ? [stored.name] : [])]) {
    const aliasKey = nameKey(alias);
    if (keys.includes(aliasKey)) continue;
    keys.push(aliasKey);
    aliases.push(alias);
  }
  const kept = keys.map((k, i) => [k, aliases[i]!] as const).filter(([k]) => k !== key);
  return {
    id: entity.id,
    kind: entity.kind,
    name,
    nameKey: key,
    aliases: kept.map(([, alias]) => alias),
    aliasKeys: kept.map(([k]) => k),
    countryId: stored?.countryId ?? entity.countryId ?? null,
  };
}

// ── events ────────────────────────────────────────────────────────────────────────────────────

/** The fields of an event that merge field by field. */
export interface EventFields {
  type: GraphEvent["type"];
  status: GraphEvent["status"];
  date: PartialDate | null;
  placeId: string | null;
  summary: string;
  confidence: number;
  ploverEvent: string;
  ploverMode: string | null;
  cameo: string | null;
}

export interface StoredEvent extends EventFields {
  /** `ordinal` is the position in the event's list, which reads keep. */
  participants: { entityId: string; role: Role; ordinal: number }[];
  /** Keys of the evidence already stored. */
  evidence: { articleId: string; start: number; end: number; ordinal: number }[];
}

export interface MergedEvent extends EventFields {
  id: string;
  dateFirstDay: string | null;
  dateLastDay: string | null;
  /** Participants to write: new ones and those whose role changed, each with its ordinal. */
  participantWrites: { entityId: string; role: Role; ordinal: number }[];
  /** Evidence not stored yet, with ordinals after the stored ones. */
  evidenceWrites: (Evidence & { ordinal: number })[];
  /** The event as stored after this merge, for a second report of it in the same article. */
  after: StoredEvent;
}

/** The event after `event` is reported again over what is stored (null when it is new), and what to write. */
export function mergeEvent(stored: StoredEvent | null, event: GraphEvent): MergedEvent {
  const date = preciser(stored?.date ?? null, event.date ?? null);
  const range = date ? dayRange(date) : null;
  const merged: EventFields = {
    type: stored?.type ?? event.type,
    status: stored && stored.status !== "UNKNOWN" ? stored.status : event.status,
    date,
    placeId: stored?.placeId ?? event.placeId ?? null,
    summary: stored?.summary ? stored.summary : event.summary,
    confidence: Math.max(stored?.confidence ?? 0, event.confidence),
    ploverEvent: stored?.ploverEvent ?? event.plover.event,
    ploverMode: stored ? stored.ploverMode : (event.plover.mode ?? null),
    cameo: stored?.cameo ?? event.cameo ?? null,
  };

  const participants = (stored?.participants ?? []).map((p) => ({ ...p }));
  const changed = new Map<string, { entityId: string; role: Role; ordinal: number }>();
  let nextParticipant = Math.max(-1, ...participants.map((p) => p.ordinal)) + 1;
  for (const p of event.participants) {
    const existing = participants.find((q) => q.entityId === p.entityId);
    if (!existing) {
      const added = { entityId: p.entityId, role: p.role, ordinal: nextParticipant++ };
      participants.push(added);
      changed.set(p.entityId, added);
    } else if (existing.role === "PARTICIPANT" && p.role !== "PARTICIPANT") {
      // A specific role (HOST, VISITOR …) replaces the generic one; two specific roles keep the first.
      existing.role = p.role;
      changed.set(p.entityId, existing);
    }
  }

  const evidence = (stored?.evidence ?? []).map((e) => ({ ...e }));
  const evidenceWrites: (Evidence & { ordinal: number })[] = [];
  let nextEvidence = Math.max(-1, ...evidence.map((e) => e.ordinal)) + 1;
  for (const e of event.evidence) {
    if (hasEvidence(evidence, e)) continue;
    const ordinal = nextEvidence++;
    evidence.push({ articleId: e.articleId, start: e.start, end: e.end, ordinal });
    evidenceWrites.push({ ...e, ordinal });
  }

  return {
    id: event.id,
    ...merged,
    dateFirstDay: range?.first ?? null,
    dateLastDay: range?.last ?? null,
    participantWrites: [...changed.values()].map((p) => ({ ...p })),
    evidenceWrites,
    after: { ...merged, participants, evidence },
  };
}

// ── tenures ───────────────────────────────────────────────────────────────────────────────────

export interface StoredTenure {
  from: PartialDate | null;
  to: PartialDate | null;
  confidence: number;
  evidence: Evidence[];
}

export interface MergedTenure extends StoredTenure {
  personId: string;
  officeId: string;
  termKey: string;
  fromFirstDay: string | null;
}

/** One tenure per person, office and the year it began ('' when unknown). */
export function termKeyOf(tenure: Tenure): string {
  return tenure.from?.value.slice(0, 4) ?? "";
}

/** The tenure after `tenure` is reported again over what is stored (null when it is new); evidence is the stored, then the new. */
export function mergeTenure(stored: StoredTenure | null, tenure: Tenure): MergedTenure {
  const from = preciser(stored?.from ?? null, tenure.from ?? null);
  const evidence = [...(stored?.evidence ?? [])];
  for (const e of tenure.evidence) {
    if (!hasEvidence(evidence, e)) evidence.push(e);
  }
  return {
    personId: tenure.personId,
    officeId: tenure.officeId,
    termKey: termKeyOf(tenure),
    from,
    fromFirstDay: from ? dayRange(from).first : null,
    to: preciser(stored?.to ?? null, tenure.to ?? null),
    confidence: Math.max(stored?.confidence ?? 0, tenure.confidence),
    evidence,
  };
}

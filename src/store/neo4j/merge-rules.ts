import { BadInputError, boundToDay, dayRange, type DatePrecision, type Evidence, type GraphEntity, type GraphEvent, type PartialDate, type Role, type Tenure } from "../../domain/index.js";

/**
 * How a report merges into what is stored — the same rules as the sqlite adapter, as pure
 * functions so they are tested without a server. The write transaction reads the stored values
 * (after locking them), applies these, and writes the result.
 *
 * - Entity name: the longer name wins; on a tie the stored one stays. Every other name seen becomes
 *   an alias (first spelling of a case-insensitive key kept, in the order first seen). A known
 *   countryId is never replaced.
 * - Event: the more precise date wins (DAY > MONTH > YEAR > none); a known status replaces
 *   UNKNOWN; confidence is the highest reported; type, summary, place, PLOVER and CAMEO codes stay
 *   from the first report that had them. Participants are the union; a specific role beats PARTICIPANT.
 * - Tenure: one per person, office and starting year ('' when unknown); dates merge like events.
 */

/** Case-insensitive key for names and aliases (Unicode-aware). */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/** Text as the full-text index holds it: accents folded, so "Zelenskyy" finds "Zelenskyy" and "Gödel" finds "Godel". */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "");
}

const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 1, MONTH: 2, DAY: 3 };

/** The more precise of two dates; the stored one on a tie, so a later vaguer report changes nothing. */
export function preciser(stored: PartialDate | null, reported: PartialDate | null): PartialDate | null {
  if (!reported) return stored;
  if (!stored) return reported;
  return PRECISION_RANK[reported.precision] > PRECISION_RANK[stored.precision] ? reported : stored;
}

// ── entities ──────────────────────────────────────────────────────────────────────────────────

export interface StoredEntity {
  name: string;
  countryId: string | null;
  aliases: string[];
}

export interface MergedEntity {
  id: string;
  kind: GraphEntity["kind"];
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
  countryId: string | null;
}

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

export interface StoredEvent {
  type: GraphEvent["type"];
  status: GraphEvent["status"];
  date: PartialDate | null;
  placeId: string | null;
  summary: string;
  confidence: number;
  ploverEvent: string;
  ploverMode: string | null;
  cameo: string | null;
  participants: { entityId: string; role: Role; ordinal: number }[];
  /** Keys of the evidence already stored. */
  evidence: { articleId: string; start: number; end: number; ordinal: number }[];
}

export interface MergedEvent {
  id: string;
  type: GraphEvent["type"];
  status: GraphEvent["status"];
  date: PartialDate | null;
  dateFirstDay: string | null;
  dateLastDay: string | null;
  placeId: string | null;
  summary: string;
  confidence: number;
  ploverEvent: string;
  ploverMode: string | null;
  cameo: string | null;
  /** Participants to write: new ones and those whose role changed, each with its ordinal. */
  participantWrites: { entityId: string; role: Role; ordinal: number }[];
  /** Evidence not stored yet, with ordinals after the stored ones. */
  evidenceWrites: (Evidence & { ordinal: number })[];
  /** The event as stored after this merge, for a second report of it in the same article. */
  after: StoredEvent;
}

export function mergeEvent(stored: StoredEvent | null, event: GraphEvent): MergedEvent {
  const date = preciser(stored?.date ?? null, event.date ?? null);
  const range = date ? dayRange(date) : null;
  const merged = {
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
      existing.role = p.role;
      changed.set(p.entityId, existing);
    }
  }

  const evidence = (stored?.evidence ?? []).map((e) => ({ ...e }));
  const evidenceWrites: (Evidence & { ordinal: number })[] = [];
  let nextEvidence = Math.max(-1, ...evidence.map((e) => e.ordinal)) + 1;
  for (const e of event.evidence) {
    if (evidence.some((s) => s.articleId === e.articleId && s.start === e.start && s.end === e.end)) continue;
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

export function mergeTenure(stored: StoredTenure | null, tenure: Tenure): MergedTenure {
  const from = preciser(stored?.from ?? null, tenure.from ?? null);
  const evidence = [...(stored?.evidence ?? [])];
  for (const e of tenure.evidence) {
    if (!evidence.some((s) => s.articleId === e.articleId && s.start === e.start && s.end === e.end)) evidence.push(e);
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

// ── request checks shared by every read ───────────────────────────────────────────────────────

export function requireFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0) throw new BadInputError(`first must be a non-negative integer, got ${first}`, { path: "first" });
  return first;
}

/** Turns a user's date bound into the day it covers, as a BadInputError when it is not a date. */
export function dayOfBound(bound: string | undefined, side: "from" | "to"): string | null {
  if (bound === undefined) return null;
  try {
    return boundToDay(bound, side);
  } catch (error) {
    throw new BadInputError(`${side}: ${error instanceof Error ? error.message : String(error)}`, { path: side });
  }
}

import neo4j, { type Integer, type Record as DriverRecord } from "neo4j-driver";
import { StoreError, type DatePrecision, type EntityKind, type EventStatus, type EventType, type Evidence } from "../../domain/index.js";
import { type ArticleRecord, type EntityRecord, type EventRecord, type TenureRecord } from "../graph-store.js";
import { dateOf } from "../stored-date.js";

/**
 * The edge between neo4j-driver values and ours, in one place. Reading: Integer → number (refusing
 * values a JS number cannot hold), temporal values → ISO strings, absent properties → null, lists
 * and maps converted deeply. Writing: integers are sent as Cypher INTEGERs (a JS number alone would
 * be stored as FLOAT, and `LIMIT 3.0` is rejected).
 */

/** A plain JS value from a driver value. */
export function fromDriver(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return integerToNumber(value as Integer);
  if (neo4j.isDateTime(value)) {
    // DateTime.toString() carries nanoseconds and zone names Date.parse may refuse: go through a JS Date when it can.
    try {
      return (value as neo4j.DateTime<Integer | number>).toStandardDate().toISOString();
    } catch {
      return String(value);
    }
  }
  if (neo4j.isDate(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(fromDriver);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fromDriver(inner)]));
  }
  if (typeof value === "object") {
    throw new StoreError(`unexpected Neo4j value of type ${value.constructor?.name ?? "unknown"}: statements return maps and scalars only`);
  }
  return value;
}

function integerToNumber(value: Integer): number {
  if (!neo4j.integer.inSafeRange(value)) throw new StoreError(`the Neo4j integer ${value.toString()} does not fit a JS number`);
  return value.toNumber();
}

/** A record as a plain object of JS values. */
export function recordToRow<T>(record: DriverRecord): T {
  return fromDriver(record.toObject()) as T;
}

/** A Cypher INTEGER parameter (offsets, ordinals, LIMIT). */
export function cypherInt(value: number): Integer {
  if (!Number.isSafeInteger(value)) throw new StoreError(`not an integer: ${value}`);
  return neo4j.int(value);
}

// ── rows returned by the statements, and the records of the port ───────────────────────────────

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  countryId: string | null;
  aliases: string[];
  mentionCount: number;
}

export interface EventRow {
  id: string;
  type: EventType;
  status: EventStatus;
  dateValue: string | null;
  datePrecision: DatePrecision | null;
  dateEnd: string | null;
  placeId: string | null;
  summary: string;
  confidence: number;
  ploverEvent: string;
  ploverMode: string | null;
  cameo: string | null;
  sourceCount: number;
}

export interface TenureRow {
  personId: string;
  officeId: string;
  fromValue: string | null;
  fromPrecision: DatePrecision | null;
  fromEnd: string | null;
  toValue: string | null;
  toPrecision: DatePrecision | null;
  toEnd: string | null;
  confidence: number | null;
  evidenceArticleIds: string[];
  evidenceSentences: number[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  evidenceQuotes: string[];
}

/** Article nodes hold exactly the record's properties, under the record's names. */
export type ArticleRow = ArticleRecord;

export function toEntityRecord(row: EntityRow): EntityRecord {
  return { id: row.id, kind: row.kind, name: row.name, aliases: row.aliases, countryId: row.countryId, mentionCount: row.mentionCount };
}

export function toEventRecord(row: EventRow): EventRecord {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    date: dateOf(row.dateValue, row.datePrecision, row.dateEnd),
    placeId: row.placeId,
    summary: row.summary,
    confidence: row.confidence,
    plover: row.ploverMode === null ? { event: row.ploverEvent } : { event: row.ploverEvent, mode: row.ploverMode },
    cameo: row.cameo,
    sourceCount: row.sourceCount,
  };
}

export function toTenureRecord(row: TenureRow): TenureRecord {
  return {
    personId: row.personId,
    officeId: row.officeId,
    from: dateOf(row.fromValue, row.fromPrecision, row.fromEnd),
    to: dateOf(row.toValue, row.toPrecision, row.toEnd),
    confidence: row.confidence ?? 0,
    evidence: tenureEvidence(row),
  };
}

/** Zips the parallel evidence lists of a HELD relationship back into Evidence objects. */
export function tenureEvidence(row: Pick<TenureRow, "evidenceArticleIds" | "evidenceSentences" | "evidenceStarts" | "evidenceEnds" | "evidenceQuotes">): Evidence[] {
  return row.evidenceArticleIds.map((articleId, i) => ({
    articleId,
    sentence: row.evidenceSentences[i] ?? 0,
    start: row.evidenceStarts[i] ?? 0,
    end: row.evidenceEnds[i] ?? 0,
    quote: row.evidenceQuotes[i] ?? "",
  }));
}

export function toArticleRecord(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    source: row.source,
    publishedAt: row.publishedAt,
    language: row.language,
    text: row.text,
    ingestedAt: row.ingestedAt,
  };
}

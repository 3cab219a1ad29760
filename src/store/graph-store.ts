import {
  type ArticleGraph,
  type EntityKind,
  type EventStatus,
  type EventType,
  type Evidence,
  type NodeKind,
  type PartialDate,
  type PloverCode,
  type Role,
} from "../domain/index.js";
import { type CurationCommand, type CurationRecord } from "./curation.js";

/**
 * GraphStore — the port every store adapter implements (sqlite now, neo4j next). Operations are
 * domain-level, never a query language. Batch readers (`…ByIds`) take many keys and return one
 * result per key in the same order, so GraphQL DataLoaders can call them once per tick.
 * Every adapter is held to tests/contract/graph-store.contract.ts.
 */
export interface GraphStore {
  /** Stores one article's graph in one transaction. Re-ingesting the same article changes nothing. */
  ingestArticle(graph: ArticleGraph): Promise<IngestOutcome>;
  /** Removes an article and its evidence; events, tenures and entities left with no evidence go too. False when absent. */
  deleteArticle(articleId: string): Promise<boolean>;

  /** Entities by id, one per id in order, null where unknown. */
  entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  /**
   * Entities of a kind (all kinds when omitted), by name order, keyset-paged. `name` matches name or alias, case-insensitively.
   * Order: by the case-insensitive name key (merge-rules `nameKey`), then by id.
   */
  findEntities(query: EntityQuery): Promise<Page<EntityRecord>>;

  /** Events by id, one per id in order, null where unknown. */
  eventsByIds(ids: readonly string[]): Promise<(EventRecord | null)[]>;
  /** Events matching a filter, keyset-paged in the requested order, with the total count. */
  findEvents(filter: EventFilter, page: PageRequest): Promise<Page<EventRecord>>;
  /**
   * Events in which at least two of the given entities are involved: people and organisations by
   * taking part, countries by the country rule (see countriesByEventIds); by date, then id, undated last.
   */
  contacts(query: ContactsQuery): Promise<EventRecord[]>;
  /**
   * Dyad contact counts per period (see ContactCountsQuery): how many dated events involve both `a` and `b`,
   * or, without `b`, `a` and each counterpart. A country is involved directly or through a participant holding one of its offices.
   */
  contactCounts(query: ContactCountsQuery): Promise<DyadCountRecord[]>;
  /**
   * What contactCounts leaves out for the same query: events involving the dyad (or `a` and any
   * counterpart) that have no date, whatever from/to say, and, for MONTH, those dated only to a year
   * within from/to.
   */
  uncountedContacts(query: ContactCountsQuery): Promise<UncountedContactsRecord>;
  /** Shortest chain of entities linked by shared events (PARTICIPANT edges only) from one entity to another; null when none within maxHops. */
  path(query: PathQuery): Promise<PathRecord | null>;
  /**
   * Who shares events with any of `query.entityIds`, leaving out `query.excludeIds`: for each, the
   * number of distinct such events; most first, then by id; at most `query.limit`.
   */
  coParticipants(query: CoParticipantsQuery): Promise<CoParticipantRecord[]>;
  /** Every pair of `entityIds` that shares events, with how many: source < target, sorted by source, then target. */
  sharedEventCounts(entityIds: readonly string[]): Promise<SharedEventCountRecord[]>;
  /** Participants of each event, one list per event id in order. */
  participantsByEventIds(eventIds: readonly string[]): Promise<ParticipantRecord[][]>;
  /**
   * The country rule, one list per event id in order (by country id): a country takes part in an
   * event directly (it is a participant, DIRECT) or through a participant acting for it, the holder
   * at the time of an office of its executive or diplomatic service (OFFICE_HOLDER; legislators',
   * party, local and regional posts do not count). Every country filter and count uses this rule.
   */
  countriesByEventIds(eventIds: readonly string[]): Promise<EventCountryRecord[][]>;
  /** Evidence of each event (every article that reported it), one list per event id in order. */
  evidenceByEventIds(eventIds: readonly string[]): Promise<Evidence[][]>;
  /** Ids of the events each entity takes part in, one list per entity id, by event date, then id, undated last. */
  eventIdsByEntityIds(entityIds: readonly string[]): Promise<string[][]>;

  /** Tenures (office held) of each person, one list per person id in order. */
  tenuresByPersonIds(personIds: readonly string[]): Promise<TenureRecord[][]>;
  /** Tenures of each office (who held it), one list per office id in order. */
  tenuresByOfficeIds(officeIds: readonly string[]): Promise<TenureRecord[][]>;

  /** Articles by id, one per id in order, null where unknown. */
  articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  /** Articles, newest publication first (ties by id, descending), undated last, keyset-paged. */
  findArticles(page: { first: number; after?: string }): Promise<Page<ArticleRecord>>;
  /** Ids of the articles that mention each entity, one list per entity id in order; newest publication first. */
  articleIdsByEntityIds(entityIds: readonly string[]): Promise<string[][]>;

  /**
   * Search over entity names and aliases, event summaries and article titles, ranked by
   * search-ranking.ts (match quality, then kind, then prominence, then id) so every adapter answers alike.
   */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /**
   * Applies one researcher's correction (merge, rename, alias, reject, restore, update; see
   * curation.ts) in one transaction, appends it to the audit log and returns the log row — the one
   * place every curation commits. `by` is the label of the token that authorised it. Unknown ids are
   * NotFoundError; a bad command (no reason, a self-merge, mixed kinds) BadInputError; nothing is
   * written then. Every read, export and later ingest sees the corrected graph.
   */
  curate(command: CurationCommand, by: string): Promise<CurationRecord>;
  /** The curation log in the order it was written (oldest first), keyset-paged. */
  curations(page: { first: number; after?: string }): Promise<Page<CurationRecord>>;

  /** Counts of articles, entities by kind and events by type. */
  stats(): Promise<StoreStats>;
  /** Releases the database. The store is unusable afterwards. */
  close(): Promise<void>;
}

export interface CoParticipantsQuery {
  entityIds: readonly string[];
  excludeIds: readonly string[];
  limit: number;
}

export interface CoParticipantRecord {
  id: string;
  /** Distinct events shared with any of the query's entities. */
  weight: number;
}

export interface SharedEventCountRecord {
  source: string;
  target: string;
  /** Events both take part in. */
  weight: number;
}

export interface IngestOutcome {
  articleId: string;
  /** ADDED the first time, UNCHANGED when the article was already stored (nothing written). */
  status: "ADDED" | "UNCHANGED";
  entities: number;
  events: number;
  tenures: number;
}

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  countryId: string | null;
  /** Number of mentions across all stored articles. */
  mentionCount: number;
}

export interface EventRecord {
  id: string;
  type: EventType;
  status: EventStatus;
  date: PartialDate | null;
  placeId: string | null;
  summary: string;
  confidence: number;
  plover: PloverCode;
  cameo: string | null;
  /** Number of distinct articles reporting the event. */
  sourceCount: number;
}

/** How one country takes part in one event (the country rule). */
export interface EventCountryRecord {
  countryId: string;
  /** DIRECT: the country is a participant; OFFICE_HOLDER: only through participants holding its offices. */
  via: "DIRECT" | "OFFICE_HOLDER";
  /** The participants holding one of its executive or diplomatic offices at the time, by id (also for DIRECT). */
  throughIds: string[];
}

export interface ParticipantRecord {
  eventId: string;
  entityId: string;
  role: Role;
}

export interface TenureRecord {
  personId: string;
  officeId: string;
  from: PartialDate | null;
  to: PartialDate | null;
  confidence: number;
  evidence: Evidence[];
}

export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  language: string;
  text: string;
  /** ISO timestamp of when it was stored. */
  ingestedAt: string;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  /** Opaque cursor of the last item, to pass as `after` for the next page. */
  endCursor: string | null;
}

export interface PageRequest {
  first: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  after?: string;
  /**
   * DATE_ASC (default) or DATE_DESC; ties by id in the same direction; undated events sort after dated ones either way.
   * SOURCES_DESC: most distinct reporting articles first, then newest first (undated last), then id descending.
   */
  orderBy?: EventOrder;
}

/** The orders findEvents can list in. */
export type EventOrder = "DATE_ASC" | "DATE_DESC" | "SOURCES_DESC";

export interface EntityQuery {
  kind?: EntityKind;
  name?: string;
  first: number;
  after?: string;
}

export interface EventFilter {
  types?: EventType[];
  statuses?: EventStatus[];
  /** Every listed entity takes part in the event. */
  participantIds?: string[];
  /** Dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an event is kept when its day range overlaps [from, to]. */
  from?: string;
  to?: string;
  /** Only events reported by this article. */
  articleId?: string;
  /**
   * Every listed country is involved: it takes part itself, or a participant holds one of its offices
   * (a tenure counts unless its known dates exclude the event's dates).
   */
  countryIds?: string[];
  /** Only events reported by at least one article whose `source` equals this (exactly). */
  source?: string;
  /** true: only events with a date; false: only undated events (then from/to must be absent: an undated event has no days). */
  dated?: boolean;
  /** Only these events (an empty list matches none): how the live feed applies a subscriber's filter to the events just stored. */
  eventIds?: string[];
}

export interface ContactCountsQuery {
  /** One side: a person, country or organisation id. */
  a: string;
  /** The other side; when omitted, counts are given for every counterpart of `a`. */
  b?: string;
  /** Bucket by calendar year (`2025`) or month (`2025-02`); MONTH leaves out events dated only to the year. */
  interval: "YEAR" | "MONTH";
  from?: string;
  to?: string;
  types?: EventType[];
}

/** Events involving `a` and `counterpartId` in one period; undated events are never counted. */
export interface DyadCountRecord {
  counterpartId: string;
  /** `YYYY` or `YYYY-MM`, matching the interval. */
  period: string;
  count: number;
}

/** Events contactCounts did not count: they have no date, or (MONTH) no month. */
export interface UncountedContactsRecord {
  /** Events with no date at all. */
  undated: number;
  /** MONTH only: events within from/to dated only to the year; 0 for YEAR. */
  yearOnly: number;
}

export interface PathQuery {
  from: string;
  to: string;
  /** Most events to cross, 1–6. */
  maxHops: number;
  /** Only events whose dates reach this bound or later link two entities (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); undated ones never do when a bound is given. */
  after?: string;
  /** Only events whose dates reach back to this bound or earlier link two entities. */
  before?: string;
  /** Kinds of entity the chain may pass through; its two ends may be of any kind. All kinds when omitted. */
  through?: EntityKind[];
}

/** `entityIds[i]` and `entityIds[i + 1]` both take part in `eventIds[i]`. */
export interface PathRecord {
  entityIds: string[];
  eventIds: string[];
}

export interface ContactsQuery {
  between: string[];
  /** At most this many events, the oldest first; all when omitted. */
  first?: number;
  from?: string;
  to?: string;
  types?: EventType[];
}

export interface SearchQuery {
  text: string;
  kinds?: NodeKind[];
  first: number;
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  /** The name, summary or title that matched. */
  label: string;
  /** Higher is better. */
  score: number;
}

export interface StoreStats {
  articles: number;
  entitiesByKind: Record<EntityKind, number>;
  eventsByType: Record<EventType, number>;
  tenures: number;
}

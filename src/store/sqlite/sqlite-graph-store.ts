import type Database from "better-sqlite3";
import {
  ENTITY_KINDS,
  EVENT_TYPES,
  ParleyError,
  iso3OfCountryId,
  StoreError,
  StoreUnavailableError,
  type ArticleGraph,
  type DatePrecision,
  type EntityKind,
  type EventStatus,
  type EventType,
  type Evidence,
  type GraphEntity,
  type GraphEvent,
  type NodeKind,
  type Role,
  type Tenure,
} from "../../domain/index.js";
import { validateArticleGraph } from "../../domain/validate-article-graph.js";
import { groupCountryRule } from "../country-rule.js";
import {
  type ArticleRecord,
  type CoParticipantRecord,
  type CoParticipantsQuery,
  type ContactCountsQuery,
  type ContactsQuery,
  type DyadCountRecord,
  type EntityQuery,
  type EntityRecord,
  type EventCountryRecord,
  type EventFilter,
  type EventRecord,
  type GraphStore,
  type IngestOutcome,
  type Page,
  type PageRequest,
  type ParticipantRecord,
  type PathQuery,
  type PathRecord,
  type SearchHit,
  type SearchQuery,
  type SharedEventCountRecord,
  type StoreStats,
  type TenureRecord,
  type UncountedContactsRecord,
} from "../graph-store.js";
import { articleRecordOf, ingestOutcomeOf } from "../article-ingest.js";
import { listEach, oneEach } from "../batch-results.js";
import { decodeAfter, encodeCursor, keysetPage } from "../keyset-cursor.js";
import { mergeEntity, mergeEvent, mergeTenure, nameKey, termKeyOf, type StoredEvent } from "../merge-rules.js";
import { countDyads, countUncounted, type InvolvementRow } from "../contact-counts.js";
import { shortestChain } from "../path-search.js";
import { dayOfBound, eventOrderOf, pathLimitsOf, requireDatedAgrees, requireFirst, requireMaxHops } from "../read-arguments.js";
import { searchVocabulary } from "../search-vocabulary.js";
import { ENTITY_SEARCH_WINDOW, MATCH, fuzzyKeysOf, planSearch, rankSearch, type SearchCandidate, type SearchPlan } from "../search-ranking.js";
import { dateOf } from "../stored-date.js";
import { type CurationCommand, type CurationRecord, validateCuration } from "../curation.js";
import { eventColumns } from "./event-columns.js";
import { buildFtsQuery } from "./fts-query.js";
import { SqliteCuration } from "./sqlite-curation.js";
import * as SQL from "./statements.js";

/**
 * The GraphStore on one SQLite file (better-sqlite3). Calls are synchronous underneath and
 * wrapped in promises so callers treat every adapter alike.
 *
 * When several articles report the same node, each write reads the stored row and applies the
 * shared merge rules (../merge-rules.ts); aliases, participants and evidence keep their rowid order.
 * Deleting an article removes its evidence and orphans but does not recompute merged fields.
 */
export class SqliteGraphStore implements GraphStore {
  private readonly statements = new Map<string, Database.Statement>();
  private closed = false;
  /** Curation lives in its own module; it writes through the same statements and derived-row upkeep as ingest. */
  private readonly curation = new SqliteCuration({
    stmt: (sql) => this.stmt(sql),
    writeSearchDoc: (nodeId, kind, label, extra) => this.writeSearchDoc(nodeId, kind, label, extra),
    removeSearchDoc: (nodeId) => this.removeSearchDoc(nodeId),
    writeFuzzyKeys: (entityId, names) => this.writeFuzzyKeys(entityId, names),
    upsertEvent: (event) => this.upsertEvent(event),
    detachEventDerived: (eventId) => this.detachEventDerived(eventId),
    attachEventDerived: (eventId) => this.attachEventDerived(eventId),
    refreshEventsOfPeople: (personIds) => this.refreshEventsOfPeople(personIds),
  });

  constructor(private readonly db: Database.Database) {}

  /** The underlying connection, for adapter-specific tests and maintenance; not part of the port. */
  get database(): Database.Database {
    return this.db;
  }

  async ingestArticle(graph: ArticleGraph): Promise<IngestOutcome> {
    this.assertOpen();
    validateArticleGraph(graph);
    const write = this.db.transaction((): boolean => {
      if (this.stmt(SQL.ARTICLE_EXISTS).get(graph.article.id)) return false;
      // Researchers' corrections first: merged ids, pinned names, rejected events, corrected fields.
      const { graph: curated, rejectedReports } = this.curation.curatedGraph(graph);
      this.insertArticle(curated);
      for (const entity of curated.entities) this.upsertEntity(entity, curated.article.id);
      for (const tenure of curated.tenures) this.upsertTenure(tenure);
      for (const event of curated.events) this.upsertEvent(event);
      this.curation.keepRejectedReports(rejectedReports);
      return true;
    });
    const added = this.guardWrite(() => write.immediate(), `could not store ${graph.article.id}`);
    return ingestOutcomeOf(graph, added);
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    this.assertOpen();
    const remove = this.db.transaction((): boolean => {
      if (!this.stmt(SQL.ARTICLE_EXISTS).get(articleId)) return false;
      const eventIds = this.ids(SQL.EVENT_IDS_EVIDENCED_BY_ARTICLE, articleId);
      const tenures = this.stmt(SQL.TENURES_EVIDENCED_BY_ARTICLE).all(articleId) as { seq: number; person_id: string; office_id: string }[];
      // Entities that may lose their last reference: mentioned here, or attached to an event or tenure that may go.
      const entityIds = new Set(this.ids(SQL.ENTITY_IDS_MENTIONED_IN_ARTICLE, articleId));
      const participantsOf = new Map(eventIds.map((eventId) => [eventId, this.ids(SQL.PARTICIPANT_IDS_OF_EVENT, eventId)]));
      for (const ids of participantsOf.values()) for (const id of ids) entityIds.add(id);
      for (const tenure of tenures) entityIds.add(tenure.person_id).add(tenure.office_id);

      const mentionCounts = this.rows<{ id: string; n: number }>(SQL.MENTION_COUNTS_OF_ARTICLE, articleId);
      this.stmt(SQL.DELETE_ARTICLE).run(articleId);
      for (const { id, n } of mentionCounts) this.stmt(SQL.ADD_MENTION_COUNT).run(-n, id);
      this.removeSearchDoc(articleId);
      for (const id of eventIds) {
        const state = this.stmt(SQL.EVENT_INVOLVEMENT_STATE).get(id) as { date_first_day: string | null; involvement: string | null } | undefined;
        if (this.stmt(SQL.DELETE_EVENT_IF_UNEVIDENCED).run({ id }).changes > 0) {
          this.removeSearchDoc(id);
          this.removeCountryInvolvements(id, state?.involvement ?? null);
          const participants = participantsOf.get(id) ?? [];
          const sortDay = sortDayOf(state?.date_first_day ?? null);
          for (const a of participants) for (const b of participants) if (a !== b) this.removeEventPair(a, b, sortDay, id);
        }
      }
      const peopleWhoLostTenures: string[] = [];
      for (const { seq, person_id } of tenures) {
        if (this.stmt(SQL.DELETE_TENURE_IF_UNEVIDENCED).run({ seq }).changes > 0) peopleWhoLostTenures.push(person_id);
      }
      this.refreshEventsOfPeople(peopleWhoLostTenures);
      for (const id of entityIds) {
        if (this.stmt(SQL.DELETE_ENTITY_IF_ORPHANED).run({ id }).changes > 0) this.removeSearchDoc(id);
      }
      return true;
    });
    return this.guardWrite(() => remove.immediate(), `could not delete ${articleId}`);
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    this.assertOpen();
    return oneEach(ids, this.loadEntities(this.rows<EntityRow>(SQL.ENTITIES_BY_IDS, json(ids))));
  }

  async findEntities(query: EntityQuery): Promise<Page<EntityRecord>> {
    this.assertOpen();
    const first = requireFirst(query.first);
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.kind !== undefined) {
      where.push("e.kind = @kind");
      params.kind = query.kind;
    }
    if (query.name !== undefined) {
      where.push(SQL.ENTITY_NAME_MATCHES);
      params.nameKey = nameKey(query.name);
    }
    const totalCount = this.count(`SELECT count(*) AS n FROM entities e ${whereClause(where)}`, params);
    const cursor = decodeAfter(query.after, "entities");
    if (cursor) {
      where.push("(e.name_key, e.id) > (@afterKey, @afterId)");
      Object.assign(params, { afterKey: cursor.key, afterId: cursor.id });
    }
    const sql = `SELECT ${SQL.ENTITY_COLUMNS} FROM entities e ${whereClause(where)}
      ORDER BY e.name_key, e.id LIMIT @limit`;
    const rows = this.rows<EntityRow>(sql, { ...params, limit: first + 1 });
    return keysetPage(rows, first, totalCount, (kept) => this.loadEntities(kept), (row) => encodeCursor("entities", row.name_key, row.id));
  }

  async eventsByIds(ids: readonly string[]): Promise<(EventRecord | null)[]> {
    this.assertOpen();
    return oneEach(ids, this.rows<EventRow>(SQL.EVENTS_BY_IDS, json(ids)).map(toEventRecord));
  }

  async findEvents(filter: EventFilter, request: PageRequest): Promise<Page<EventRecord>> {
    this.assertOpen();
    const first = requireFirst(request.first);
    const order = eventOrderOf(request);
    requireDatedAgrees(filter);
    if (order !== "SOURCES_DESC" && isCountryPeriod(filter)) return this.countryPeriodPage(filter, order, first, request.after);
    const { where, params } = eventConditions(filter);
    const totalCount = this.count(`SELECT count(*) AS n FROM events e ${whereClause(where)}`, params);
    const sortKey = SQL.EVENT_SORT_KEY[order];
    const direction = order === "DATE_ASC" ? "ASC" : "DESC";
    const cursor = decodeAfter(request.after, `events:${order}`);
    if (cursor) {
      where.push(`(${sortKey}, e.id) ${order === "DATE_ASC" ? ">" : "<"} (@afterKey, @afterId)`);
      Object.assign(params, { afterKey: cursor.key, afterId: cursor.id });
    }
    // The page is chosen on ids and sort keys alone; the columns (a per-event evidence count among
    // them) are read for the kept rows only, not for every candidate the sort has to see.
    const sql = `SELECT ${SQL.EVENT_COLUMNS}, page.sort_key FROM (
        SELECT e.id, ${sortKey} AS sort_key FROM events e ${whereClause(where)}
        ORDER BY sort_key ${direction}, e.id ${direction} LIMIT @limit
      ) page JOIN events e ON e.id = page.id
      ORDER BY page.sort_key ${direction}, page.id ${direction}`;
    const rows = this.rows<EventRow & { sort_key: string }>(sql, { ...params, limit: first + 1 });
    return keysetPage(rows, first, totalCount, (kept) => kept.map(toEventRecord), (row) => encodeCursor(`events:${order}`, row.sort_key, row.id));
  }

  /** findEvents for one country and an optional period, from country_involvements alone (see COUNTRY_PERIOD_COUNT). */
  private countryPeriodPage(filter: EventFilter, order: "DATE_ASC" | "DATE_DESC", first: number, after: string | undefined): Page<EventRecord> {
    const fromDay = dayOfBound(filter.from, "from");
    const toDay = dayOfBound(filter.to, "to");
    const params: Record<string, unknown> = { country: filter.countryIds![0], fromDay, toDay, ...yearBounds(fromDay, toDay, filter.dated) };
    const totalCount = this.count(SQL.COUNTRY_PERIOD_COUNT, params);
    const cursor = decodeAfter(after, `events:${order}`);
    if (cursor) Object.assign(params, { afterKey: cursor.key, afterId: cursor.id });
    const rows = this.rows<{ id: string; sort_key: string }>(SQL.countryPeriodPage(order, cursor !== null), { ...params, limit: first + 1 });
    return keysetPage(
      rows,
      first,
      totalCount,
      (kept) => {
        const ids = kept.map((row) => row.id);
        return oneEach(ids, this.rows<EventRow>(SQL.EVENTS_BY_IDS, json(ids)).map(toEventRecord)).filter((event): event is EventRecord => event !== null);
      },
      (row) => encodeCursor(`events:${order}`, row.sort_key, row.id),
    );
  }

  async contacts(query: ContactsQuery): Promise<EventRecord[]> {
    this.assertOpen();
    const between = [...new Set(query.between)];
    if (between.length < 2) return [];
    const { where, params } = eventConditions({ types: query.types, from: query.from, to: query.to });
    // A country is involved by the country rule (country_involvements), not only by taking part.
    const anyCountry = between.some((id) => id.startsWith("country:"));
    if (between.length === 2 && !anyCountry) {
      // One pair: its events already in date order in event_pairs, read until the page is full.
      Object.assign(params, { a: between[0], b: between[1], limit: query.first === undefined ? -1 : requireFirst(query.first) });
      return this.rows<EventRow>(SQL.pairContacts(where.join(" AND ")), params).map(toEventRecord);
    }
    where.push(anyCountry ? SQL.EVENTS_INVOLVING_TWO_WITHIN : SQL.EVENTS_SHARED_WITHIN);
    params.ids = JSON.stringify(between);
    params.limit = query.first === undefined ? -1 : requireFirst(query.first);
    const sql = `SELECT ${SQL.EVENT_COLUMNS} FROM events e ${whereClause(where)} ORDER BY ${SQL.EVENT_SORT_KEY.DATE_ASC}, e.id LIMIT @limit`;
    return this.rows<EventRow>(sql, params).map(toEventRecord);
  }

  async contactCounts(query: ContactCountsQuery): Promise<DyadCountRecord[]> {
    this.assertOpen();
    const params = contactParams(query);
    const candidates = SQL.CONTACT_CANDIDATES[contactCandidatesFor(query.a, query.b)];
    if (query.b !== undefined) {
      // Both sides given: counted in SQL, without reading who else took part.
      if (query.b === query.a) return [];
      const b = query.b;
      return this.rows<{ period: string; count: number }>(SQL.dyadPeriodCounts(candidates), { ...params, interval: query.interval }).map((row) => ({
        counterpartId: b,
        period: row.period,
        count: row.count,
      }));
    }
    return countDyads(query, this.involvements(candidates, "DATED", params));
  }

  async uncountedContacts(query: ContactCountsQuery): Promise<UncountedContactsRecord> {
    this.assertOpen();
    const params = contactParams(query);
    if (query.b === query.a) return { undated: 0, yearOnly: 0 };
    const candidates = SQL.CONTACT_CANDIDATES[contactCandidatesFor(query.a, query.b)];
    // An undated event has no days: from/to cannot place it, and its country rows sit in the '' bucket.
    const undated = this.involvements(candidates, "UNDATED", { ...params, fromDay: null, toDay: null, fromYear: "", toYear: "" });
    const yearOnly = query.interval === "MONTH" ? this.involvements(candidates, "YEAR_ONLY", params) : [];
    return countUncounted(query, undated, yearOnly);
  }

  /** contactInvolvements' rows for the candidates, as countDyads and countUncounted take them. */
  private involvements(candidates: string, dates: SQL.ContactDates, params: Record<string, unknown>): InvolvementRow[] {
    const rows = this.rows<{ event_id: string; date_value: string | null; date_precision: DatePrecision | null; participant_id: string; office_country_id: string | null }>(
      SQL.contactInvolvements(candidates, dates),
      params,
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      dateValue: row.date_value,
      datePrecision: row.date_precision,
      participantId: row.participant_id,
      officeCountryId: row.office_country_id,
    }));
  }

  async path(query: PathQuery): Promise<PathRecord | null> {
    this.assertOpen();
    const maxHops = requireMaxHops(query.maxHops);
    const { fromDay, toDay, mayPassThrough } = pathLimitsOf(query);
    if (!this.stmt(SQL.ENTITY_FOR_MERGE).get(query.from) || !this.stmt(SQL.ENTITY_FOR_MERGE).get(query.to)) return null;
    // Synchronous: the levels and links are read with no other statement of this connection in between.
    const inPeriod = fromDay !== null || toDay !== null;
    const neighbours = this.stmt(inPeriod ? SQL.PATH_NEIGHBOURS_IN_PERIOD : SQL.PATH_NEIGHBOURS).raw(true);
    const chain = shortestChain(query.from, query.to, maxHops, (ids) => neighbours.all({ ids: JSON.stringify(ids), ...(inPeriod ? { fromDay, toDay } : {}) }) as [string, string][], {
      mayPassThrough,
    });
    if (!chain) return null;
    // Each step's link: the earliest event the two share (then lowest id), within the period if one is given.
    const eventIds = chain.slice(1).map((id, i) => {
      const link = (inPeriod ? this.stmt(SQL.FIRST_SHARED_EVENT_IN_PERIOD).get({ a: chain[i], b: id, fromDay, toDay }) : this.stmt(SQL.FIRST_SHARED_EVENT).get(chain[i], id)) as { id: string } | undefined;
      if (!link) throw new StoreError(`path: ${chain[i]} and ${id} share no event`);
      return link.id;
    });
    return { entityIds: chain, eventIds };
  }

  async coParticipants(query: CoParticipantsQuery): Promise<CoParticipantRecord[]> {
    this.assertOpen();
    if (query.entityIds.length === 0 || query.limit <= 0) return [];
    // One entity: its counted pairs. Several: distinct events across them, so an event shared with two counts once.
    if (new Set(query.entityIds).size === 1) {
      return this.rows<CoParticipantRecord>(SQL.PARTNERS_BY_COUNT, { id: query.entityIds[0], exclude: json(query.excludeIds), limit: Math.trunc(query.limit) });
    }
    return this.rows<CoParticipantRecord>(SQL.CO_PARTICIPANTS, {
      ids: json(query.entityIds),
      exclude: json(query.excludeIds),
      limit: Math.trunc(query.limit),
    });
  }

  async sharedEventCounts(entityIds: readonly string[]): Promise<SharedEventCountRecord[]> {
    this.assertOpen();
    if (entityIds.length < 2) return [];
    return this.rows<SharedEventCountRecord>(SQL.SHARED_EVENT_COUNTS, { ids: json(entityIds) });
  }

  async participantsByEventIds(eventIds: readonly string[]): Promise<ParticipantRecord[][]> {
    this.assertOpen();
    const rows = this.rows<{ key: string; entity_id: string; role: Role }>(SQL.PARTICIPANTS_BY_EVENT_IDS, json(eventIds));
    return listEach(eventIds, rows, (row) => ({ eventId: row.key, entityId: row.entity_id, role: row.role }));
  }

  async countriesByEventIds(eventIds: readonly string[]): Promise<EventCountryRecord[][]> {
    this.assertOpen();
    const rows = this.rows<{ event_id: string; country_id: string; through_id: string | null }>(SQL.COUNTRY_RULE_BY_EVENT_IDS, { eventIds: JSON.stringify(eventIds) });
    return groupCountryRule(eventIds, rows.map((row) => ({ eventId: row.event_id, countryId: row.country_id, throughId: row.through_id })));
  }

  async evidenceByEventIds(eventIds: readonly string[]): Promise<Evidence[][]> {
    this.assertOpen();
    return listEach(eventIds, this.rows<EvidenceRow & { key: string }>(SQL.EVIDENCE_BY_EVENT_IDS, json(eventIds)), toEvidence);
  }

  async eventIdsByEntityIds(entityIds: readonly string[]): Promise<string[][]> {
    this.assertOpen();
    return listEach(entityIds, this.rows<KeyedId>(SQL.EVENT_IDS_BY_ENTITY_IDS, json(entityIds)), (row) => row.id);
  }

  async tenuresByPersonIds(personIds: readonly string[]): Promise<TenureRecord[][]> {
    this.assertOpen();
    return this.loadTenures(personIds, SQL.TENURES_BY_PERSON_IDS);
  }

  async tenuresByOfficeIds(officeIds: readonly string[]): Promise<TenureRecord[][]> {
    this.assertOpen();
    return this.loadTenures(officeIds, SQL.TENURES_BY_OFFICE_IDS);
  }

  async articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    this.assertOpen();
    return oneEach(ids, this.rows<ArticleRow>(SQL.ARTICLES_BY_IDS, json(ids)).map(toArticleRecord));
  }

  async findArticles(request: { first: number; after?: string }): Promise<Page<ArticleRecord>> {
    this.assertOpen();
    const first = requireFirst(request.first);
    const totalCount = this.count(SQL.COUNT_ARTICLES, {});
    const params: Record<string, unknown> = { limit: first + 1 };
    let keyset = "";
    const cursor = decodeAfter(request.after, "articles");
    if (cursor) {
      keyset = `WHERE (${SQL.ARTICLE_SORT_KEY}, a.id) < (@afterKey, @afterId)`;
      Object.assign(params, { afterKey: cursor.key, afterId: cursor.id });
    }
    const sql = `SELECT ${SQL.ARTICLE_COLUMNS} FROM articles a ${keyset}
      ORDER BY ${SQL.ARTICLE_SORT_KEY} DESC, a.id DESC LIMIT @limit`;
    const rows = this.rows<ArticleRow>(sql, params);
    return keysetPage(rows, first, totalCount, (kept) => kept.map(toArticleRecord), (row) => encodeCursor("articles", row.published_at ?? "", row.id));
  }

  async articleIdsByEntityIds(entityIds: readonly string[]): Promise<string[][]> {
    this.assertOpen();
    return listEach(entityIds, this.rows<KeyedId>(SQL.ARTICLE_IDS_BY_ENTITY_IDS, json(entityIds)), (row) => row.id);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.assertOpen();
    const first = requireFirst(query.first);
    const plan = planSearch(query.text, await searchVocabulary());
    if (plan === null || first === 0) return [];
    const kinds = query.kinds && query.kinds.length > 0 ? [...new Set(query.kinds)] : null;
    const candidates: SearchCandidate[] = [];
    const entityKinds = kinds?.filter((kind) => !(kind in SQL.WINDOWED_SEARCH_TABLES)) ?? null;
    if (entityKinds === null || entityKinds.length > 0) candidates.push(...this.entityCandidates(plan, entityKinds, first));
    const match = buildFtsQuery(query.text);
    for (const kind of Object.keys(SQL.WINDOWED_SEARCH_TABLES) as SQL.WindowedKind[]) {
      if (match === null || (kinds !== null && !kinds.includes(kind))) continue;
      // bm25 scores every match, so a word in a million summaries or titles would cost a full pass: past the window, newest first, unranked.
      const statements = SQL.WINDOWED_SEARCH[kind];
      const tooMany = this.stmt(statements.beyondWindow).get({ match, window: SEARCH_RANKING_WINDOW }) !== undefined;
      for (const row of this.rows<{ id: string; kind: NodeKind; label: string; sources: number }>(tooMany ? statements.newest : statements.ranked, { match, limit: first })) {
        candidates.push({ id: row.id, kind: row.kind, label: row.label, texts: [row.label], prominence: row.sources, floor: MATCH.WORDS, ranked: !tooMany });
      }
    }
    return rankSearch(plan, candidates, first, kinds ?? undefined);
  }

  /**
   * The entities search-ranking.ts ranks: countries the query names by code, exact names and aliases,
   * the ENTITY_SEARCH_WINDOW most mentioned entities whose words match, and, while those are fewer
   * than `first`, the most mentioned within a typo of every word.
   */
  private entityCandidates(plan: SearchPlan, kinds: readonly string[] | null, first: number): SearchCandidate[] {
    const kindsParam = kinds && JSON.stringify(kinds);
    const floors = new Map<string, (typeof MATCH)[keyof typeof MATCH]>();
    const add = (ids: readonly string[], floor: (typeof MATCH)[keyof typeof MATCH]) => {
      for (const id of ids) if ((floors.get(id) ?? -1) < floor) floors.set(id, floor);
    };
    add(plan.countryIds, MATCH.NONE);
    for (const variant of plan.variants) {
      add(this.ids(SQL.SEARCH_ENTITIES_NAMED, { nameKey: nameKey(variant.text), kinds: kindsParam, limit: ENTITY_SEARCH_WINDOW }), MATCH.EXACT);
      const match = buildFtsQuery(variant.text);
      if (match !== null) add(this.ids(SQL.SEARCH_ENTITY_WORDS, { match, kinds: kindsParam, limit: ENTITY_SEARCH_WINDOW }), MATCH.WORDS);
    }
    const found = this.searchCandidatesOf([...floors.keys()], floors, kinds);
    if (found.length >= first) return found;
    const known = new Set(floors.keys());
    for (const variant of plan.variants) {
      if (variant.fuzzyKeyGroups.length === 0) continue;
      const keys = variant.fuzzyKeyGroups.flatMap((group, word) => group.map((key) => [key, word]));
      add(this.ids(SQL.SEARCH_ENTITY_FUZZY, { keys: JSON.stringify(keys), words: variant.fuzzyKeyGroups.length, kinds: kindsParam, limit: ENTITY_SEARCH_WINDOW }), MATCH.NONE);
    }
    return found.concat(this.searchCandidatesOf([...floors.keys()].filter((id) => !known.has(id)), floors, kinds));
  }

  /** The entities `ids` (of the given kinds) as search candidates, with their names, aliases, prominence and floor. */
  private searchCandidatesOf(ids: readonly string[], floors: ReadonlyMap<string, (typeof MATCH)[keyof typeof MATCH]>, kinds: readonly string[] | null): SearchCandidate[] {
    if (ids.length === 0) return [];
    const entities = this.loadEntities(this.rows<EntityRow>(SQL.ENTITIES_BY_IDS, json(ids))).filter((entity) => kinds === null || kinds.includes(entity.kind));
    const events = new Map(this.rows<{ key: string; n: number }>(SQL.EVENT_COUNTS_BY_ENTITY_IDS, json(entities.map((e) => e.id))).map((row) => [row.key, row.n]));
    return entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      label: entity.name,
      texts: [entity.name, ...entity.aliases],
      prominence: entity.mentionCount + (events.get(entity.id) ?? 0),
      floor: floors.get(entity.id)!,
    }));
  }

  async curate(command: CurationCommand, by: string): Promise<CurationRecord> {
    this.assertOpen();
    const valid = validateCuration(command);
    const write = this.db.transaction(() => this.curation.curate(valid, by));
    return this.guardWrite(() => write.immediate(), `could not apply the curation ${valid.action}`);
  }

  async curations(page: { first: number; after?: string }): Promise<Page<CurationRecord>> {
    this.assertOpen();
    return this.curation.curations(page);
  }

  async stats(): Promise<StoreStats> {
    this.assertOpen();
    const entitiesByKind = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
    for (const row of this.rows<{ kind: EntityKind; n: number }>(SQL.COUNT_ENTITIES_BY_KIND)) entitiesByKind[row.kind] = row.n;
    const eventsByType = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<EventType, number>;
    for (const row of this.rows<{ type: EventType; n: number }>(SQL.COUNT_EVENTS_BY_TYPE)) eventsByType[row.type] = row.n;
    return {
      articles: this.count(SQL.COUNT_ARTICLES, {}),
      entitiesByKind,
      eventsByType,
      tenures: this.count(SQL.COUNT_TENURES, {}),
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    this.db.close();
  }

  // ── writes ──────────────────────────────────────────────────────────────────────────────────

  private insertArticle(graph: ArticleGraph): void {
    const { article } = graph;
    this.stmt(SQL.INSERT_ARTICLE).run(articleRecordOf(graph));
    if (article.title) this.writeSearchDoc(article.id, "ARTICLE", article.title, "");
  }

  private upsertEntity(entity: GraphEntity, articleId: string): void {
    const row = this.stmt(SQL.ENTITY_FOR_MERGE).get(entity.id) as { name: string; country_id: string | null } | undefined;
    const stored = row ? { name: row.name, countryId: row.country_id, aliases: this.aliasesOf(entity.id) } : null;
    const merged = mergeEntity(stored, entity);
    // Most reports of a known entity change nothing but its mentions; rewriting an unchanged row, its
    // aliases and its search document dirtied pages in every index and made each article's commit larger.
    const nameChanged = !stored || merged.name !== stored.name;
    const aliasesChanged = !stored || merged.aliases.length !== stored.aliases.length || merged.aliases.some((a, i) => a !== stored.aliases[i]);
    if (!stored || nameChanged || merged.countryId !== stored.countryId) {
      this.stmt(stored ? SQL.UPDATE_ENTITY : SQL.INSERT_ENTITY).run({
        id: entity.id,
        kind: entity.kind,
        name: merged.name,
        nameKey: merged.nameKey,
        countryId: merged.countryId,
      });
      // An office that learns its country makes that country involved in its holders' events.
      if (stored && entity.kind === "OFFICE") this.refreshEventsOfPeople(this.ids(SQL.HOLDER_IDS_OF_OFFICE, entity.id));
    }
    if (aliasesChanged) {
      // Stored aliases stay as they are (their key is taken); new ones are appended in the merge's order.
      merged.aliases.forEach((alias, i) => this.stmt(SQL.INSERT_ALIAS).run(entity.id, alias, merged.aliasKeys[i]));
      this.stmt(SQL.DELETE_ALIAS_EQUAL_TO_NAME).run(entity.id, merged.nameKey);
    }
    let added = 0;
    for (const mention of entity.mentions) {
      added += this.stmt(SQL.INSERT_MENTION).run(entity.id, articleId, mention.sentence, mention.start, mention.end, mention.text).changes;
    }
    if (added > 0) this.stmt(SQL.ADD_MENTION_COUNT).run(added, entity.id);
    if (nameChanged || aliasesChanged) {
      this.writeSearchDoc(entity.id, entity.kind, merged.name, merged.aliases.join(" "));
      this.writeFuzzyKeys(entity.id, [merged.name, ...merged.aliases]);
    }
  }

  /** Replaces an entity's rows in entity_fuzzy_keys (deleting the entity removes them by cascade). */
  private writeFuzzyKeys(entityId: string, names: readonly string[]): void {
    this.stmt(SQL.DELETE_FUZZY_KEYS).run(entityId);
    for (const key of fuzzyKeysOf(names)) this.stmt(SQL.INSERT_FUZZY_KEY).run(key, entityId);
  }

  /** Fills entity_fuzzy_keys for every stored entity; run once when a database from before it (schema version 7 or older) is opened. */
  rebuildFuzzyKeys(): number {
    this.assertOpen();
    const rebuild = this.db.transaction((): number => {
      const rows = this.rows<{ id: string; name: string; aliases: string | null }>(SQL.ENTITY_NAMES_FOR_FUZZY_KEYS);
      for (const row of rows) this.writeFuzzyKeys(row.id, [row.name, ...(JSON.parse(row.aliases ?? "[]") as string[])]);
      return rows.length;
    });
    return this.guardWrite(() => rebuild.immediate(), "could not build the fuzzy name keys");
  }

  private upsertTenure(tenure: Tenure): void {
    const row = this.stmt(SQL.TENURE_FOR_MERGE).get(tenure.personId, tenure.officeId, termKeyOf(tenure)) as TenureRow | undefined;
    const stored = row
      ? {
          from: dateOf(row.from_value, row.from_precision, row.from_end),
          to: dateOf(row.to_value, row.to_precision, row.to_end),
          confidence: row.confidence,
          // A stored article is never ingested twice, so none of its evidence is stored yet; reading the
          // tenure's whole evidence list here made ingest slow down with every article that restated it.
          // The insert below ignores a duplicate anyway.
          evidence: [],
        }
      : null;
    const merged = mergeTenure(stored, tenure);
    const values = {
      personId: merged.personId,
      officeId: merged.officeId,
      termKey: merged.termKey,
      fromValue: merged.from?.value ?? null,
      fromPrecision: merged.from?.precision ?? null,
      fromEnd: merged.from?.end ?? null,
      fromFirstDay: merged.fromFirstDay,
      toValue: merged.to?.value ?? null,
      toPrecision: merged.to?.precision ?? null,
      toEnd: merged.to?.end ?? null,
      confidence: merged.confidence,
    };
    let seq: number;
    if (row) {
      seq = row.seq;
      const unchanged =
        row.from_value === values.fromValue && row.from_precision === values.fromPrecision && row.from_end === values.fromEnd &&
        row.to_value === values.toValue && row.to_precision === values.toPrecision && row.to_end === values.toEnd &&
        row.confidence === values.confidence;
      if (!unchanged) {
        this.stmt(SQL.UPDATE_TENURE).run({ ...values, seq });
        this.refreshEventsOfPeople([tenure.personId]);
      }
    } else {
      seq = Number(this.stmt(SQL.INSERT_TENURE).run(values).lastInsertRowid);
      this.refreshEventsOfPeople([tenure.personId]);
    }
    for (const e of merged.evidence) {
      this.stmt(SQL.INSERT_TENURE_EVIDENCE).run(seq, e.articleId, e.sentence, e.start, e.end, e.quote);
    }
  }

  private upsertEvent(event: GraphEvent): void {
    const row = this.stmt(SQL.EVENT_FOR_MERGE).get(event.id) as EventRow | undefined;
    const stored = row ? this.storedEvent(row) : null;
    const merged = mergeEvent(stored, event);
    this.stmt(SQL.UPSERT_EVENT).run({ id: event.id, ...eventColumns(merged), summary: merged.summary, confidence: merged.confidence });
    // Ordinals are not stored here: rowid order already is the order of first report.
    for (const p of merged.participantWrites) this.stmt(SQL.UPSERT_PARTICIPANT).run(event.id, p.entityId, p.role);
    const before = stored?.participants.map((p) => p.entityId) ?? [];
    const joined = merged.participantWrites.map((p) => p.entityId).filter((id) => !before.includes(id));
    const sortDay = sortDayOf(merged.dateFirstDay);
    const previousSortDay = row ? sortDayOf(row.date_first_day) : sortDay;
    if (previousSortDay !== sortDay) {
      for (const a of before) for (const b of before) if (a !== b) this.stmt(SQL.MOVE_EVENT_PAIRS).run({ a, b, id: event.id, previous: previousSortDay, next: sortDay });
    }
    this.writeEventPairs(event.id, sortDay, before.concat(joined), joined);
    for (const e of merged.evidenceWrites) this.stmt(SQL.INSERT_EVENT_EVIDENCE).run(event.id, e.articleId, e.sentence, e.start, e.end, e.quote);
    if (merged.summary !== row?.summary) this.writeSearchDoc(event.id, "EVENT", merged.summary, "");
    this.refreshCountryInvolvements(event.id);
  }

  /** Adds the pairs each newly joined participant forms with every participant of the event, both orders. */
  private writeEventPairs(eventId: string, sortDay: string, participants: readonly string[], joined: readonly string[]): void {
    for (const newcomer of joined) {
      for (const other of participants) {
        if (other === newcomer) continue;
        for (const [a, b] of [[newcomer, other], [other, newcomer]] as const) {
          if (this.stmt(SQL.INSERT_EVENT_PAIR).run(a, b, sortDay, eventId).changes > 0) this.stmt(SQL.COUNT_CO_PARTICIPATION).run(a, b);
        }
      }
    }
  }

  /** Removes every pair, co-participation count and country involvement row of an event (before its participants, date or existence change). */
  private detachEventDerived(eventId: string): void {
    const state = this.stmt(SQL.EVENT_INVOLVEMENT_STATE).get(eventId) as { date_first_day: string | null; involvement: string | null } | undefined;
    if (!state) return;
    const participants = this.ids(SQL.PARTICIPANT_IDS_OF_EVENT, eventId);
    const sortDay = sortDayOf(state.date_first_day);
    for (const a of participants) for (const b of participants) if (a !== b) this.removeEventPair(a, b, sortDay, eventId);
    this.removeCountryInvolvements(eventId, state.involvement);
    this.stmt(SQL.SET_EVENT_INVOLVEMENT).run(null, eventId);
  }

  /** Writes an event's pairs, counts and country involvements from what is stored now (after detachEventDerived). */
  private attachEventDerived(eventId: string): void {
    const state = this.stmt(SQL.EVENT_INVOLVEMENT_STATE).get(eventId) as { date_first_day: string | null } | undefined;
    if (!state) return;
    const participants = this.ids(SQL.PARTICIPANT_IDS_OF_EVENT, eventId);
    this.writeEventPairs(eventId, sortDayOf(state.date_first_day), participants, participants);
    this.refreshCountryInvolvements(eventId);
  }

  private removeEventPair(a: string, b: string, sortDay: string, eventId: string): void {
    if (this.stmt(SQL.DELETE_EVENT_PAIR).run(a, b, sortDay, eventId).changes === 0) return;
    this.stmt(SQL.UNCOUNT_CO_PARTICIPATION).run(a, b);
    this.stmt(SQL.DELETE_EMPTY_CO_PARTICIPATION).run(a, b);
  }

  // ── the country involvement index ───────────────────────────────────────────────────────────

  /**
   * Brings event `eventId`'s rows in country_involvements in line with its date, participants and
   * their tenures; writes nothing when they already are (the usual case when an event is reported again).
   */
  private refreshCountryInvolvements(eventId: string): void {
    const state = this.stmt(SQL.EVENT_INVOLVEMENT_STATE).get(eventId) as
      | { date_first_day: string | null; date_last_day: string | null; involvement: string | null }
      | undefined;
    if (!state) return;
    const next: Involvement = { first: state.date_first_day, last: state.date_last_day, countries: this.ids(SQL.COUNTRIES_INVOLVED_IN_EVENT, { eventIds: JSON.stringify([eventId]) }) };
    const serialised = JSON.stringify(next);
    if (serialised === state.involvement) return;
    this.removeCountryInvolvements(eventId, state.involvement);
    for (const countryId of next.countries) {
      for (const year of yearsOf(next)) this.stmt(SQL.INSERT_COUNTRY_INVOLVEMENT).run(countryId, year, eventId, next.first, next.last);
    }
    this.stmt(SQL.SET_EVENT_INVOLVEMENT).run(serialised, eventId);
  }

  /** Deletes the country_involvements rows described by an event's stored `involvement`. */
  private removeCountryInvolvements(eventId: string, involvement: string | null): void {
    if (involvement === null) return;
    const previous = JSON.parse(involvement) as Involvement;
    for (const countryId of previous.countries) {
      for (const year of yearsOf(previous)) this.stmt(SQL.DELETE_COUNTRY_INVOLVEMENT).run(countryId, year, eventId);
    }
  }

  /** Refreshes the events of people whose tenures changed: the countries they stood for may have, too. */
  private refreshEventsOfPeople(personIds: Iterable<string>): void {
    for (const personId of new Set(personIds)) {
      for (const eventId of this.ids(SQL.EVENT_IDS_OF_PARTICIPANT, personId)) this.refreshCountryInvolvements(eventId);
    }
  }

  /**
   * Fills country_involvements for every stored event; run once when a database from before the
   * index (schema version 1) is opened.
   */
  rebuildCountryInvolvements(): number {
    this.assertOpen();
    const rebuild = this.db.transaction((): number => {
      const eventIds = this.rows<{ id: string }>(SQL.ALL_EVENT_IDS).map((row) => row.id);
      for (const eventId of eventIds) this.refreshCountryInvolvements(eventId);
      return eventIds.length;
    });
    return this.guardWrite(() => rebuild.immediate(), "could not build the country involvement index");
  }

  /** A stored event as the merge rules take it: its fields, and its participants and evidence keys in rowid order. */
  private storedEvent(row: EventRow): StoredEvent {
    const ids = json([row.id]);
    const participants = this.rows<{ entity_id: string; role: Role }>(SQL.PARTICIPANTS_BY_EVENT_IDS, ids);
    const evidence = this.rows<EvidenceRow>(SQL.EVIDENCE_BY_EVENT_IDS, ids);
    return {
      type: row.type,
      status: row.status,
      date: dateOf(row.date_value, row.date_precision, row.date_end),
      placeId: row.place_id,
      summary: row.summary,
      confidence: row.confidence,
      ploverEvent: row.plover_event,
      ploverMode: row.plover_mode,
      cameo: row.cameo,
      participants: participants.map((p, ordinal) => ({ entityId: p.entity_id, role: p.role, ordinal })),
      evidence: evidence.map((e, ordinal) => ({ articleId: e.article_id, start: e.start, end: e.end, ordinal })),
    };
  }

  private writeSearchDoc(nodeId: string, kind: NodeKind, label: string, extra: string): void {
    const { doc } = this.stmt(SQL.UPSERT_SEARCH_NODE).get(nodeId, kind) as { doc: number };
    if (kind in SQL.WINDOWED_SEARCH_TABLES) {
      const statements = SQL.WINDOWED_SEARCH[kind as SQL.WindowedKind];
      this.stmt(statements.delete).run(doc);
      this.stmt(statements.insert).run(doc, label);
    } else {
      this.stmt(SQL.DELETE_SEARCH_TEXT).run(doc);
      this.stmt(SQL.INSERT_SEARCH_TEXT).run(doc, label, extra);
    }
  }

  private removeSearchDoc(nodeId: string): void {
    this.stmt(SQL.DELETE_SEARCH_TEXT_OF_NODE).run(nodeId);
    for (const kind of Object.keys(SQL.WINDOWED_SEARCH_TABLES) as SQL.WindowedKind[]) this.stmt(SQL.WINDOWED_SEARCH[kind].deleteOfNode).run(nodeId);
    this.stmt(SQL.DELETE_SEARCH_NODE).run(nodeId);
  }

  /** Runs a write transaction, passing our typed errors through and wrapping driver errors in StoreError. */
  private guardWrite<T>(write: () => T, what: string): T {
    try {
      return write();
    } catch (error) {
      if (error instanceof ParleyError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreError(`${what}; nothing was written: ${message}`, { cause: message });
    }
  }

  // ── reads ───────────────────────────────────────────────────────────────────────────────────

  private loadEntities(rows: EntityRow[]): EntityRecord[] {
    const aliases = new Map<string, string[]>();
    for (const row of this.rows<{ key: string; alias: string }>(SQL.ALIASES_BY_ENTITY_IDS, json(rows.map((r) => r.id)))) {
      const list = aliases.get(row.key) ?? [];
      list.push(row.alias);
      aliases.set(row.key, list);
    }
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      aliases: aliases.get(row.id) ?? [],
      countryId: row.country_id,
      mentionCount: row.mention_count,
    }));
  }

  /** An entity's aliases in the order they were first seen. */
  private aliasesOf(entityId: string): string[] {
    return this.rows<{ alias: string }>(SQL.ALIASES_BY_ENTITY_IDS, json([entityId])).map((r) => r.alias);
  }

  private loadTenures(keys: readonly string[], sql: string): TenureRecord[][] {
    const rows = this.rows<TenureRow & { key: string }>(sql, json(keys));
    const evidence = this.tenureEvidenceOf(rows.map((r) => r.seq));
    return listEach(keys, rows, (row) => ({
      personId: row.person_id,
      officeId: row.office_id,
      from: dateOf(row.from_value, row.from_precision, row.from_end),
      to: dateOf(row.to_value, row.to_precision, row.to_end),
      confidence: row.confidence,
      evidence: evidence.get(row.seq) ?? [],
    }));
  }

  /** The evidence of each tenure row, by its seq, in rowid order. */
  private tenureEvidenceOf(seqs: readonly number[]): Map<number, Evidence[]> {
    const evidence = new Map<number, Evidence[]>();
    for (const row of this.rows<EvidenceRow & { key: number }>(SQL.TENURE_EVIDENCE_BY_SEQS, json(seqs))) {
      const list = evidence.get(row.key) ?? [];
      list.push(toEvidence(row));
      evidence.set(row.key, list);
    }
    return evidence;
  }

  private ids(sql: string, param: unknown): string[] {
    return (this.stmt(sql).all(param) as { id: string }[]).map((row) => row.id);
  }

  private rows<T>(sql: string, params?: unknown): T[] {
    const statement = this.stmt(sql);
    return (params === undefined ? statement.all() : statement.all(params)) as T[];
  }

  private count(sql: string, params: Record<string, unknown>): number {
    return (this.stmt(sql).get(params) as { n: number }).n;
  }

  /** Prepared statements are cached by their text: fixed statements and the few filter shapes alike. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError("the sqlite store is closed");
  }
}

// ── rows and their mapping to records ─────────────────────────────────────────────────────────

interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  name_key: string;
  country_id: string | null;
  mention_count: number;
}

interface EventRow {
  id: string;
  type: EventType;
  status: EventStatus;
  date_value: string | null;
  date_precision: DatePrecision | null;
  date_end: string | null;
  date_first_day: string | null;
  place_id: string | null;
  summary: string;
  confidence: number;
  plover_event: string;
  plover_mode: string | null;
  cameo: string | null;
  source_count: number;
}

interface TenureRow {
  seq: number;
  person_id: string;
  office_id: string;
  from_value: string | null;
  from_precision: DatePrecision | null;
  from_end: string | null;
  to_value: string | null;
  to_precision: DatePrecision | null;
  to_end: string | null;
  confidence: number;
}

interface EvidenceRow {
  article_id: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  published_at: string | null;
  language: string;
  text: string;
  ingested_at: string;
}

interface KeyedId {
  key: string;
  id: string;
}

function toEventRecord(row: EventRow): EventRecord {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    date: dateOf(row.date_value, row.date_precision, row.date_end),
    placeId: row.place_id,
    summary: row.summary,
    confidence: row.confidence,
    plover: row.plover_mode === null ? { event: row.plover_event } : { event: row.plover_event, mode: row.plover_mode },
    cameo: row.cameo,
    sourceCount: row.source_count,
  };
}

function toEvidence(row: EvidenceRow): Evidence {
  return { articleId: row.article_id, sentence: row.sentence, start: row.start, end: row.end, quote: row.quote };
}

function toArticleRecord(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    source: row.source,
    publishedAt: row.published_at,
    language: row.language,
    text: row.text,
    ingestedAt: row.ingested_at,
  };
}

/** event_pairs' sort_day: an event's first day, '~' when undated (after every date, as EVENT_SORT_KEY.DATE_ASC). */
function sortDayOf(firstDay: string | null): string {
  return firstDay ?? "~";
}

/** True when a filter is one country and at most a period: a country's timeline. */
function isCountryPeriod(filter: EventFilter): boolean {
  const others = [filter.types, filter.statuses, filter.participantIds].some((list) => list !== undefined && list.length > 0);
  return new Set(filter.countryIds ?? []).size === 1 && !others && filter.articleId === undefined && filter.source === undefined && filter.eventIds === undefined;
}

/** Event summaries or article titles matching a search are ranked when at most this many match; beyond, the newest are listed. */
const SEARCH_RANKING_WINDOW = 1000;

/** Which CONTACT_CANDIDATES fit a contactCounts query; a country id has its own prefix (domain/ids.ts). */
function contactCandidatesFor(a: string, b: string | undefined): keyof typeof SQL.CONTACT_CANDIDATES {
  if (b === undefined) return "A_ONLY";
  const aIsCountry = iso3OfCountryId(a) !== undefined;
  const bIsCountry = iso3OfCountryId(b) !== undefined;
  if (aIsCountry && bIsCountry) return "COUNTRIES";
  if (aIsCountry) return "COUNTRY_A";
  if (bIsCountry) return "COUNTRY_B";
  return "SHARED";
}

/** An event's rows in country_involvements, as stored in its `involvement` column. */
interface Involvement {
  first: string | null;
  last: string | null;
  countries: string[];
}

/** The calendar years an event's days touch, '' for an undated event: its buckets in country_involvements. */
function yearsOf(involvement: Pick<Involvement, "first" | "last">): string[] {
  if (involvement.first === null) return [""];
  const first = Number(involvement.first.slice(0, 4));
  const last = Number((involvement.last ?? involvement.first).slice(0, 4));
  const years: string[] = [];
  for (let year = first; year <= last; year += 1) years.push(String(year).padStart(4, "0"));
  return years;
}

/**
 * The country_involvements year buckets a day range can touch; open ends take every bucket. Undated
 * events sit in the '' bucket: `dated` false reads only it, true every bucket but it.
 */
function yearBounds(fromDay: string | null, toDay: string | null, dated?: boolean): { fromYear: string; toYear: string } {
  if (dated === false) return { fromYear: "", toYear: "" };
  return { fromYear: fromDay?.slice(0, 4) ?? (dated === true ? "0" : ""), toYear: toDay?.slice(0, 4) ?? "~" };
}

/** The parameters every contactCounts statement takes. */
function contactParams(query: ContactCountsQuery): Record<string, unknown> {
  const fromDay = dayOfBound(query.from, "from");
  const toDay = dayOfBound(query.to, "to");
  return {
    a: query.a,
    b: query.b ?? null,
    types: query.types && query.types.length > 0 ? JSON.stringify(query.types) : null,
    fromDay,
    toDay,
    ...yearBounds(fromDay, toDay),
  };
}

function json(keys: readonly (string | number)[]): string {
  return JSON.stringify(keys);
}

function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
}

/** The WHERE conditions of an event filter; empty lists mean "no restriction". */
function eventConditions(filter: EventFilter): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.types && filter.types.length > 0) {
    where.push("e.type IN (SELECT value FROM json_each(@types))");
    params.types = JSON.stringify(filter.types);
  }
  if (filter.statuses && filter.statuses.length > 0) {
    where.push("e.status IN (SELECT value FROM json_each(@statuses))");
    params.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.participantIds && filter.participantIds.length > 0) {
    const ids = [...new Set(filter.participantIds)];
    where.push(SQL.EVENTS_WITH_PARTICIPANTS);
    Object.assign(params, { ids: JSON.stringify(ids), minimum: ids.length });
  }
  // The first-day sort key is '~' exactly for undated events, and indexed.
  if (filter.dated === true) where.push(`${SQL.EVENT_SORT_KEY.DATE_ASC} <> '~'`);
  if (filter.dated === false) where.push(`${SQL.EVENT_SORT_KEY.DATE_ASC} = '~'`);
  // Overlap of day ranges: the event ends on or after `from` and starts on or before `to`.
  if (filter.from !== undefined) {
    where.push("e.date_last_day >= @fromDay");
    params.fromDay = dayOfBound(filter.from, "from");
  }
  if (filter.to !== undefined) {
    where.push("e.date_first_day <= @toDay");
    params.toDay = dayOfBound(filter.to, "to");
  }
  if (filter.eventIds !== undefined) {
    where.push("e.id IN (SELECT value FROM json_each(@eventIds))");
    params.eventIds = JSON.stringify(filter.eventIds);
  }
  if (filter.articleId !== undefined) {
    where.push("e.id IN (SELECT event_id FROM event_evidence WHERE article_id = @articleId)");
    params.articleId = filter.articleId;
  }
  if (filter.countryIds && filter.countryIds.length > 0) {
    const countryIds = [...new Set(filter.countryIds)];
    const fromDay = (params.fromDay as string | undefined) ?? null;
    const toDay = (params.toDay as string | undefined) ?? null;
    if (countryIds.length === 1) {
      where.push(SQL.EVENT_INVOLVES_COUNTRY);
      Object.assign(params, { country: countryIds[0], fromDay, toDay });
    } else {
      where.push(SQL.EVENT_INVOLVES_ALL_COUNTRIES);
      Object.assign(params, { countryIds: JSON.stringify(countryIds), countryCount: countryIds.length });
    }
    Object.assign(params, yearBounds(fromDay, toDay, filter.dated));
  }
  if (filter.source !== undefined) {
    where.push(SQL.EVENT_REPORTED_BY_SOURCE);
    params.source = filter.source;
  }
  return { where, params };
}

import { randomUUID } from "node:crypto";
import {
  ENTITY_KINDS,
  EVENT_TYPES,
  StoreError,
  StoreUnavailableError,
  type ArticleGraph,
  type DatePrecision,
  type EntityKind,
  type EventType,
  type Evidence,
  type NodeKind,
  type Role,
} from "../../domain/index.js";
import { validateArticleGraph } from "../../domain/validate-article-graph.js";
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
import {
  mergeEntity,
  mergeEvent,
  mergeTenure,
  nameKey,
  termKeyOf,
  type StoredEntity,
  type StoredEvent,
  type StoredTenure,
} from "../merge-rules.js";
import { countDyads, countUncounted, type InvolvementRow } from "../contact-counts.js";
import { groupCountryRule } from "../country-rule.js";
import { dayOfBound, eventOrderOf, pathLimitsOf, requireDatedAgrees, requireFirst, requireMaxHops } from "../read-arguments.js";
import { searchVocabulary } from "../search-vocabulary.js";
import { ENTITY_SEARCH_WINDOW, MATCH, fuzzyKeysOf, planSearch, rankSearch, type MatchQuality, type SearchCandidate, type SearchPlan } from "../search-ranking.js";
import { dateOf } from "../stored-date.js";
import { validateCuration, type CurationCommand, type CurationRecord } from "../curation.js";
import { STATEMENTS as Q, type EventAnchor } from "./cypher/statements.js";
import { CURATION_CHANGED, Neo4jCuration } from "./neo4j-curation.js";
import { type CypherExecutor, type CypherRunner } from "./executor.js";
import { buildFuzzyLuceneQuery, buildLuceneQuery, foldForSearch } from "./fulltext-query.js";
import { PATH_SEARCH_MAX_EVENTS, searchChain, shortestPathChain } from "./path-chain.js";
import {
  cypherInt,
  tenureEvidence,
  toArticleRecord,
  toEntityRecord,
  toEventRecord,
  toTenureRecord,
  type ArticleRow,
  type EntityRow,
  type EventRow,
  type TenureRow,
} from "./mappers.js";

/**
 * The GraphStore on Neo4j 5. Every statement is a named entry of cypher/statements.ts; the
 * executor owns sessions and error mapping. Same semantics as the sqlite adapter (the shared
 * merge rules, read checks and keyset cursors of src/store; ordering, deletion), held to the same
 * contract suite.
 *
 * An article is written in one write transaction: the article node is MERGEd first and, when it
 * already existed, nothing else runs (UNCHANGED). Entities, tenures and events are then MERGEd on
 * their ids in UNWIND batches, locked, read, merged in TypeScript and written back, so two articles
 * reporting the same node at once serialise on its lock instead of losing an update.
 */
export class Neo4jGraphStore implements GraphStore {
  private closed = false;
  /** Curation lives in its own module; a restored event is written by the same writer as an ingest's. */
  private readonly curation = new Neo4jCuration((tx, graph) => this.writeEvents(tx, graph));

  constructor(
    private readonly executor: CypherExecutor,
    /** Where the store points, for messages. */
    readonly uri: string,
    /** Most events one breadth-first step of path may expand before shortestPath takes over. */
    private readonly pathSearchMaxEvents = PATH_SEARCH_MAX_EVENTS,
  ) {}

  async ingestArticle(graph: ArticleGraph): Promise<IngestOutcome> {
    this.assertOpen();
    validateArticleGraph(graph);
    // Drawn once per call, outside the unit of work the driver may retry: when a commit went through
    // and only its answer was lost, the retry finds this id on the article and reports ADDED.
    const ingestId = randomUUID();
    const added = await retryOnVanishedNode(() =>
      this.executor.write(`storing ${graph.article.id}`, async (tx) => {
        const article = await this.createArticle(tx, graph, ingestId);
        if (article !== "CREATED") return article === "ADDED_BEFORE";
        // Researchers' corrections first: merged ids, pinned names, rejected events, corrected fields.
        const read = await this.curation.curatedGraph(tx, graph);
        const { graph: curated, rejectedReports } = read;
        await this.writeEntities(tx, curated);
        await this.writeTenures(tx, curated);
        await this.writeEvents(tx, curated);
        await this.curation.keepRejectedReports(tx, rejectedReports);
        await this.curation.assertUnchanged(tx, graph, read);
        return true;
      }),
    );
    return ingestOutcomeOf(graph, added);
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    this.assertOpen();
    return this.executor.write(`deleting ${articleId}`, async (tx) => {
      const [plan] = await tx.run<{ eventIds: string[]; mentionedIds: string[]; participantIds: string[][]; tenurePersonIds: string[] | null }>(
        Q.LOCK_ARTICLE_FOR_DELETE,
        { articleId },
      );
      if (!plan) return false;
      // Entities that may lose their last reference: mentioned here, or attached to an event or tenure that may go.
      const entityIds = new Set([...plan.mentionedIds, ...plan.participantIds.flat()]);
      // The people whose tenures this article gives evidence for (stored with it; an article stored before
      // that list existed falls back to the people it mentions or reports). Locked in id order.
      const personIds = unique(plan.tenurePersonIds ?? [...entityIds]).sort();
      const tenures = personIds.length === 0 ? [] : await tx.run<{ personId: string; officeId: string }>(Q.STRIP_TENURE_EVIDENCE, { articleId, personIds });
      for (const t of tenures) entityIds.add(t.personId).add(t.officeId);
      await tx.run(Q.DELETE_ARTICLE, { articleId });
      if (plan.eventIds.length > 0) await tx.run(Q.DELETE_UNEVIDENCED_EVENTS, { ids: unique(plan.eventIds).sort() });
      if (entityIds.size > 0) await tx.run(Q.DELETE_ORPHANED_ENTITIES, { ids: [...entityIds].sort() });
      return true;
    });
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    this.assertOpen();
    if (ids.length === 0) return [];
    const rows = await this.executor.read("reading entities", (tx) => tx.run<{ entity: EntityRow }>(Q.ENTITIES_BY_IDS, { ids }));
    return oneEach(ids, rows.map((row) => toEntityRecord(row.entity)));
  }

  async findEntities(query: EntityQuery): Promise<Page<EntityRecord>> {
    this.assertOpen();
    const first = requireFirst(query.first);
    const cursor = decodeAfter(query.after, "entities");
    const key = query.name === undefined ? null : nameKey(query.name);
    // A name is the anchor: its own statements start from the text index on nameKeys.
    const filter = key === null ? { kind: query.kind ?? null } : { kind: query.kind ?? null, nameKey: key, needle: `|${key}|` };
    const [countStatement, pageStatement] = key === null ? [Q.COUNT_ENTITIES, Q.FIND_ENTITIES] : [Q.COUNT_ENTITIES_BY_NAME, Q.FIND_ENTITIES_BY_NAME];
    const { rows, totalCount } = await this.executor.read("listing entities", async (tx) => ({
      totalCount: await count(tx.run<{ n: number }>(countStatement, filter)),
      rows: await tx.run<{ entity: EntityRow; sortKey: string }>(pageStatement, {
        ...filter,
        afterKey: cursor?.key ?? null,
        afterId: cursor?.id ?? null,
        limit: cypherInt(first + 1),
      }),
    }));
    return keysetPage(rows, first, totalCount, (kept) => kept.map((row) => toEntityRecord(row.entity)), (row) => encodeCursor("entities", row.sortKey, row.entity.id));
  }

  async eventsByIds(ids: readonly string[]): Promise<(EventRecord | null)[]> {
    this.assertOpen();
    if (ids.length === 0) return [];
    const rows = await this.executor.read("reading events", (tx) => tx.run<{ event: EventRow }>(Q.EVENTS_BY_IDS, { ids }));
    return oneEach(ids, rows.map((row) => toEventRecord(row.event)));
  }

  async findEvents(filter: EventFilter, request: PageRequest): Promise<Page<EventRecord>> {
    this.assertOpen();
    const first = requireFirst(request.first);
    const order = eventOrderOf(request);
    requireDatedAgrees(filter);
    const params = eventFilterParams(filter);
    const { anchor, value } = eventAnchorOf(params);
    const suffix = anchor === "ALL" ? "" : (`_BY_${anchor}` as const);
    const statement = Q[`FIND_EVENTS_${({ DATE_ASC: "ASC", DATE_DESC: "DESC", SOURCES_DESC: "SOURCES_DESC" } as const)[order]}${suffix}`];
    const countStatement = Q[`COUNT_EVENTS${suffix}`];
    const anchored = value === null ? params : { ...params, anchor: value };
    const cursor = decodeAfter(request.after, `events:${order}`);
    const { rows, totalCount } = await this.executor.read("listing events", async (tx) => ({
      totalCount: await count(tx.run<{ n: number }>(countStatement, anchored)),
      rows: await tx.run<{ event: EventRow; sortKey: string }>(statement, {
        ...anchored,
        afterKey: cursor?.key ?? null,
        afterId: cursor?.id ?? null,
        limit: cypherInt(first + 1),
      }),
    }));
    return keysetPage(rows, first, totalCount, (kept) => kept.map((row) => toEventRecord(row.event)), (row) => encodeCursor(`events:${order}`, row.sortKey, row.event.id));
  }

  async contacts(query: ContactsQuery): Promise<EventRecord[]> {
    this.assertOpen();
    const between = unique(query.between);
    if (between.length < 2) return [];
    const params = {
      between,
      // Cypher's LIMIT needs a number: "all" is the largest integer it takes.
      limit: cypherInt(query.first === undefined ? Number.MAX_SAFE_INTEGER : requireFirst(query.first)),
      types: nonEmpty(query.types),
      fromDay: dayOfBound(query.from, "from"),
      toDay: dayOfBound(query.to, "to"),
    };
    // A country is involved by the country rule; else two entities: their shared events straight
    // from the pair; more: every event of each, counted.
    const rows = await this.executor.read("finding contacts", (tx) =>
      between.some((id) => id.startsWith("country:"))
        ? tx.run<{ event: EventRow }>(Q.CONTACTS_INVOLVING, params)
        : between.length === 2
        ? tx.run<{ event: EventRow }>(Q.CONTACTS_PAIR, { a: between[0]!, b: between[1]!, limit: params.limit, types: params.types, fromDay: params.fromDay, toDay: params.toDay })
        : tx.run<{ event: EventRow }>(Q.CONTACTS, params),
    );
    return rows.map((row) => toEventRecord(row.event));
  }

  async contactCounts(query: ContactCountsQuery): Promise<DyadCountRecord[]> {
    this.assertOpen();
    // Only countries are involved through offices: a pair of anything else is counted from the pair
    // itself, in the database; with one country, the other side anchors (its events are fewer than
    // those of a country's office holders).
    const isCountry = (id: string) => id.startsWith("country:");
    const b = query.b ?? null;
    const filters = { types: nonEmpty(query.types), fromDay: dayOfBound(query.from, "from"), toDay: dayOfBound(query.to, "to") };
    if (b !== null && !isCountry(query.a) && !isCountry(b)) {
      if (b === query.a) return [];
      const counted = await this.executor.read("counting contacts", (tx) =>
        tx.run<{ period: string; count: number }>(Q.CONTACT_COUNTS_PAIR, { a: query.a, b, month: query.interval === "MONTH", ...filters }),
      );
      return counted.map(({ period, count }) => ({ counterpartId: b, period, count }));
    }
    return countDyads(query, await this.involvements(query, "DATED"));
  }

  async uncountedContacts(query: ContactCountsQuery): Promise<UncountedContactsRecord> {
    this.assertOpen();
    // Bad bounds are refused even when they end up unused.
    dayOfBound(query.from, "from");
    dayOfBound(query.to, "to");
    if (query.b === query.a) return { undated: 0, yearOnly: 0 };
    // An undated event has no days: from/to cannot place it.
    const { from: _from, to: _to, ...unbounded } = query;
    const undated = await this.involvements(unbounded, "UNDATED");
    const yearOnly = query.interval === "MONTH" ? await this.involvements(query, "YEAR_ONLY") : [];
    return countUncounted(query, undated, yearOnly);
  }

  /** CONTACT_INVOLVEMENTS' rows for a contactCounts query, as countDyads and countUncounted take them. */
  private async involvements(query: ContactCountsQuery, dates: "DATED" | "UNDATED" | "YEAR_ONLY"): Promise<InvolvementRow[]> {
    const isCountry = (id: string) => id.startsWith("country:");
    const b = query.b ?? null;
    // With one country, the other side anchors (its events are fewer than those of a country's office holders).
    const [anchor, other] = b !== null && isCountry(query.a) && !isCountry(b) ? [b, query.a] : [query.a, b];
    const params = { anchor, other, types: nonEmpty(query.types), fromDay: dayOfBound(query.from, "from"), toDay: dayOfBound(query.to, "to") };
    const statement = { DATED: Q.CONTACT_INVOLVEMENTS, UNDATED: Q.CONTACT_INVOLVEMENTS_UNDATED, YEAR_ONLY: Q.CONTACT_INVOLVEMENTS_YEAR_ONLY }[dates];
    const rows = await this.executor.read("counting contacts", (tx) =>
      tx.run<{ eventId: string; dateValue: string | null; datePrecision: DatePrecision | null; participantId: string; officeCountryIds: string[] }>(statement, params),
    );
    return rows.flatMap((row) => {
      const base = { eventId: row.eventId, dateValue: row.dateValue, datePrecision: row.datePrecision, participantId: row.participantId };
      return [{ ...base, officeCountryId: null }, ...row.officeCountryIds.map((officeCountryId) => ({ ...base, officeCountryId }))];
    });
  }

  async path(query: PathQuery): Promise<PathRecord | null> {
    this.assertOpen();
    const chainQuery = { from: query.from, to: query.to, maxHops: requireMaxHops(query.maxHops), ...pathLimitsOf(query), through: query.through ?? null };
    return this.executor.read("finding a path", async (tx) => {
      const ends = await tx.run<{ id: string; events: number }>(Q.PATH_ENDS, { from: query.from, to: query.to });
      if (!ends.some((end) => end.id === query.from)) return null;
      const entityIds = (await searchChain(tx, chainQuery, ends, this.pathSearchMaxEvents)) ?? (await shortestPathChain(tx, chainQuery));
      if (!entityIds) return null;
      // Each step's link: the earliest event in the period the two share (first day, undated last, then id).
      const pairs = entityIds.slice(1).map((id, i) => [entityIds[i]!, id]);
      const { fromDay, toDay } = chainQuery;
      const links = new Map((await tx.run<{ source: string; target: string; eventId: string }>(Q.PATH_LINKS, { pairs, fromDay, toDay })).map((l) => [`${l.source} ${l.target}`, l.eventId]));
      const eventIds = pairs.map(([source, target]) => {
        const link = links.get(`${source} ${target}`);
        if (link === undefined) throw new StoreError(`path: ${source} and ${target} share no event`);
        return link;
      });
      return { entityIds, eventIds };
    });
  }

  async participantsByEventIds(eventIds: readonly string[]): Promise<ParticipantRecord[][]> {
    this.assertOpen();
    if (eventIds.length === 0) return [];
    const rows = await this.executor.read("reading participants", (tx) =>
      tx.run<{ key: string; entityId: string; role: Role }>(Q.PARTICIPANTS_BY_EVENT_IDS, { ids: eventIds }),
    );
    return listEach(eventIds, rows, (row) => ({ eventId: row.key, entityId: row.entityId, role: row.role }));
  }

  async countriesByEventIds(eventIds: readonly string[]): Promise<EventCountryRecord[][]> {
    this.assertOpen();
    if (eventIds.length === 0) return [];
    const rows = await this.executor.read("reading the countries of events", (tx) =>
      tx.run<{ eventId: string; countryId: string; throughId: string | null }>(Q.COUNTRY_RULE_BY_EVENT_IDS, { eventIds }),
    );
    return groupCountryRule(eventIds, rows);
  }

  async evidenceByEventIds(eventIds: readonly string[]): Promise<Evidence[][]> {
    this.assertOpen();
    if (eventIds.length === 0) return [];
    const rows = await this.executor.read("reading evidence", (tx) => tx.run<Evidence & { key: string }>(Q.EVIDENCE_BY_EVENT_IDS, { ids: eventIds }));
    return listEach(eventIds, rows, ({ articleId, sentence, start, end, quote }) => ({ articleId, sentence, start, end, quote }));
  }

  async coParticipants(query: CoParticipantsQuery): Promise<CoParticipantRecord[]> {
    this.assertOpen();
    if (query.entityIds.length === 0 || query.limit <= 0) return [];
    const params = { ids: query.entityIds, exclude: query.excludeIds, limit: cypherInt(Math.trunc(query.limit)) };
    return this.executor.read("reading co-participants", (tx) => tx.run<CoParticipantRecord>(Q.CO_PARTICIPANTS, params));
  }

  async sharedEventCounts(entityIds: readonly string[]): Promise<SharedEventCountRecord[]> {
    this.assertOpen();
    if (entityIds.length < 2) return [];
    return this.executor.read("counting shared events", (tx) => tx.run<SharedEventCountRecord>(Q.SHARED_EVENT_COUNTS, { ids: entityIds }));
  }

  async eventIdsByEntityIds(entityIds: readonly string[]): Promise<string[][]> {
    this.assertOpen();
    if (entityIds.length === 0) return [];
    const rows = await this.executor.read("reading events of entities", (tx) => tx.run<{ key: string; id: string }>(Q.EVENT_IDS_BY_ENTITY_IDS, { ids: entityIds }));
    return listEach(entityIds, rows, (row) => row.id);
  }

  async tenuresByPersonIds(personIds: readonly string[]): Promise<TenureRecord[][]> {
    this.assertOpen();
    if (personIds.length === 0) return [];
    const rows = await this.executor.read("reading tenures", (tx) => tx.run<{ key: string; tenure: TenureRow }>(Q.TENURES_BY_PERSON_IDS, { ids: personIds }));
    return listEach(personIds, rows, (row) => toTenureRecord(row.tenure));
  }

  async tenuresByOfficeIds(officeIds: readonly string[]): Promise<TenureRecord[][]> {
    this.assertOpen();
    if (officeIds.length === 0) return [];
    const rows = await this.executor.read("reading tenures", (tx) => tx.run<{ key: string; tenure: TenureRow }>(Q.TENURES_BY_OFFICE_IDS, { ids: officeIds }));
    return listEach(officeIds, rows, (row) => toTenureRecord(row.tenure));
  }

  async articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    this.assertOpen();
    if (ids.length === 0) return [];
    const rows = await this.executor.read("reading articles", (tx) => tx.run<{ article: ArticleRow }>(Q.ARTICLES_BY_IDS, { ids }));
    return oneEach(ids, rows.map((row) => toArticleRecord(row.article)));
  }

  async findArticles(request: { first: number; after?: string }): Promise<Page<ArticleRecord>> {
    this.assertOpen();
    const first = requireFirst(request.first);
    const cursor = decodeAfter(request.after, "articles");
    const { rows, totalCount } = await this.executor.read("listing articles", async (tx) => ({
      totalCount: await count(tx.run<{ n: number }>(Q.COUNT_ARTICLES, {})),
      rows: await tx.run<{ article: ArticleRow; sortKey: string }>(Q.FIND_ARTICLES, {
        afterKey: cursor?.key ?? null,
        afterId: cursor?.id ?? null,
        limit: cypherInt(first + 1),
      }),
    }));
    return keysetPage(rows, first, totalCount, (kept) => kept.map((row) => toArticleRecord(row.article)), (row) => encodeCursor("articles", row.sortKey, row.article.id));
  }

  async articleIdsByEntityIds(entityIds: readonly string[]): Promise<string[][]> {
    this.assertOpen();
    if (entityIds.length === 0) return [];
    const rows = await this.executor.read("reading articles of entities", (tx) => tx.run<{ key: string; id: string }>(Q.ARTICLE_IDS_BY_ENTITY_IDS, { ids: entityIds }));
    return listEach(entityIds, rows, (row) => row.id);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.assertOpen();
    const first = requireFirst(query.first);
    const plan = planSearch(query.text, await searchVocabulary());
    if (plan === null || first === 0) return [];
    const kinds = nonEmpty(query.kinds);
    const entityKinds = kinds?.filter((kind) => kind !== "EVENT" && kind !== "ARTICLE") ?? null;
    const lucene = buildLuceneQuery(query.text);
    const candidates = await this.executor.read("searching", async (tx) => {
      const found: SearchCandidate[] = [];
      if (entityKinds === null || entityKinds.length > 0) found.push(...(await this.entityCandidates(tx, plan, entityKinds, first)));
      for (const kind of ["EVENT", "ARTICLE"] as const) {
        if (lucene === null || (kinds !== null && !kinds.includes(kind))) continue;
        const rows = await tx.run<{ id: string; label: string; sources: number }>(Q.SEARCH_DOCUMENTS, { query: lucene, kind, limit: cypherInt(first) });
        for (const row of rows) found.push({ id: row.id, kind, label: row.label, texts: [row.label], prominence: row.sources, floor: MATCH.WORDS });
      }
      return found;
    });
    return rankSearch(plan, candidates, first, kinds ?? undefined);
  }

  /** The same entity candidates as the sqlite adapter's: codes, exact names, the word window, then fuzzy keys while too few. */
  private async entityCandidates(tx: CypherRunner, plan: SearchPlan, kinds: string[] | null, first: number): Promise<SearchCandidate[]> {
    const floors = new Map<string, MatchQuality>();
    const add = (rows: { id: string }[], floor: MatchQuality) => {
      for (const { id } of rows) if ((floors.get(id) ?? -1) < floor) floors.set(id, floor);
    };
    const limit = cypherInt(ENTITY_SEARCH_WINDOW);
    add(plan.countryIds.map((id) => ({ id })), MATCH.NONE);
    for (const variant of plan.variants) {
      const key = nameKey(variant.text);
      add(await tx.run<{ id: string }>(Q.SEARCH_ENTITIES_NAMED, { nameKey: key, needle: `|${key}|`, kinds, limit }), MATCH.EXACT);
      const lucene = buildLuceneQuery(variant.text);
      if (lucene !== null) add(await tx.run<{ id: string }>(Q.SEARCH_ENTITY_WORDS, { query: lucene, kinds, limit }), MATCH.WORDS);
    }
    const found = await this.searchCandidatesOf(tx, [...floors.keys()], floors, kinds);
    if (found.length >= first) return found;
    const known = new Set(floors.keys());
    for (const variant of plan.variants) {
      const fuzzy = buildFuzzyLuceneQuery(variant.fuzzyKeyGroups);
      if (fuzzy !== null) add(await tx.run<{ id: string }>(Q.SEARCH_ENTITY_FUZZY, { query: fuzzy, kinds, limit }), MATCH.NONE);
    }
    return found.concat(await this.searchCandidatesOf(tx, [...floors.keys()].filter((id) => !known.has(id)), floors, kinds));
  }

  /** The entities `ids` (of the given kinds) as search candidates, with their names, aliases, prominence and floor. */
  private async searchCandidatesOf(tx: CypherRunner, ids: readonly string[], floors: ReadonlyMap<string, MatchQuality>, kinds: string[] | null): Promise<SearchCandidate[]> {
    if (ids.length === 0) return [];
    const rows = await tx.run<{ entity: EntityRow; events: number }>(Q.SEARCH_ENTITY_RECORDS, { ids });
    return rows
      .filter((row) => kinds === null || kinds.includes(row.entity.kind))
      .map(({ entity, events }) => ({
        id: entity.id,
        kind: entity.kind,
        label: entity.name,
        texts: [entity.name, ...entity.aliases],
        prominence: entity.mentionCount + events,
        floor: floors.get(entity.id)!,
      }));
  }

  async curate(command: CurationCommand, by: string): Promise<CurationRecord> {
    this.assertOpen();
    const valid = validateCuration(command);
    // Drawn once, outside the unit of work the driver may retry.
    const at = new Date();
    return this.executor.write(`applying the curation ${valid.action}`, (tx) => this.curation.curate(tx, valid, by, at));
  }

  async curations(page: { first: number; after?: string }): Promise<Page<CurationRecord>> {
    this.assertOpen();
    return this.executor.read("reading the curation log", (tx) => this.curation.curations(tx, page));
  }

  async stats(): Promise<StoreStats> {
    this.assertOpen();
    return this.executor.read("counting", async (tx) => {
      const entitiesByKind = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
      for (const row of await tx.run<{ kind: EntityKind; n: number }>(Q.COUNT_ENTITIES_BY_KIND, {})) entitiesByKind[row.kind] = row.n;
      const eventsByType = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<EventType, number>;
      for (const row of await tx.run<{ type: EventType; n: number }>(Q.COUNT_EVENTS_BY_TYPE, {})) eventsByType[row.type] = row.n;
      return {
        articles: await count(tx.run<{ n: number }>(Q.COUNT_ARTICLES, {})),
        entitiesByKind,
        eventsByType,
        tenures: await count(tx.run<{ n: number }>(Q.COUNT_TENURES, {})),
      };
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.executor.close();
  }

  // ── maintenance: not part of the port ─────────────────────────────────────────────────────────

  /** Number of Parley nodes (entities, events, articles) in the database. */
  async countParleyNodes(): Promise<number> {
    this.assertOpen();
    return this.executor.read("counting nodes", (tx) => count(tx.run<{ n: number }>(Q.COUNT_PARLEY_NODES, {})));
  }

  /** Gives fuzzy name keys to entities stored before they existed, a batch at a time; returns how many. Run at open. */
  async fillMissingFuzzyKeys(batch = 1000): Promise<number> {
    this.assertOpen();
    let filled = 0;
    for (;;) {
      const rows = await this.executor.read("reading entities without fuzzy keys", (tx) =>
        tx.run<{ id: string; name: string; aliases: string[] }>(Q.ENTITIES_WITHOUT_FUZZY_KEYS, { limit: cypherInt(batch) }),
      );
      if (rows.length === 0) return filled;
      const keyed = rows.map((row) => ({ id: row.id, fuzzyKeys: fuzzyKeysOf([row.name, ...row.aliases]).join(" ") }));
      await this.executor.write("filling fuzzy name keys", (tx) => tx.run(Q.SET_FUZZY_KEYS, { rows: keyed }));
      filled += rows.length;
    }
  }

  /** Deletes every Parley node and relationship in the database — for tests and operators; other labels are left alone. */
  async deleteAllParleyData(): Promise<void> {
    this.assertOpen();
    await this.executor.write("deleting all Parley data", (tx) => tx.run(Q.DELETE_ALL_PARLEY_NODES, {}));
  }

  // ── writes ──────────────────────────────────────────────────────────────────────────────────

  /**
   * CREATED when the article node was created by this transaction; ADDED_BEFORE when an earlier
   * attempt of this same call (same `ingestId`) committed it; STORED when another call stored it.
   */
  private async createArticle(tx: CypherRunner, graph: ArticleGraph, ingestId: string): Promise<"CREATED" | "ADDED_BEFORE" | "STORED"> {
    const { article } = graph;
    const [row] = await tx.run<{ ours: boolean; createdNow: boolean }>(Q.CREATE_ARTICLE_IF_ABSENT, {
      ...articleRecordOf(graph),
      ingestId,
      searchLabel: article.title ? foldForSearch(article.title) : null,
      tenurePersonIds: unique(graph.tenures.map((t) => t.personId)).sort(),
    });
    if (row?.ours !== true) return "STORED";
    return row.createdNow ? "CREATED" : "ADDED_BEFORE";
  }

  private async writeEntities(tx: CypherRunner, graph: ArticleGraph): Promise<void> {
    if (graph.entities.length === 0) return;
    // Locked in id order, so two articles sharing entities take their locks in the same order.
    const ids = unique(graph.entities.map((e) => e.id)).sort();
    const stored = new Map<string, StoredEntity>();
    for (const row of await tx.run<{ id: string; name: string | null; countryId: string | null; aliases: string[] }>(Q.LOCK_ENTITIES, { ids })) {
      if (row.name !== null) stored.set(row.id, { name: row.name, countryId: row.countryId, aliases: row.aliases });
    }
    // Merged one report at a time, so an id listed twice in one graph merges like two articles would.
    const merged = new Map<string, ReturnType<typeof mergeEntity>>();
    for (const entity of graph.entities) {
      const result = mergeEntity(stored.get(entity.id) ?? null, entity);
      merged.set(entity.id, result);
      stored.set(entity.id, { name: result.name, countryId: result.countryId, aliases: result.aliases });
    }
    await tx.run(Q.WRITE_ENTITIES, {
      rows: [...merged.values()].map((e) => ({
        ...e,
        nameKeys: `|${[e.nameKey, ...e.aliasKeys].join("|")}|`,
        searchLabel: foldForSearch(e.name),
        searchExtra: foldForSearch(e.aliases.join(" ")),
        fuzzyKeys: fuzzyKeysOf([e.name, ...e.aliases]).join(" "),
      })),
    });
    const mentions = graph.entities.flatMap((e) =>
      e.mentions.map((m) => ({ entityId: e.id, sentence: cypherInt(m.sentence), start: cypherInt(m.start), end: cypherInt(m.end), text: m.text })),
    );
    if (mentions.length > 0) await tx.run(Q.WRITE_MENTIONS, { articleId: graph.article.id, mentions });
    await tx.run(Q.LINK_OFFICES_TO_COUNTRIES, { ids });
    await tx.run(Q.LINK_PLACES_TO_COUNTRIES, { ids });
  }

  private async writeTenures(tx: CypherRunner, graph: ArticleGraph): Promise<void> {
    if (graph.tenures.length === 0) return;
    const keyOf = (personId: string, officeId: string, termKey: string): string => JSON.stringify([personId, officeId, termKey]);
    const keys = uniqueBy(
      graph.tenures.map((t) => ({ personId: t.personId, officeId: t.officeId, termKey: termKeyOf(t) })),
      (k) => keyOf(k.personId, k.officeId, k.termKey),
    );
    const stored = new Map<string, StoredTenure>();
    for (const { termKey, tenure } of await tx.run<{ termKey: string; tenure: TenureRow }>(Q.LOCK_TENURES, { keys })) {
      if (tenure.confidence === null) continue; // created just now by the MERGE
      stored.set(keyOf(tenure.personId, tenure.officeId, termKey), {
        from: dateOf(tenure.fromValue, tenure.fromPrecision, tenure.fromEnd),
        to: dateOf(tenure.toValue, tenure.toPrecision, tenure.toEnd),
        confidence: tenure.confidence,
        evidence: tenureEvidence(tenure),
      });
    }
    const merged = new Map<string, ReturnType<typeof mergeTenure>>();
    for (const tenure of graph.tenures) {
      const key = keyOf(tenure.personId, tenure.officeId, termKeyOf(tenure));
      const result = mergeTenure(stored.get(key) ?? null, tenure);
      merged.set(key, result);
      stored.set(key, result);
    }
    await tx.run(Q.WRITE_TENURES, {
      rows: [...merged.values()].map((t) => ({
        personId: t.personId,
        officeId: t.officeId,
        termKey: t.termKey,
        fromValue: t.from?.value ?? null,
        fromPrecision: t.from?.precision ?? null,
        fromEnd: t.from?.end ?? null,
        fromFirstDay: t.fromFirstDay,
        toValue: t.to?.value ?? null,
        toPrecision: t.to?.precision ?? null,
        toEnd: t.to?.end ?? null,
        confidence: t.confidence,
        evidenceArticleIds: t.evidence.map((e) => e.articleId),
        evidenceSentences: t.evidence.map((e) => cypherInt(e.sentence)),
        evidenceStarts: t.evidence.map((e) => cypherInt(e.start)),
        evidenceEnds: t.evidence.map((e) => cypherInt(e.end)),
        evidenceQuotes: t.evidence.map((e) => e.quote),
      })),
    });
  }

  private async writeEvents(tx: CypherRunner, graph: Pick<ArticleGraph, "article" | "events">): Promise<void> {
    if (graph.events.length === 0) return;
    const stored = new Map<string, StoredEvent>();
    const rows = await tx.run<{ event: Omit<EventRow, "sourceCount">; participants: StoredEvent["participants"]; evidence: StoredEvent["evidence"] }>(
      Q.LOCK_EVENTS,
      { ids: unique(graph.events.map((e) => e.id)).sort() },
    );
    for (const { event, participants, evidence } of rows) {
      if (event.type === null) continue; // created just now by the MERGE
      stored.set(event.id, {
        type: event.type,
        status: event.status,
        date: dateOf(event.dateValue, event.datePrecision, event.dateEnd),
        placeId: event.placeId,
        summary: event.summary,
        confidence: event.confidence,
        ploverEvent: event.ploverEvent,
        ploverMode: event.ploverMode,
        cameo: event.cameo,
        participants,
        evidence,
      });
    }
    const merged = new Map<string, ReturnType<typeof mergeEvent>>();
    const participantWrites: { eventId: string; entityId: string; role: Role; ordinal: number }[] = [];
    const evidenceWrites: Record<string, unknown>[] = [];
    for (const event of graph.events) {
      const result = mergeEvent(stored.get(event.id) ?? null, event);
      merged.set(event.id, result);
      stored.set(event.id, result.after);
      for (const p of result.participantWrites) {
        const at = participantWrites.findIndex((w) => w.eventId === event.id && w.entityId === p.entityId);
        if (at >= 0) participantWrites.splice(at, 1);
        participantWrites.push({ eventId: event.id, ...p });
      }
      for (const e of result.evidenceWrites) {
        evidenceWrites.push({ eventId: event.id, sentence: cypherInt(e.sentence), start: cypherInt(e.start), end: cypherInt(e.end), quote: e.quote, ordinal: cypherInt(e.ordinal) });
      }
    }
    await tx.run(Q.WRITE_EVENTS, {
      rows: [...merged.values()].map((e) => ({
        id: e.id,
        type: e.type,
        status: e.status,
        dateValue: e.date?.value ?? null,
        datePrecision: e.date?.precision ?? null,
        dateEnd: e.date?.end ?? null,
        dateFirstDay: e.dateFirstDay,
        dateLastDay: e.dateLastDay,
        placeId: e.placeId,
        summary: e.summary,
        confidence: e.confidence,
        ploverEvent: e.ploverEvent,
        ploverMode: e.ploverMode,
        cameo: e.cameo,
        searchLabel: foldForSearch(e.summary),
      })),
    });
    if (participantWrites.length > 0) {
      await tx.run(Q.WRITE_PARTICIPANTS, { rows: participantWrites.map((p) => ({ ...p, ordinal: cypherInt(p.ordinal) })) });
    }
    if (evidenceWrites.length > 0) await tx.run(Q.WRITE_EVENT_EVIDENCE, { articleId: graph.article.id, rows: evidenceWrites });
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError(`the neo4j store for ${this.uri} is closed`);
  }
}

// ── helpers of this adapter ─────────────────────────────────────────────────────────────────────

/** The findEvents filter as statement parameters; empty lists and absent bounds are null ("no restriction"). */
function eventFilterParams(filter: EventFilter) {
  return {
    types: nonEmpty(filter.types),
    statuses: nonEmpty(filter.statuses),
    participantIds: filter.participantIds && filter.participantIds.length > 0 ? unique(filter.participantIds) : null,
    fromDay: dayOfBound(filter.from, "from"),
    toDay: dayOfBound(filter.to, "to"),
    articleId: filter.articleId ?? null,
    countryIds: filter.countryIds && filter.countryIds.length > 0 ? unique(filter.countryIds) : null,
    source: filter.source ?? null,
    dated: filter.dated ?? null,
    // Unlike the lists above, an empty list is kept: it matches no event.
    eventIds: filter.eventIds ? unique(filter.eventIds) : null,
  };
}

function nonEmpty<T>(list: readonly T[] | undefined): T[] | null {
  return list && list.length > 0 ? [...list] : null;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

async function count(rows: Promise<{ n: number }[]>): Promise<number> {
  return (await rows)[0]?.n ?? 0;
}

/**
 * findEvents starts from one anchor (see EVENT_ANCHORS): the listed events, else the article, else
 * the first listed participant, else the first listed country, else the source; ALL when the filter names none.
 */
function eventAnchorOf(params: ReturnType<typeof eventFilterParams>): { anchor: EventAnchor; value: string | null } {
  // The EVENTS statements start from $eventIds itself: no $anchor.
  if (params.eventIds !== null) return { anchor: "EVENTS", value: null };
  if (params.articleId !== null) return { anchor: "ARTICLE", value: params.articleId };
  if (params.participantIds !== null) return { anchor: "PARTICIPANT", value: params.participantIds[0]! };
  if (params.countryIds !== null) return { anchor: "COUNTRY", value: params.countryIds[0]! };
  if (params.source !== null) return { anchor: "SOURCE", value: params.source };
  return { anchor: "ALL", value: null };
}

/** Attempts of an ingest whose node a concurrent delete removed under it (the delete committed first). */
const VANISHED_NODE_ATTEMPTS = 3;

/**
 * Runs `unit` again when Neo4j reports that a node or relationship it matched was deleted by a
 * transaction that committed meanwhile (a deleteArticle removing the last report of an event this
 * ingest also reports). The failed attempt rolled back; the next one MERGEs the node anew.
 */
async function retryOnVanishedNode<T>(unit: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await unit();
    } catch (error) {
      const cause = (error as { details?: { cause?: unknown } }).details?.cause;
      const vanished = error instanceof StoreError && cause === "Neo.ClientError.Statement.EntityNotFound";
      // A merge or rejection of this article's nodes committed while it was written: write it again under the new state.
      const curated = error instanceof StoreError && cause === CURATION_CHANGED;
      if (attempt >= VANISHED_NODE_ATTEMPTS || !(vanished || curated)) throw error;
    }
  }
}

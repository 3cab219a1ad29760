/**
 * Every Cypher statement of the neo4j adapter, one named entry each. Statements have a fixed text:
 * optional filters are `($x IS NULL OR …)` and lists of keys are one `$ids` list expanded with
 * UNWIND, so `npm run check:cypher` can run Neo4j's own parser and semantic analyser over each one,
 * and the store can never build Cypher from user input.
 *
 * A `$x IS NULL OR …` filter can never be served by an index, so a read that has an anchor (an id,
 * an article, a pair, a country, a name) starts from it in a statement of its own: findEvents has
 * one statement per anchor (`FIND_EVENTS_ASC_BY_COUNTRY` …), and the optional filters only narrow
 * what the anchor found. tests/store/neo4j-plans.test.ts runs EXPLAIN for every statement on a
 * live server and fails on a label scan of Event or Entity where an anchor exists.
 */

import { CURATION_LABELS, CURATION_STATEMENTS } from "./curation-statements.js";
import { officeSlugsNotActingForState } from "../../../extract/gazetteer/offices.js";

/** One statement: its text, the `$parameters` it takes (checked by the analyser) and whether it writes. */
export interface CypherStatement<P extends string = string> {
  readonly cypher: string;
  readonly params: readonly P[];
  readonly mode: "READ" | "WRITE";
}

function read<const P extends string>(cypher: string, params: readonly P[]): CypherStatement<P> {
  return { cypher: cypher.trim(), params, mode: "READ" };
}

function write<const P extends string>(cypher: string, params: readonly P[]): CypherStatement<P> {
  return { cypher: cypher.trim(), params, mode: "WRITE" };
}

/** The full-text index every search goes through (created in schema.ts). */
export const SEARCH_INDEX = "parley_search";
/** The full-text index of entities' fuzzy name keys (search-ranking.ts fuzzyKeysOf), for typo-tolerant name search. */
export const FUZZY_INDEX = "parley_fuzzy";

// ── fragments (never run alone) ─────────────────────────────────────────────────────────────────

/** An entity as EntityRecord needs it; mentionCount is the stored degree (MENTIONED_IN only ever ends at an Article). */
const ENTITY_PROJECTION = `x {
  .id, .kind, .name, .countryId,
  aliases: coalesce(x.aliases, []),
  mentionCount: COUNT { (x)-[:MENTIONED_IN]->() }
}`;

/** An event as EventRecord needs it; sourceCount counts distinct reporting articles. */
const EVENT_PROJECTION = `e {
  .id, .type, .status, .dateValue, .datePrecision, .dateEnd, .placeId, .summary, .confidence,
  .ploverEvent, .ploverMode, .cameo,
  sourceCount: COUNT { MATCH (e)-[:REPORTED_BY]->(src:Article) RETURN DISTINCT src }
}`;

const ARTICLE_PROJECTION = "a { .id, .url, .title, .source, .publishedAt, .language, .text, .ingestedAt }";

/** A tenure (HELD relationship) with its evidence kept as parallel lists on the relationship. */
const TENURE_PROJECTION = `{
  personId: p.id, officeId: o.id,
  fromValue: h.fromValue, fromPrecision: h.fromPrecision, fromEnd: h.fromEnd,
  toValue: h.toValue, toPrecision: h.toPrecision, toEnd: h.toEnd,
  confidence: h.confidence,
  evidenceArticleIds: coalesce(h.evidenceArticleIds, []), evidenceSentences: coalesce(h.evidenceSentences, []),
  evidenceStarts: coalesce(h.evidenceStarts, []), evidenceEnds: coalesce(h.evidenceEnds, []),
  evidenceQuotes: coalesce(h.evidenceQuotes, [])
}`;

/**
 * Tenure `t` may have been held when event `e` happened: a known start is on or before the event's
 * last day, a known end is on or after its first day (`+ '~'` makes `2025` or `2025-02` an upper
 * bound covering every day in it). Unknown tenure or event dates do not exclude.
 */
const TENURE_COVERS_EVENT = `(t.fromFirstDay IS NULL OR e.dateLastDay IS NULL OR t.fromFirstDay <= e.dateLastDay)
  AND (t.toValue IS NULL OR e.dateFirstDay IS NULL OR e.dateFirstDay <= coalesce(t.toEnd, t.toValue) + '~')`;

/**
 * Office `o` is one whose holder acts for its state (the country rule: executive and diplomatic
 * offices, not legislators', party, local or regional posts); the check itself is
 * officeSlugsNotActingForState's, written into the statement as a fixed list of title slugs
 * (`office:<ISO3>:` is 11 characters).
 */
function officeActsForState(o: string): string {
  return `NOT substring(${o}.id, 11) IN [${officeSlugsNotActingForState().map((slug) => `'${slug}'`).join(", ")}]`;
}

/** Event `e` involves the entity `idExpr`: it participates, or (a country) by the country rule, a participant holds one of its executive or diplomatic offices. */
function eventInvolves(idExpr: string): string {
  return `EXISTS {
    MATCH (e)-[:PARTICIPANT]->(ix:Entity)
    WHERE ix.id = ${idExpr}
       OR EXISTS { MATCH (ix)-[t:HELD]->(io:Office) WHERE io.countryId = ${idExpr} AND ${officeActsForState("io")} AND ${TENURE_COVERS_EVENT} }
  }`;
}

/**
 * The events that involve the entity `$anchor`: it takes part, or (a country) a participant held
 * one of its offices at the event's date. Both branches start from an index: the entity's id, the
 * offices' countryId.
 */
const EVENTS_INVOLVING_ANCHOR = `CALL () {
    MATCH (:Entity {id: $anchor})<-[:PARTICIPANT]-(e:Event)
    RETURN e
    UNION
    MATCH (o:Office {countryId: $anchor})<-[t:HELD]-(:Entity)<-[:PARTICIPANT]-(e:Event)
    WHERE ${officeActsForState("o")} AND ${TENURE_COVERS_EVENT}
    RETURN e
  }`;

/**
 * Where findEvents starts. ALL reads every event (no anchor: types, statuses and dates only);
 * the others start from the one thing the filter names, and the full filter below still applies.
 * The store picks the anchor: listed events, then the article, then the first participant, then
 * the first country, then the source.
 */
export const EVENT_ANCHORS = {
  ALL: "MATCH (e:Event)\n  WITH e",
  EVENTS: "UNWIND $eventIds AS anchorId\n  MATCH (e:Event {id: anchorId})\n  WITH DISTINCT e",
  ARTICLE: "MATCH (:Article {id: $anchor})<-[:REPORTED_BY]-(e:Event)\n  WITH DISTINCT e",
  PARTICIPANT: "MATCH (:Entity {id: $anchor})<-[:PARTICIPANT]-(e:Event)\n  WITH e",
  COUNTRY: `${EVENTS_INVOLVING_ANCHOR}\n  WITH e`,
  SOURCE: "MATCH (:Article {source: $anchor})<-[:REPORTED_BY]-(e:Event)\n  WITH DISTINCT e",
} as const;
export type EventAnchor = keyof typeof EVENT_ANCHORS;

/**
 * The event filter of findEvents from one anchor: a null parameter means "no restriction". An
 * event is kept when its day range overlaps [fromDay, toDay]; undated events have no range and drop
 * out of a bounded filter.
 */
function eventFilter(anchor: EventAnchor): string {
  return `
  ${EVENT_ANCHORS[anchor]}
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($statuses IS NULL OR e.status IN $statuses)
    AND ($participantIds IS NULL
         OR all(pid IN $participantIds WHERE EXISTS { MATCH (e)-[:PARTICIPANT]->(px:Entity) WHERE px.id = pid }))
    AND ($fromDay IS NULL OR e.dateLastDay >= $fromDay)
    AND ($toDay IS NULL OR e.dateFirstDay <= $toDay)
    AND ($articleId IS NULL OR EXISTS { MATCH (e)-[:REPORTED_BY]->(ra:Article) WHERE ra.id = $articleId })
    AND ($countryIds IS NULL OR all(cid IN $countryIds WHERE ${eventInvolves("cid")}))
    AND ($source IS NULL OR EXISTS { MATCH (e)-[:REPORTED_BY]->(sa:Article) WHERE sa.source = $source })
    AND ($dated IS NULL OR (e.dateFirstDay IS NOT NULL) = $dated)
    AND ($eventIds IS NULL OR e.id IN $eventIds)`;
}
const EVENT_FILTER_PARAMS = ["types", "statuses", "participantIds", "fromDay", "toDay", "articleId", "countryIds", "source", "dated", "eventIds"] as const;

/** The statement's parameters: the filter's, and `$anchor` for the anchors that read one (EVENTS starts from `$eventIds`). */
function eventFilterParams(anchor: EventAnchor) {
  return anchor === "ALL" || anchor === "EVENTS" ? EVENT_FILTER_PARAMS : ([...EVENT_FILTER_PARAMS, "anchor"] as const);
}

/** The event orders findEvents lists in, as the tail of a statement after the filter. */
const EVENT_ORDERS = {
  /** DATE_ASC: first day then id, undated ('~' sorts after every date) last. */
  ASC: `
  WITH e, coalesce(e.dateFirstDay, '~') AS sortKey
  WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND e.id > $afterId)
  RETURN ${EVENT_PROJECTION} AS event, sortKey
  ORDER BY sortKey ASC, e.id ASC
  LIMIT $limit`,
  /** DATE_DESC: first day then id, both descending, undated ('' sorts before every date) still last. */
  DESC: `
  WITH e, coalesce(e.dateFirstDay, '') AS sortKey
  WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND e.id < $afterId)
  RETURN ${EVENT_PROJECTION} AS event, sortKey
  ORDER BY sortKey DESC, e.id DESC
  LIMIT $limit`,
  /** SOURCES_DESC: distinct reporting articles (zero-padded), then first day, then id, all descending; undated last among equals. */
  SOURCES_DESC: `
  WITH e, right('000000' + toString(COUNT { MATCH (e)-[:REPORTED_BY]->(sa2:Article) RETURN DISTINCT sa2 }), 6)
          + '|' + coalesce(e.dateFirstDay, '') AS sortKey
  WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND e.id < $afterId)
  RETURN ${EVENT_PROJECTION} AS event, sortKey
  ORDER BY sortKey DESC, e.id DESC
  LIMIT $limit`,
} as const;

/** `FIND_EVENTS_<order>[_BY_<anchor>]` and `COUNT_EVENTS[_BY_<anchor>]` for every anchor. */
function findEventsStatements() {
  const entries: [string, CypherStatement][] = [];
  for (const anchor of Object.keys(EVENT_ANCHORS) as EventAnchor[]) {
    const suffix = anchor === "ALL" ? "" : `_BY_${anchor}`;
    for (const order of Object.keys(EVENT_ORDERS) as (keyof typeof EVENT_ORDERS)[]) {
      entries.push([`FIND_EVENTS_${order}${suffix}`, read(`${eventFilter(anchor)}${EVENT_ORDERS[order]}`, [...eventFilterParams(anchor), "afterKey", "afterId", "limit"])]);
    }
    entries.push([`COUNT_EVENTS${suffix}`, read(`${eventFilter(anchor)}\n  RETURN count(e) AS n`, [...eventFilterParams(anchor)])]);
  }
  return Object.fromEntries(entries) as Record<`FIND_EVENTS_${keyof typeof EVENT_ORDERS}${"" | `_BY_${Exclude<EventAnchor, "ALL">}`}` | `COUNT_EVENTS${"" | `_BY_${Exclude<EventAnchor, "ALL">}`}`, CypherStatement<string>>;
}

/** The most events a path may cross (PathQuery.maxHops is 1–6). */
export const MAX_PATH_HOPS = 6;

/** Whether event `e` is one a path may cross: within the optional $fromDay/$toDay (undated events never are when one is given). */
const pathEventInPeriod = (e: string) => `($fromDay IS NULL OR ${e}.dateLastDay >= $fromDay) AND ($toDay IS NULL OR ${e}.dateFirstDay <= $toDay)`;
const PATH_EVENT_IN_PERIOD = pathEventInPeriod("e");

/**
 * Every node of path `p` but `a` and `z` is an event in the period or an entity of a kind in the
 * optional $through: written over all nodes so shortestPath checks it while it searches.
 */
const pathNodesAllowed = (a: string, z: string) =>
  `all(n IN nodes(p) WHERE n = ${a} OR n = ${z} OR (n:Event AND coalesce(${pathEventInPeriod("n")}, false)) OR (n:Entity AND ($through IS NULL OR n.kind IN $through)))`;

/**
 * Path's breadth-first search (src/store/path-search.ts) asks for `PATH_NEIGHBOURS`; it starts from
 * `PATH_ENDS`. Both return each entity's number of events, what expanding it costs, so the search
 * grows the cheaper side and the adapter can leave a costly step to `shortestPath` below. The count
 * names no label at the far end: Neo4j then reads the stored degree instead of walking a busy
 * person's relationships (only events have PARTICIPANT relationships).
 */
function pathSearchStatements() {
  return {
    /** $from and $to that exist, with their number of events. */
    PATH_ENDS: read(
      `
    UNWIND [$from, $to] AS id
    MATCH (x:Entity {id: id})
    RETURN x.id AS id, COUNT { (x)<-[:PARTICIPANT]-() } AS events`,
      ["from", "to"],
    ),
    /** Every [id, neighbour] pair of $ids sharing an event in the period, with the neighbour's number of events. */
    PATH_NEIGHBOURS: read(
      `
    UNWIND $ids AS id
    MATCH (x:Entity {id: id})<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(y:Entity)
    WHERE y <> x AND ${PATH_EVENT_IN_PERIOD}
    WITH DISTINCT id, y
    RETURN id, y.id AS neighbour, COUNT { (y)<-[:PARTICIPANT]-() } AS events`,
      ["ids", "fromDay", "toDay"],
    ),
  };
}

/**
 * Path statements, one per hop bound (a variable-length bound cannot be a parameter), crossing only
 * events in the optional period and entities of the optional kinds:
 * `SHORTEST_PATH_HOPS_<k>` finds the length of a shortest chain of at most k events, and
 * `PATH_STEP_BACK_<k>` finds, among the neighbours of `$current`, the lowest id within k events of
 * `$from`. Walking back from `$to` with it picks the same chain as the sqlite adapter's breadth-first
 * search: at each step the lowest-id neighbour one step closer to `$from`.
 */
function pathStatements() {
  const entries: [string, CypherStatement][] = [];
  // Two forms of each: without a period or kinds, shortestPath checks no predicate on the nodes it visits.
  for (const limited of [false, true]) {
    const suffix = limited ? "_LIMITED" : "";
    const limits = limited ? (["fromDay", "toDay", "through"] as const) : ([] as const);
    for (let k = 1; k <= MAX_PATH_HOPS; k += 1) {
      entries.push([
        `SHORTEST_PATH_HOPS_${k}${suffix}`,
        read(
          `
    MATCH (a:Entity {id: $from})
    MATCH (b:Entity {id: $to})
    MATCH p = shortestPath((a)-[:PARTICIPANT*..${2 * k}]-(b))${limited ? `\n    WHERE ${pathNodesAllowed("a", "b")}` : ""}
    RETURN length(p) / 2 AS hops`,
          ["from", "to", ...limits],
        ),
      ]);
      if (k < MAX_PATH_HOPS) {
        entries.push([
          `PATH_STEP_BACK_${k}${suffix}`,
          read(
            `
    MATCH (a:Entity {id: $from})
    MATCH (:Entity {id: $current})<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(y:Entity)
    WHERE y <> a${limited ? ` AND ${PATH_EVENT_IN_PERIOD} AND ($through IS NULL OR y.kind IN $through)` : ""}
    WITH DISTINCT a, y
    ORDER BY y.id
    MATCH p = shortestPath((a)-[:PARTICIPANT*..${2 * k}]-(y))${limited ? `\n    WHERE ${pathNodesAllowed("a", "y")}` : ""}
    RETURN y.id AS id
    LIMIT 1`,
            ["from", "current", ...limits],
          ),
        ]);
      }
    }
  }
  type Hops = 1 | 2 | 3 | 4 | 5 | 6;
  type Suffix = "" | "_LIMITED";
  return Object.fromEntries(entries) as Record<`SHORTEST_PATH_HOPS_${Hops}${Suffix}` | `PATH_STEP_BACK_${Exclude<Hops, 6>}${Suffix}`, CypherStatement<string>>;
}

/** contactCounts' rows for events `e`: each participant, with the countries of the offices it held at the event's date. */
const CONTACT_INVOLVEMENT_ROWS = `MATCH (e)-[:PARTICIPANT]->(px:Entity)
    OPTIONAL MATCH (px)-[t:HELD]->(o:Office)
      WHERE o.countryId IS NOT NULL AND ${officeActsForState("o")} AND ${TENURE_COVERS_EVENT}
    RETURN e.id AS eventId, e.dateValue AS dateValue, e.datePrecision AS datePrecision, px.id AS participantId,
           collect(DISTINCT o.countryId) AS officeCountryIds
    ORDER BY eventId, participantId`;

/** Which events each CONTACT_INVOLVEMENTS statement reads (a statement each: one fixed text, one plan). */
const CONTACT_DATES = {
  /** contactCounts: dated events. */
  "": "e.dateValue IS NOT NULL",
  /** uncountedContacts: undated events. */
  _UNDATED: "e.dateValue IS NULL",
  /** uncountedContacts (MONTH): events dated only to a year. */
  _YEAR_ONLY: "e.datePrecision = 'YEAR'",
} as const;

/**
 * `CONTACT_INVOLVEMENTS[_UNDATED|_YEAR_ONLY]`, for contactCounts and uncountedContacts: each
 * participant of each event involving $anchor (the query's `a`, or `b` when only `a` is a country)
 * and, when given, $other (within the optional filters), with the countries of the offices it held
 * at the time.
 */
function contactInvolvementStatements() {
  const entries = (Object.keys(CONTACT_DATES) as (keyof typeof CONTACT_DATES)[]).map((suffix): [string, CypherStatement] => [
    `CONTACT_INVOLVEMENTS${suffix}`,
    read(
      `
    ${EVENTS_INVOLVING_ANCHOR}
    WITH e
    WHERE ${CONTACT_DATES[suffix]}
      AND ($types IS NULL OR e.type IN $types)
      AND ($fromDay IS NULL OR e.dateLastDay >= $fromDay)
      AND ($toDay IS NULL OR e.dateFirstDay <= $toDay)
      AND ($other IS NULL OR ${eventInvolves("$other")})
    ${CONTACT_INVOLVEMENT_ROWS}`,
      ["anchor", "other", "types", "fromDay", "toDay"],
    ),
  ]);
  return Object.fromEntries(entries) as Record<`CONTACT_INVOLVEMENTS${keyof typeof CONTACT_DATES}`, CypherStatement<string>>;
}

/** Entities named `$nameKey` (name or alias): candidates from the text index on nameKeys (`$needle` is "|key|"), then the exact test. */
const ENTITIES_NAMED = `MATCH (x:Entity)
    WHERE x.nameKeys CONTAINS $needle
    WITH x
    WHERE x.nameKey = $nameKey OR $nameKey IN x.aliasKeys
    WITH x`;

/** Lock-then-read: setting `_lock` takes the node's write lock before its values are read (Neo4j's documented pattern). */
const TAKE_LOCK = "_lock = true";

/** `n` is a node Parley wrote: the graph, or curation state and its log. */
const PARLEY_NODE = ["Entity", "Event", "Article", ...CURATION_LABELS].map((label) => `n:${label}`).join(" OR ");

export const STATEMENTS = {
  // ── ingest: one write transaction per article ──────────────────────────────────────────────
  /**
   * Creates the article unless its id is stored. `ours` is true when the stored article carries this
   * call's `$ingestId` (drawn once per ingestArticle call, outside the retried unit of work), and
   * `createdNow` when it did not exist before this transaction: ours but not created now means an
   * earlier attempt of the same call committed and only its answer was lost.
   */
  CREATE_ARTICLE_IF_ABSENT: write(
    `
    OPTIONAL MATCH (before:Article {id: $id})
    WITH before IS NULL AS createdNow
    MERGE (a:Article {id: $id})
    ON CREATE SET a.ingestId = $ingestId, a.url = $url, a.title = $title, a.source = $source,
                  a.publishedAt = $publishedAt, a.language = $language, a.text = $text,
                  a.ingestedAt = datetime($ingestedAt), a.searchLabel = $searchLabel,
                  a.tenurePersonIds = $tenurePersonIds
    RETURN a.ingestId = $ingestId AS ours, createdNow`,
    ["id", "ingestId", "url", "title", "source", "publishedAt", "language", "text", "ingestedAt", "searchLabel", "tenurePersonIds"],
  ),
  /** Merges the entity nodes by id, locks them and returns what is stored (name null for a new node). */
  LOCK_ENTITIES: write(
    `
    UNWIND $ids AS id
    MERGE (x:Entity {id: id})
    SET x.${TAKE_LOCK}
    RETURN x.id AS id, x.name AS name, x.countryId AS countryId, coalesce(x.aliases, []) AS aliases`,
    ["ids"],
  ),
  /** Writes merged entities; the kind label is added beside :Entity. */
  WRITE_ENTITIES: write(
    `
    UNWIND $rows AS row
    MATCH (x:Entity {id: row.id})
    SET x.kind = row.kind, x.name = row.name, x.nameKey = row.nameKey, x.aliases = row.aliases,
        x.aliasKeys = row.aliasKeys, x.nameKeys = row.nameKeys, x.countryId = row.countryId,
        x.searchLabel = row.searchLabel, x.searchExtra = row.searchExtra, x.fuzzyKeys = row.fuzzyKeys
    REMOVE x._lock
    FOREACH (_ IN CASE row.kind WHEN 'PERSON' THEN [1] ELSE [] END | SET x:Person)
    FOREACH (_ IN CASE row.kind WHEN 'OFFICE' THEN [1] ELSE [] END | SET x:Office)
    FOREACH (_ IN CASE row.kind WHEN 'COUNTRY' THEN [1] ELSE [] END | SET x:Country)
    FOREACH (_ IN CASE row.kind WHEN 'ORGANIZATION' THEN [1] ELSE [] END | SET x:Organization)
    FOREACH (_ IN CASE row.kind WHEN 'PLACE' THEN [1] ELSE [] END | SET x:Place)`,
    ["rows"],
  ),
  /** One MENTIONED_IN per entity, article and span. */
  WRITE_MENTIONS: write(
    `
    MATCH (a:Article {id: $articleId})
    UNWIND $mentions AS m
    MATCH (x:Entity {id: m.entityId})
    MERGE (x)-[r:MENTIONED_IN {start: m.start, end: m.end}]->(a)
    ON CREATE SET r.sentence = m.sentence, r.text = m.text`,
    ["articleId", "mentions"],
  ),
  /** (Office)-[:OF]->(Country) for offices among `ids` or offices of a country among `ids`, when the country node exists. */
  LINK_OFFICES_TO_COUNTRIES: write(
    `
    MATCH (o:Office)
    WHERE o.id IN $ids OR o.countryId IN $ids
    MATCH (c:Country {id: o.countryId})
    MERGE (o)-[:OF]->(c)`,
    ["ids"],
  ),
  /** (Place)-[:IN]->(Country), likewise. */
  LINK_PLACES_TO_COUNTRIES: write(
    `
    MATCH (pl:Place)
    WHERE pl.id IN $ids OR pl.countryId IN $ids
    MATCH (c:Country {id: pl.countryId})
    MERGE (pl)-[:IN]->(c)`,
    ["ids"],
  ),
  /** Merges one HELD per person, office and term (the starting year, '' when unknown), locks it and returns it. */
  LOCK_TENURES: write(
    `
    UNWIND $keys AS k
    MATCH (p:Person {id: k.personId})
    MATCH (o:Office {id: k.officeId})
    MERGE (p)-[h:HELD {termKey: k.termKey}]->(o)
    SET h.${TAKE_LOCK}
    RETURN k.termKey AS termKey, ${TENURE_PROJECTION} AS tenure`,
    ["keys"],
  ),
  WRITE_TENURES: write(
    `
    UNWIND $rows AS row
    MATCH (p:Person {id: row.personId})-[h:HELD {termKey: row.termKey}]->(o:Office {id: row.officeId})
    SET h.fromValue = row.fromValue, h.fromPrecision = row.fromPrecision, h.fromEnd = row.fromEnd,
        h.fromFirstDay = row.fromFirstDay, h.toValue = row.toValue, h.toPrecision = row.toPrecision,
        h.toEnd = row.toEnd, h.confidence = row.confidence,
        h.evidenceArticleIds = row.evidenceArticleIds, h.evidenceSentences = row.evidenceSentences,
        h.evidenceStarts = row.evidenceStarts, h.evidenceEnds = row.evidenceEnds, h.evidenceQuotes = row.evidenceQuotes
    REMOVE h._lock`,
    ["rows"],
  ),
  /** Merges the event nodes by id, locks them and returns what is stored with its participants and evidence keys. */
  LOCK_EVENTS: write(
    `
    UNWIND $ids AS id
    MERGE (e:Event {id: id})
    SET e.${TAKE_LOCK}
    RETURN e { .id, .type, .status, .dateValue, .datePrecision, .dateEnd, .placeId, .summary, .confidence,
               .ploverEvent, .ploverMode, .cameo } AS event,
           [(e)-[r:PARTICIPANT]->(px:Entity) | {entityId: px.id, role: r.role, ordinal: r.ordinal}] AS participants,
           [(e)-[r:REPORTED_BY]->(ra:Article) | {articleId: ra.id, start: r.start, end: r.end, ordinal: r.ordinal}] AS evidence`,
    ["ids"],
  ),
  /** Writes merged events and links a stored place; placeId stays a property since the place may be unknown. */
  WRITE_EVENTS: write(
    `
    UNWIND $rows AS row
    MATCH (e:Event {id: row.id})
    SET e.type = row.type, e.status = row.status, e.dateValue = row.dateValue, e.datePrecision = row.datePrecision,
        e.dateEnd = row.dateEnd, e.dateFirstDay = row.dateFirstDay, e.dateLastDay = row.dateLastDay,
        e.placeId = row.placeId, e.summary = row.summary, e.confidence = row.confidence,
        e.ploverEvent = row.ploverEvent, e.ploverMode = row.ploverMode, e.cameo = row.cameo,
        e.searchLabel = row.searchLabel
    REMOVE e._lock
    WITH e, row
    OPTIONAL MATCH (pl:Place {id: row.placeId})
    FOREACH (_ IN CASE WHEN pl IS NULL THEN [] ELSE [1] END | MERGE (e)-[:AT]->(pl))`,
    ["rows"],
  ),
  /** New participants and role upgrades; `ordinal` keeps the order they were first reported in. */
  WRITE_PARTICIPANTS: write(
    `
    UNWIND $rows AS row
    MATCH (e:Event {id: row.eventId})
    MATCH (px:Entity {id: row.entityId})
    MERGE (e)-[r:PARTICIPANT]->(px)
    SET r.role = row.role, r.ordinal = row.ordinal`,
    ["rows"],
  ),
  /** Evidence of events: one REPORTED_BY per event, article and span. */
  WRITE_EVENT_EVIDENCE: write(
    `
    MATCH (a:Article {id: $articleId})
    UNWIND $rows AS row
    MATCH (e:Event {id: row.eventId})
    CREATE (e)-[:REPORTED_BY {sentence: row.sentence, start: row.start, end: row.end, quote: row.quote, ordinal: row.ordinal}]->(a)`,
    ["articleId", "rows"],
  ),

  // ── deleteArticle: one write transaction ───────────────────────────────────────────────────
  /**
   * Locks the article and returns the events it reports, the entities it mentions, those events'
   * participants and the people whose tenures it gives evidence for. No row when absent.
   */
  LOCK_ARTICLE_FOR_DELETE: write(
    `
    MATCH (a:Article {id: $articleId})
    SET a.${TAKE_LOCK}
    RETURN [(e:Event)-[:REPORTED_BY]->(a) | e.id] AS eventIds,
           [(x:Entity)-[:MENTIONED_IN]->(a) | x.id] AS mentionedIds,
           [(e:Event)-[:REPORTED_BY]->(a) | [(e)-[:PARTICIPANT]->(px:Entity) | px.id]] AS participantIds,
           a.tenurePersonIds AS tenurePersonIds`,
    ["articleId"],
  ),
  /**
   * Drops the article's entries from the evidence lists of the tenures of `$personIds` and deletes the
   * tenures left with none; returns the people and offices of the tenures it touched. Each tenure is
   * locked before its lists are read, so a concurrent ingest's evidence is never lost and the
   * parallel lists stay aligned.
   */
  STRIP_TENURE_EVIDENCE: write(
    `
    UNWIND $personIds AS personId
    MATCH (p:Person {id: personId})-[h:HELD]->(o:Office)
    SET h.${TAKE_LOCK}
    REMOVE h._lock
    WITH p, h, o
    WHERE $articleId IN h.evidenceArticleIds
    WITH p, h, o, [i IN range(0, size(h.evidenceArticleIds) - 1) WHERE h.evidenceArticleIds[i] <> $articleId] AS keep
    SET h.evidenceSentences = [i IN keep | h.evidenceSentences[i]],
        h.evidenceStarts = [i IN keep | h.evidenceStarts[i]],
        h.evidenceEnds = [i IN keep | h.evidenceEnds[i]],
        h.evidenceQuotes = [i IN keep | h.evidenceQuotes[i]],
        h.evidenceArticleIds = [i IN keep | h.evidenceArticleIds[i]]
    FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE h)
    RETURN p.id AS personId, o.id AS officeId`,
    ["articleId", "personIds"],
  ),
  /** Deletes the article with its mentions and event evidence (relationships). */
  DELETE_ARTICLE: write(
    `
    MATCH (a:Article {id: $articleId})
    DETACH DELETE a`,
    ["articleId"],
  ),
  /** Deletes the events of $ids left with no report; each is locked before the check, so evidence an ingest adds meanwhile keeps it. */
  DELETE_UNEVIDENCED_EVENTS: write(
    `
    UNWIND $ids AS id
    MATCH (e:Event {id: id})
    SET e.${TAKE_LOCK}
    REMOVE e._lock
    WITH e
    WHERE NOT EXISTS { (e)-[:REPORTED_BY]->() }
    DETACH DELETE e`,
    ["ids"],
  ),
  /** Deletes entities of $ids nothing refers to any more (no mention, participation or tenure), each locked before the check. */
  DELETE_ORPHANED_ENTITIES: write(
    `
    UNWIND $ids AS id
    MATCH (x:Entity {id: id})
    SET x.${TAKE_LOCK}
    REMOVE x._lock
    WITH x
    WHERE NOT EXISTS { (x)-[:MENTIONED_IN]->() }
      AND NOT EXISTS { (x)<-[:PARTICIPANT]-() }
      AND NOT EXISTS { (x)-[:HELD]-() }
    DETACH DELETE x`,
    ["ids"],
  ),

  // ── entities ────────────────────────────────────────────────────────────────────────────────
  ENTITIES_BY_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (x:Entity {id: id})
    RETURN ${ENTITY_PROJECTION} AS entity`,
    ["ids"],
  ),
  /** Entities by lower-cased name then id, after the cursor (no name: the listing reads every entity of the kind). */
  FIND_ENTITIES: read(
    `
    MATCH (x:Entity)
    WHERE ($kind IS NULL OR x.kind = $kind)
      AND ($afterId IS NULL OR x.nameKey > $afterKey OR (x.nameKey = $afterKey AND x.id > $afterId))
    RETURN ${ENTITY_PROJECTION} AS entity, x.nameKey AS sortKey
    ORDER BY x.nameKey, x.id
    LIMIT $limit`,
    ["kind", "afterKey", "afterId", "limit"],
  ),
  COUNT_ENTITIES: read(
    `
    MATCH (x:Entity)
    WHERE $kind IS NULL OR x.kind = $kind
    RETURN count(x) AS n`,
    ["kind"],
  ),
  /**
   * Entities whose name or an alias has the key `$nameKey`, by name then id, after the cursor. The
   * text index on `nameKeys` ("|name|alias|…|") finds the candidates; the exact test follows.
   */
  FIND_ENTITIES_BY_NAME: read(
    `
    ${ENTITIES_NAMED}
    WHERE ($kind IS NULL OR x.kind = $kind)
      AND ($afterId IS NULL OR x.nameKey > $afterKey OR (x.nameKey = $afterKey AND x.id > $afterId))
    RETURN ${ENTITY_PROJECTION} AS entity, x.nameKey AS sortKey
    ORDER BY x.nameKey, x.id
    LIMIT $limit`,
    ["nameKey", "needle", "kind", "afterKey", "afterId", "limit"],
  ),
  COUNT_ENTITIES_BY_NAME: read(
    `
    ${ENTITIES_NAMED}
    WHERE $kind IS NULL OR x.kind = $kind
    RETURN count(x) AS n`,
    ["nameKey", "needle", "kind"],
  ),
  COUNT_ENTITIES_BY_KIND: read(
    `
    MATCH (x:Entity)
    RETURN x.kind AS kind, count(x) AS n`,
    [],
  ),

  // ── events ──────────────────────────────────────────────────────────────────────────────────
  EVENTS_BY_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (e:Event {id: id})
    RETURN ${EVENT_PROJECTION} AS event`,
    ["ids"],
  ),
  ...findEventsStatements(),
  /** Events in which at least two of `between` (distinct ids) take part, by date, undated last. */
  CONTACTS: read(
    `
    UNWIND $between AS pid
    MATCH (px:Entity {id: pid})<-[:PARTICIPANT]-(e:Event)
    WITH e, count(DISTINCT px) AS present
    WHERE present >= 2
      AND ($types IS NULL OR e.type IN $types)
      AND ($fromDay IS NULL OR e.dateLastDay >= $fromDay)
      AND ($toDay IS NULL OR e.dateFirstDay <= $toDay)
    RETURN ${EVENT_PROJECTION} AS event
    ORDER BY coalesce(e.dateFirstDay, '~'), e.id
    LIMIT $limit`,
    ["between", "types", "fromDay", "toDay", "limit"],
  ),
  /**
   * contacts among entities of which one at least is a country: events in which two of $between are
   * involved, people and organisations by taking part, countries by the country rule.
   */
  CONTACTS_INVOLVING: read(
    `
    UNWIND $between AS pid
    CALL (pid) {
      MATCH (:Entity {id: pid})<-[:PARTICIPANT]-(e:Event)
      RETURN e
      UNION
      MATCH (o:Office {countryId: pid})<-[t:HELD]-(:Entity)<-[:PARTICIPANT]-(e:Event)
      WHERE ${officeActsForState("o")} AND ${TENURE_COVERS_EVENT}
      RETURN e
    }
    WITH e, count(DISTINCT pid) AS present
    WHERE present >= 2
      AND ($types IS NULL OR e.type IN $types)
      AND ($fromDay IS NULL OR e.dateLastDay >= $fromDay)
      AND ($toDay IS NULL OR e.dateFirstDay <= $toDay)
    RETURN ${EVENT_PROJECTION} AS event
    ORDER BY coalesce(e.dateFirstDay, '~'), e.id
    LIMIT $limit`,
    ["between", "types", "fromDay", "toDay", "limit"],
  ),
  /**
   * The country rule for each event of $eventIds: one row per country taking part (throughId null)
   * and per participant holding, at the event's date, an office of a country's executive or
   * diplomatic service.
   */
  COUNTRY_RULE_BY_EVENT_IDS: read(
    `
    UNWIND $eventIds AS eventId
    MATCH (e:Event {id: eventId})
    CALL (e) {
      MATCH (e)-[:PARTICIPANT]->(c:Country)
      RETURN c.id AS countryId, null AS throughId
      UNION
      MATCH (e)-[:PARTICIPANT]->(px:Entity)-[t:HELD]->(o:Office)
      WHERE o.countryId IS NOT NULL AND ${officeActsForState("o")} AND ${TENURE_COVERS_EVENT}
      RETURN o.countryId AS countryId, px.id AS throughId
    }
    RETURN eventId, countryId, throughId`,
    ["eventIds"],
  ),
  /** contacts between exactly two entities: their shared events, found from the pair (expand-into from the side with fewer events). */
  CONTACTS_PAIR: read(
    `
    MATCH (:Entity {id: $a})<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(:Entity {id: $b})
    WITH DISTINCT e
    WHERE ($types IS NULL OR e.type IN $types)
      AND ($fromDay IS NULL OR e.dateLastDay >= $fromDay)
      AND ($toDay IS NULL OR e.dateFirstDay <= $toDay)
    RETURN ${EVENT_PROJECTION} AS event
    ORDER BY coalesce(e.dateFirstDay, '~'), e.id
    LIMIT $limit`,
    ["a", "b", "types", "fromDay", "toDay", "limit"],
  ),
  /**
   * contactCounts between two entities neither of which is a country (only countries are involved
   * through offices, so both take part themselves): their shared dated events counted per period in
   * the database. `$month` buckets by `YYYY-MM` and leaves out events dated only to the year.
   */
  CONTACT_COUNTS_PAIR: read(
    `
    MATCH (:Entity {id: $a})<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(:Entity {id: $b})
    WITH DISTINCT e
    WHERE e.dateValue IS NOT NULL
      AND ($types IS NULL OR e.type IN $types)
      AND ($fromDay IS NULL OR e.dateLastDay >= $fromDay)
      AND ($toDay IS NULL OR e.dateFirstDay <= $toDay)
      AND NOT ($month AND e.datePrecision = 'YEAR')
    WITH CASE WHEN $month THEN substring(e.dateValue, 0, 7) ELSE substring(e.dateValue, 0, 4) END AS period, count(e) AS count
    RETURN period, count
    ORDER BY count DESC, period`,
    ["a", "b", "month", "types", "fromDay", "toDay"],
  ),
  ...contactInvolvementStatements(),
  ...pathSearchStatements(),
  ...pathStatements(),
  /** The earliest event in the period (first day, undated last, then id) each pair [x, y] of $pairs shares: the links of a path. */
  PATH_LINKS: read(
    `
    UNWIND $pairs AS pair
    MATCH (:Entity {id: pair[0]})<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(:Entity {id: pair[1]})
    WHERE ${PATH_EVENT_IN_PERIOD}
    WITH pair, e
    ORDER BY coalesce(e.dateFirstDay, '~'), e.id
    RETURN pair[0] AS source, pair[1] AS target, collect(e.id)[0] AS eventId`,
    ["pairs", "fromDay", "toDay"],
  ),
  /** Who shares events with any of $ids (not $exclude): distinct shared events, most first, then id. */
  CO_PARTICIPANTS: read(
    `
    MATCH (x:Entity)<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(y:Entity)
    WHERE x.id IN $ids AND NOT y.id IN $exclude AND x <> y
    WITH y.id AS id, count(DISTINCT e) AS weight
    RETURN id, weight
    ORDER BY weight DESC, id
    LIMIT $limit`,
    ["ids", "exclude", "limit"],
  ),
  /** Each pair (source < target) of $ids sharing events, with how many. */
  SHARED_EVENT_COUNTS: read(
    `
    MATCH (x:Entity)<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(y:Entity)
    WHERE x.id IN $ids AND y.id IN $ids AND x.id < y.id
    WITH x.id AS source, y.id AS target, count(DISTINCT e) AS weight
    RETURN source, target, weight
    ORDER BY source, target`,
    ["ids"],
  ),
  ENTITY_EXISTS: read(
    `
    MATCH (x:Entity {id: $id})
    RETURN x.id AS id`,
    ["id"],
  ),
  PARTICIPANTS_BY_EVENT_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (e:Event {id: id})-[r:PARTICIPANT]->(px:Entity)
    RETURN id AS key, px.id AS entityId, r.role AS role
    ORDER BY key, r.ordinal`,
    ["ids"],
  ),
  EVIDENCE_BY_EVENT_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (e:Event {id: id})-[r:REPORTED_BY]->(a:Article)
    RETURN id AS key, a.id AS articleId, r.sentence AS sentence, r.start AS start, r.end AS end, r.quote AS quote
    ORDER BY key, r.ordinal`,
    ["ids"],
  ),
  EVENT_IDS_BY_ENTITY_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (px:Entity {id: id})<-[:PARTICIPANT]-(e:Event)
    RETURN id AS key, e.id AS id
    ORDER BY key, coalesce(e.dateFirstDay, '~'), e.id`,
    ["ids"],
  ),
  COUNT_EVENTS_BY_TYPE: read(
    `
    MATCH (e:Event)
    RETURN e.type AS type, count(e) AS n`,
    [],
  ),

  // ── tenures ─────────────────────────────────────────────────────────────────────────────────
  TENURES_BY_PERSON_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (p:Person {id: id})-[h:HELD]->(o:Office)
    RETURN id AS key, ${TENURE_PROJECTION} AS tenure
    ORDER BY key, coalesce(h.fromFirstDay, '~'), p.id, o.id`,
    ["ids"],
  ),
  TENURES_BY_OFFICE_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (p:Person)-[h:HELD]->(o:Office {id: id})
    RETURN id AS key, ${TENURE_PROJECTION} AS tenure
    ORDER BY key, coalesce(h.fromFirstDay, '~'), p.id, o.id`,
    ["ids"],
  ),
  COUNT_TENURES: read(
    `
    MATCH (:Person)-[h:HELD]->(:Office)
    RETURN count(h) AS n`,
    [],
  ),

  // ── articles ────────────────────────────────────────────────────────────────────────────────
  ARTICLES_BY_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (a:Article {id: id})
    RETURN ${ARTICLE_PROJECTION} AS article`,
    ["ids"],
  ),
  /** Newest publication first, unknown publication dates ('') last, then id descending. */
  FIND_ARTICLES: read(
    `
    MATCH (a:Article)
    WITH a, coalesce(a.publishedAt, '') AS sortKey
    WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND a.id < $afterId)
    RETURN ${ARTICLE_PROJECTION} AS article, sortKey
    ORDER BY sortKey DESC, a.id DESC
    LIMIT $limit`,
    ["afterKey", "afterId", "limit"],
  ),
  COUNT_ARTICLES: read(
    `
    MATCH (a:Article)
    RETURN count(a) AS n`,
    [],
  ),
  ARTICLE_IDS_BY_ENTITY_IDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (x:Entity {id: id})-[:MENTIONED_IN]->(a:Article)
    WITH DISTINCT id, a
    RETURN id AS key, a.id AS id
    ORDER BY key, coalesce(a.publishedAt, '') DESC, a.id DESC`,
    ["ids"],
  ),

  // ── search: candidates only; search-ranking.ts ranks them ──────────────────────────────────
  /** Entities whose whole name or an alias has the key `$nameKey` (text index on nameKeys), most mentioned first. */
  SEARCH_ENTITIES_NAMED: read(
    `
    ${ENTITIES_NAMED}
    WHERE $kinds IS NULL OR x.kind IN $kinds
    WITH x, COUNT { (x)-[:MENTIONED_IN]->() } AS mentions
    ORDER BY mentions DESC, x.id
    LIMIT $limit
    RETURN x.id AS id`,
    ["nameKey", "needle", "kinds", "limit"],
  ),
  /** Entities whose words match `$query` (built by fulltext-query.ts): the `$limit` most mentioned, then by id. */
  SEARCH_ENTITY_WORDS: read(
    `
    CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node
    WITH node AS x
    WHERE x:Entity AND ($kinds IS NULL OR x.kind IN $kinds)
    WITH x, COUNT { (x)-[:MENTIONED_IN]->() } AS mentions
    ORDER BY mentions DESC, x.id
    LIMIT $limit
    RETURN x.id AS id`,
    ["query", "kinds", "limit"],
  ),
  /** Entities sharing a fuzzy key with every query word (`$query` ANDs one group of keys per word): the `$limit` most mentioned, then by id. */
  SEARCH_ENTITY_FUZZY: read(
    `
    CALL db.index.fulltext.queryNodes('${FUZZY_INDEX}', $query) YIELD node
    WITH node AS x
    WHERE $kinds IS NULL OR x.kind IN $kinds
    WITH x, COUNT { (x)-[:MENTIONED_IN]->() } AS mentions
    ORDER BY mentions DESC, x.id
    LIMIT $limit
    RETURN x.id AS id`,
    ["query", "kinds", "limit"],
  ),
  /** Search candidates by id: each entity with its aliases, mentions and events (its prominence). */
  SEARCH_ENTITY_RECORDS: read(
    `
    UNWIND $ids AS id
    WITH DISTINCT id
    MATCH (x:Entity {id: id})
    RETURN ${ENTITY_PROJECTION} AS entity, COUNT { (x)<-[:PARTICIPANT]-() } AS events`,
    ["ids"],
  ),
  /** Events (`$kind` 'EVENT') or articles ('ARTICLE') whose summary or title matches `$query`: best Lucene score first, then id. */
  SEARCH_DOCUMENTS: read(
    `
    CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
    WITH node, score
    WHERE ($kind = 'EVENT' AND node:Event) OR ($kind = 'ARTICLE' AND node:Article)
    RETURN node.id AS id, CASE $kind WHEN 'EVENT' THEN node.summary ELSE node.title END AS label,
           CASE $kind WHEN 'EVENT' THEN COUNT { MATCH (node)-[:REPORTED_BY]->(src:Article) RETURN DISTINCT src } ELSE 0 END AS sources
    ORDER BY score DESC, id ASC
    LIMIT $limit`,
    ["query", "kind", "limit"],
  ),

  // ── maintenance (adapter tests and operators; not part of the GraphStore port) ──────────────
  /** Fills `nameKeys` on entities stored before it existed (run at open; touches nothing once every entity has it). */
  BACKFILL_NAME_KEYS: write(
    `
    MATCH (x:Entity)
    WHERE x.nameKey IS NOT NULL AND x.nameKeys IS NULL
    SET x.nameKeys = reduce(keys = '|' + x.nameKey + '|', key IN coalesce(x.aliasKeys, []) | keys + key + '|')`,
    [],
  ),
  /** Entities without fuzzy keys (stored before they existed), a batch at a time: filled at open. */
  ENTITIES_WITHOUT_FUZZY_KEYS: read(
    `
    MATCH (x:Entity)
    WHERE x.name IS NOT NULL AND x.fuzzyKeys IS NULL
    RETURN x.id AS id, x.name AS name, coalesce(x.aliases, []) AS aliases
    LIMIT $limit`,
    ["limit"],
  ),
  SET_FUZZY_KEYS: write(
    `
    UNWIND $rows AS row
    MATCH (x:Entity {id: row.id})
    SET x.fuzzyKeys = row.fuzzyKeys`,
    ["rows"],
  ),
  COUNT_PARLEY_NODES: read(
    `
    MATCH (n)
    WHERE ${PARLEY_NODE}
    RETURN count(n) AS n`,
    [],
  ),
  DELETE_ALL_PARLEY_NODES: write(
    `
    MATCH (n)
    WHERE ${PARLEY_NODE}
    DETACH DELETE n`,
    [],
  ),

  // ── curation (cypher/curation-statements.ts) ─────────────────────────────────────────────────
  ...CURATION_STATEMENTS,
} as const;

export type StatementName = keyof typeof STATEMENTS;

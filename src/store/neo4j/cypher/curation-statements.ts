import { type CypherStatement } from "./statements.js";

/**
 * The Cypher of curation (../neo4j-curation.ts; what each correction means is in ../../curation.ts).
 * Spread into STATEMENTS, so the analyser and the EXPLAIN test check these like every other.
 *
 * Curation state lives in nodes of its own, apart from the graph (a correction outlives the node it
 * corrected): `(:EntityRedirect {id: dropped, keptId})`, `(:EntityOverride {id, name,
 * removedAliasKeys, addedAliases})`, `(:RejectedEvent {id, event: JSON})`, `(:EventOverride {id,
 * changes: JSON})`, and the log `(:Curation {seq, …})` numbered by `(:CurationCounter)`.
 */

function read<const P extends string>(cypher: string, params: readonly P[]): CypherStatement<P> {
  return { cypher: cypher.trim(), params, mode: "READ" };
}

function write<const P extends string>(cypher: string, params: readonly P[]): CypherStatement<P> {
  return { cypher: cypher.trim(), params, mode: "WRITE" };
}

/** The labels of curation state, for the schema and for deleting everything Parley wrote. */
export const CURATION_LABELS = ["EntityRedirect", "EntityOverride", "RejectedEvent", "EventOverride", "CurationCounter", "Curation"] as const;

export const CURATION_STATEMENTS = {
  // ── what an ingest applies ────────────────────────────────────────────────────────────────
  /** The curations of an article's ids: redirects, overrides of the ids they resolve to, rejected events and event overrides. */
  CURATION_STATE: read(
    `
    RETURN
      COLLECT { UNWIND $entityIds AS id MATCH (r:EntityRedirect {id: id}) RETURN {key: r.id, id: r.keptId} } AS redirects,
      COLLECT {
        UNWIND $entityIds AS id
        OPTIONAL MATCH (r:EntityRedirect {id: id})
        WITH DISTINCT coalesce(r.keptId, id) AS resolved
        MATCH (o:EntityOverride {id: resolved})
        RETURN {id: o.id, name: o.name, removedAliasKeys: o.removedAliasKeys, addedAliases: o.addedAliases}
      } AS entityOverrides,
      COLLECT { UNWIND $eventIds AS id MATCH (r:RejectedEvent {id: id}) RETURN {id: r.id, event: r.event} } AS rejectedEvents,
      COLLECT { UNWIND $eventIds AS id MATCH (o:EventOverride {id: id}) RETURN {id: o.id, changes: o.changes} } AS eventOverrides`,
    ["entityIds", "eventIds"],
  ),
  /** Rejected events' kept state (JSON), written at rejection and when a later article reports them. */
  KEEP_REJECTED_EVENTS: write(
    `
    UNWIND $rows AS row
    MERGE (r:RejectedEvent {id: row.id})
    SET r.event = row.event`,
    ["rows"],
  ),

  // ── the log ───────────────────────────────────────────────────────────────────────────────
  /** Appends one row; the counter's write lock serialises concurrent curations, so seq has no gaps or twins. */
  APPEND_CURATION: write(
    `
    MERGE (counter:CurationCounter {id: 'curations'})
    SET counter.value = coalesce(counter.value, 0) + 1
    CREATE (c:Curation {seq: counter.value, action: $action, targetId: $targetId, relatedIds: $relatedIds,
                        before: $before, after: $after, reason: $reason, curatedBy: $by, at: $at})
    RETURN c.seq AS seq`,
    ["action", "targetId", "relatedIds", "before", "after", "reason", "by", "at"],
  ),
  CURATIONS_AFTER: read(
    `
    MATCH (c:Curation)
    WHERE c.seq > $after
    RETURN c { .seq, .action, .targetId, .relatedIds, .before, .after, .reason, .curatedBy, .at } AS curation
    ORDER BY c.seq
    LIMIT $limit`,
    ["after", "limit"],
  ),
  COUNT_CURATIONS: read("MATCH (c:Curation) RETURN count(c) AS n", []),

  // ── entities ──────────────────────────────────────────────────────────────────────────────
  /** An entity's names, locked for the rest of the transaction; no row when absent. */
  LOCK_ENTITY_FOR_CURATION: write(
    `
    MATCH (x:Entity {id: $id})
    SET x._lock = true
    REMOVE x._lock
    RETURN x { .id, .kind, .name, aliases: coalesce(x.aliases, []) } AS entity`,
    ["id"],
  ),
  WRITE_ENTITY_NAMES: write(
    `
    MATCH (x:Entity {id: $id})
    SET x.name = $name, x.nameKey = $nameKey, x.aliases = $aliases, x.aliasKeys = $aliasKeys, x.nameKeys = $nameKeys,
        x.searchLabel = $searchLabel, x.searchExtra = $searchExtra, x.fuzzyKeys = $fuzzyKeys`,
    ["id", "name", "nameKey", "aliases", "aliasKeys", "nameKeys", "searchLabel", "searchExtra", "fuzzyKeys"],
  ),
  UPSERT_ENTITY_OVERRIDE: write(
    `
    MERGE (o:EntityOverride {id: $id})
    SET o.name = $name, o.removedAliasKeys = $removedAliasKeys, o.addedAliases = $addedAliases`,
    ["id", "name", "removedAliasKeys", "addedAliases"],
  ),
  EXISTING_ENTITY_IDS: read(
    `
    UNWIND $ids AS id
    MATCH (x:Entity {id: id})
    RETURN x.id AS id, x.kind AS kind`,
    ["ids"],
  ),
  EXISTING_ARTICLE_IDS: read(
    `
    UNWIND $ids AS id
    MATCH (a:Article {id: id})
    RETURN a.id AS id`,
    ["ids"],
  ),

  // ── merging one entity into another (both locked first) ───────────────────────────────────
  /** The dropped entity's participations move to the kept one; where both took part, one stays, with the more specific role. */
  MOVE_PARTICIPATIONS: write(
    `
    MATCH (d:Entity {id: $droppedId})<-[r:PARTICIPANT]-(e:Event)
    MATCH (k:Entity {id: $keptId})
    MERGE (e)-[kr:PARTICIPANT]->(k)
    ON CREATE SET kr.role = r.role, kr.ordinal = r.ordinal
    ON MATCH SET kr.role = CASE WHEN kr.role = 'PARTICIPANT' THEN r.role ELSE kr.role END
    DELETE r`,
    ["droppedId", "keptId"],
  ),
  MOVE_MENTIONS: write(
    `
    MATCH (d:Entity {id: $droppedId})-[m:MENTIONED_IN]->(a:Article)
    MATCH (k:Entity {id: $keptId})
    MERGE (k)-[km:MENTIONED_IN {start: m.start, end: m.end}]->(a)
    ON CREATE SET km.sentence = m.sentence, km.text = m.text
    DELETE m`,
    ["droppedId", "keptId"],
  ),
  /**
   * Tenures of a dropped person (or of a dropped office) move; a term the kept one already has keeps
   * its dates and gains the other's evidence lists.
   */
  MOVE_TENURES_OF_PERSON: write(
    `
    MATCH (d:Entity {id: $droppedId})-[h:HELD]->(o:Office)
    MATCH (k:Entity {id: $keptId})
    MERGE (k)-[kh:HELD {termKey: h.termKey}]->(o)
    ON CREATE SET kh += properties(h)
    ON MATCH SET kh.evidenceArticleIds = kh.evidenceArticleIds + h.evidenceArticleIds,
                 kh.evidenceSentences = kh.evidenceSentences + h.evidenceSentences,
                 kh.evidenceStarts = kh.evidenceStarts + h.evidenceStarts,
                 kh.evidenceEnds = kh.evidenceEnds + h.evidenceEnds,
                 kh.evidenceQuotes = kh.evidenceQuotes + h.evidenceQuotes
    DELETE h`,
    ["droppedId", "keptId"],
  ),
  MOVE_TENURES_OF_OFFICE: write(
    `
    MATCH (d:Entity {id: $droppedId})<-[h:HELD]-(p:Person)
    MATCH (k:Entity {id: $keptId})
    MERGE (p)-[kh:HELD {termKey: h.termKey}]->(k)
    ON CREATE SET kh += properties(h)
    ON MATCH SET kh.evidenceArticleIds = kh.evidenceArticleIds + h.evidenceArticleIds,
                 kh.evidenceSentences = kh.evidenceSentences + h.evidenceSentences,
                 kh.evidenceStarts = kh.evidenceStarts + h.evidenceStarts,
                 kh.evidenceEnds = kh.evidenceEnds + h.evidenceEnds,
                 kh.evidenceQuotes = kh.evidenceQuotes + h.evidenceQuotes
    DELETE h`,
    ["droppedId", "keptId"],
  ),
  /**
   * A dropped country's offices and places (found by their indexed countryId) point to the kept one;
   * people and organisations have no index on countryId, so their labels are read (a country merge is rare).
   */
  MOVE_COUNTRY_REFERENCES: write(
    `
    MATCH (k:Country {id: $keptId})
    CALL (k) {
      MATCH (o:Office {countryId: $droppedId})
      SET o.countryId = k.id
      MERGE (o)-[:OF]->(k)
    }
    CALL (k) {
      MATCH (pl:Place {countryId: $droppedId})
      SET pl.countryId = k.id
      MERGE (pl)-[:IN]->(k)
    }
    CALL (k) {
      MATCH (x:Person|Organization)
      WHERE x.countryId = $droppedId
      SET x.countryId = k.id
    }`,
    ["droppedId", "keptId"],
  ),
  /** Events at a dropped place are at the kept one. */
  MOVE_PLACE_REFERENCES: write(
    `
    MATCH (d:Place {id: $droppedId})<-[a:AT]-(e:Event)
    MATCH (k:Place {id: $keptId})
    SET e.placeId = k.id
    MERGE (e)-[:AT]->(k)
    DELETE a`,
    ["droppedId", "keptId"],
  ),
  /** Leaves the redirect (earlier redirects to the dropped id follow it), drops its override and deletes it. */
  REDIRECT_AND_DELETE: write(
    `
    CALL () {
      MATCH (older:EntityRedirect {keptId: $droppedId})
      SET older.keptId = $keptId
    }
    CALL () {
      MATCH (o:EntityOverride {id: $droppedId})
      DELETE o
    }
    MERGE (r:EntityRedirect {id: $droppedId})
    SET r.keptId = $keptId
    WITH r
    MATCH (d:Entity {id: $droppedId})
    DETACH DELETE d`,
    ["droppedId", "keptId"],
  ),

  // ── events ────────────────────────────────────────────────────────────────────────────────
  /** An event in full, locked; no row when absent. */
  LOCK_EVENT_FOR_CURATION: write(
    `
    MATCH (e:Event {id: $id})
    SET e._lock = true
    REMOVE e._lock
    RETURN e { .id, .type, .status, .dateValue, .datePrecision, .dateEnd, .placeId, .summary, .confidence,
               .ploverEvent, .ploverMode, .cameo } AS event,
           [(e)-[r:PARTICIPANT]->(px:Entity) | {entityId: px.id, role: r.role, ordinal: r.ordinal}] AS participants,
           [(e)-[r:REPORTED_BY]->(ra:Article) | {articleId: ra.id, sentence: r.sentence, start: r.start, end: r.end, quote: r.quote, ordinal: r.ordinal}] AS evidence`,
    ["id"],
  ),
  DELETE_EVENT: write(
    `
    MATCH (e:Event {id: $id})
    DETACH DELETE e`,
    ["id"],
  ),
  REJECTED_EVENT: read(
    `
    MATCH (r:RejectedEvent {id: $id})
    RETURN r.event AS event`,
    ["id"],
  ),
  DELETE_REJECTED_EVENT: write(
    `
    MATCH (r:RejectedEvent {id: $id})
    DELETE r`,
    ["id"],
  ),
  /** Writes corrected fields; the AT link follows the place (none when it is not stored). */
  UPDATE_EVENT_FIELDS: write(
    `
    MATCH (e:Event {id: $id})
    SET e.type = $type, e.status = $status, e.dateValue = $dateValue, e.datePrecision = $datePrecision,
        e.dateEnd = $dateEnd, e.dateFirstDay = $dateFirstDay, e.dateLastDay = $dateLastDay, e.placeId = $placeId,
        e.ploverEvent = $ploverEvent, e.ploverMode = $ploverMode, e.cameo = $cameo
    WITH e
    CALL (e) {
      MATCH (e)-[at:AT]->()
      DELETE at
    }
    WITH e
    OPTIONAL MATCH (pl:Place {id: $placeId})
    FOREACH (_ IN CASE WHEN pl IS NULL THEN [] ELSE [1] END | MERGE (e)-[:AT]->(pl))`,
    ["id", "type", "status", "dateValue", "datePrecision", "dateEnd", "dateFirstDay", "dateLastDay", "placeId", "ploverEvent", "ploverMode", "cameo"],
  ),
  UPSERT_EVENT_OVERRIDE: write(
    `
    MERGE (o:EventOverride {id: $id})
    SET o.changes = $changes`,
    ["id", "changes"],
  ),
} as const;

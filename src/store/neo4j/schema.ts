import { FUZZY_INDEX, SEARCH_INDEX, type CypherStatement } from "./cypher/statements.js";

/**
 * The graph schema of the neo4j adapter (DESIGN §2), created idempotently at open: every statement
 * is `IF NOT EXISTS`, so opening a store on an existing database changes nothing.
 *
 * Nodes: every entity is `:Entity` plus its kind label (`:Person`, `:Office`, `:Country`,
 * `:Organization`, `:Place`); `:Event`; `:Article`. Relationships:
 * `(Person)-[:HELD {termKey, from…, to…, confidence, evidence…}]->(Office)-[:OF]->(Country)`,
 * `(Event)-[:PARTICIPANT {role, ordinal}]->(Entity)`, `(Event)-[:AT]->(Place)-[:IN]->(Country)`,
 * `(Entity)-[:MENTIONED_IN {sentence, start, end, text}]->(Article)`, and event evidence as
 * `(Event)-[:REPORTED_BY {sentence, start, end, quote, ordinal}]->(Article)`. A tenure is a
 * relationship, which cannot have relationships of its own, so its evidence is kept as parallel
 * lists on HELD (`evidenceArticleIds[i]`, `evidenceSentences[i]`, …).
 */

/** Labels with a unique `id` constraint; `Entity` serves lookups by id whatever the kind. */
export const NODE_LABELS = [
  "Entity", "Person", "Office", "Country", "Organization", "Place", "Event", "Article",
  // curation state (cypher/curation-statements.ts)
  "EntityRedirect", "EntityOverride", "RejectedEvent", "EventOverride", "CurationCounter",
] as const;

/** Labels without an `id`: the curation log, keyed by `seq`. */
export const OTHER_LABELS = ["Curation"] as const;

export const RELATIONSHIP_TYPES = ["HELD", "OF", "PARTICIPANT", "AT", "IN", "MENTIONED_IN", "REPORTED_BY"] as const;

/** Every property key the statements use; the Cypher check flags any other as a misspelling. */
export const PROPERTY_KEYS = [
  // nodes
  "id", "kind", "name", "nameKey", "aliases", "aliasKeys", "nameKeys", "countryId", "searchLabel", "searchExtra", "fuzzyKeys", "_lock",
  "type", "status", "dateValue", "datePrecision", "dateEnd", "dateFirstDay", "dateLastDay", "placeId", "summary",
  "confidence", "ploverEvent", "ploverMode", "cameo",
  "url", "title", "source", "publishedAt", "language", "text", "ingestedAt", "ingestId", "tenurePersonIds",
  // relationships
  "sentence", "start", "end", "quote", "role", "ordinal", "termKey",
  "fromValue", "fromPrecision", "fromEnd", "fromFirstDay", "toValue", "toPrecision", "toEnd",
  "evidenceArticleIds", "evidenceSentences", "evidenceStarts", "evidenceEnds", "evidenceQuotes",
  // curation
  "keptId", "removedAliasKeys", "addedAliases", "event", "changes", "value",
  "seq", "action", "targetId", "relatedIds", "before", "after", "reason", "curatedBy", "at",
] as const;

/** Keys of the maps sent in UNWIND batches (`row.entityId`) that are no graph property; the check knows them too. */
export const BATCH_MAP_KEYS = ["entityId", "personId", "officeId", "eventId"] as const;

function ddl(cypher: string): CypherStatement<never> {
  return { cypher, params: [], mode: "WRITE" };
}

const constraintName = (label: string): string => `parley_${label.toLowerCase()}_id`;

/** Constraints first (their indexes serve MERGE on id), then range indexes for sorting and filters, then full text. */
export const SCHEMA_STATEMENTS: readonly CypherStatement<never>[] = [
  ...NODE_LABELS.map((label) =>
    ddl(`CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  ),
  ddl("CREATE CONSTRAINT parley_curation_seq IF NOT EXISTS FOR (n:Curation) REQUIRE n.seq IS UNIQUE"),
  // Redirects to an entity follow it when it is merged in turn.
  ddl("CREATE INDEX parley_redirect_kept IF NOT EXISTS FOR (n:EntityRedirect) ON (n.keptId)"),
  ddl("CREATE INDEX parley_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.nameKey)"),
  ddl("CREATE INDEX parley_entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)"),
  ddl("CREATE INDEX parley_office_country IF NOT EXISTS FOR (n:Office) ON (n.countryId)"),
  ddl("CREATE INDEX parley_place_country IF NOT EXISTS FOR (n:Place) ON (n.countryId)"),
  ddl("CREATE INDEX parley_event_first_day IF NOT EXISTS FOR (n:Event) ON (n.dateFirstDay)"),
  ddl("CREATE INDEX parley_event_type IF NOT EXISTS FOR (n:Event) ON (n.type)"),
  ddl("CREATE INDEX parley_article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)"),
  // findEvents by source starts from the articles of that source.
  ddl("CREATE INDEX parley_article_source IF NOT EXISTS FOR (n:Article) ON (n.source)"),
  // Name lookup: "|name|alias|…|" keys, found by CONTAINS "|key|" (a text index serves CONTAINS; a list property has no index).
  ddl("CREATE TEXT INDEX parley_entity_name_keys IF NOT EXISTS FOR (n:Entity) ON (n.nameKeys)"),
  // Folded (accent-free) copies of names, aliases, summaries and titles; updated in the writing transaction.
  ddl(
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity|Event|Article) ON EACH [n.searchLabel, n.searchExtra] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }",
  ),
  // Fuzzy name keys ("blair blar bair …", space-separated); no stop words, since a key may be one ("then" → "the").
  ddl(
    `CREATE FULLTEXT INDEX ${FUZZY_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.fuzzyKeys] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }",
  ),
];

/** Waits until the indexes above are online, so the first search after a fresh start does not fail. */
export const AWAIT_INDEXES: CypherStatement<"seconds"> = { cypher: "CALL db.awaitIndexes($seconds)", params: ["seconds"], mode: "READ" };

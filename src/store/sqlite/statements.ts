/**
 * The SQL of the sqlite adapter, one named constant per statement. Lists of keys are passed as
 * one JSON array parameter and expanded with `json_each`, so every statement has a fixed text and
 * is prepared once, whatever the number of keys.
 */

import { officeSlugsNotActingForState } from "../../extract/gazetteer/offices.js";

/** Expands a JSON array parameter into a set of values. */
const KEYS = "(SELECT value FROM json_each(?))";

/** findEvents' sort keys: undated events sort last in both directions. */
/** The date sort keys on a first-day column: undated ('~' / '') after every date in both directions. */
function dateSortKeys(firstDay: string) {
  return { DATE_ASC: `coalesce(${firstDay}, '~')`, DATE_DESC: `coalesce(${firstDay}, '')` } as const;
}

export const EVENT_SORT_KEY = {
  ...dateSortKeys("e.date_first_day"),
  // Zero-padded so the string order is the numeric order; '' puts undated events last among equals.
  SOURCES_DESC: "printf('%06d', (SELECT count(DISTINCT sv.article_id) FROM event_evidence sv WHERE sv.event_id = e.id)) || '|' || coalesce(e.date_first_day, '')",
} as const;

/** findArticles' sort key: newest publication first, unknown publication dates last. */
export const ARTICLE_SORT_KEY = "coalesce(a.published_at, '')";

// ── articles ────────────────────────────────────────────────────────────────────────────────
export const ARTICLE_COLUMNS = "a.id, a.url, a.title, a.source, a.published_at, a.language, a.text, a.ingested_at";
export const ARTICLE_EXISTS = "SELECT 1 FROM articles WHERE id = ?";
export const INSERT_ARTICLE = `
  INSERT INTO articles (id, url, title, source, published_at, language, text, ingested_at)
  VALUES (@id, @url, @title, @source, @publishedAt, @language, @text, @ingestedAt)`;
export const ARTICLES_BY_IDS = `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ${KEYS}`;
export const DELETE_ARTICLE = "DELETE FROM articles WHERE id = ?";
export const COUNT_ARTICLES = "SELECT count(*) AS n FROM articles";
export const ARTICLE_IDS_BY_ENTITY_IDS = `
  SELECT DISTINCT m.entity_id AS key, a.id AS id, ${ARTICLE_SORT_KEY} AS sort_key
  FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE m.entity_id IN ${KEYS}
  ORDER BY sort_key DESC, a.id DESC`;

// ── entities ────────────────────────────────────────────────────────────────────────────────
export const ENTITY_COLUMNS = "e.id, e.kind, e.name, e.name_key, e.country_id, e.mention_count";
export const ADD_MENTION_COUNT = "UPDATE entities SET mention_count = mention_count + ? WHERE id = ?";
export const MENTION_COUNTS_OF_ARTICLE = "SELECT entity_id AS id, count(*) AS n FROM mentions WHERE article_id = ? GROUP BY entity_id";
export const ENTITY_FOR_MERGE = "SELECT id, kind, name, country_id FROM entities WHERE id = ?";
export const INSERT_ENTITY = `
  INSERT INTO entities (id, kind, name, name_key, country_id) VALUES (@id, @kind, @name, @nameKey, @countryId)`;
export const UPDATE_ENTITY = `
  UPDATE entities SET name = @name, name_key = @nameKey, country_id = @countryId WHERE id = @id`;
export const INSERT_ALIAS = `
  INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`;
/** An alias equal to the entity's name is no alias. */
export const DELETE_ALIAS_EQUAL_TO_NAME = "DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?";
export const ALIASES_BY_ENTITY_IDS = `
  SELECT entity_id AS key, alias FROM entity_aliases WHERE entity_id IN ${KEYS} ORDER BY rowid`;
export const ENTITIES_BY_IDS = `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN ${KEYS}`;
export const INSERT_MENTION = `
  INSERT INTO mentions (entity_id, article_id, sentence, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT DO NOTHING`;
export const ENTITY_IDS_MENTIONED_IN_ARTICLE = "SELECT DISTINCT entity_id AS id FROM mentions WHERE article_id = ?";
/** Deletes an entity nothing refers to any more: no mention, no participation, no tenure. */
export const DELETE_ENTITY_IF_ORPHANED = `
  DELETE FROM entities WHERE id = @id
    AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = @id)
    AND NOT EXISTS (SELECT 1 FROM event_participants WHERE entity_id = @id)
    AND NOT EXISTS (SELECT 1 FROM tenures WHERE person_id = @id OR office_id = @id)`;
export const COUNT_ENTITIES_BY_KIND = "SELECT kind, count(*) AS n FROM entities GROUP BY kind";
/** Matches the lower-cased name or any lower-cased alias. */
export const ENTITY_NAME_MATCHES = `
  (e.name_key = @nameKey OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key = @nameKey))`;

// ── events ──────────────────────────────────────────────────────────────────────────────────
export const EVENT_COLUMNS = `e.id, e.type, e.status, e.date_value, e.date_precision, e.date_end, e.date_first_day,
  e.place_id, e.summary, e.confidence, e.plover_event, e.plover_mode, e.cameo,
  (SELECT count(DISTINCT v.article_id) FROM event_evidence v WHERE v.event_id = e.id) AS source_count`;
export const EVENT_FOR_MERGE = "SELECT * FROM events WHERE id = ?";
export const UPSERT_EVENT = `
  INSERT INTO events (id, type, status, date_value, date_precision, date_end, date_first_day, date_last_day,
                      place_id, summary, confidence, plover_event, plover_mode, cameo)
  VALUES (@id, @type, @status, @dateValue, @datePrecision, @dateEnd, @dateFirstDay, @dateLastDay,
          @placeId, @summary, @confidence, @ploverEvent, @ploverMode, @cameo)
  ON CONFLICT (id) DO UPDATE SET
    status = excluded.status, date_value = excluded.date_value, date_precision = excluded.date_precision,
    date_end = excluded.date_end, date_first_day = excluded.date_first_day, date_last_day = excluded.date_last_day,
    place_id = excluded.place_id, summary = excluded.summary, confidence = excluded.confidence,
    plover_mode = excluded.plover_mode, cameo = excluded.cameo`;
/** Adds a participant or sets its role; which role wins is decided by mergeEvent (../merge-rules.ts). */
export const UPSERT_PARTICIPANT = `
  INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?)
  ON CONFLICT (event_id, entity_id) DO UPDATE SET role = excluded.role`;
export const INSERT_EVENT_EVIDENCE = `
  INSERT INTO event_evidence (event_id, article_id, sentence, start, "end", quote) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT DO NOTHING`;
export const EVENTS_BY_IDS = `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id IN ${KEYS}`;
export const PARTICIPANTS_BY_EVENT_IDS = `
  SELECT event_id AS key, entity_id, role FROM event_participants WHERE event_id IN ${KEYS} ORDER BY rowid`;
export const EVIDENCE_BY_EVENT_IDS = `
  SELECT event_id AS key, article_id, sentence, start, "end", quote FROM event_evidence
  WHERE event_id IN ${KEYS} ORDER BY rowid`;
export const EVENT_IDS_BY_ENTITY_IDS = `
  SELECT p.entity_id AS key, e.id AS id FROM event_participants p JOIN events e ON e.id = p.event_id
  WHERE p.entity_id IN ${KEYS}
  ORDER BY ${EVENT_SORT_KEY.DATE_ASC}, e.id`;
export const EVENT_IDS_EVIDENCED_BY_ARTICLE = "SELECT DISTINCT event_id AS id FROM event_evidence WHERE article_id = ?";
export const PARTICIPANT_IDS_OF_EVENT = "SELECT entity_id AS id FROM event_participants WHERE event_id = ?";
export const DELETE_EVENT_IF_UNEVIDENCED = `
  DELETE FROM events WHERE id = @id AND NOT EXISTS (SELECT 1 FROM event_evidence WHERE event_id = @id)`;
export const COUNT_EVENTS_BY_TYPE = "SELECT type, count(*) AS n FROM events GROUP BY type";
/** Events in which at least @minimum distinct entities of the JSON array @ids take part. */
export const EVENTS_WITH_PARTICIPANTS = `
  e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN (SELECT value FROM json_each(@ids))
           GROUP BY event_id HAVING count(DISTINCT entity_id) >= @minimum)`;

// ── tenures ─────────────────────────────────────────────────────────────────────────────────
export const TENURE_COLUMNS = `t.seq, t.person_id, t.office_id, t.from_value, t.from_precision, t.from_end,
  t.to_value, t.to_precision, t.to_end, t.confidence`;
export const TENURE_FOR_MERGE = "SELECT * FROM tenures WHERE person_id = ? AND office_id = ? AND term_key = ?";
export const INSERT_TENURE = `
  INSERT INTO tenures (person_id, office_id, term_key, from_value, from_precision, from_end, from_first_day,
                       to_value, to_precision, to_end, confidence)
  VALUES (@personId, @officeId, @termKey, @fromValue, @fromPrecision, @fromEnd, @fromFirstDay,
          @toValue, @toPrecision, @toEnd, @confidence)`;
export const UPDATE_TENURE = `
  UPDATE tenures SET from_value = @fromValue, from_precision = @fromPrecision, from_end = @fromEnd,
    from_first_day = @fromFirstDay, to_value = @toValue, to_precision = @toPrecision, to_end = @toEnd,
    confidence = @confidence
  WHERE seq = @seq`;
export const INSERT_TENURE_EVIDENCE = `
  INSERT INTO tenure_evidence (tenure_seq, article_id, sentence, start, "end", quote) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT DO NOTHING`;
const TENURE_ORDER = "ORDER BY coalesce(t.from_first_day, '~'), t.person_id, t.office_id, t.seq";
export const TENURES_BY_PERSON_IDS = `
  SELECT t.person_id AS key, ${TENURE_COLUMNS} FROM tenures t WHERE t.person_id IN ${KEYS} ${TENURE_ORDER}`;
export const TENURES_BY_OFFICE_IDS = `
  SELECT t.office_id AS key, ${TENURE_COLUMNS} FROM tenures t WHERE t.office_id IN ${KEYS} ${TENURE_ORDER}`;
export const TENURE_EVIDENCE_BY_SEQS = `
  SELECT tenure_seq AS key, article_id, sentence, start, "end", quote FROM tenure_evidence
  WHERE tenure_seq IN ${KEYS} ORDER BY rowid`;
export const TENURES_EVIDENCED_BY_ARTICLE = `
  SELECT DISTINCT t.seq, t.person_id, t.office_id FROM tenure_evidence v JOIN tenures t ON t.seq = v.tenure_seq
  WHERE v.article_id = ?`;
export const DELETE_TENURE_IF_UNEVIDENCED = `
  DELETE FROM tenures WHERE seq = @seq AND NOT EXISTS (SELECT 1 FROM tenure_evidence WHERE tenure_seq = @seq)`;
export const COUNT_TENURES = "SELECT count(*) AS n FROM tenures";

// ── search ──────────────────────────────────────────────────────────────────────────────────
export const UPSERT_SEARCH_NODE = `
  INSERT INTO search_nodes (node_id, kind) VALUES (?, ?)
  ON CONFLICT (node_id) DO UPDATE SET kind = excluded.kind
  RETURNING doc`;
export const DELETE_SEARCH_TEXT = "DELETE FROM search_fts WHERE rowid = ?";
export const INSERT_SEARCH_TEXT = "INSERT INTO search_fts (rowid, label, extra) VALUES (?, ?, ?)";
export const DELETE_SEARCH_TEXT_OF_NODE = "DELETE FROM search_fts WHERE rowid = (SELECT doc FROM search_nodes WHERE node_id = ?)";
export const DELETE_SEARCH_NODE = "DELETE FROM search_nodes WHERE node_id = ?";
/** Entity names; bm25 weights: a match in the name counts more than one in the aliases. */
export const SEARCH = `
  SELECT n.node_id AS id, n.kind, f.label, bm25(search_fts, 10.0, 4.0) AS rank
  FROM search_fts f JOIN search_nodes n ON n.doc = f.rowid
  WHERE search_fts MATCH @match AND (@kinds IS NULL OR n.kind IN (SELECT value FROM json_each(@kinds)))
  ORDER BY rank, n.node_id
  LIMIT @limit`;
/**
 * Entities whose words match @match (FTS5 over names and aliases), of the JSON array @kinds (all when
 * null): the @limit most mentioned, then by id — the window search-ranking.ts ranks.
 */
export const SEARCH_ENTITY_WORDS = `
  SELECT e.id FROM search_fts f JOIN search_nodes n ON n.doc = f.rowid JOIN entities e ON e.id = n.node_id
  WHERE search_fts MATCH @match AND (@kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))
  ORDER BY e.mention_count DESC, e.id
  LIMIT @limit`;
/** Entities whose whole name or an alias has the key @nameKey, most mentioned first. */
export const SEARCH_ENTITIES_NAMED = `
  SELECT e.id FROM entities e
  WHERE ${ENTITY_NAME_MATCHES.trim()} AND (@kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))
  ORDER BY e.mention_count DESC, e.id
  LIMIT @limit`;
/**
 * Entities sharing a fuzzy key with every word of the query: @keys is a JSON array of [key, word
 * index] pairs and @words the number of words; the @limit most mentioned, then by id.
 */
export const SEARCH_ENTITY_FUZZY = `
  SELECT f.entity_id AS id FROM json_each(@keys) k
    JOIN entity_fuzzy_keys f ON f.key = json_extract(k.value, '$[0]')
    JOIN entities e ON e.id = f.entity_id
  WHERE @kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds))
  GROUP BY f.entity_id
  HAVING count(DISTINCT json_extract(k.value, '$[1]')) = @words
  ORDER BY max(e.mention_count) DESC, f.entity_id
  LIMIT @limit`;
/** How many events each entity takes part in: the other half of its prominence. */
export const EVENT_COUNTS_BY_ENTITY_IDS = `
  SELECT entity_id AS key, count(*) AS n FROM event_participants WHERE entity_id IN ${KEYS} GROUP BY entity_id`;
export const DELETE_FUZZY_KEYS = "DELETE FROM entity_fuzzy_keys WHERE entity_id = ?";
export const INSERT_FUZZY_KEY = "INSERT INTO entity_fuzzy_keys (key, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
/** Every entity with its name and aliases, for filling entity_fuzzy_keys in a database from before it existed. */
export const ENTITY_NAMES_FOR_FUZZY_KEYS = `
  SELECT e.id, e.name, (SELECT json_group_array(a.alias) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases FROM entities e`;

/** The search tables whose documents are many and alike, and which kind each holds. */
export const WINDOWED_SEARCH_TABLES = { EVENT: "event_search_fts", ARTICLE: "article_search_fts" } as const;
export type WindowedKind = keyof typeof WINDOWED_SEARCH_TABLES;

/** An event hit's reporting articles (its prominence); 0 for an article. */
const SOURCES_OF_SEARCH_NODE = "(SELECT count(DISTINCT v.article_id) FROM event_evidence v WHERE v.event_id = n.node_id)";

/**
 * The statements of one windowed search table: ranked by bm25 (the label weight of SEARCH) while
 * at most @window documents match, newest first and unranked (rank 0) beyond, because bm25 scores
 * every match.
 */
function windowedSearch(kind: WindowedKind) {
  const table = WINDOWED_SEARCH_TABLES[kind];
  return {
    insert: `INSERT INTO ${table} (rowid, label) VALUES (?, ?)`,
    delete: `DELETE FROM ${table} WHERE rowid = ?`,
    deleteOfNode: `DELETE FROM ${table} WHERE rowid = (SELECT doc FROM search_nodes WHERE node_id = ?)`,
    beyondWindow: `SELECT rowid FROM ${table} WHERE ${table} MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @window`,
    ranked: `
      SELECT n.node_id AS id, n.kind, f.label, bm25(${table}, 10.0) AS rank, ${SOURCES_OF_SEARCH_NODE} AS sources
      FROM ${table} f JOIN search_nodes n ON n.doc = f.rowid
      WHERE ${table} MATCH @match
      ORDER BY rank, n.node_id
      LIMIT @limit`,
    newest: `
      SELECT n.node_id AS id, n.kind, f.label, 0 AS rank, ${SOURCES_OF_SEARCH_NODE} AS sources
      FROM ${table} f JOIN search_nodes n ON n.doc = f.rowid
      WHERE ${table} MATCH @match
      ORDER BY f.rowid DESC
      LIMIT @limit`,
  };
}

export const WINDOWED_SEARCH = { EVENT: windowedSearch("EVENT"), ARTICLE: windowedSearch("ARTICLE") } as const;

// ── research: involvement, contact counts, paths ────────────────────────────────────────────

/**
 * Tenure `t` may have been held when event `e` happened: a known start is on or before the event's
 * last day, a known end is on or after its first day (`|| '~'` makes `2025` or `2025-02` an upper
 * bound covering every day in it). Unknown tenure or event dates do not exclude.
 */
const TENURE_COVERS_EVENT = `(t.from_first_day IS NULL OR e.date_last_day IS NULL OR t.from_first_day <= e.date_last_day)
  AND (t.to_value IS NULL OR e.date_first_day IS NULL OR e.date_first_day <= coalesce(t.to_end, t.to_value) || '~')`;

/**
 * Office `o` is one whose holder acts for its state (the country rule: executive and diplomatic
 * offices, not legislators', party, local or regional posts); the check itself is
 * officeSlugsNotActingForState's, written into the statement as a fixed list of title slugs
 * (`office:<ISO3>:` is 11 characters).
 */
const OFFICE_ACTS_FOR_STATE = `substr(o.id, 12) NOT IN (${officeSlugsNotActingForState().map((slug) => `'${slug}'`).join(", ")})`;

/**
 * The country rule, one row per event of @eventIds (a JSON array), country and way: a country taking
 * part (through_id NULL), or the country of an office of its executive or diplomatic service
 * (OFFICE_ACTS_FOR_STATE) a participant (through_id) held at the event's date (TENURE_COVERS_EVENT).
 */
const COUNTRY_RULE_ROWS = `
  SELECT p.event_id, p.entity_id AS country_id, NULL AS through_id FROM event_participants p JOIN entities c ON c.id = p.entity_id
  WHERE p.event_id IN (SELECT value FROM json_each(@eventIds)) AND c.kind = 'COUNTRY'
  UNION
  SELECT e.id, o.country_id, p.entity_id FROM events e JOIN event_participants p ON p.event_id = e.id
    JOIN tenures t ON t.person_id = p.entity_id JOIN entities o ON o.id = t.office_id
  WHERE e.id IN (SELECT value FROM json_each(@eventIds)) AND o.country_id IS NOT NULL AND ${OFFICE_ACTS_FOR_STATE} AND ${TENURE_COVERS_EVENT}`;

/** countriesByEventIds: how each event of @eventIds involves each country (COUNTRY_RULE_ROWS). */
export const COUNTRY_RULE_BY_EVENT_IDS = `${COUNTRY_RULE_ROWS} ORDER BY 1, 2, 3`;

/** The countries involved in the event of @eventIds (one id), one row each: what country_involvements holds. */
export const COUNTRIES_INVOLVED_IN_EVENT = `SELECT DISTINCT country_id AS id FROM (${COUNTRY_RULE_ROWS}) ORDER BY 1`;
export const EVENT_INVOLVEMENT_STATE = "SELECT date_first_day, date_last_day, involvement FROM events WHERE id = ?";
export const SET_EVENT_INVOLVEMENT = "UPDATE events SET involvement = ? WHERE id = ?";
export const INSERT_COUNTRY_INVOLVEMENT = `
  INSERT INTO country_involvements (country_id, year, event_id, first_day, last_day) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT DO NOTHING`;
export const DELETE_COUNTRY_INVOLVEMENT = "DELETE FROM country_involvements WHERE country_id = ? AND year = ? AND event_id = ?";
export const ALL_EVENT_IDS = "SELECT id FROM events";
/** Events whose involved countries may change when this person's tenures change. */
export const EVENT_IDS_OF_PARTICIPANT = "SELECT event_id AS id FROM event_participants WHERE entity_id = ?";
/** Holders of an office, whose events' involved countries follow the office's country. */
export const HOLDER_IDS_OF_OFFICE = "SELECT DISTINCT person_id AS id FROM tenures WHERE office_id = ?";

/**
 * The ids of events involving country @country within the calendar years @fromYear..@toYear
 * ('' and '~' when open; '' is also the bucket of undated events, which the date conditions on the
 * event itself then drop).
 */
function involvementsOf(countryExpr: string): string {
  return `SELECT ci.event_id FROM country_involvements ci
    WHERE ci.country_id = ${countryExpr} AND ci.year BETWEEN @fromYear AND @toYear`;
}

/** country_involvements rows of @country whose days overlap the optional @fromDay/@toDay, in the buckets @fromYear..@toYear. */
const COUNTRY_PERIOD_ROWS = `country_involvements ci
  WHERE ci.country_id = @country AND ci.year BETWEEN @fromYear AND @toYear
    AND (@fromDay IS NULL OR ci.last_day >= @fromDay) AND (@toDay IS NULL OR ci.first_day <= @toDay)`;

/** Country @country is involved in event `e` (within the optional day bounds): one index range, filtered before any event is read. */
export const EVENT_INVOLVES_COUNTRY = `e.id IN (SELECT ci.event_id FROM ${COUNTRY_PERIOD_ROWS})`;

/**
 * A country's timeline (one country and a period, nothing else) is answered from
 * country_involvements alone, which holds each event's days: the count, and the page's ids in the
 * findEvents order (sort keys as EVENT_SORT_KEY, on the copied first day). An event spanning
 * several years has a row in each, hence DISTINCT and GROUP BY.
 */
export const COUNTRY_PERIOD_COUNT = `SELECT count(DISTINCT ci.event_id) AS n FROM ${COUNTRY_PERIOD_ROWS}`;
export const COUNTRY_PERIOD_SORT_KEY = dateSortKeys("ci.first_day");
export function countryPeriodPage(order: keyof typeof COUNTRY_PERIOD_SORT_KEY, afterCursor: boolean): string {
  const direction = order === "DATE_ASC" ? "ASC" : "DESC";
  const key = COUNTRY_PERIOD_SORT_KEY[order];
  const keyset = afterCursor ? `AND (${key}, ci.event_id) ${order === "DATE_ASC" ? ">" : "<"} (@afterKey, @afterId)` : "";
  return `SELECT ci.event_id AS id, ${key} AS sort_key FROM ${COUNTRY_PERIOD_ROWS} ${keyset}
    GROUP BY ci.event_id
    ORDER BY sort_key ${direction}, id ${direction}
    LIMIT @limit`;
}

/** Every country of the JSON array @countryIds (@countryCount of them) is involved in event `e`. */
export const EVENT_INVOLVES_ALL_COUNTRIES = `
  e.id IN (SELECT ci.event_id FROM json_each(@countryIds) c
             JOIN country_involvements ci ON ci.country_id = c.value AND ci.year BETWEEN @fromYear AND @toYear
           GROUP BY ci.event_id HAVING count(DISTINCT ci.country_id) = @countryCount)`;

/** Event `e` involves entity @who: it takes part, or (a country) it is in country_involvements. */
function eventInvolves(who: string): string {
  return `e.id IN (SELECT ip.event_id FROM event_participants ip WHERE ip.entity_id = ${who}
                   UNION ALL ${involvementsOf(who)})`;
}

/** Event `e` is reported by an article of source @source. */
export const EVENT_REPORTED_BY_SOURCE = `
  e.id IN (SELECT sv.event_id FROM event_evidence sv JOIN articles sa ON sa.id = sv.article_id WHERE sa.source = @source)`;

/** Event `e` involves country @who: an exact key lookup in the year bucket where the event begins. */
function countryInvolvedIn(who: string): string {
  return `EXISTS (SELECT 1 FROM country_involvements ci2
    WHERE ci2.country_id = ${who} AND ci2.year = coalesce(substr(e.date_first_day, 1, 4), '') AND ci2.event_id = e.id)`;
}

/**
 * Which events contactCounts considers, by what `a` and `b` are: the events two non-countries share
 * come straight from event_pairs; with a country on one side, the other side's events are the
 * candidates and the country is looked up per event; two countries start from a's involvements.
 */
export const CONTACT_CANDIDATES = {
  /** Without b: everything involving a. */
  A_ONLY: eventInvolves("@a"),
  /** a and b are people or organisations. */
  SHARED: "e.id IN (SELECT event_id FROM event_pairs WHERE entity_id = @a AND partner_id = @b)",
  /** a is a country, b is not. */
  COUNTRY_A: `e.id IN (SELECT event_id FROM event_participants WHERE entity_id = @b) AND ${countryInvolvedIn("@a")}`,
  /** b is a country, a is not. */
  COUNTRY_B: `e.id IN (SELECT event_id FROM event_participants WHERE entity_id = @a) AND ${countryInvolvedIn("@b")}`,
  /** Both are countries. */
  COUNTRIES: `e.id IN (${involvementsOf("@a")}) AND ${countryInvolvedIn("@b")}`,
} as const;

/**
 * For contactCounts with both sides: each candidate already involves a and b, so the dyad's count per
 * period is the number of candidates beginning in it (@interval YEAR or MONTH; a date known only to
 * the year has no month). Sorted like countDyads: count descending, then period.
 */
export function dyadPeriodCounts(candidates: string): string {
  return `
  SELECT period, count(*) AS count FROM (
    SELECT CASE WHEN @interval = 'YEAR' THEN substr(e.date_value, 1, 4)
                WHEN e.date_precision = 'YEAR' THEN NULL
                ELSE substr(e.date_value, 1, 7) END AS period
    FROM events e
    WHERE e.date_value IS NOT NULL
      AND (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))
      AND (@fromDay IS NULL OR e.date_last_day >= @fromDay)
      AND (@toDay IS NULL OR e.date_first_day <= @toDay)
      AND ${candidates}
  )
  WHERE period IS NOT NULL
  GROUP BY period
  ORDER BY count DESC, period`;
}

/** Which events contactInvolvements reads: dated ones (contactCounts), undated ones or those dated only to a year (uncountedContacts). */
export type ContactDates = "DATED" | "UNDATED" | "YEAR_ONLY";
const CONTACT_DATES: Record<ContactDates, string> = {
  DATED: "e.date_value IS NOT NULL",
  UNDATED: "e.date_value IS NULL",
  YEAR_ONLY: "e.date_precision = 'YEAR'",
};

/**
 * For contactCounts: every participant of every dated event (or, per `dates`, undated or year-only event) among the candidates (one of
 * CONTACT_CANDIDATES; within the optional @types, @fromDay, @toDay, and @fromYear..@toYear, the
 * same bounds as years), once with office_country_id NULL and once per country of an office the
 * participant held at the time.
 */
export function contactInvolvements(candidates: string, dates: ContactDates = "DATED"): string {
  return `
  WITH picked AS (
    SELECT e.id, e.date_value, e.date_precision, e.date_first_day, e.date_last_day FROM events e
    WHERE ${CONTACT_DATES[dates]}
      AND (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))
      AND (@fromDay IS NULL OR e.date_last_day >= @fromDay)
      AND (@toDay IS NULL OR e.date_first_day <= @toDay)
      AND ${candidates}
  )
  SELECT e.id AS event_id, e.date_value, e.date_precision, p.entity_id AS participant_id, NULL AS office_country_id
  FROM picked e JOIN event_participants p ON p.event_id = e.id
  UNION
  SELECT e.id, e.date_value, e.date_precision, p.entity_id, o.country_id
  FROM picked e JOIN event_participants p ON p.event_id = e.id
    JOIN tenures t ON t.person_id = p.entity_id JOIN entities o ON o.id = t.office_id
  WHERE o.country_id IS NOT NULL AND ${OFFICE_ACTS_FOR_STATE} AND ${TENURE_COVERS_EVENT}
  ORDER BY 1, 4, 5`;
}

// ── research: event pairs (contacts, neighbourhoods, paths) ─────────────────────────────────
export const INSERT_EVENT_PAIR = "INSERT INTO event_pairs (entity_id, partner_id, sort_day, event_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
export const DELETE_EVENT_PAIR = "DELETE FROM event_pairs WHERE entity_id = ? AND partner_id = ? AND sort_day = ? AND event_id = ?";
/** An event's pairs move when its first day changes (a more precise date was reported). */
export const MOVE_EVENT_PAIRS = "UPDATE event_pairs SET sort_day = @next WHERE entity_id = @a AND partner_id = @b AND sort_day = @previous AND event_id = @id";

/**
 * contacts between two entities: their shared events in date order straight from event_pairs, the
 * filters checked on each until the page is full (EVENT_SORT_KEY.DATE_ASC order).
 */
export function pairContacts(conditions: string): string {
  return `SELECT ${EVENT_COLUMNS} FROM event_pairs p JOIN events e ON e.id = p.event_id
    WHERE p.entity_id = @a AND p.partner_id = @b ${conditions ? `AND ${conditions}` : ""}
    ORDER BY p.sort_day, p.event_id
    LIMIT @limit`;
}
export const COUNT_CO_PARTICIPATION = `
  INSERT INTO co_participations (entity_id, partner_id, events) VALUES (?, ?, 1)
  ON CONFLICT (entity_id, partner_id) DO UPDATE SET events = events + 1`;
export const UNCOUNT_CO_PARTICIPATION = "UPDATE co_participations SET events = events - 1 WHERE entity_id = ? AND partner_id = ?";
export const DELETE_EMPTY_CO_PARTICIPATION = "DELETE FROM co_participations WHERE entity_id = ? AND partner_id = ? AND events <= 0";

/** co_participations of one entity, most shared events first (exact when the frontier is one entity). */
export const PARTNERS_BY_COUNT = `
  SELECT partner_id AS id, events AS weight FROM co_participations
  WHERE entity_id = @id AND partner_id NOT IN (SELECT value FROM json_each(@exclude))
  ORDER BY events DESC, partner_id
  LIMIT @limit`;

/** Events in which at least two entities of the JSON array @ids take part. */
export const EVENTS_SHARED_WITHIN = `
  e.id IN (SELECT event_id FROM event_pairs
           WHERE entity_id IN (SELECT value FROM json_each(@ids)) AND partner_id IN (SELECT value FROM json_each(@ids)))`;

/**
 * Events in which at least two entities of the JSON array @ids are involved: taking part, or (a
 * country) by the country rule, as country_involvements holds it.
 */
export const EVENTS_INVOLVING_TWO_WITHIN = `
  e.id IN (SELECT event_id FROM (
             SELECT p.event_id, p.entity_id AS who FROM event_participants p WHERE p.entity_id IN (SELECT value FROM json_each(@ids))
             UNION
             SELECT ci.event_id, ci.country_id FROM country_involvements ci WHERE ci.country_id IN (SELECT value FROM json_each(@ids)))
           GROUP BY event_id HAVING count(*) >= 2)`;

/**
 * Who shares events with any entity of the JSON array @ids, leaving out the JSON array @exclude:
 * the number of distinct such events, most first, then by id; at most @limit.
 */
export const CO_PARTICIPANTS = `
  SELECT partner_id AS id, count(DISTINCT event_id) AS weight FROM event_pairs
  WHERE entity_id IN (SELECT value FROM json_each(@ids))
    AND partner_id NOT IN (SELECT value FROM json_each(@exclude))
  GROUP BY partner_id
  ORDER BY weight DESC, id
  LIMIT @limit`;

/** Each pair (source < target) of the JSON array @ids that shares events, with how many. */
export const SHARED_EVENT_COUNTS = `
  SELECT entity_id AS source, partner_id AS target, events AS weight FROM co_participations
  WHERE entity_id IN (SELECT value FROM json_each(@ids)) AND partner_id IN (SELECT value FROM json_each(@ids))
    AND entity_id < partner_id
  ORDER BY source, target`;

/**
 * One breadth-first step of path: every [entity, partner] pair of the JSON array @ids, read from the
 * counted pairs (one row per partner rather than per shared event), one index range per entity.
 */
export const PATH_NEIGHBOURS = `
  SELECT entity_id, partner_id FROM co_participations
  WHERE entity_id IN (SELECT value FROM json_each(@ids))`;

/** The earliest event two entities share (then lowest id): the link a path step takes. */
export const FIRST_SHARED_EVENT = `
  SELECT event_id AS id FROM event_pairs WHERE entity_id = ? AND partner_id = ? ORDER BY sort_day, event_id LIMIT 1`;

/** An event of event_pairs `p` (joined to `e`) within the optional @fromDay/@toDay; undated ones ('~') never are. */
const PAIR_IN_PERIOD = "(@toDay IS NULL OR p.sort_day <= @toDay) AND (@fromDay IS NULL OR e.date_last_day >= @fromDay)";

/** PATH_NEIGHBOURS counting only events within @fromDay/@toDay: read per shared event, as the counts span all time. */
export const PATH_NEIGHBOURS_IN_PERIOD = `
  SELECT DISTINCT p.entity_id, p.partner_id FROM event_pairs p JOIN events e ON e.id = p.event_id
  WHERE p.entity_id IN (SELECT value FROM json_each(@ids)) AND ${PAIR_IN_PERIOD}`;

/** FIRST_SHARED_EVENT of @a and @b within @fromDay/@toDay. */
export const FIRST_SHARED_EVENT_IN_PERIOD = `
  SELECT p.event_id AS id FROM event_pairs p JOIN events e ON e.id = p.event_id
  WHERE p.entity_id = @a AND p.partner_id = @b AND ${PAIR_IN_PERIOD}
  ORDER BY p.sort_day, p.event_id LIMIT 1`;

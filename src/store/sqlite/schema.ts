import type Database from "better-sqlite3";
import { StoreUnavailableError } from "../../domain/errors.js";

/** Bumped whenever the DDL changes; stored in `PRAGMA user_version`. */
export const SCHEMA_VERSION = 10;

/**
 * The whole schema. Every statement is `IF NOT EXISTS`, so running it on an existing database of
 * the same version changes nothing. Dates are kept as written (value, precision, end) plus the
 * first and last calendar day they cover, which is what range filters and sorting use.
 */
export const SCHEMA_DDL = `
CREATE TABLE IF NOT EXISTS articles (
  id            TEXT PRIMARY KEY,
  url           TEXT,
  title         TEXT,
  source        TEXT,
  published_at  TEXT,
  language      TEXT NOT NULL,
  text          TEXT NOT NULL,
  ingested_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_published ON articles (coalesce(published_at, ''), id);

CREATE TABLE IF NOT EXISTS entities (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL,              -- lower-cased name, for case-insensitive lookups and paging
  country_id  TEXT,                       -- may name a country that is not stored: no foreign key
  mention_count INTEGER NOT NULL DEFAULT 0  -- rows in mentions, kept in step: counting a busy name's mentions per read was a scan
);
CREATE INDEX IF NOT EXISTS entities_by_kind_name ON entities (kind, name_key, id);
CREATE INDEX IF NOT EXISTS entities_by_name ON entities (name_key, id);

CREATE TABLE IF NOT EXISTS entity_aliases (
  entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  alias_key  TEXT NOT NULL,
  UNIQUE (entity_id, alias_key)
);
CREATE INDEX IF NOT EXISTS entity_aliases_by_key ON entity_aliases (alias_key);

CREATE TABLE IF NOT EXISTS mentions (
  entity_id   TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (entity_id, article_id, start, "end")
);
CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions (article_id);

CREATE TABLE IF NOT EXISTS events (
  id              TEXT PRIMARY KEY,
  type            TEXT NOT NULL,
  status          TEXT NOT NULL,
  date_value      TEXT,
  date_precision  TEXT,
  date_end        TEXT,
  date_first_day  TEXT,
  date_last_day   TEXT,
  place_id        TEXT,                   -- may name a place that is not stored: no foreign key
  summary         TEXT NOT NULL,
  confidence      REAL NOT NULL,
  plover_event    TEXT NOT NULL,
  plover_mode     TEXT,
  cameo           TEXT,
  -- The country_involvements rows this event has, as JSON {first, last, countries}, so they can be
  -- replaced exactly when the event's date or its participants' offices change.
  involvement     TEXT
);
-- The two sort keys of findEvents: undated events sort last in both directions.
CREATE INDEX IF NOT EXISTS events_date_asc ON events (coalesce(date_first_day, '~'), id);
CREATE INDEX IF NOT EXISTS events_date_desc ON events (coalesce(date_first_day, ''), id);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type);

CREATE TABLE IF NOT EXISTS event_participants (
  event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX IF NOT EXISTS event_participants_by_entity ON event_participants (entity_id, event_id);

CREATE TABLE IF NOT EXISTS event_evidence (
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  UNIQUE (event_id, article_id, start, "end")
);
CREATE INDEX IF NOT EXISTS event_evidence_by_article ON event_evidence (article_id, event_id);

-- Every ordered pair of participants of an event (both orders), so "the events A and B share" and
-- "who shares events with A" are index ranges instead of joins over every event of a busy person.
CREATE TABLE IF NOT EXISTS event_pairs (
  entity_id   TEXT NOT NULL,
  partner_id  TEXT NOT NULL,
  sort_day    TEXT NOT NULL,            -- the event's first day, '~' when undated: a pair's events come in date order
  event_id    TEXT NOT NULL,
  PRIMARY KEY (entity_id, partner_id, sort_day, event_id)
) WITHOUT ROWID;

-- How many events each ordered pair shares: event_pairs counted, kept in step with it, so a busy
-- person's neighbours are read in count order without touching each shared event.
CREATE TABLE IF NOT EXISTS co_participations (
  entity_id   TEXT NOT NULL,
  partner_id  TEXT NOT NULL,
  events      INTEGER NOT NULL,
  PRIMARY KEY (entity_id, partner_id)
) WITHOUT ROWID;

-- The countries involved in each event (the country rule): those taking part, and those one of
-- whose executive or diplomatic offices a participant held at the time. One row per country and calendar year the event touches ('' when
-- undated), so "this country's events in this period" is one index range, however many events
-- the store holds. Maintained by the adapter when events, tenures or offices change.
CREATE TABLE IF NOT EXISTS country_involvements (
  country_id  TEXT NOT NULL,
  year        TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  first_day   TEXT,
  last_day    TEXT,
  PRIMARY KEY (country_id, year, event_id)
) WITHOUT ROWID;

-- One row per person, office and term; a term is keyed by the year it began ('' when unknown).
CREATE TABLE IF NOT EXISTS tenures (
  seq             INTEGER PRIMARY KEY,
  person_id       TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  office_id       TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  term_key        TEXT NOT NULL,
  from_value      TEXT,
  from_precision  TEXT,
  from_end        TEXT,
  from_first_day  TEXT,
  to_value        TEXT,
  to_precision    TEXT,
  to_end          TEXT,
  confidence      REAL NOT NULL,
  UNIQUE (person_id, office_id, term_key)
);
CREATE INDEX IF NOT EXISTS tenures_by_office ON tenures (office_id);

CREATE TABLE IF NOT EXISTS tenure_evidence (
  tenure_seq  INTEGER NOT NULL REFERENCES tenures (seq) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  UNIQUE (tenure_seq, article_id, start, "end")
);
CREATE INDEX IF NOT EXISTS tenure_evidence_by_article ON tenure_evidence (article_id);

-- Typo-tolerant name search: every word of 4+ letters of an entity's name and aliases, and each form
-- of it with one letter deleted (search-ranking.ts fuzzyKeysOf). A query word finds names within a
-- typo or two through the keys they share ("blare" and "blair" share "blar").
CREATE TABLE IF NOT EXISTS entity_fuzzy_keys (
  key        TEXT NOT NULL,
  entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_fuzzy_keys_by_entity ON entity_fuzzy_keys (entity_id);

-- Search documents: a stable integer per node, shared by the FTS5 table as its rowid.
CREATE TABLE IF NOT EXISTS search_nodes (
  doc      INTEGER PRIMARY KEY,
  node_id  TEXT NOT NULL UNIQUE,
  kind     TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5 (
  label,                                  -- entity name, event summary or article title
  extra,                                  -- entity aliases
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Event summaries and article titles apart from entity names: a word shared by a million summaries
-- or titles must not make ranking the names slow. The prefix index serves the short prefixes people type.
CREATE VIRTUAL TABLE IF NOT EXISTS event_search_fts USING fts5 (
  label,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE VIRTUAL TABLE IF NOT EXISTS article_search_fts USING fts5 (
  label,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- Curation (../curation.ts): the append-only log, and the effective state every ingest consults.
-- None of these refer to entities or events by foreign key: a correction outlives the rows it
-- corrected (an entity deleted with its last article and ingested again is corrected again).
CREATE TABLE IF NOT EXISTS curations (
  seq          INTEGER PRIMARY KEY,
  action       TEXT NOT NULL,
  target_id    TEXT NOT NULL,
  related_ids  TEXT NOT NULL,             -- JSON array
  before       TEXT,                      -- JSON
  after        TEXT,                      -- JSON
  reason       TEXT,
  curated_by   TEXT NOT NULL,
  at           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS curations_by_target ON curations (target_id);
-- The log is evidence of what researchers decided: nothing may rewrite or remove a row.
CREATE TRIGGER IF NOT EXISTS curations_no_update BEFORE UPDATE ON curations
  BEGIN SELECT RAISE(ABORT, 'the curation log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS curations_no_delete BEFORE DELETE ON curations
  BEGIN SELECT RAISE(ABORT, 'the curation log is append-only'); END;
-- A merged entity's id → the id it lives on as (chains flattened when the kept one is merged again).
CREATE TABLE IF NOT EXISTS entity_redirects (
  dropped_id  TEXT PRIMARY KEY,
  kept_id     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_redirects_by_kept ON entity_redirects (kept_id);
-- A name a curator pinned, the alias keys they removed and the aliases they added (JSON arrays).
CREATE TABLE IF NOT EXISTS entity_overrides (
  entity_id           TEXT PRIMARY KEY,
  name                TEXT,
  removed_alias_keys  TEXT NOT NULL,
  added_aliases       TEXT NOT NULL
) WITHOUT ROWID;
-- A rejected event's last state (a GraphEvent as JSON): out of every read, ready to restore.
CREATE TABLE IF NOT EXISTS rejected_events (
  event_id  TEXT PRIMARY KEY,
  event     TEXT NOT NULL
) WITHOUT ROWID;
-- The event fields a curator set (JSON EventChanges), written over every later report.
CREATE TABLE IF NOT EXISTS event_overrides (
  event_id  TEXT PRIMARY KEY,
  changes   TEXT NOT NULL
) WITHOUT ROWID;
`;

/** Derives event_pairs from event_participants, for databases written before the table existed. */
const FILL_EVENT_PAIRS = `
  INSERT INTO event_pairs (entity_id, partner_id, sort_day, event_id)
  SELECT p1.entity_id, p2.entity_id, coalesce(e.date_first_day, '~'), p1.event_id
  FROM event_participants p1 JOIN event_participants p2 ON p2.event_id = p1.event_id AND p2.entity_id <> p1.entity_id
    JOIN events e ON e.id = p1.event_id`;

/** Version 6 orders each pair's events by date: event_pairs gains sort_day in its key, so it is rebuilt. */
const ADD_SORT_DAY_TO_EVENT_PAIRS = `
  CREATE TABLE event_pairs_by_day (
    entity_id TEXT NOT NULL, partner_id TEXT NOT NULL, sort_day TEXT NOT NULL, event_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, partner_id, sort_day, event_id)
  ) WITHOUT ROWID;
  INSERT INTO event_pairs_by_day (entity_id, partner_id, sort_day, event_id)
    SELECT p.entity_id, p.partner_id, coalesce(e.date_first_day, '~'), p.event_id FROM event_pairs p JOIN events e ON e.id = p.event_id;
  DROP TABLE event_pairs;
  ALTER TABLE event_pairs_by_day RENAME TO event_pairs;`;

/** Derives co_participations from event_pairs, for databases written before the table existed. */
const FILL_CO_PARTICIPATIONS = `
  INSERT INTO co_participations (entity_id, partner_id, events)
  SELECT entity_id, partner_id, count(*) FROM event_pairs GROUP BY entity_id, partner_id`;

/** Counts every entity's mentions, for databases from before version 5. */
const FILL_MENTION_COUNTS = "UPDATE entities SET mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id)";

/** Moves event summaries out of search_fts into event_search_fts, for databases from before version 4. */
const MOVE_EVENT_SEARCH_TEXT = `
  INSERT INTO event_search_fts (rowid, label)
    SELECT f.rowid, f.label FROM search_fts f JOIN search_nodes n ON n.doc = f.rowid WHERE n.kind = 'EVENT';
  DELETE FROM search_fts WHERE rowid IN (SELECT doc FROM search_nodes WHERE kind = 'EVENT');`;

/** Moves article titles out of search_fts into article_search_fts, for databases from before version 7. */
const MOVE_ARTICLE_SEARCH_TEXT = `
  INSERT INTO article_search_fts (rowid, label)
    SELECT f.rowid, f.label FROM search_fts f JOIN search_nodes n ON n.doc = f.rowid WHERE n.kind = 'ARTICLE';
  DELETE FROM search_fts WHERE rowid IN (SELECT doc FROM search_nodes WHERE kind = 'ARTICLE');`;

/**
 * Brings a database to SCHEMA_VERSION: creates the schema on a new file, upgrades an older one and
 * leaves a current one alone. Refuses a file written by a newer schema rather than guess at it.
 * Says which derived data the adapter must then fill: country_involvements (from version 1, and again before version 10, when the country rule narrowed) and
 * entity_fuzzy_keys (before version 8).
 */
export function ensureSchema(db: Database.Database): { rebuildInvolvements: boolean; rebuildFuzzyKeys: boolean } {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreUnavailableError(
      `the database has schema version ${version}, newer than this Parley's ${SCHEMA_VERSION}`,
      { schemaVersion: version },
    );
  }
  let rebuildInvolvements = false;
  const rebuildFuzzyKeys = version >= 1 && version <= 7;
  db.transaction(() => {
    // Version 1 had no involvement index; its events table needs the column before the DDL runs.
    if (version === 1) {
      db.exec("ALTER TABLE events ADD COLUMN involvement TEXT");
      rebuildInvolvements = true;
    }
    if (version >= 1 && version <= 4) db.exec("ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0");
    if (version >= 2 && version <= 5) db.exec(ADD_SORT_DAY_TO_EVENT_PAIRS);
    db.exec(SCHEMA_DDL);
    // Version 10 narrowed the country rule to executive and diplomatic offices: the index is refilled.
    if (version >= 2 && version <= 9) rebuildInvolvements = true;
    if (version >= 1 && version <= 4) db.exec(FILL_MENTION_COUNTS);
    if (version === 1) db.exec(FILL_EVENT_PAIRS);
    if (version === 1 || version === 2) db.exec(FILL_CO_PARTICIPATIONS);
    if (version >= 1 && version <= 3) db.exec(MOVE_EVENT_SEARCH_TEXT);
    if (version >= 1 && version <= 6) {
      db.exec(MOVE_ARTICLE_SEARCH_TEXT);
      // The moves leave deletion markers in every segment of search_fts; merging them away keeps name search small.
      db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
  return { rebuildInvolvements, rebuildFuzzyKeys };
}

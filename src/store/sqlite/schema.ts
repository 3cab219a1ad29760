import type Database from "better-sqlite3";
import { StoreUnavailableError } from "../../domain/errors.js";

/** Bumped whenever the DDL changes; stored in `PRAGMA user_version`. */
export const SCHEMA_VERSION = 1;

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
  country_id  TEXT                        -- may name a country that is not stored: no foreign key
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
  cameo           TEXT
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
`;

/**
 * Brings a database to SCHEMA_VERSION: creates the schema on a new file and leaves a current one
 * alone. Refuses a file written by a newer schema rather than guess at it.
 */
export function ensureSchema(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreUnavailableError(
      `the database has schema version ${version}, newer than this Parley's ${SCHEMA_VERSION}`,
      { schemaVersion: version },
    );
  }
  db.transaction(() => {
    db.exec(SCHEMA_DDL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

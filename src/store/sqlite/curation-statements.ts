/**
 * The SQL of curation in the sqlite adapter (the tables are in schema.ts). Lists of keys are one
 * JSON array parameter, as in statements.ts.
 */

const KEYS = "(SELECT value FROM json_each(?))";

// ── the effective state an ingest reads ─────────────────────────────────────────────────────
export const REDIRECTS_OF = `SELECT dropped_id AS key, kept_id AS id FROM entity_redirects WHERE dropped_id IN ${KEYS}`;
export const ENTITY_OVERRIDES_OF = `SELECT entity_id, name, removed_alias_keys, added_aliases FROM entity_overrides WHERE entity_id IN ${KEYS}`;
export const REJECTED_EVENTS_OF = `SELECT event_id, event FROM rejected_events WHERE event_id IN ${KEYS}`;
export const EVENT_OVERRIDES_OF = `SELECT event_id, changes FROM event_overrides WHERE event_id IN ${KEYS}`;

// ── writing the state ───────────────────────────────────────────────────────────────────────
export const UPSERT_REDIRECT = `
  INSERT INTO entity_redirects (dropped_id, kept_id) VALUES (?, ?)
  ON CONFLICT (dropped_id) DO UPDATE SET kept_id = excluded.kept_id`;
/** Ids merged into an entity earlier follow it when it is merged in turn, so a redirect is one step. */
export const FOLLOW_REDIRECTS = "UPDATE entity_redirects SET kept_id = @kept WHERE kept_id = @dropped";
export const UPSERT_ENTITY_OVERRIDE = `
  INSERT INTO entity_overrides (entity_id, name, removed_alias_keys, added_aliases) VALUES (@id, @name, @removed, @added)
  ON CONFLICT (entity_id) DO UPDATE SET name = excluded.name, removed_alias_keys = excluded.removed_alias_keys, added_aliases = excluded.added_aliases`;
export const DELETE_ENTITY_OVERRIDE = "DELETE FROM entity_overrides WHERE entity_id = ?";
export const UPSERT_REJECTED_EVENT = `
  INSERT INTO rejected_events (event_id, event) VALUES (?, ?)
  ON CONFLICT (event_id) DO UPDATE SET event = excluded.event`;
export const DELETE_REJECTED_EVENT = "DELETE FROM rejected_events WHERE event_id = ?";
export const UPSERT_EVENT_OVERRIDE = `
  INSERT INTO event_overrides (event_id, changes) VALUES (?, ?)
  ON CONFLICT (event_id) DO UPDATE SET changes = excluded.changes`;

// ── the log ─────────────────────────────────────────────────────────────────────────────────
export const APPEND_CURATION = `
  INSERT INTO curations (action, target_id, related_ids, before, after, reason, curated_by, at)
  VALUES (@action, @targetId, @relatedIds, @before, @after, @reason, @by, @at)
  RETURNING seq`;
export const CURATION_COLUMNS = "seq, action, target_id, related_ids, before, after, reason, curated_by, at";
export const CURATIONS_AFTER = `SELECT ${CURATION_COLUMNS} FROM curations WHERE seq > @after ORDER BY seq LIMIT @limit`;
export const COUNT_CURATIONS = "SELECT count(*) AS n FROM curations";

// ── entities ────────────────────────────────────────────────────────────────────────────────
export const ENTITY_NAMES = "SELECT id, kind, name, country_id, mention_count FROM entities WHERE id = ?";
export const ALIASES_OF = "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid";
export const DELETE_ALIASES = "DELETE FROM entity_aliases WHERE entity_id = ?";
export const UPDATE_ENTITY_NAME = "UPDATE entities SET name = @name, name_key = @nameKey WHERE id = @id";
export const DELETE_ENTITY = "DELETE FROM entities WHERE id = ?";

// ── merging one entity into another ─────────────────────────────────────────────────────────
export const EVENT_IDS_OF_ENTITY = "SELECT event_id AS id FROM event_participants WHERE entity_id = ? ORDER BY event_id";
export const PARTICIPANT_ROLE = "SELECT role FROM event_participants WHERE event_id = ? AND entity_id = ?";
export const SET_PARTICIPANT_ROLE = "UPDATE event_participants SET role = ? WHERE event_id = ? AND entity_id = ?";
export const DELETE_PARTICIPANT = "DELETE FROM event_participants WHERE event_id = ? AND entity_id = ?";
/** An UPDATE keeps the rowid, so the kept entity takes the dropped one's place in the participant order. */
export const MOVE_PARTICIPANT = "UPDATE event_participants SET entity_id = @kept WHERE event_id = @eventId AND entity_id = @dropped";
export const COPY_MENTIONS = `
  INSERT OR IGNORE INTO mentions (entity_id, article_id, sentence, start, "end", text)
  SELECT @kept, article_id, sentence, start, "end", text FROM mentions WHERE entity_id = @dropped ORDER BY rowid`;
export const DELETE_MENTIONS = "DELETE FROM mentions WHERE entity_id = ?";
export const RECOUNT_MENTIONS = "UPDATE entities SET mention_count = (SELECT count(*) FROM mentions WHERE entity_id = @id) WHERE id = @id";
/** Tenures move unless the kept entity already has that term; those are merged below by evidence. */
export const MOVE_TENURES = `
  UPDATE OR IGNORE tenures SET person_id = CASE WHEN person_id = @dropped THEN @kept ELSE person_id END,
                               office_id = CASE WHEN office_id = @dropped THEN @kept ELSE office_id END
  WHERE person_id = @dropped OR office_id = @dropped`;
export const TENURES_LEFT_ON = "SELECT seq, person_id, office_id, term_key FROM tenures WHERE person_id = @dropped OR office_id = @dropped";
export const TENURE_SEQ = "SELECT seq FROM tenures WHERE person_id = ? AND office_id = ? AND term_key = ?";
export const MOVE_TENURE_EVIDENCE = `
  INSERT OR IGNORE INTO tenure_evidence (tenure_seq, article_id, sentence, start, "end", quote)
  SELECT @to, article_id, sentence, start, "end", quote FROM tenure_evidence WHERE tenure_seq = @from ORDER BY rowid`;
export const DELETE_TENURE = "DELETE FROM tenures WHERE seq = ?";
export const MOVE_COUNTRY_REFERENCES = "UPDATE entities SET country_id = @kept WHERE country_id = @dropped";
export const HOLDERS_OF_OFFICE = "SELECT DISTINCT person_id AS id FROM tenures WHERE office_id = ?";
export const HOLDERS_OF_OFFICES_IN = `
  SELECT DISTINCT t.person_id AS id FROM tenures t JOIN entities o ON o.id = t.office_id WHERE o.country_id = ?`;
export const MOVE_PLACE_REFERENCES = "UPDATE events SET place_id = @kept WHERE place_id = @dropped";

// ── events ──────────────────────────────────────────────────────────────────────────────────
export const EVENT_ROW = "SELECT * FROM events WHERE id = ?";
export const PARTICIPANTS_OF = "SELECT entity_id, role FROM event_participants WHERE event_id = ? ORDER BY rowid";
export const EVIDENCE_OF = `SELECT article_id, sentence, start, "end", quote FROM event_evidence WHERE event_id = ? ORDER BY rowid`;
export const DELETE_EVENT = "DELETE FROM events WHERE id = ?";
export const UPDATE_EVENT_FIELDS = `
  UPDATE events SET type = @type, status = @status, date_value = @dateValue, date_precision = @datePrecision,
    date_end = @dateEnd, date_first_day = @dateFirstDay, date_last_day = @dateLastDay, place_id = @placeId,
    plover_event = @ploverEvent, plover_mode = @ploverMode, cameo = @cameo
  WHERE id = @id`;
export const EXISTING_ENTITY_IDS = `SELECT id FROM entities WHERE id IN ${KEYS}`;
export const EXISTING_ARTICLE_IDS = `SELECT id FROM articles WHERE id IN ${KEYS}`;
export const ENTITY_KIND = "SELECT kind FROM entities WHERE id = ?";

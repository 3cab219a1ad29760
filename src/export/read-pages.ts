import { type Evidence, type EntityKind } from "../domain/index.js";
import { type CurationRecord } from "../store/curation.js";
import { type ArticleRecord, type EntityRecord, type EventRecord, type GraphStore, type Page, type ParticipantRecord, type TenureRecord } from "../store/graph-store.js";

/**
 * The store read a page at a time through the GraphStore port, for exports that write as they
 * read: each generator holds one page, never the whole graph. Orders are the port's own:
 * articles newest first, entities by name, events by date (undated last), tenures by person name.
 */

/** Rows per page. Larger pages mean fewer queries (each page of findEvents also counts the table). */
export const EXPORT_PAGE_SIZE = 500;

/** An event with who took part and every sentence that reports it. */
export interface ExportedEvent extends EventRecord {
  participants: ParticipantRecord[];
  evidence: Evidence[];
}

async function* pages<T>(fetchPage: (after: string | undefined) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    if (page.items.length > 0) yield page.items;
    if (!page.hasNextPage || page.endCursor === null) return;
    after = page.endCursor;
  }
}

const cursor = (after: string | undefined) => (after ? { after } : {});

export function articlePages(store: GraphStore): AsyncGenerator<ArticleRecord[]> {
  return pages((after) => store.findArticles({ first: EXPORT_PAGE_SIZE, ...cursor(after) }));
}

/** The curation log, oldest first. */
export function curationPages(store: GraphStore): AsyncGenerator<CurationRecord[]> {
  return pages((after) => store.curations({ first: EXPORT_PAGE_SIZE, ...cursor(after) }));
}

export function entityPages(store: GraphStore, kind?: EntityKind): AsyncGenerator<EntityRecord[]> {
  return pages((after) => store.findEntities({ first: EXPORT_PAGE_SIZE, ...(kind ? { kind } : {}), ...cursor(after) }));
}

/** Events oldest first (undated last); participants and evidence are read per page only when asked for (else left empty). */
export async function* eventPages(store: GraphStore, read: { participants?: boolean; evidence?: boolean } = {}): AsyncGenerator<ExportedEvent[]> {
  for await (const events of pages((after) => store.findEvents({}, { first: EXPORT_PAGE_SIZE, orderBy: "DATE_ASC", ...cursor(after) }))) {
    const ids = events.map((event) => event.id);
    const [participants, evidence] = await Promise.all([
      read.participants ? store.participantsByEventIds(ids) : null,
      read.evidence ? store.evidenceByEventIds(ids) : null,
    ]);
    yield events.map((event, index) => ({ ...event, participants: participants?.[index] ?? [], evidence: evidence?.[index] ?? [] }));
  }
}

/** Every tenure, person by person in the order the store lists people. */
export async function* tenurePages(store: GraphStore): AsyncGenerator<TenureRecord[]> {
  for await (const people of entityPages(store, "PERSON")) {
    const tenures = (await store.tenuresByPersonIds(people.map((person) => person.id))).flat();
    if (tenures.length > 0) yield tenures;
  }
}

/** The ids among `ids` that the store holds as entities (one lookup for the lot). */
export async function existingEntityIds(store: GraphStore, ids: Iterable<string>): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const found = await store.entitiesByIds(unique);
  return new Set(unique.filter((_, index) => found[index] !== null));
}

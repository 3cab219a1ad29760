import DataLoader from "dataloader";
import { type Evidence } from "../../domain/index.js";
import {
  type ArticleRecord,
  type EntityRecord,
  type EventCountryRecord,
  type EventRecord,
  type GraphStore,
  type ParticipantRecord,
  type TenureRecord,
} from "../../store/graph-store.js";

/**
 * One DataLoader per batch method of the GraphStore port. Created per request (in the context) so
 * caches never leak between requests; nested fields (event.participants.entity, person.offices,
 * event.evidence.article …) call these and each level costs one store call per tick.
 */
export function createLoaders(store: GraphStore) {
  return {
    entity: new DataLoader<string, EntityRecord | null>((ids) => store.entitiesByIds(ids)),
    event: new DataLoader<string, EventRecord | null>((ids) => store.eventsByIds(ids)),
    article: new DataLoader<string, ArticleRecord | null>((ids) => store.articlesByIds(ids)),
    participantsByEvent: new DataLoader<string, ParticipantRecord[]>((ids) => store.participantsByEventIds(ids)),
    countriesByEvent: new DataLoader<string, EventCountryRecord[]>((ids) => store.countriesByEventIds(ids)),
    evidenceByEvent: new DataLoader<string, Evidence[]>((ids) => store.evidenceByEventIds(ids)),
    eventIdsByEntity: new DataLoader<string, string[]>((ids) => store.eventIdsByEntityIds(ids)),
    tenuresByPerson: new DataLoader<string, TenureRecord[]>((ids) => store.tenuresByPersonIds(ids)),
    tenuresByOffice: new DataLoader<string, TenureRecord[]>((ids) => store.tenuresByOfficeIds(ids)),
    articleIdsByEntity: new DataLoader<string, string[]>((ids) => store.articleIdsByEntityIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many ids through a loader and drops the unknown ones, keeping order. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(ids);
  return values.filter((value): value is T => value !== null && !(value instanceof Error));
}

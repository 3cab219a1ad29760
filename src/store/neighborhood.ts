import { BadInputError } from "../domain/index.js";
import { type EntityRecord, type GraphStore } from "./graph-store.js";

/**
 * The co-participation neighbourhood of one entity, built on the port's co-participation readers so
 * every adapter answers alike: one store call per depth level and two more, never one per entity.
 */

export const MAX_NEIGHBORHOOD_DEPTH = 2;
export const MAX_NEIGHBORHOOD_LIMIT = 200;

export interface NeighborhoodQuery {
  id: string;
  /** 1 or 2: neighbours, or neighbours and theirs. */
  depth: number;
  /** Most entities returned, the centre included; capped at MAX_NEIGHBORHOOD_LIMIT. */
  limit: number;
}

export interface NeighborhoodEdge {
  source: string;
  target: string;
  /** Number of events both take part in. */
  weight: number;
}

export interface Neighborhood {
  /** The centre first, then neighbours by depth, by the number of events shared with the previous level, then id. */
  nodes: EntityRecord[];
  /** One edge per pair of kept nodes sharing events; source < target. */
  edges: NeighborhoodEdge[];
}

/** The entities sharing events with `query.id` (to `depth` levels), and the shared-event counts between them; empty when unknown. */
export async function neighborhoodOf(store: GraphStore, query: NeighborhoodQuery): Promise<Neighborhood> {
  if (!Number.isInteger(query.depth) || query.depth < 1 || query.depth > MAX_NEIGHBORHOOD_DEPTH) {
    throw new BadInputError(`depth must be 1 or 2, got ${query.depth}`, { path: "depth" });
  }
  if (!Number.isInteger(query.limit) || query.limit < 1) throw new BadInputError(`limit must be a positive integer, got ${query.limit}`, { path: "limit" });
  const limit = Math.min(query.limit, MAX_NEIGHBORHOOD_LIMIT);
  const [centre] = await store.entitiesByIds([query.id]);
  if (!centre) return { nodes: [], edges: [] };

  const kept = [query.id];
  let frontier = [query.id];
  for (let level = 1; level <= query.depth && kept.length < limit && frontier.length > 0; level += 1) {
    // Ranked by distinct events shared with the previous level, in the store: a hub's events are never loaded here.
    const next = (await store.coParticipants({ entityIds: frontier, excludeIds: kept, limit: limit - kept.length })).map((row) => row.id);
    kept.push(...next);
    frontier = next;
  }
  const edges = (await store.sharedEventCounts(kept)).map(({ source, target, weight }) => ({ source, target, weight }));
  const nodes = (await store.entitiesByIds(kept)).filter((entity): entity is EntityRecord => entity !== null);
  return { nodes, edges };
}

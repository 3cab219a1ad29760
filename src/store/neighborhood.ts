import { BadInputError } from "../domain/index.js";
import { type EntityRecord, type GraphStore } from "./graph-store.js";

/**
 * The co-participation neighbourhood of one entity, built on the port's batch readers so every
 * adapter answers alike: a few batched store calls per depth level, never one per entity.
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
  /** The centre first, then neighbours by depth, by weight to the nodes already kept, then id. */
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
  const keptSet = new Set(kept);
  let frontier = [query.id];
  for (let level = 1; level <= query.depth && kept.length < limit && frontier.length > 0; level += 1) {
    const participants = await participantsOfEntities(store, frontier);
    const weight = new Map<string, number>();
    for (const ids of participants) {
      if (!ids.some((id) => keptSet.has(id))) continue;
      for (const id of ids) if (!keptSet.has(id)) weight.set(id, (weight.get(id) ?? 0) + 1);
    }
    const next = [...weight.entries()]
      .sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit - kept.length)
      .map(([id]) => id);
    for (const id of next) keptSet.add(id);
    kept.push(...next);
    frontier = next;
  }

  const pairs = new Map<string, NeighborhoodEdge>();
  for (const ids of await participantsOfEntities(store, kept)) {
    const inside = [...new Set(ids.filter((id) => keptSet.has(id)))].sort();
    for (let i = 0; i < inside.length; i += 1) {
      for (let j = i + 1; j < inside.length; j += 1) {
        const source = inside[i]!;
        const target = inside[j]!;
        const key = `${source}\u0000${target}`;
        const edge = pairs.get(key) ?? { source, target, weight: 0 };
        edge.weight += 1;
        pairs.set(key, edge);
      }
    }
  }
  const nodes = (await store.entitiesByIds(kept)).filter((entity): entity is EntityRecord => entity !== null);
  return { nodes, edges: [...pairs.values()] };
}

/** The participant ids of every event any of `entityIds` takes part in, one list per distinct event. */
async function participantsOfEntities(store: GraphStore, entityIds: readonly string[]): Promise<string[][]> {
  const eventIds = [...new Set((await store.eventIdsByEntityIds(entityIds)).flat())];
  if (eventIds.length === 0) return [];
  return (await store.participantsByEventIds(eventIds)).map((list) => list.map((p) => p.entityId));
}

import { StoreError, type EntityKind } from "../../domain/index.js";
import { chainSearch } from "../path-search.js";
import { type PathLimits } from "../read-arguments.js";
import { STATEMENTS as Q } from "./cypher/statements.js";
import { type CypherRunner } from "./executor.js";

/*
 * path's chain of entities on Neo4j, two ways that pick the same chain: the breadth-first search of
 * src/store/path-search.ts while its steps cost at most `pathSearchMaxEvents`, then shortestPath,
 * which expands a busy person's events inside the database instead of sending their neighbours over
 * Bolt. Off by default (0): on the 100 k-event bench graph the search over Bolt was not measurably
 * faster than shortestPath (bench/RESULTS.md), unlike in SQLite, where it reads counted pairs.
 */

/** Most events a breadth-first step of path may expand before shortestPath takes over; 0: shortestPath alone. */
export const PATH_SEARCH_MAX_EVENTS = 0;

/** A path query, checked: its ends, hop bound, period and the kinds it may pass through (null: any). */
export interface ChainQuery extends PathLimits {
  from: string;
  to: string;
  maxHops: number;
  through: EntityKind[] | null;
}

/**
 * path's chain by the breadth-first search of src/store/path-search.ts, one statement per step,
 * starting from `ends` (PATH_ENDS' rows); null when there is none within maxHops, undefined when a
 * step would expand more than `maxEvents` events.
 */
export async function searchChain(
  tx: CypherRunner,
  query: ChainQuery,
  ends: readonly { id: string; events: number }[],
  maxEvents: number,
): Promise<string[] | null | undefined> {
  const events = new Map(ends.map((end) => [end.id, end.events]));
  const costOf = (id: string): number => events.get(id) ?? 0;
  const search = chainSearch(query.from, query.to, query.maxHops, { costOf, ...(query.mayPassThrough ? { mayPassThrough: query.mayPassThrough } : {}) });
  let step = search.next();
  while (!step.done) {
    if (step.value.reduce((sum, id) => sum + costOf(id), 0) > maxEvents) return undefined;
    const rows = await tx.run<{ id: string; neighbour: string; events: number }>(Q.PATH_NEIGHBOURS, { ids: step.value, fromDay: query.fromDay, toDay: query.toDay });
    for (const row of rows) events.set(row.neighbour, row.events);
    step = search.next(rows.map((row) => [row.id, row.neighbour] as const));
  }
  return step.value;
}

/**
 * path's chain by shortestPath: its length, then walking back from `to`, the lowest-id neighbour
 * one step closer to `from` (the search's rule); null when there is none within maxHops.
 */
export async function shortestPathChain(tx: CypherRunner, query: ChainQuery): Promise<string[] | null> {
  // shortestPath refuses a path from a node to itself: that path is the entity alone.
  if (query.from === query.to) return [query.from];
  const limited = query.fromDay !== null || query.toDay !== null || query.through !== null;
  const suffix = limited ? "_LIMITED" : "";
  const limits = limited ? { fromDay: query.fromDay, toDay: query.toDay, through: query.through } : {};
  const [shortest] = await tx.run<{ hops: number }>(Q[`SHORTEST_PATH_HOPS_${query.maxHops as 1 | 2 | 3 | 4 | 5 | 6}${suffix}`], { from: query.from, to: query.to, ...limits });
  if (!shortest) return null;
  const entityIds = [query.to];
  for (let left = shortest.hops - 1; left > 0; left -= 1) {
    const [step] = await tx.run<{ id: string }>(Q[`PATH_STEP_BACK_${left as 1 | 2 | 3 | 4 | 5}${suffix}`], { from: query.from, current: entityIds[0]!, ...limits });
    if (!step) throw new StoreError(`path: no neighbour of ${entityIds[0]} is within ${left} events of ${query.from}`);
    entityIds.unshift(step.id);
  }
  entityIds.unshift(query.from);
  return entityIds;
}

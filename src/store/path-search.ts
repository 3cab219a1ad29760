/**
 * The entity chain of `path`, store-agnostic: a bidirectional breadth-first search over "who shares
 * an event with whom", expanding the smaller (or cheaper) frontier each step, so a search never has
 * to expand the thousands of entities two hops from a busy person on both sides.
 *
 * Among equally short chains it picks the one a one-sided search from `from` picks: walking back
 * from `to`, at each step the lowest-id neighbour one step closer to `from` (the rule the contract
 * suite fixes for every adapter). It can, because once the two searches meet, every entity on a
 * shortest chain is known with its distance to both ends.
 */

import { StoreError } from "../domain/index.js";

/**
 * `[id, neighbour]` pairs: for each id asked for, the entities sharing at least one event with it
 * (the relation is symmetric; order and duplicates do not matter).
 */
export type NeighbourPairs = Iterable<readonly [string, string]>;

export interface ChainSearchOptions {
  /**
   * What expanding one entity costs (e.g. its number of events), known for `from`, `to` and every
   * entity a reader has returned; the search expands the side whose frontier costs less.
   * @default one per entity: the smaller frontier
   */
  costOf?: (id: string) => number;
  /**
   * Whether the chain may pass through an entity (`from` and `to` always take part).
   * @default every entity
   */
  mayPassThrough?: (id: string) => boolean;
}

/** One side of the search: each reached entity's level (events away from this side's start). */
interface Side {
  level: Map<string, number>;
  frontier: string[];
  depth: number;
}

const sideFrom = (start: string): Side => ({ level: new Map([[start, 0]]), frontier: [start], depth: 0 });

const costOfAll = (ids: readonly string[], costOf: ChainSearchOptions["costOf"]): number =>
  costOf ? ids.reduce((sum, id) => sum + costOf(id), 0) : ids.length;

/** Lowest id first, as SQLite's BINARY collation orders ASCII ids. */
const lower = (a: string, b: string): string => (a < b ? a : b);

/**
 * A shortest chain of entities from `from` to `to` crossing at most `maxHops` shared events, each
 * consecutive two sharing one; `[from]` when they are the same; null when there is none within
 * `maxHops`. The caller checks that both entities exist. Synchronous, so an adapter with a
 * synchronous driver reads every level without yielding to a write in between.
 */
export function shortestChain(
  from: string,
  to: string,
  maxHops: number,
  neighboursOf: (ids: readonly string[]) => NeighbourPairs,
  options: ChainSearchOptions = {},
): string[] | null {
  const search = chainSearch(from, to, maxHops, options);
  let step = search.next();
  while (!step.done) step = search.next(neighboursOf(step.value));
  return step.value;
}

/**
 * shortestChain as steps, for a store whose reads are asynchronous or that may give up on a costly
 * step: yields the ids whose neighbours it needs next, is handed their pairs, returns the chain.
 */
export function* chainSearch(from: string, to: string, maxHops: number, options: ChainSearchOptions): Generator<readonly string[], string[] | null, NeighbourPairs> {
  if (from === to) return [from];
  const forward = sideFrom(from);
  const backward = sideFrom(to);
  // Forward: the lowest-id neighbour one level closer to `from` (the one-sided search's rule).
  const forwardVia = new Map<string, string>();
  // Backward: every neighbour one level closer to `to`, to tell which of them lie on a shortest chain.
  const backwardVias = new Map<string, string[]>();

  while (forward.depth + backward.depth < maxHops && forward.frontier.length > 0 && backward.frontier.length > 0) {
    // Any order of expansions finds the same chain; ties go forward.
    const growForward = costOfAll(forward.frontier, options.costOf) <= costOfAll(backward.frontier, options.costOf);
    const [side, other] = growForward ? [forward, backward] : [backward, forward];
    const next: string[] = [];
    const depth = side.depth + 1;
    for (const [id, neighbour] of yield side.frontier) {
      if (options.mayPassThrough && neighbour !== from && neighbour !== to && !options.mayPassThrough(neighbour)) continue;
      const known = side.level.get(neighbour);
      if (known === undefined) {
        side.level.set(neighbour, depth);
        next.push(neighbour);
        if (growForward) forwardVia.set(neighbour, id);
        else backwardVias.set(neighbour, [id]);
      } else if (known === depth) {
        if (growForward) forwardVia.set(neighbour, lower(forwardVia.get(neighbour)!, id));
        else backwardVias.get(neighbour)!.push(id);
      }
    }
    side.frontier = next;
    side.depth = depth;
    // Nothing met before this step, so the chain is forward.depth + backward.depth events long and
    // every entity met lies exactly forward.depth events from `from`.
    const met = next.filter((id) => other.level.has(id));
    if (met.length > 0) return chainThrough(met, forward.depth + backward.depth, forward.depth, to, forwardVia, backwardVias);
  }
  return null;
}

/**
 * The chain, walking back from `to`: on the backward side, the lowest-id entity of the next layer
 * (towards `from`) that lies on a shortest chain and neighbours the current one; on the forward
 * side, the recorded lowest-id neighbour.
 */
function chainThrough(
  met: readonly string[],
  hops: number,
  meetingLayer: number,
  to: string,
  forwardVia: ReadonlyMap<string, string>,
  backwardVias: ReadonlyMap<string, readonly string[]>,
): string[] {
  // onChain[i]: the entities i events from `from` and hops − i from `to`, for i ≥ meetingLayer.
  const onChain: Set<string>[] = [];
  onChain[meetingLayer] = new Set(met);
  for (let layer = meetingLayer + 1; layer < hops; layer += 1) {
    const nextLayer = new Set<string>();
    for (const id of onChain[layer - 1]!) for (const via of backwardVias.get(id) ?? []) nextLayer.add(via);
    onChain[layer] = nextLayer;
  }
  const chain = [to];
  for (let layer = hops - 1; layer >= 0; layer -= 1) {
    const current = chain[0]!;
    let step: string | undefined;
    if (layer >= meetingLayer) {
      for (const id of onChain[layer]!) {
        if (backwardVias.get(id)?.includes(current) && (step === undefined || id < step)) step = id;
      }
    } else {
      step = forwardVia.get(current);
    }
    if (step === undefined) throw new StoreError(`path: no step back from ${current} at layer ${layer}`);
    chain.unshift(step);
  }
  return chain;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainSearch, shortestChain, type NeighbourPairs } from "../../src/store/path-search.js";

type NeighboursOf = (ids: readonly string[]) => NeighbourPairs;

/** An undirected graph given as edges, answered the way an adapter answers: every [id, neighbour] pair of the asked ids. */
function graphOf(edges: readonly (readonly [string, string])[]): { neighboursOf: NeighboursOf; asked: string[][] } {
  const adjacent = new Map<string, Set<string>>();
  for (const [a, b] of edges) {
    if (a === b) continue;
    if (!adjacent.has(a)) adjacent.set(a, new Set());
    if (!adjacent.has(b)) adjacent.set(b, new Set());
    adjacent.get(a)!.add(b);
    adjacent.get(b)!.add(a);
  }
  const asked: string[][] = [];
  return {
    asked,
    neighboursOf: (ids) => {
      asked.push([...ids]);
      return ids.flatMap((id) => [...(adjacent.get(id) ?? [])].map((n): [string, string] => [id, n]));
    },
  };
}

/**
 * The rule the adapters kept before the bidirectional search: a one-sided breadth-first search from
 * `from` where each entity remembers its lowest-id neighbour one level closer, walked back from `to`.
 */
function oneSidedChain(from: string, to: string, maxHops: number, neighboursOf: NeighboursOf): string[] | null {
  const via = new Map<string, string>([[from, from]]);
  let frontier = [from];
  for (let depth = 0; depth < maxHops && !via.has(to) && frontier.length > 0; depth += 1) {
    const level = new Map<string, string>();
    for (const [id, n] of neighboursOf(frontier)) {
      if (via.has(n)) continue;
      const known = level.get(n);
      level.set(n, known === undefined || id < known ? id : known);
    }
    for (const [n, v] of level) via.set(n, v);
    frontier = [...level.keys()];
  }
  if (!via.has(to)) return null;
  const chain = [to];
  while (chain[0] !== from) chain.unshift(via.get(chain[0]!)!);
  return chain;
}

const id = (i: number): string => `person:p${String(i).padStart(2, "0")}`;

describe("shortestChain: bidirectional breadth-first search over shared events", () => {
  it("picks the chain a one-sided search from `from` picks, on random graphs with hubs and many equally short chains", () => {
    const graphs = fc
      .integer({ min: 2, max: 40 })
      .chain((n) =>
        fc.record({
          n: fc.constant(n),
          // A few hubs joined to many, and random pairs: many ties between equally short chains.
          hubs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: n })), { maxLength: 3 }),
          pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 3 * n }),
          from: fc.integer({ min: 0, max: n - 1 }),
          to: fc.integer({ min: 0, max: n - 1 }),
          maxHops: fc.integer({ min: 1, max: 6 }),
          // Any expansion order must give the same chain: some runs weigh entities at random.
          costs: fc.option(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n })),
          // Some runs bar entities from the middle of a chain: the same as a graph without them (ends excepted).
          barred: fc.option(fc.array(fc.boolean(), { minLength: n, maxLength: n })),
        }),
      );
    fc.assert(
      fc.property(graphs, ({ hubs, pairs, from, to, maxHops, costs, barred }) => {
        const edges = [...pairs.map(([a, b]) => [id(a), id(b)] as const), ...hubs.flatMap(([hub, spokes]) => spokes.map((s) => [id(hub), id(s)] as const))];
        const indexOf = (entity: string) => Number(entity.slice("person:p".length));
        const mayPassThrough = barred ? (entity: string) => !barred[indexOf(entity)] : undefined;
        const open = (entity: string) => !mayPassThrough || mayPassThrough(entity) || entity === id(from) || entity === id(to);
        const expected = oneSidedChain(id(from), id(to), maxHops, graphOf(edges.filter(([a, b]) => open(a) && open(b))).neighboursOf);
        const costOf = costs ? (entity: string) => costs[indexOf(entity)]! : undefined;
        expect(shortestChain(id(from), id(to), maxHops, graphOf(edges).neighboursOf, { costOf, mayPassThrough })).toEqual(expected);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it("picks the lowest-id chain on the `to` side too, where it meets the search from `from` in the middle", () => {
    // from – a – {m1, m0} – {z1, z0} – to, every middle pair joined: from's side and to's side are both one entity
    // wide at first, so the searches meet in the middle; walking back from `to` takes z0, then m0.
    const [from, a, m0, m1, z0, z1, to] = ["person:from", "person:a", "person:m0", "person:m1", "person:z0", "person:z1", "person:to"];
    const { neighboursOf, asked } = graphOf([
      [from, a], [a, m0], [a, m1], [m0, z0], [m0, z1], [m1, z0], [m1, z1], [z0, to], [z1, to],
    ]);
    expect(shortestChain(from!, to!, 4, neighboursOf)).toEqual([from, a, m0, z0, to]);
    expect(asked.some((ids) => ids.includes(to!))).toBe(true);
  });

  it("never expands the larger side: a hub's thousand neighbours are read once and never expanded", () => {
    const hub = "person:hub";
    const edges: [string, string][] = Array.from({ length: 1000 }, (_, i) => [hub, `person:spoke-${i}`]);
    edges.push(["person:spoke-7", "person:leaf"], ["person:leaf", "person:far"]);
    const { neighboursOf, asked } = graphOf(edges);
    expect(shortestChain(hub, "person:far", 4, neighboursOf)).toEqual([hub, "person:spoke-7", "person:leaf", "person:far"]);
    expect(Math.max(...asked.map((ids) => ids.length))).toBeLessThan(10);
  });

  it("passes only through entities it may pass through, whatever the ends are", () => {
    const { neighboursOf } = graphOf([["country:AAA", "country:BBB"], ["country:BBB", "person:c"], ["country:AAA", "person:x"], ["person:x", "person:y"], ["person:y", "person:c"]]);
    const people = { mayPassThrough: (id: string) => id.startsWith("person:") };
    expect(shortestChain("country:AAA", "person:c", 4, neighboursOf)).toEqual(["country:AAA", "country:BBB", "person:c"]);
    expect(shortestChain("country:AAA", "person:c", 4, neighboursOf, people)).toEqual(["country:AAA", "person:x", "person:y", "person:c"]);
    expect(shortestChain("country:AAA", "person:c", 2, neighboursOf, people)).toBeNull();
    expect(shortestChain("country:AAA", "country:BBB", 1, neighboursOf, people)).toEqual(["country:AAA", "country:BBB"]);
  });

  it("is null beyond maxHops or between unconnected entities, and an entity alone when from is to", () => {
    const { neighboursOf } = graphOf([["person:a", "person:b"], ["person:b", "person:c"], ["person:x", "person:y"]]);
    expect(shortestChain("person:a", "person:c", 1, neighboursOf)).toBeNull();
    expect(shortestChain("person:a", "person:c", 2, neighboursOf)).toEqual(["person:a", "person:b", "person:c"]);
    expect(shortestChain("person:a", "person:y", 6, neighboursOf)).toBeNull();
    expect(shortestChain("person:a", "person:a", 1, neighboursOf)).toEqual(["person:a"]);
  });

  it("answers the same step by step, for a reader that is asynchronous", async () => {
    const { neighboursOf } = graphOf([["person:a", "person:b"], ["person:b", "person:c"]]);
    const search = chainSearch("person:a", "person:c", 2, {});
    let step = search.next();
    while (!step.done) step = search.next(await Promise.resolve(neighboursOf(step.value)));
    expect(step.value).toEqual(["person:a", "person:b", "person:c"]);
  });
});

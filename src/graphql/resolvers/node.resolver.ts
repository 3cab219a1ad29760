import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type ParleyContext } from "../context.js";
import { NeighborhoodArgs, PathArgs } from "../inputs/research.args.js";
import { SearchArgs } from "../inputs/search.args.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { neighborhoodOf } from "../../store/neighborhood.js";
import { NeighborhoodObject, PathObject } from "../types/research.type.js";
import { NodeInterface } from "../types/node.type.js";
import { SearchHitObject } from "../types/search-hit.type.js";
import { kindOfIdArgument } from "./id-arguments.js";
import { requireEntities } from "./require-entities.js";

/** Loads any node by id through the loader of its kind; null when unknown. */
export async function loadNode(context: ParleyContext, id: string, field: string): Promise<object | null> {
  const kind = kindOfIdArgument(id, field);
  if (kind === "EVENT") return context.loaders.event.load(id);
  if (kind === "ARTICLE") return context.loaders.article.load(id);
  return context.loaders.entity.load(id);
}

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: "Any node by id (person, office, country, organisation, place, event or article); null when unknown." })
  node(@Arg("id", () => ID, { description: "The node's id, e.g. `person:donald-trump`." }) id: string, @Ctx() context: ParleyContext) {
    return loadNode(context, id, "id");
  }

  @Query(() => [SearchHitObject], {
    description:
      "Search over entity names and aliases, event summaries and article titles, best first, ranked alike on every store: by match quality — a country the query names by " +
      "ISO code or short name (\"UK\", \"GBR\", \"usa\"; two-letter codes in capitals), the whole name or an alias, a name starting with the query, every word " +
      "(the last as a prefix), every word within a typo or two (names only, while fewer than `first` hits match better: \"Blare\" finds Blair) — then entities before " +
      "events before articles, then prominence (an entity's mentions and events, an event's reporting articles). Quoted words match as a phrase; a query opening with " +
      "a title (\"President Putin\") is also read without it.",
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() { store }: ParleyContext) {
    return store.search({ text: args.query, first: args.first, ...(args.kinds ? { kinds: args.kinds } : {}) });
  }

  @Query(() => PathObject, {
    nullable: true,
    description:
      "The shortest connection between two entities through shared events (entity → event → entity …); null when none within maxHops. " +
      "An id the graph does not hold is a NOT_FOUND error naming it.",
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() context: ParleyContext) {
    const { store, loaders } = context;
    // Both checks share one batched read.
    await Promise.all([requireEntities(context, [args.from], "from"), requireEntities(context, [args.to], "to")]);
    const { from, to, maxHops, after, before, through } = args;
    const found = await store.path({ from, to, maxHops, after, before, through });
    if (!found) return null;
    const [nodes, events] = await Promise.all([loadExisting(loaders.entity, found.entityIds), loadExisting(loaders.event, found.eventIds)]);
    return { nodes, events, hops: found.eventIds.length };
  }

  @Query(() => NeighborhoodObject, {
    description:
      "An entity and those sharing events with it (depth 1 or 2) as Cytoscape elements; edge weight = shared events. An id the graph does not hold is a NOT_FOUND error naming it.",
  })
  async neighborhood(@Args(() => NeighborhoodArgs) args: NeighborhoodArgs, @Ctx() context: ParleyContext) {
    const { store } = context;
    await requireEntities(context, [args.id], "id");
    const found = await neighborhoodOf(store, { id: args.id, depth: args.depth, limit: args.limit });
    return {
      nodes: found.nodes.map((entity) => ({ data: { id: entity.id, label: entity.name, kind: entity.kind } })),
      edges: found.edges.map((edge) => ({ data: { id: `${edge.source}|${edge.target}`, ...edge } })),
    };
  }
}

@Resolver(() => SearchHitObject)
export class SearchHitResolver {
  @FieldResolver(() => NodeInterface, { nullable: true, description: "The node that matched." })
  node(@Root() hit: SearchHitObject, @Ctx() context: ParleyContext) {
    return loadNode(context, hit.id, "id");
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type ParleyContext } from "../context.js";
import { SearchArgs } from "../inputs/search.args.js";
import { NodeInterface } from "../types/node.type.js";
import { SearchHitObject } from "../types/search-hit.type.js";
import { kindOfIdArgument } from "./id-arguments.js";

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

  @Query(() => [SearchHitObject], { description: "Full-text search over entity names and aliases, event summaries and article titles, best first." })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() { store }: ParleyContext) {
    return store.search({ text: args.query, first: args.first, ...(args.kinds ? { kinds: args.kinds } : {}) });
  }
}

@Resolver(() => SearchHitObject)
export class SearchHitResolver {
  @FieldResolver(() => NodeInterface, { nullable: true, description: "The node that matched." })
  node(@Root() hit: SearchHitObject, @Ctx() context: ParleyContext) {
    return loadNode(context, hit.id, "id");
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { type ArticleRecord } from "../../store/graph-store.js";
import { ingestGraph } from "../../ingest/link-known-people.js";
import { type ParleyContext } from "../context.js";
import { ArticleInput } from "../inputs/article.input.js";
import { PageArgs } from "../inputs/page.args.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { ArticleObject } from "../types/article.type.js";
import { ArticleConnection } from "../types/connections.type.js";
import { EventObject } from "../types/event.type.js";
import { IngestResultObject } from "../types/ingest-result.type.js";
import { requireIdOfKind } from "./id-arguments.js";
import { keysetConnection } from "./keyset-connection.js";

@Resolver(() => ArticleObject)
export class ArticleResolver {
  @Query(() => ArticleObject, { nullable: true, description: "An article by id; null when unknown." })
  article(@Arg("id", () => ID, { description: "The article's id (`article:<hash>`)." }) id: string, @Ctx() { loaders }: ParleyContext) {
    return loaders.article.load(requireIdOfKind(id, "ARTICLE", "id"));
  }

  @Query(() => ArticleConnection, { description: "Stored articles, newest publication first." })
  articles(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { store }: ParleyContext) {
    return keysetConnection((page) => store.findArticles(page), first, after);
  }

  @FieldResolver(() => [EventObject], { description: "Events the article reports (at most 100), by date." })
  async events(@Root() article: ArticleRecord, @Ctx() { store }: ParleyContext) {
    // Not a batch method of the port: one store call per article, fine for article(id), capped for lists.
    return (await store.findEvents({ articleId: article.id }, { first: 100 })).items;
  }

  @Mutation(() => IngestResultObject, { description: "Reads an article, extracts its graph and stores it. Ingesting the same text again changes nothing (status UNCHANGED)." })
  async ingestArticle(@Arg("input", () => ArticleInput, { description: "The article: text or HTML, and what is known about it." }) input: ArticleInput, @Ctx() { store, extract, feed }: ParleyContext): Promise<IngestResultObject> {
    const graph = extract({ ...input });
    const outcome = await ingestGraph(graph, store, feed);
    return {
      articleId: outcome.articleId,
      status: outcome.status,
      entityCount: graph.entities.length,
      eventCount: graph.events.length,
      tenureCount: graph.tenures.length,
      eventIds: outcome.eventIds,
    };
  }

  @Mutation(() => Boolean, { description: "Removes an article and its evidence; events, tenures and entities left with no evidence go too. False when no such article." })
  deleteArticle(@Arg("id", () => ID, { description: "The article's id." }) id: string, @Ctx() { store }: ParleyContext) {
    return store.deleteArticle(requireIdOfKind(id, "ARTICLE", "id"));
  }
}

@Resolver(() => IngestResultObject)
export class IngestResultResolver {
  @FieldResolver(() => ArticleObject, { description: "The stored article." })
  article(@Root() result: IngestResultObject, @Ctx() { loaders }: ParleyContext) {
    return loaders.article.load(result.articleId);
  }

  @FieldResolver(() => [EventObject], { description: "The article's events as stored (merged with earlier reports of the same events)." })
  events(@Root() result: IngestResultObject, @Ctx() { loaders }: ParleyContext) {
    return loadExisting(loaders.event, result.eventIds);
  }
}

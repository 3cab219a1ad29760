import { Ctx, Query, Resolver } from "type-graphql";
import { ENTITY_KINDS, EVENT_TYPES } from "../../domain/index.js";
import { type ParleyContext } from "../context.js";
import { StatsObject } from "../types/stats.type.js";

@Resolver()
export class StatsResolver {
  @Query(() => StatsObject, { description: "Counts of what the graph holds." })
  async stats(@Ctx() { store }: ParleyContext): Promise<StatsObject> {
    const stats = await store.stats();
    const eventsByType = EVENT_TYPES.map((type) => ({ type, count: stats.eventsByType[type] ?? 0 }));
    return {
      articles: stats.articles,
      tenures: stats.tenures,
      events: eventsByType.reduce((sum, item) => sum + item.count, 0),
      entitiesByKind: ENTITY_KINDS.map((kind) => ({ kind, count: stats.entitiesByKind[kind] ?? 0 })),
      eventsByType,
    };
  }
}

import { Args, Ctx, Resolver, Root, Subscription } from "type-graphql";
import { eachEventOf, type EventsAdded } from "../../feed/event-feed.js";
import { requireDatedAgrees } from "../../store/read-arguments.js";
import { type EventFilter, type EventRecord, type GraphStore } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { EventAddedArgs } from "../inputs/event-added.args.js";
import { EventFilterInput } from "../inputs/event-filter.input.js";
import { validateArgs } from "../inputs/validate-args.js";
import { createLoaders } from "../loaders/create-loaders.js";
import { EventObject } from "../types/event.type.js";
import { toStoreFilter } from "./event.resolver.js";

/**
 * The filter of a new subscription, checked as `events(filter)` checks it. type-graphql validates
 * arguments only when it resolves a payload; checking here refuses a bad filter at once.
 */
async function subscriptionFilter(input: Partial<EventFilterInput> | null | undefined): Promise<EventFilter> {
  if (!input) return {};
  const filter = Object.assign(new EventFilterInput(), input);
  await validateArgs(filter);
  const storeFilter = toStoreFilter(filter);
  requireDatedAgrees(storeFilter);
  return storeFilter;
}

/** The events of a batch that pass `filter`, read by the store so they match exactly what `events(filter)` would list. */
function eventsOfBatch(store: GraphStore, filter: EventFilter) {
  return async (batch: EventsAdded): Promise<EventRecord[]> =>
    (await store.findEvents({ ...filter, eventIds: batch.eventIds }, { first: batch.eventIds.length })).items;
}

@Resolver()
export class EventFeedResolver {
  @Subscription(() => EventObject, {
    description:
      "Each event a write stores, once it has committed: the events of an ingested article, new or already stored and now reported again. Re-ingesting a stored article sends nothing. Over graphql-ws, on the GraphQL endpoint's port and path.",
    subscribe: async ({ args, context }) => {
      const { store, feed } = context as ParleyContext;
      const filter = await subscriptionFilter((args as Partial<EventAddedArgs>).filter);
      return eachEventOf(feed.eventsAdded(), eventsOfBatch(store, filter));
    },
  })
  eventAdded(@Root() event: EventRecord, @Args(() => EventAddedArgs) _args: EventAddedArgs, @Ctx() context: ParleyContext): EventRecord {
    // One subscription's context lives as long as it does: each event gets fresh loaders, so no cache grows or goes stale.
    context.loaders = createLoaders(context.store);
    return event;
  }
}

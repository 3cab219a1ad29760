import { Args, Ctx, Query, Resolver } from "type-graphql";
import { BadInputError } from "../../domain/index.js";
import { type EventRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { type GraphStore } from "../../store/graph-store.js";
import { type EventFilterInput } from "../inputs/event-filter.input.js";
import { TimelineArgs, TimelineJSArgs } from "../inputs/events.args.js";
import { toTimelineJS } from "../timelinejs-layout.js";
import { TimelineJSObject } from "../types/research.type.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { layoutTimeline } from "../timeline-layout.js";
import { TimelineObject } from "../types/timeline.type.js";
import { toStoreFilter } from "./event.resolver.js";

/** A timeline is drawn whole, so it is bounded instead of paged. */
export const MAX_TIMELINE_EVENTS = 2000;

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineObject, { description: `Events as vis-timeline items and groups (at most ${MAX_TIMELINE_EVENTS} events; narrow the filter for more).` })
  async timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() { store, loaders }: ParleyContext): Promise<TimelineObject> {
    const events = await timelineEvents(store, args.filter);
    const participants = await Promise.all(events.map((event) => loaders.participantsByEvent.load(event.id)));
    const entities = await loadExisting(loaders.entity, [...new Set(participants.flat().map((p) => p.entityId))]);
    // COUNTRY grouping counts a person or organisation for its country, so load those countries too.
    const countries = await loadExisting(loaders.entity, entities.flatMap((entity) => (entity.countryId ? [entity.countryId] : [])));
    const byId = new Map([...entities, ...countries].map((entity) => [entity.id, entity]));
    return layoutTimeline(events.map((event, index) => ({ event, participants: participants[index] ?? [], entities: byId })), args.groupBy);
  }

  @Query(() => TimelineJSObject, { description: `The same events as \`timeline\` as a TimelineJS3 document, dates at the precision known (at most ${MAX_TIMELINE_EVENTS} events).` })
  async timelineJS(@Args(() => TimelineJSArgs) args: TimelineJSArgs, @Ctx() { store }: ParleyContext): Promise<TimelineJSObject> {
    return toTimelineJS(await timelineEvents(store, args.filter));
  }
}

/** Every event the filter selects, by date, refusing more than MAX_TIMELINE_EVENTS. */
async function timelineEvents(store: GraphStore, input: EventFilterInput | undefined): Promise<EventRecord[]> {
  const filter = toStoreFilter(input);
  const events: EventRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.findEvents(filter, { first: 100, ...(after ? { after } : {}) });
    events.push(...page.items);
    if (page.totalCount > MAX_TIMELINE_EVENTS) {
      throw new BadInputError(`the filter matches ${page.totalCount} events; a timeline holds at most ${MAX_TIMELINE_EVENTS}`, { field: "filter" });
    }
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return events;
}

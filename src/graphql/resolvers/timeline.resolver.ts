import { Args, Ctx, Query, Resolver } from "type-graphql";
import { BadInputError } from "../../domain/index.js";
import { type EventFilter, type EventRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { type GraphStore } from "../../store/graph-store.js";
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
  @Query(() => TimelineObject, {
    description: `Events as vis-timeline items and groups (at most ${MAX_TIMELINE_EVENTS} events; narrow the filter for more); \`undatedCount\` says how many undated events it could not draw.`,
  })
  async timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() { store, loaders }: ParleyContext): Promise<TimelineObject> {
    const filter = toStoreFilter(args.filter);
    const [events, undatedCount] = await Promise.all([timelineEvents(store, filter), undatedEventCount(store, filter)]);
    const [participants, involved] = await Promise.all([
      Promise.all(events.map((event) => loaders.participantsByEvent.load(event.id))),
      // COUNTRY lanes follow the country rule, as the `countries` filter does.
      args.groupBy === "COUNTRY" ? Promise.all(events.map((event) => loaders.countriesByEvent.load(event.id))) : [],
    ]);
    const countryIds = involved.map((countries) => countries.map((country) => country.countryId));
    const entities = await loadExisting(loaders.entity, [...new Set([...participants.flat().map((p) => p.entityId), ...countryIds.flat()])]);
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const layout = layoutTimeline(
      events.map((event, index) => ({ event, participants: participants[index] ?? [], countryIds: countryIds[index] ?? [], entities: byId })),
      args.groupBy,
    );
    return { ...layout, undatedCount };
  }

  @Query(() => TimelineJSObject, {
    description: `The same events as \`timeline\` as a TimelineJS3 document, dates at the precision known (at most ${MAX_TIMELINE_EVENTS} events); \`undatedCount\` says how many undated events it left out.`,
  })
  async timelineJS(@Args(() => TimelineJSArgs) args: TimelineJSArgs, @Ctx() { store }: ParleyContext): Promise<TimelineJSObject> {
    const filter = toStoreFilter(args.filter);
    const [events, undatedCount] = await Promise.all([timelineEvents(store, filter), undatedEventCount(store, filter)]);
    return { ...toTimelineJS(events), undatedCount };
  }
}

/** Every dated event the filter selects, by date, refusing more than MAX_TIMELINE_EVENTS; none when it asks for undated events only. */
async function timelineEvents(store: GraphStore, filter: EventFilter): Promise<EventRecord[]> {
  if (filter.dated === false) return [];
  const drawable: EventFilter = { ...filter, dated: true };
  const events: EventRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.findEvents(drawable, { first: 100, ...(after ? { after } : {}) });
    events.push(...page.items);
    if (page.totalCount > MAX_TIMELINE_EVENTS) {
      throw new BadInputError(`the filter matches ${page.totalCount} dated events; a timeline holds at most ${MAX_TIMELINE_EVENTS}`, { field: "filter" });
    }
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return events;
}

/** How many undated events the filter selects once its dates are set aside: what a timeline cannot draw. */
async function undatedEventCount(store: GraphStore, filter: EventFilter): Promise<number> {
  const { from: _from, to: _to, ...undated } = filter;
  return (await store.findEvents({ ...undated, dated: false }, { first: 0 })).totalCount;
}

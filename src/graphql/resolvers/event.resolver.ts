import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type ContactCountsQuery, type EventFilter, type EventRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { ContactsArgs } from "../inputs/contacts.args.js";
import { ContactCountsArgs } from "../inputs/research.args.js";
import { DyadCountObject, UncountedContactsObject } from "../types/research.type.js";
import { type EventFilterInput } from "../inputs/event-filter.input.js";
import { EventsArgs } from "../inputs/events.args.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { ArticleObject } from "../types/article.type.js";
import { EventConnection } from "../types/connections.type.js";
import { PlaceObject } from "../types/entity.type.js";
import { COUNTRY_RULE } from "../types/enums.type.js";
import { EventCountryObject, EventObject, EvidenceObject, ParticipantObject } from "../types/event.type.js";
import { requireIdOfKind } from "./id-arguments.js";
import { keysetConnection } from "./keyset-connection.js";
import { requireEntities } from "./require-entities.js";

/** The GraphQL filter input in the store's terms. */
export function toStoreFilter(input: EventFilterInput | undefined | null): EventFilter {
  if (!input) return {};
  return {
    ...(input.types ? { types: input.types } : {}),
    ...(input.statuses ? { statuses: input.statuses } : {}),
    ...(input.participants ? { participantIds: input.participants } : {}),
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
    ...(input.article ? { articleId: input.article } : {}),
    ...(input.countries ? { countryIds: input.countries } : {}),
    ...(input.source !== undefined && input.source !== null ? { source: input.source } : {}),
    ...(input.dated !== undefined && input.dated !== null ? { dated: input.dated } : {}),
  };
}

/** contactCounts' arguments in the store's terms. */
function toContactCountsQuery(args: ContactCountsArgs): ContactCountsQuery {
  return {
    a: args.a,
    interval: args.interval,
    ...(args.b ? { b: args.b } : {}),
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    ...(args.types ? { types: args.types } : {}),
  };
}

/** The sides of a contactCounts query must be stored people, countries or organisations (NOT_FOUND otherwise). */
async function requireSides(context: ParleyContext, args: ContactCountsArgs): Promise<void> {
  await Promise.all([requireEntities(context, [args.a], "a"), ...(args.b ? [requireEntities(context, [args.b], "b")] : [])]);
}

@Resolver(() => EventObject)
export class EventResolver {
  @Query(() => EventObject, { nullable: true, description: "An event by id; null when unknown." })
  event(@Arg("id", () => ID, { description: "The event's id (`event:<hash>`)." }) id: string, @Ctx() { loaders }: ParleyContext) {
    return loaders.event.load(requireIdOfKind(id, "EVENT", "id"));
  }

  @Query(() => EventConnection, { description: "Events matching a filter, a page at a time (keyset cursors), with the total count." })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() { store }: ParleyContext) {
    const filter = toStoreFilter(args.filter);
    return keysetConnection((page) => store.findEvents(filter, { ...page, orderBy: args.orderBy }), args.first, args.after);
  }

  @Query(() => [EventObject], {
    description:
      "Contacts: events in which at least two of the given people, countries or organisations take part, by date (undated last); a country takes part by the country rule " +
      "(see `CountryVia`; each event's `countries` says how). An id the graph does not hold is a NOT_FOUND error naming it.",
  })
  async contacts(@Args(() => ContactsArgs) args: ContactsArgs, @Ctx() context: ParleyContext) {
    await requireEntities(context, args.between, "between");
    return context.store.contacts({
      between: args.between,
      first: args.first,
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
      ...(args.types ? { types: args.types } : {}),
    });
  }

  @Query(() => [DyadCountObject], {
    description:
      "Contact counts of a dyad per year or month: how many events involve both `a` and `b` (or, without `b`, `a` and each counterpart, most contacts first). " +
      "A country is involved by the country rule (see `CountryVia`): it takes part, or a participant holds one of its executive or diplomatic offices at the time. Undated events (and, per MONTH, events dated only to a year) " +
      "are left out: `uncountedContacts` with the same arguments says how many. An id the graph does not hold is a NOT_FOUND error naming it.",
  })
  async contactCounts(@Args(() => ContactCountsArgs) args: ContactCountsArgs, @Ctx() context: ParleyContext) {
    await requireSides(context, args);
    const counts = await context.store.contactCounts(toContactCountsQuery(args));
    const entities = await context.loaders.entity.loadMany(counts.map((c) => c.counterpartId));
    return counts.flatMap((c, i) => {
      const counterpart = entities[i];
      return counterpart && !(counterpart instanceof Error) ? [{ counterpart, period: c.period, count: c.count }] : [];
    });
  }

  @Query(() => UncountedContactsObject, {
    description: "What `contactCounts` with the same arguments leaves out: the dyad's events that have no date, and (MONTH) those dated only to a year.",
  })
  async uncountedContacts(@Args(() => ContactCountsArgs) args: ContactCountsArgs, @Ctx() context: ParleyContext) {
    await requireSides(context, args);
    return context.store.uncountedContacts(toContactCountsQuery(args));
  }

  @FieldResolver(() => PlaceObject, { nullable: true, description: "Where it happened, when an article says." })
  place(@Root() event: EventRecord, @Ctx() { loaders }: ParleyContext) {
    return event.placeId ? loaders.entity.load(event.placeId) : null;
  }

  @FieldResolver(() => [ParticipantObject], { description: "Who took part, and in what role." })
  participants(@Root() event: EventRecord, @Ctx() { loaders }: ParleyContext) {
    return loaders.participantsByEvent.load(event.id);
  }

  @FieldResolver(() => [EventCountryObject], {
    description: `The countries taking part, by id, and how: ${COUNTRY_RULE}`,
  })
  countries(@Root() event: EventRecord, @Ctx() { loaders }: ParleyContext) {
    return loaders.countriesByEvent.load(event.id);
  }

  @FieldResolver(() => [EvidenceObject], { description: "Every sentence, in every article, that reports the event." })
  evidence(@Root() event: EventRecord, @Ctx() { loaders }: ParleyContext) {
    return loaders.evidenceByEvent.load(event.id);
  }

  @FieldResolver(() => [ArticleObject], { description: "The articles that report the event." })
  async articles(@Root() event: EventRecord, @Ctx() { loaders }: ParleyContext) {
    const evidence = await loaders.evidenceByEvent.load(event.id);
    return loadExisting(loaders.article, [...new Set(evidence.map((item) => item.articleId))]);
  }
}

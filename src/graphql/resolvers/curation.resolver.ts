import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { parsePartialDate } from "../../domain/index.js";
import { type EventChanges } from "../../store/curation.js";
import { type EventFeed } from "../../feed/event-feed.js";
import { type ParleyContext } from "../context.js";
import { AliasArgs, EventCorrectionInput, MergeEntitiesArgs, ReasonArgs, RenameEntityArgs } from "../inputs/curation.input.js";
import { PageArgs } from "../inputs/page.args.js";
import { CurationConnection, CurationObject } from "../types/curation.type.js";
import { keysetConnection } from "./keyset-connection.js";

/**
 * Researchers' corrections. Each mutation is one store.curate call (one transaction, one log row);
 * like every mutation they need the API token when the server has one.
 */
@Resolver(() => CurationObject)
export class CurationResolver {
  @Query(() => CurationConnection, { description: "The curation log: every correction made, oldest first, with what changed, why, when and by which token." })
  curations(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { store }: ParleyContext) {
    return keysetConnection((page) => store.curations(page), first, after);
  }

  @Mutation(() => CurationObject, { description: "Merges entities of one kind into one: events, mentions, tenures and names move to `keep`; the dropped ids resolve to it from now on." })
  mergeEntities(@Args(() => MergeEntitiesArgs) { keep, drop, reason }: MergeEntitiesArgs, @Ctx() { store, curator }: ParleyContext) {
    return store.curate({ action: "MERGE_ENTITIES", keepId: keep, dropIds: drop, reason }, curator);
  }

  @Mutation(() => CurationObject, { description: "Renames an entity (its id stays); the old name becomes an alias and later reports never change the name back." })
  renameEntity(@Args(() => RenameEntityArgs) { id, name, reason }: RenameEntityArgs, @Ctx() { store, curator }: ParleyContext) {
    return store.curate({ action: "RENAME_ENTITY", entityId: id, name, reason }, curator);
  }

  @Mutation(() => CurationObject, { description: "Adds an alias to an entity: name lookups and search find it by it." })
  addAlias(@Args(() => AliasArgs) { id, alias, reason }: AliasArgs, @Ctx() { store, curator }: ParleyContext) {
    return store.curate({ action: "ADD_ALIAS", entityId: id, alias, reason }, curator);
  }

  @Mutation(() => CurationObject, { description: "Removes an alias from an entity; articles ingested later do not bring it back." })
  removeAlias(@Args(() => AliasArgs) { id, alias, reason }: AliasArgs, @Ctx() { store, curator }: ParleyContext) {
    return store.curate({ action: "REMOVE_ALIAS", entityId: id, alias, reason }, curator);
  }

  @Mutation(() => CurationObject, { description: "Rejects an event as wrong: it leaves every query, count and export, and re-ingesting its articles does not bring it back." })
  rejectEvent(@Arg("id", () => ID, { description: "The event's id." }) id: string, @Args(() => ReasonArgs) { reason }: ReasonArgs, @Ctx() { store, curator }: ParleyContext) {
    return store.curate({ action: "REJECT_EVENT", eventId: id, reason }, curator);
  }

  @Mutation(() => CurationObject, { description: "Restores a rejected event, with every report of it still stored." })
  restoreEvent(
    @Arg("id", () => ID, { description: "The rejected event's id." }) id: string,
    @Arg("reason", () => String, { nullable: true, description: "Why, for the log (optional)." }) reason: string | undefined,
    @Ctx() { store, curator, feed }: ParleyContext,
  ) {
    return announced(store.curate({ action: "RESTORE_EVENT", eventId: id, ...(reason ? { reason } : {}) }, curator), feed, id);
  }

  @Mutation(() => CurationObject, { description: "Corrects an event's type, status, date or place; later reports never overwrite the correction." })
  updateEvent(
    @Arg("id", () => ID, { description: "The event's id." }) id: string,
    @Arg("set", () => EventCorrectionInput, { description: "The fields to correct." }) set: EventCorrectionInput,
    @Args(() => ReasonArgs) { reason }: ReasonArgs,
    @Ctx() { store, curator, feed }: ParleyContext,
  ) {
    return announced(store.curate({ action: "UPDATE_EVENT", eventId: id, changes: changesOf(set), reason }, curator), feed, id);
  }
}

/** A restored or corrected event goes to the live feed once the curation has committed. */
async function announced<T>(curation: Promise<T>, feed: EventFeed, eventId: string): Promise<T> {
  const record = await curation;
  feed.publishEventsAdded({ eventIds: [eventId] });
  return record;
}

/** The store's changes from the input: a field left out is undefined, a field sent as null clears. */
function changesOf(set: EventCorrectionInput): EventChanges {
  return {
    ...(set.type != null ? { type: set.type } : {}),
    ...(set.status != null ? { status: set.status } : {}),
    ...(set.date !== undefined ? { date: set.date === null ? null : parsePartialDate(set.date) } : {}),
    ...(set.place !== undefined ? { placeId: set.place } : {}),
  };
}

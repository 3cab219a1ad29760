import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { dyadPanel, MAX_PANEL_PERIODS, type DyadPanelRow } from "../../store/dyad-panel.js";
import { type ParleyContext } from "../context.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { DyadPanelArgs } from "../types/dyad-panel.args.js";
import { DyadPanelRowObject } from "../types/dyad-panel.type.js";
import { EventObject } from "../types/event.type.js";

@Resolver(() => DyadPanelRowObject)
export class DyadPanelResolver {
  @Query(() => [DyadPanelRowObject], {
    description:
      "A dyad panel: one row per year or month from `from` to `to`, oldest first, periods without a contact included as zeros, each with counts per event type and the event ids. " +
      "Counts as `contactCounts` does: a country is involved by the country rule (see `CountryVia`); an event counts in the period it began in; " +
      `MONTH leaves out events dated only to the year; undated events are left out; every status counts. At most ${MAX_PANEL_PERIODS} rows. ` +
      "NOT_FOUND for an unknown id; BAD_USER_INPUT for a = b, a bound the interval does not take, `from` after `to` or too many rows.",
  })
  async dyadPanel(@Args(() => DyadPanelArgs) args: DyadPanelArgs, @Ctx() { store }: ParleyContext): Promise<DyadPanelRow[]> {
    const panel = await dyadPanel(store, {
      a: args.a,
      b: args.b,
      interval: args.interval,
      ...(args.from !== undefined && args.from !== null ? { from: args.from } : {}),
      ...(args.to !== undefined && args.to !== null ? { to: args.to } : {}),
      ...(args.types ? { types: args.types } : {}),
    });
    return panel.rows;
  }

  @FieldResolver(() => [EventObject], { description: "The events of the period, by date (loaded together for every row)." })
  events(@Root() row: DyadPanelRow, @Ctx() { loaders }: ParleyContext) {
    return loadExisting(loaders.event, row.eventIds);
  }
}

import { Field, ID, Int, ObjectType } from "type-graphql";
import { type EventType } from "../../domain/index.js";
import { type PanelTypeCount } from "../../store/dyad-panel.js";
import { EventTypeEnum } from "./enums.type.js";

@ObjectType("DyadPanelTypeCount", { description: "How many events of one type a dyad has in one panel period." })
export class DyadPanelTypeCountObject {
  @Field(() => EventTypeEnum, { description: "The event type." })
  type!: EventType;

  @Field(() => Int, { description: "Events of that type in the period; 0 when none." })
  count!: number;
}

@ObjectType("DyadPanelRow", { description: "One period of a dyad panel: the dyad's contacts that began in it, counted per event type." })
export class DyadPanelRowObject {
  @Field(() => String, { description: "The period: `YYYY` for YEAR, `YYYY-MM` for MONTH." })
  period!: string;

  @Field(() => String, { description: "The period's first day as an ISO date (`2015-01-01`, `2015-03-01`)." })
  periodStart!: string;

  @Field(() => [DyadPanelTypeCountObject], { description: "One count per counted event type (every type unless `types` was given), in taxonomy order, zeros included." })
  counts!: PanelTypeCount[];

  @Field(() => Int, { description: "Events in the period, of the counted types." })
  total!: number;

  @Field(() => [ID], { description: "The ids of those events, by date, then id." })
  eventIds!: string[];
}

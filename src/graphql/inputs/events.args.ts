import { IsOptional, ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { EventOrderEnum, TimelineGroupByEnum, type EventOrder, type TimelineGroupBy } from "../types/enums.type.js";
import { EventFilterInput } from "./event-filter.input.js";
import { PageArgs } from "./page.args.js";

@ArgsType()
export class EventsArgs extends PageArgs {
  @IsOptional()
  @ValidateNested()
  @Field(() => EventFilterInput, { nullable: true, description: "Which events; all when omitted." })
  filter?: EventFilterInput;

  @Field(() => EventOrderEnum, { defaultValue: "DATE_ASC", description: "Oldest or newest first, or most reported first." })
  orderBy!: EventOrder;
}

@ArgsType()
export class TimelineArgs {
  @IsOptional()
  @ValidateNested()
  @Field(() => EventFilterInput, { nullable: true, description: "Which events; all when omitted." })
  filter?: EventFilterInput;

  @Field(() => TimelineGroupByEnum, { defaultValue: "TYPE", description: "What the lanes are: people, countries or event types." })
  groupBy!: TimelineGroupBy;
}

@ArgsType()
export class TimelineJSArgs {
  @IsOptional()
  @ValidateNested()
  @Field(() => EventFilterInput, { nullable: true, description: "Which events; all when omitted." })
  filter?: EventFilterInput;
}

import { IsOptional } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { type EventType } from "../../domain/index.js";
import { EventTypeEnum } from "../types/enums.type.js";
import { IsPartialDate } from "./date.validator.js";

/** The date range and event types that contact queries (`contacts`, `contactCounts`) share. */
@ArgsType()
export class DateRangeAndTypesArgs {
  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "Only events whose dates reach this day or later (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)." })
  from?: string;

  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "Only events whose dates reach back to this day or earlier." })
  to?: string;

  @IsOptional()
  @Field(() => [EventTypeEnum], { nullable: true, description: "Only these event types; all types when omitted." })
  types?: EventType[];
}

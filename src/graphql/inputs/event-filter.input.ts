import { ArrayMaxSize, IsBoolean, IsOptional, IsString, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { type EventStatus, type EventType } from "../../domain/index.js";
import { EventStatusEnum, EventTypeEnum } from "../types/enums.type.js";
import { IsPartialDate } from "./date.validator.js";

@InputType("EventFilter", { description: "Which events to return. Every condition given must hold." })
export class EventFilterInput {
  @IsOptional()
  @Field(() => [EventTypeEnum], { nullable: true, description: "Only events of these types." })
  types?: EventType[];

  @IsOptional()
  @Field(() => [EventStatusEnum], { nullable: true, description: "Only events with these statuses." })
  statuses?: EventStatus[];

  @IsOptional()
  @ArrayMaxSize(20)
  @Field(() => [ID], { nullable: true, description: "Only events in which every one of these entities takes part." })
  participants?: string[];

  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "Only events whose dates reach this day or later (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)." })
  from?: string;

  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "Only events whose dates reach back to this day or earlier (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)." })
  to?: string;

  @IsOptional()
  @IsString()
  @Matches(/^article:/, { message: "article must be an article id (article:…)" })
  @Field(() => ID, { nullable: true, description: "Only events reported by this article." })
  article?: string;

  @IsOptional()
  @ArrayMaxSize(20)
  @Field(() => [ID], {
    nullable: true,
    description: "Only events involving every one of these countries, by the country rule (see `Event.countries`): the country takes part, or a participant acting for it holds one of its executive or diplomatic offices at the time.",
  })
  countries?: string[];

  @IsOptional()
  @IsString()
  @Field(() => String, { nullable: true, description: "Only events reported by an article whose source equals this exactly." })
  source?: string;

  @IsOptional()
  @IsBoolean()
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only events with a date; false: only undated events (with `from`/`to` this is a BAD_USER_INPUT: an undated event has no days to bound). Both when omitted.",
  })
  dated?: boolean;
}

import { ArrayMaxSize, ArrayMinSize, IsOptional } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { type EventType } from "../../domain/index.js";
import { EventTypeEnum } from "../types/enums.type.js";
import { IsPartialDate } from "./date.validator.js";

@ArgsType()
export class ContactsArgs {
  @ArrayMinSize(2, { message: "between needs at least two ids" })
  @ArrayMaxSize(20, { message: "between takes at most 20 ids" })
  @Field(() => [ID], { description: "People, countries or organisations; an event counts when at least two of them take part." })
  between!: string[];

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

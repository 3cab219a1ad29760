import { IsOptional, ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { EventFilterInput } from "./event-filter.input.js";

@ArgsType()
export class EventAddedArgs {
  @IsOptional()
  @ValidateNested()
  @Field(() => EventFilterInput, {
    nullable: true,
    description: "Which new events to send, with the meaning it has in `events(filter)`; every one when omitted.",
  })
  filter?: EventFilterInput;
}

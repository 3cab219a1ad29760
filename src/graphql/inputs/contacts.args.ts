import { DateRangeAndTypesArgs } from "./date-range.args.js";
import { ArrayMaxSize, ArrayMinSize, Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { FIRST_RANGE_MESSAGE, MAX_FIRST } from "./page.args.js";

@ArgsType()
export class ContactsArgs extends DateRangeAndTypesArgs {
  @ArrayMinSize(2, { message: "between needs at least two ids" })
  @ArrayMaxSize(20, { message: "between takes at most 20 ids" })
  @Field(() => [ID], { description: "People, countries or organisations; an event counts when at least two of them take part." })
  between!: string[];

  @Min(1, FIRST_RANGE_MESSAGE)
  @Max(MAX_FIRST, FIRST_RANGE_MESSAGE)
  @Field(() => Int, {
    defaultValue: MAX_FIRST,
    description: `How many events to return, oldest first (1–${MAX_FIRST}); page through more with \`events(filter: { participants: … })\`.`,
  })
  first!: number;

}

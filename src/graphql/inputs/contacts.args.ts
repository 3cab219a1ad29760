import { DateRangeAndTypesArgs } from "./date-range.args.js";
import { ArrayMaxSize, ArrayMinSize } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";

@ArgsType()
export class ContactsArgs extends DateRangeAndTypesArgs {
  @ArrayMinSize(2, { message: "between needs at least two ids" })
  @ArrayMaxSize(20, { message: "between takes at most 20 ids" })
  @Field(() => [ID], { description: "People, countries or organisations; an event counts when at least two of them take part." })
  between!: string[];

}

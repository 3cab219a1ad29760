import { IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";

/** The largest page any list returns; asking for more is a BAD_USER_INPUT, not a silent cut. */
export const MAX_FIRST = 100;
/** The message every `first` argument fails with, so clients see one wording. */
export const FIRST_RANGE_MESSAGE = { message: `first must be between 1 and ${MAX_FIRST}` };

@ArgsType()
export class PageArgs {
  @Min(1, FIRST_RANGE_MESSAGE)
  @Max(MAX_FIRST, FIRST_RANGE_MESSAGE)
  @Field(() => Int, { defaultValue: 20, description: `How many items to return (1–${MAX_FIRST}).` })
  first!: number;

  @IsOptional()
  @Field(() => String, { nullable: true, description: "Return the items after this cursor (a previous page's `pageInfo.endCursor` or any edge's `cursor`)." })
  after?: string;
}

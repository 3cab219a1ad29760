import { IsOptional, Max, MaxLength, Min, MinLength } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { type NodeKind } from "../../domain/index.js";
import { NodeKindEnum } from "../types/enums.type.js";
import { FIRST_RANGE_MESSAGE, MAX_FIRST } from "./page.args.js";

@ArgsType()
export class SearchArgs {
  @MinLength(1, { message: "query must not be empty" })
  @MaxLength(200)
  @Field(() => String, { description: "Words to look for in names, aliases, event summaries and article titles." })
  query!: string;

  @IsOptional()
  @Field(() => [NodeKindEnum], { nullable: true, description: "Only nodes of these kinds; all kinds when omitted." })
  kinds?: NodeKind[];

  @Min(1, FIRST_RANGE_MESSAGE)
  @Max(MAX_FIRST, FIRST_RANGE_MESSAGE)
  @Field(() => Int, { defaultValue: 10, description: `How many hits to return (1–${MAX_FIRST}).` })
  first!: number;
}

import { DateRangeAndTypesArgs } from "./date-range.args.js";
import { IsInt, IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { type EntityKind } from "../../domain/index.js";
import { EntityKindEnum, IntervalEnum, type Interval } from "../types/enums.type.js";
import { IsPartialDate } from "./date.validator.js";

@ArgsType()
export class ContactCountsArgs extends DateRangeAndTypesArgs {
  @Field(() => ID, { description: "One side: a person, country or organisation." })
  a!: string;

  @IsOptional()
  @Field(() => ID, { nullable: true, description: "The other side; when omitted, `a`'s counts with every counterpart (people, countries, organisations)." })
  b?: string;

  @Field(() => IntervalEnum, { defaultValue: "YEAR", description: "Count per calendar year or month." })
  interval!: Interval;

}

@ArgsType()
export class OfficeHoldersArgs {
  @Field(() => ID, { description: "The office's id, e.g. `office:USA:president`." })
  office!: string;

  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "Only tenures covering this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); undated tenures are kept and flagged." })
  at?: string;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: "Where the path starts: a person, country, organisation or other entity." })
  from!: string;

  @Field(() => ID, { description: "Where the path ends." })
  to!: string;

  @IsInt()
  @Min(1)
  @Max(6)
  @Field(() => Int, { defaultValue: 4, description: "Most events to cross (1–6)." })
  maxHops!: number;

  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "Only events whose dates reach this day or later link two entities (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); undated events never do when `after` or `before` is given." })
  after?: string;

  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "Only events whose dates reach back to this day or earlier link two entities." })
  before?: string;

  @Field(() => [EntityKindEnum], {
    defaultValue: ["PERSON"],
    description: "The kinds of entity the chain may pass through; `from` and `to` may be of any kind. People only by default: give `[PERSON, COUNTRY, ORGANIZATION]` to also pass through a country or an organisation.",
  })
  through!: EntityKind[];
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: "The entity at the centre." })
  id!: string;

  @IsInt()
  @Min(1)
  @Max(2)
  @Field(() => Int, { defaultValue: 1, description: "1: entities sharing an event with the centre; 2: and those sharing one with them." })
  depth!: number;

  @IsInt()
  @Min(1)
  @Field(() => Int, { defaultValue: 50, description: "Most nodes returned, the centre included; capped at 200." })
  limit!: number;
}

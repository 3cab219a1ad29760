import { IsOptional, IsString, MaxLength, MinLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { type EventStatus, type EventType } from "../../domain/index.js";
import { EventStatusEnum, EventTypeEnum } from "../types/enums.type.js";
import { IsPartialDate } from "./date.validator.js";

const REASON = "Why: kept in the curation log (`curations`). Required, not blank.";

/** The arguments every correction takes besides its own: the reason for the log. */
@ArgsType()
export class ReasonArgs {
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Field(() => String, { description: REASON })
  reason!: string;
}

@ArgsType()
export class MergeEntitiesArgs extends ReasonArgs {
  @Field(() => ID, { description: "The entity to keep (its id, name and kind stay)." })
  keep!: string;

  @Field(() => [ID], { description: "The entities to merge into it, of the same kind; their ids resolve to `keep` from now on, also for articles ingested later." })
  drop!: string[];
}

@ArgsType()
export class RenameEntityArgs extends ReasonArgs {
  @Field(() => ID, { description: "The entity's id (it does not change)." })
  id!: string;

  @Field(() => String, { description: "The new name; the old one becomes an alias." })
  name!: string;
}

@ArgsType()
export class AliasArgs extends ReasonArgs {
  @Field(() => ID, { description: "The entity's id." })
  id!: string;

  @Field(() => String, { description: "The alias (compared case-insensitively)." })
  alias!: string;
}

@InputType("EventCorrection", { description: "The event fields to correct; a field left out stays as it is, `date: null` or `place: null` clears it." })
export class EventCorrectionInput {
  @IsOptional()
  @Field(() => EventTypeEnum, { nullable: true, description: "The event's type; its PLOVER and CAMEO codes follow." })
  type?: EventType;

  @IsOptional()
  @Field(() => EventStatusEnum, { nullable: true, description: "The event's status." })
  status?: EventStatus;

  @IsOptional()
  @IsPartialDate()
  @Field(() => String, { nullable: true, description: "The date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (its precision is what you write); null makes the event undated." })
  date?: string | null;

  @IsOptional()
  @Field(() => ID, { nullable: true, description: "A stored place's id (`place:…`); null clears the place." })
  place?: string | null;
}

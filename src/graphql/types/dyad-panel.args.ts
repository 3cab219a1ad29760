import { IsOptional } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { type EventType } from "../../domain/index.js";
import { MAX_PANEL_PERIODS } from "../../store/dyad-panel.js";
import { EventTypeEnum, IntervalEnum, type Interval } from "./enums.type.js";
import { PanelPeriodScalar } from "./dyad-panel-period.scalar.js";

@ArgsType()
export class DyadPanelArgs {
  @Field(() => ID, { description: "One side: a person, country or organisation." })
  a!: string;

  @Field(() => ID, { description: "The other side: a person, country or organisation." })
  b!: string;

  @Field(() => IntervalEnum, { defaultValue: "YEAR", description: "One row per calendar year or per month." })
  interval!: Interval;

  @IsOptional()
  @Field(() => PanelPeriodScalar, { nullable: true, description: "The first row's period; when omitted, the first period in which the dyad has a dated contact." })
  from?: string;

  @IsOptional()
  @Field(() => PanelPeriodScalar, {
    nullable: true,
    description: `The last row's period; when omitted, the last period in which the dyad has a dated contact. At most ${MAX_PANEL_PERIODS} rows from \`from\` to \`to\`.`,
  })
  to?: string;

  @IsOptional()
  @Field(() => [EventTypeEnum], { nullable: true, description: "Count only these event types; every type when omitted." })
  types?: EventType[];
}

import { Field, Float, Int, ObjectType } from "type-graphql";
import { type EventStatus, type EventType, type PartialDate, type Role } from "../../domain/index.js";
import { CountryViaEnum, EventStatusEnum, EventTypeEnum, RoleEnum, type CountryVia } from "./enums.type.js";
import { NodeInterface } from "./node.type.js";
import { PartialDateObject } from "./partial-date.type.js";

@ObjectType("Plover", { description: "The event's PLOVER code, for joining with POLECAT data." })
export class PloverObject {
  @Field(() => String, { description: "PLOVER event category, e.g. CONSULT or AGREE." })
  event!: string;

  @Field(() => String, { nullable: true, description: "PLOVER mode within the category, e.g. phone or visit." })
  mode?: string;
}

@ObjectType("Event", {
  description: "A reported event between people, countries or organisations. Several articles reporting it make one event with several evidence entries.",
  implements: NodeInterface,
})
export class EventObject extends NodeInterface {
  @Field(() => EventTypeEnum, { description: "What kind of event it is." })
  type!: EventType;

  @Field(() => EventStatusEnum, { description: "Whether it took place, is planned, ongoing or cancelled." })
  status!: EventStatus;

  @Field(() => PartialDateObject, { nullable: true, description: "When it happened or is due, at the precision the text gives; null when no article dates it." })
  date!: PartialDate | null;

  @Field(() => String, { description: "One line saying what happened." })
  summary!: string;

  @Field(() => Float, { description: "How sure the extractor is, from 0 to 1." })
  confidence!: number;

  @Field(() => PloverObject, { description: "PLOVER category and mode." })
  plover!: PloverObject;

  @Field(() => String, { nullable: true, description: "CAMEO code (e.g. 041 for a phone call), for joining with GDELT or ICEWS data." })
  cameo!: string | null;

  @Field(() => Int, { description: "How many distinct articles report the event." })
  sourceCount!: number;
}

@ObjectType("Participant", { description: "Someone or something taking part in an event, and in what role." })
export class ParticipantObject {
  @Field(() => RoleEnum, { description: "The part the participant plays." })
  role!: Role;
}

@ObjectType("EventCountry", { description: "A country taking part in an event, by the country rule (see `CountryVia`), and how." })
export class EventCountryObject {
  @Field(() => CountryViaEnum, { description: "DIRECT when the country is a participant (even if office holders also act for it); OFFICE_HOLDER otherwise." })
  via!: CountryVia;
}

@ObjectType("Evidence", { description: "Where a fact was read: the article, the sentence, a character span of its cleaned text and the words." })
export class EvidenceObject {
  @Field(() => String, { description: "The words in the article that state the fact." })
  quote!: string;

  @Field(() => Int, { description: "Index of the sentence in the article, from 0." })
  sentence!: number;

  @Field(() => Int, { description: "Start offset of the quote in the article's cleaned text." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive) of the quote in the article's cleaned text." })
  end!: number;
}

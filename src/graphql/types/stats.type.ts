import { Field, Int, ObjectType } from "type-graphql";
import { type EntityKind, type EventType } from "../../domain/index.js";
import { EntityKindEnum, EventTypeEnum } from "./enums.type.js";

@ObjectType("KindCount", { description: "How many entities of one kind are stored." })
export class KindCountObject {
  @Field(() => EntityKindEnum, { description: "The entity kind." })
  kind!: EntityKind;

  @Field(() => Int, { description: "How many entities of that kind." })
  count!: number;
}

@ObjectType("EventTypeCount", { description: "How many events of one type are stored." })
export class EventTypeCountObject {
  @Field(() => EventTypeEnum, { description: "The event type." })
  type!: EventType;

  @Field(() => Int, { description: "How many events of that type." })
  count!: number;
}

@ObjectType("Stats", { description: "What the graph holds." })
export class StatsObject {
  @Field(() => Int, { description: "Articles stored." })
  articles!: number;

  @Field(() => Int, { description: "Events stored, of every type." })
  events!: number;

  @Field(() => Int, { description: "Tenures (person held office) stored." })
  tenures!: number;

  @Field(() => [KindCountObject], { description: "Entities per kind, every kind listed (zero included)." })
  entitiesByKind!: KindCountObject[];

  @Field(() => [EventTypeCountObject], { description: "Events per type, every type listed (zero included)." })
  eventsByType!: EventTypeCountObject[];
}

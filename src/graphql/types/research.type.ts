import { Field, ID, Int, ObjectType } from "type-graphql";
import { type EntityKind, type EventType } from "../../domain/index.js";
import { type TenureRecord } from "../../store/graph-store.js";
import { EntityInterface } from "./node.type.js";
import { EntityKindEnum } from "./enums.type.js";
import { EventObject } from "./event.type.js";
import { TenureObject } from "./tenure.type.js";

@ObjectType("DyadCount", { description: "How many dated events involve both sides of a dyad in one period." })
export class DyadCountObject {
  @Field(() => EntityInterface, { description: "The other side: the `b` asked for, or one of `a`'s counterparts." })
  counterpart!: unknown;

  @Field(() => String, { description: "The period: `YYYY` for YEAR, `YYYY-MM` for MONTH (the period the event began in)." })
  period!: string;

  @Field(() => Int, { description: "Events in the period involving both sides." })
  count!: number;
}

@ObjectType("UncountedContacts", { description: "Events `contactCounts` leaves out because it cannot place them in a period." })
export class UncountedContactsObject {
  @Field(() => Int, { description: "Events involving the dyad (or `a` and any counterpart) that have no date at all; from/to cannot place them, so they are counted whatever from/to say." })
  undated!: number;

  @Field(() => Int, { description: "MONTH only: events within from/to dated only to a year (no month to count them in); 0 for YEAR." })
  yearOnly!: number;
}

@ObjectType("Path", { description: "A shortest chain of entities linked by shared events: `events[i]` links `nodes[i]` and `nodes[i + 1]`." })
export class PathObject {
  @Field(() => [EntityInterface], { description: "The entities from `from` to `to`, in order." })
  nodes!: unknown[];

  @Field(() => [EventObject], { description: "The events linking consecutive nodes; one fewer than the nodes." })
  events!: unknown[];

  @Field(() => Int, { description: "Number of events crossed (hops)." })
  hops!: number;
}

@ObjectType("CytoscapeNodeData", { description: "The `data` of a Cytoscape node." })
export class CytoscapeNodeDataObject {
  @Field(() => ID, { description: "The entity's id." })
  id!: string;

  @Field(() => String, { description: "The entity's name." })
  label!: string;

  @Field(() => EntityKindEnum, { description: "The entity's kind." })
  kind!: EntityKind;
}

@ObjectType("CytoscapeNode", { description: "A Cytoscape node element: an entity." })
export class CytoscapeNodeObject {
  @Field(() => CytoscapeNodeDataObject, { description: "The node's data." })
  data!: CytoscapeNodeDataObject;
}

@ObjectType("CytoscapeEdgeData", { description: "The `data` of a Cytoscape edge." })
export class CytoscapeEdgeDataObject {
  @Field(() => ID, { description: "Edge id: `<source>|<target>`." })
  id!: string;

  @Field(() => ID, { description: "One entity's id (the smaller of the two)." })
  source!: string;

  @Field(() => ID, { description: "The other entity's id." })
  target!: string;

  @Field(() => Int, { description: "Number of events both entities take part in." })
  weight!: number;
}

@ObjectType("CytoscapeEdge", { description: "A Cytoscape edge element: two entities sharing events." })
export class CytoscapeEdgeObject {
  @Field(() => CytoscapeEdgeDataObject, { description: "The edge's data." })
  data!: CytoscapeEdgeDataObject;
}

@ObjectType("Neighborhood", { description: "Cytoscape elements: pass `{ nodes, edges }` as `elements` to `cytoscape()`." })
export class NeighborhoodObject {
  @Field(() => [CytoscapeNodeObject], { description: "The centre first, then its neighbours." })
  nodes!: CytoscapeNodeObject[];

  @Field(() => [CytoscapeEdgeObject], { description: "One edge per pair of nodes that share events." })
  edges!: CytoscapeEdgeObject[];
}

@ObjectType("OfficeHolding", { description: "A person's tenure of an office, as an answer to who held it." })
export class OfficeHoldingObject {
  @Field(() => TenureObject, { description: "The tenure: person, office, dates and evidence." })
  tenure!: TenureRecord;

  @Field(() => Boolean, { description: "True when no article dates the tenure, so it may or may not cover the date asked." })
  undated!: boolean;
}

@ObjectType("TimelineJSDate", { description: "A TimelineJS3 date; month and day are null when the date is not that precise." })
export class TimelineJSDateObject {
  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => Int, { nullable: true, description: "The month, 1–12, when known." })
  month?: number | null;

  @Field(() => Int, { nullable: true, description: "The day of the month, when known." })
  day?: number | null;
}

@ObjectType("TimelineJSText", { description: "A TimelineJS3 text block." })
export class TimelineJSTextObject {
  @Field(() => String, { description: "The headline (HTML-escaped)." })
  headline!: string;

  @Field(() => String, { description: "The body (HTML-escaped)." })
  text!: string;
}

@ObjectType("TimelineJSEvent", { description: "One TimelineJS3 slide: an event." })
export class TimelineJSEventObject {
  @Field(() => TimelineJSDateObject, { description: "When it began, at the precision known." })
  start_date!: TimelineJSDateObject;

  @Field(() => TimelineJSDateObject, { nullable: true, description: "When a span ended; null for a single date." })
  end_date?: TimelineJSDateObject | null;

  @Field(() => TimelineJSTextObject, { description: "Headline (the summary) and text (type, status and date)." })
  text!: TimelineJSTextObject;

  @Field(() => String, { description: "The event type, which TimelineJS draws as a group." })
  group!: EventType;

  @Field(() => ID, { description: "The event id." })
  unique_id!: string;
}

@ObjectType("TimelineJS", { description: "A TimelineJS3 document: pass it to `new TL.Timeline(el, doc)`." })
export class TimelineJSObject {
  @Field(() => TimelineJSTextObject, { nullable: true, description: "Title slide; null when there is none." })
  title?: TimelineJSTextObject | null;

  @Field(() => [TimelineJSEventObject], { description: "Dated events, oldest first; undated events are left out (see `undatedCount`)." })
  events!: TimelineJSEventObject[];

  @Field(() => Int, {
    description: "Undated events the filter selects (its `from`, `to` and `dated` set aside), left out of `events`; list them with `events(filter: { …, dated: false })`.",
  })
  undatedCount!: number;
}

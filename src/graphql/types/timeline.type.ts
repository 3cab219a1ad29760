import { Field, ID, Int, ObjectType } from "type-graphql";
import { TimelineItemTypeEnum, type TimelineItemType } from "./enums.type.js";

@ObjectType("TimelineItem", { description: "One vis-timeline item: an event placed on the time axis in one group." })
export class TimelineItemObject {
  @Field(() => ID, { description: "Unique item id: the event id, suffixed with `@<group>` when an event appears in several groups." })
  id!: string;

  @Field(() => ID, { description: "Id of the event the item draws." })
  eventId!: string;

  @Field(() => String, { description: "Text shown on the item (HTML-escaped): who took part, the group's own entity left out; the type is not repeated (the group or `className` shows it). The summary when no one else is named." })
  content!: string;

  @Field(() => String, { description: "First day, `YYYY-MM-DD`." })
  start!: string;

  @Field(() => String, { nullable: true, description: "For ranges: the day after the last day covered (vis-timeline ends are exclusive); null for points." })
  end!: string | null;

  @Field(() => TimelineItemTypeEnum, { description: "`point` for an event known to the day, `range` for a month, a year or a span." })
  type!: TimelineItemType;

  @Field(() => String, { description: "The group (lane) id, one of `groups[].id`." })
  group!: string;

  @Field(() => String, { description: "CSS classes: the status and the type in lower case, e.g. `planned meeting`." })
  className!: string;

  @Field(() => String, { description: "Tooltip text (HTML-escaped): the date as written and the summary." })
  title!: string;
}

@ObjectType("TimelineGroup", { description: "One vis-timeline group (lane)." })
export class TimelineGroupObject {
  @Field(() => ID, { description: "Group id, referenced by `items[].group`." })
  id!: string;

  @Field(() => String, { description: "Label of the lane (HTML-escaped)." })
  content!: string;
}

@ObjectType("Timeline", { description: "Events laid out for vis-timeline: pass `items` and `groups` to `new Timeline(el, items, groups)`." })
export class TimelineObject {
  @Field(() => [TimelineItemObject], { description: "Dated events, oldest first; undated events are left out (see `undatedCount`)." })
  items!: TimelineItemObject[];

  @Field(() => [TimelineGroupObject], { description: "The groups the items fall in, sorted by label." })
  groups!: TimelineGroupObject[];

  @Field(() => Int, {
    description:
      "Undated events the filter selects (its `from`, `to` and `dated` set aside): they cannot be drawn, so they are not among the items. " +
      "List them with `events(filter: { …the same filter without from/to…, dated: false })`.",
  })
  undatedCount!: number;
}

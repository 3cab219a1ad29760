import { registerEnumType } from "type-graphql";
import {
  DATE_PRECISIONS,
  ENTITY_KINDS,
  EVENT_STATUSES,
  EVENT_TYPE_INFO,
  EVENT_TYPES,
  NODE_KINDS,
  ROLES,
  type DatePrecision,
  type EntityKind,
  type EventStatus,
  type EventType,
  type NodeKind,
  type Role,
} from "../../domain/index.js";

/** type-graphql registers enums from objects; these mirror the domain's `as const` lists key for value. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const EntityKindEnum = enumObject<EntityKind>(ENTITY_KINDS);
export const NodeKindEnum = enumObject<NodeKind>(NODE_KINDS);
export const EventTypeEnum = enumObject<EventType>(EVENT_TYPES);
export const EventStatusEnum = enumObject<EventStatus>(EVENT_STATUSES);
export const RoleEnum = enumObject<Role>(ROLES);
export const DatePrecisionEnum = enumObject<DatePrecision>(DATE_PRECISIONS);

export const TIMELINE_GROUP_BYS = ["PERSON", "COUNTRY", "TYPE"] as const;
export type TimelineGroupBy = (typeof TIMELINE_GROUP_BYS)[number];
export const TimelineGroupByEnum = enumObject<TimelineGroupBy>(TIMELINE_GROUP_BYS);

export const EVENT_ORDERS = ["DATE_ASC", "DATE_DESC", "SOURCES_DESC"] as const;
export type EventOrder = (typeof EVENT_ORDERS)[number];
export const EventOrderEnum = enumObject<EventOrder>(EVENT_ORDERS);

export const INTERVALS = ["YEAR", "MONTH"] as const;
export type Interval = (typeof INTERVALS)[number];
export const IntervalEnum = enumObject<Interval>(INTERVALS);

export const COUNTRY_VIAS = ["DIRECT", "OFFICE_HOLDER"] as const;
export type CountryVia = (typeof COUNTRY_VIAS)[number];
export const CountryViaEnum = enumObject<CountryVia>(COUNTRY_VIAS);

/**
 * The country rule, stated once for the schema: every answer about which countries took part
 * (`Event.countries`, `contacts` and the `countries` filter, `contactCounts`, `timeline`,
 * `timelineJS`, `dyadPanel` and the exports) uses it.
 */
export const COUNTRY_RULE =
  "The country rule: a country takes part in an event directly (it is a participant: DIRECT) or through a participant acting for it " +
  "(OFFICE_HOLDER): the holder, at the time of the event, of an office of that state's executive or diplomatic service (head of state or " +
  "government and their deputies, ministers, spokespeople, envoys and ambassadors, security chiefs, monarchs). Legislators, party posts, " +
  "local and regional posts do not make a country a party to an international contact. Every surface that filters or counts by country uses this rule.";

export const INGEST_STATUSES = ["ADDED", "UNCHANGED"] as const;
export type IngestStatus = (typeof INGEST_STATUSES)[number];
export const IngestStatusEnum = enumObject<IngestStatus>(INGEST_STATUSES);

// vis-timeline reads the item type as the lower-case strings "point" and "range", so the values are lower-case.
export const TIMELINE_ITEM_TYPES = ["point", "range"] as const;
export type TimelineItemType = (typeof TIMELINE_ITEM_TYPES)[number];
export const TimelineItemTypeEnum = enumObject<TimelineItemType>(TIMELINE_ITEM_TYPES);

const KIND_DESCRIPTIONS: Record<NodeKind, string> = {
  PERSON: "A person, such as a head of state or a minister.",
  OFFICE: "An office a person holds, such as the presidency of a country.",
  COUNTRY: "A sovereign country, identified by its ISO 3166-1 alpha-3 code.",
  ORGANIZATION: "An organisation: an alliance, an agency, a company or a party.",
  PLACE: "A city or other named place where events happen.",
  EVENT: "A reported event such as a call, meeting or summit.",
  ARTICLE: "A news article that was ingested.",
};

registerEnumType(EntityKindEnum, {
  name: "EntityKind",
  description: "The kinds of entity an article can mention.",
  valuesConfig: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, { description: KIND_DESCRIPTIONS[kind] }])),
});

registerEnumType(NodeKindEnum, {
  name: "NodeKind",
  description: "Every kind of node the graph holds: the entity kinds plus events and articles.",
  valuesConfig: Object.fromEntries(NODE_KINDS.map((kind) => [kind, { description: KIND_DESCRIPTIONS[kind] }])),
});

registerEnumType(EventTypeEnum, {
  name: "EventType",
  description: "What kind of event happened; each maps to a PLOVER category and a CAMEO code.",
  valuesConfig: Object.fromEntries(EVENT_TYPES.map((type) => [type, { description: EVENT_TYPE_INFO[type].description }])),
});

registerEnumType(EventStatusEnum, {
  name: "EventStatus",
  description: "Whether an event took place, is planned, is going on or was called off.",
  valuesConfig: {
    OCCURRED: { description: "The event took place." },
    PLANNED: { description: "The event is announced or agreed but has not happened yet." },
    ONGOING: { description: "The event is under way as of the reporting article." },
    CANCELLED: { description: "The event was called off." },
    UNKNOWN: { description: "The article does not say whether the event happened." },
  },
});

registerEnumType(RoleEnum, {
  name: "Role",
  description: "The part a participant plays in an event.",
  valuesConfig: {
    PARTICIPANT: { description: "Takes part, with no more specific role known." },
    INITIATOR: { description: "Started the contact, for example placed the call." },
    HOST: { description: "Hosted the event on their ground." },
    VISITOR: { description: "Travelled to the host." },
    MEDIATOR: { description: "Mediated between the other participants." },
  },
});

registerEnumType(DatePrecisionEnum, {
  name: "DatePrecision",
  description: "How precisely a date is known: a day, a month or only a year.",
  valuesConfig: {
    DAY: { description: "The exact day is known (YYYY-MM-DD)." },
    MONTH: { description: "Only the month is known (YYYY-MM)." },
    YEAR: { description: "Only the year is known (YYYY)." },
  },
});

registerEnumType(TimelineGroupByEnum, {
  name: "TimelineGroupBy",
  description: "How timeline items are put into groups (vis-timeline lanes).",
  valuesConfig: {
    PERSON: { description: "One group per participating person; an event appears in each of its people's groups." },
    COUNTRY: { description: "One group per participating country (a person or organisation counts for its country)." },
    TYPE: { description: "One group per event type." },
  },
});

registerEnumType(EventOrderEnum, {
  name: "EventOrder",
  description: "The order events are listed in; undated events come last either way.",
  valuesConfig: {
    DATE_ASC: { description: "Oldest first." },
    DATE_DESC: { description: "Newest first." },
    SOURCES_DESC: { description: "Most distinct reporting articles first, then newest first (undated last among equals)." },
  },
});

registerEnumType(CountryViaEnum, {
  name: "CountryVia",
  description: `How a country takes part in an event. ${COUNTRY_RULE}`,
  valuesConfig: {
    DIRECT: { description: "The country itself is a participant." },
    OFFICE_HOLDER: { description: "Only through participants holding, at the time, one of its executive or diplomatic offices." },
  },
});

registerEnumType(IntervalEnum, {
  name: "Interval",
  description: "The period contact counts are bucketed by.",
  valuesConfig: {
    YEAR: { description: "Calendar year, period `YYYY`." },
    MONTH: { description: "Calendar month, period `YYYY-MM`; events dated only to the year are left out." },
  },
});

registerEnumType(IngestStatusEnum, {
  name: "IngestStatus",
  description: "What ingesting an article did.",
  valuesConfig: {
    ADDED: { description: "The article was new and its graph was stored." },
    UNCHANGED: { description: "The article was already stored; nothing was written." },
  },
});

registerEnumType(TimelineItemTypeEnum, {
  name: "TimelineItemType",
  description: "How vis-timeline draws an item.",
  valuesConfig: {
    point: { description: "A single day, drawn as a point." },
    range: { description: "A span (a month, a year or several days), drawn as a bar." },
  },
});

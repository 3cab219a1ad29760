import { dayRange, formatPartialDate, type EventType } from "../domain/index.js";
import { type EntityRecord, type EventRecord, type ParticipantRecord } from "../store/graph-store.js";
import { type TimelineGroupBy } from "./types/enums.type.js";
import { type TimelineGroupObject, type TimelineItemObject, type TimelineObject } from "./types/timeline.type.js";

/** One event with what grouping needs: its participants, the countries taking part by the country rule, and their entities. */
export interface TimelineEventInput {
  event: EventRecord;
  participants: ParticipantRecord[];
  /** The countries taking part (GraphStore.countriesByEventIds): the COUNTRY lanes. */
  countryIds: readonly string[];
  entities: ReadonlyMap<string, EntityRecord>;
}

const UNGROUPED = { id: "none", content: "Other" };

// vis-timeline renders content and title as HTML: escape what came from articles.
const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function typeLabel(type: EventType): string {
  return type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, " ");
}

/** The groups one event falls in under a grouping; an event with none lands in "Other". */
function groupsOf(input: TimelineEventInput, groupBy: TimelineGroupBy): { id: string; content: string }[] {
  if (groupBy === "TYPE") return [{ id: input.event.type, content: typeLabel(input.event.type) }];
  const found = new Map<string, string>();
  if (groupBy === "COUNTRY") {
    // The country rule, as the `countries` filter: not a participant's nationality.
    for (const countryId of input.countryIds) found.set(countryId, input.entities.get(countryId)?.name ?? countryId);
  }
  for (const participant of input.participants) {
    const entity = input.entities.get(participant.entityId);
    if (groupBy === "PERSON" && entity?.kind === "PERSON") found.set(entity.id, entity.name);
  }
  return found.size ? [...found].map(([id, content]) => ({ id, content })) : [UNGROUPED];
}

/** Names an item lists before summing up the rest ("A, B, C +2"). */
const NAMES_ON_AN_ITEM = 3;
/** Who comes first on an item: people, then the states and bodies they act with. */
const KIND_ORDER: Record<string, number> = { PERSON: 0, COUNTRY: 1, ORGANIZATION: 2 };

/**
 * What an item says: who took part, the row's own entity left out (it names the row already). The
 * type is not repeated here: the TYPE row or the item's type class shows it, and the summary in the
 * tooltip says it in words. An event with no one else to name falls back to its summary.
 */
function itemLabel(input: TimelineEventInput, groupId: string): string {
  const names = input.participants
    .map((participant) => input.entities.get(participant.entityId))
    .filter((entity): entity is EntityRecord => entity !== undefined && entity.id !== groupId && entity.kind in KIND_ORDER)
    .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9))
    .map((entity) => entity.name);
  const unique = [...new Set(names)];
  if (!unique.length) return input.event.summary;
  const rest = unique.length - NAMES_ON_AN_ITEM;
  return rest > 0 ? `${unique.slice(0, NAMES_ON_AN_ITEM).join(", ")} +${rest}` : unique.join(", ");
}

/**
 * Lays events out for vis-timeline. An event known to the day is a point on that day; a month, a
 * year or a span is a range from its first day to the day after its last (vis ends are exclusive).
 * Undated events have no place on a time axis and are left out.
 */
export function layoutTimeline(events: readonly TimelineEventInput[], groupBy: TimelineGroupBy): Omit<TimelineObject, "undatedCount"> {
  const items: TimelineItemObject[] = [];
  const groups = new Map<string, TimelineGroupObject>();
  for (const input of events) {
    const { event } = input;
    if (!event.date) continue;
    const { first, last } = dayRange(event.date);
    const isPoint = event.date.precision === "DAY" && first === last;
    const eventGroups = groupsOf(input, groupBy);
    for (const group of eventGroups) {
      groups.set(group.id, { id: group.id, content: escapeHtml(group.content) });
      items.push({
        id: eventGroups.length > 1 ? `${event.id}@${group.id}` : event.id,
        eventId: event.id,
        content: escapeHtml(itemLabel(input, group.id)),
        start: first,
        end: isPoint ? null : nextDay(last),
        type: isPoint ? "point" : "range",
        group: group.id,
        className: `${event.status.toLowerCase()} ${event.type.toLowerCase().replace(/_/g, "-")}`,
        title: escapeHtml(`${formatPartialDate(event.date)} — ${event.summary}`),
      });
    }
  }
  items.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return { items, groups: [...groups.values()].sort((a, b) => a.content.localeCompare(b.content)) };
}

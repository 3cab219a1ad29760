/**
 * Event types, statuses and participant roles, with the PLOVER and CAMEO codes each type maps to
 * so researchers can join Parley's events with GDELT, ICEWS or POLECAT data.
 */
export const EVENT_TYPES = [
  "CALL",
  "MEETING",
  "VISIT",
  "SUMMIT",
  "NEGOTIATION",
  "AGREEMENT",
  "STATEMENT",
  "MILITARY_ACTION",
  "ANNEXATION",
  "OTHER",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ["OCCURRED", "PLANNED", "ONGOING", "CANCELLED", "UNKNOWN"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ROLES = ["PARTICIPANT", "INITIATOR", "HOST", "VISITOR", "MEDIATOR"] as const;
export type Role = (typeof ROLES)[number];

/** Event types in which the participants are in contact with one another (the researcher's "contact"). */
export const CONTACT_EVENT_TYPES: readonly EventType[] = ["CALL", "MEETING", "VISIT", "SUMMIT", "NEGOTIATION", "AGREEMENT"];

export interface PloverCode {
  /** PLOVER event category, e.g. CONSULT or AGREE. */
  event: string;
  /** PLOVER mode within the category, e.g. phone or visit. */
  mode?: string;
}

export interface EventTypeInfo {
  plover: PloverCode;
  /** CAMEO code (three digits, or four for a sub-code). */
  cameo?: string;
  /** One line for the schema and the timeline legend. */
  description: string;
}

export const EVENT_TYPE_INFO: Readonly<Record<EventType, EventTypeInfo>> = {
  CALL: { plover: { event: "CONSULT", mode: "phone" }, cameo: "041", description: "A telephone or video call." },
  MEETING: { plover: { event: "CONSULT" }, cameo: "040", description: "An in-person meeting or talks." },
  VISIT: { plover: { event: "CONSULT", mode: "visit" }, cameo: "042", description: "A visit by one side to the other." },
  SUMMIT: {
    plover: { event: "CONSULT", mode: "third-party" },
    cameo: "044",
    description: "A summit of leaders, often at a third location.",
  },
  NEGOTIATION: { plover: { event: "CONSULT" }, cameo: "046", description: "Negotiations between the sides." },
  AGREEMENT: { plover: { event: "AGREE" }, cameo: "057", description: "An agreement signed or reached." },
  STATEMENT: { plover: { event: "OTHER" }, cameo: "010", description: "A public statement about the other side." },
  MILITARY_ACTION: { plover: { event: "ASSAULT" }, cameo: "190", description: "Use of military force." },
  ANNEXATION: { plover: { event: "COERCE", mode: "seize" }, cameo: "192", description: "Annexation or occupation of territory." },
  OTHER: { plover: { event: "OTHER" }, description: "Any other reported event." },
};

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

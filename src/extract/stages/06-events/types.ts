import { type EventStatus, type EventType, type PartialDate, type Role } from "../../../domain/index.js";

/** One report of a contact in one sentence; stage 7 merges the reports of one contact. */
export interface EventCandidate {
  type: EventType;
  status: EventStatus;
  date?: PartialDate;
  placeId?: string;
  participants: { entityId: string; role: Role }[];
  sentence: number;
  /** Token index of the trigger in its sentence. */
  trigger: number;
  triggerText: string;
  confidence: number;
  /** Whether the date was reckoned from the publication date ("next week") rather than stated. */
  dateRelative?: boolean;
  /** Every side is a person of one state, acting in its domestic politics (kept, flagged for researchers to filter). */
  domestic?: boolean;
  /** Later sentences that name this contact again; they are evidence too. */
  joinedSentences?: number[];
  /** A gathering with a name of its own ("the G-20 summit", "an EU summit"): a two-sided meeting beside it is another contact. */
  namedGathering?: boolean;
  /** For an undated past contact in an undated article, the one year its story is set in. */
  narrativeDate?: PartialDate;
}

/** What the event stage returns: the candidates, and places it read off venue names. */
export interface EventStageOutput {
  candidates: EventCandidate[];
  places: { id: string; name: string; iso3: string; sentence: number; start: number; end: number; text: string }[];
}

import { type EntityKind } from "./kinds.js";
import { type PartialDate } from "./partial-date.js";
import { type EventStatus, type EventType, type PloverCode, type Role } from "./event-taxonomy.js";

/**
 * ArticleGraph — the contract between extraction and the stores (DESIGN §3). `parley extract`
 * prints exactly this; stores accept it. Extend it, never break it.
 */

/** Where a fact was read: the article, the sentence, a character span in the cleaned text, and the words. */
export interface Evidence {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

export interface ArticleMeta {
  id: string;
  url?: string;
  title?: string;
  source?: string;
  /** `YYYY-MM-DD` when known. */
  publishedAt?: string;
  language: string;
  /** The cleaned body; every offset in the graph points into it. */
  text: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface GraphEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  countryId?: string;
  mentions: Mention[];
}

export interface Tenure {
  personId: string;
  officeId: string;
  from?: PartialDate;
  to?: PartialDate;
  confidence: number;
  evidence: Evidence[];
}

export interface Participant {
  entityId: string;
  role: Role;
}

export interface GraphEvent {
  id: string;
  type: EventType;
  status: EventStatus;
  date?: PartialDate;
  placeId?: string;
  summary: string;
  confidence: number;
  participants: Participant[];
  plover: PloverCode;
  cameo?: string;
  /** Every side is a person of one state acting in its domestic politics: kept, flagged so researchers can filter it. */
  domestic?: boolean;
  evidence: Evidence[];
}

export interface ArticleGraph {
  article: ArticleMeta;
  sentences: Sentence[];
  entities: GraphEntity[];
  tenures: Tenure[];
  events: GraphEvent[];
}

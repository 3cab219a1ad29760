import { type OfficeTitleEntry, type OrganizationEntry } from "../../gazetteer/index.js";

/**
 * Stage 3's output: spans that name a country, place, organisation, office or person, and
 * pronouns. Nothing is resolved to an entity yet; a bare "Putin" is a name for stage 4 to link.
 */
export interface SpanBase {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd) within the sentence. */
  tokenStart: number;
  tokenEnd: number;
}

export interface CountryMention extends SpanBase {
  kind: "COUNTRY";
  iso3: string;
  /**
   * How the text named it: a name ("Russia"), a demonym ("Russian"), a metonym ("the Kremlin"), or one side of
   * a compound adjective ("Anglo-American", "Sino-US"), which names two sides at once.
   */
  via: "name" | "demonym" | "metonym" | "compound";
  /**
   * Set when this country word belongs to a phrase beside it and so is no free country for a title that states
   * none: an office's country ("French" in "the French finance minister"), or a side of a compound adjective.
   */
  ofOffice?: boolean;
}

export interface PlaceMention extends SpanBase {
  kind: "PLACE";
  name: string;
  /** The country the place is in; absent for regions that span countries ("the Middle East", "Europe"). */
  iso3?: string;
}

export interface OrganizationMention extends SpanBase {
  kind: "ORGANIZATION";
  entry: OrganizationEntry;
}

export interface OfficeMention extends SpanBase {
  kind: "OFFICE";
  /** Canonical title, with a named remit kept ("Special Envoy to the Middle East"). */
  title: string;
  entry: OfficeTitleEntry;
  /** Country the phrase itself names ("Russian President", "Russia's foreign minister"), if any. */
  iso3?: string;
  /** "former", "ex-": the office is no longer held. */
  former: boolean;
  /** Plural title ("the presidents of Chile and Peru", "foreign ministers"): several holders. */
  plural?: boolean;
  /** A party's post, read from the party's name before the title ("Labour Party president"): no state's office. */
  partyPost?: boolean;
}

export interface NameMention extends SpanBase {
  kind: "NAME";
  /**
   * Why this looks like a person: a name the actor knowledge base knows, a title or honorific before it, a
   * given name, or only capitalisation (which needs a person-only context in stage 4).
   */
  evidence: "actor" | "title" | "honorific" | "given-name" | "capitalised";
  /** The office phrase immediately before the name ("Secretary of State Marco Rubio"). */
  office?: OfficeMention;
  /** The honorific before the name ("Mr", "Sir", "President" is an office, not this). */
  honorific?: string;
}

export interface PronounMention extends SpanBase {
  kind: "PRONOUN";
  /** "speaker": I, me, my, we, us, our, standing for whoever a quotation is attributed to. */
  pronoun: "he" | "she" | "they" | "speaker";
}

export type Mention = CountryMention | PlaceMention | OrganizationMention | OfficeMention | NameMention | PronounMention;

import { type ActorLookup } from "../../actors.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";
import { type Mention, type SpanBase } from "./types.js";

/**
 * A rule family finds one kind of mention in a sentence. Families run in a declared priority order
 * (highest first); each sees, read-only, what the families before it accepted, and returns
 * candidates. `settle` (overlaps.ts) is the one place that decides between overlapping candidates.
 */
export interface SentenceContext {
  readonly sentence: AnalyzedSentence;
  /** The whole cleaned article text; offsets are absolute. */
  readonly text: string;
  /** Mentions accepted so far in this sentence, in text order. */
  readonly accepted: readonly Mention[];
  /** `taken[k]`: token k belongs to an accepted mention. */
  readonly taken: readonly boolean[];
  /** A headline in Title Case ("Leaders Meet In Oslo"): capitals say nothing about names there. */
  readonly titleCase: boolean;
  /** A line in capitals throughout. */
  readonly shouting: boolean;
  readonly actors: ActorLookup;
  /** The article's date (`YYYY-MM-DD`), when known: who the knowledge base says held office then. */
  readonly date?: string;
}

export interface Candidate {
  mention: Mention;
  /** Accepted mentions this candidate absorbs ("British" inside "British Rowing Federation"). */
  replaces?: readonly Mention[];
}

export interface MentionFamily {
  readonly name: string;
  /** Higher runs first; ties are not allowed (checked when the stage is built). */
  readonly priority: number;
  find(context: SentenceContext): Candidate[];
}

/** The span of tokens [tokenStart, tokenEnd) of a sentence. */
export function span(sentence: AnalyzedSentence, tokenStart: number, tokenEnd: number, text: string): SpanBase {
  const start = sentence.tokens[tokenStart]!.start;
  const end = sentence.tokens[tokenEnd - 1]!.end;
  return { sentence: sentence.index, start, end, text: text.slice(start, end), tokenStart, tokenEnd };
}

/**
 * Exclusive token end of a match that ends at character `offset`: the first token ending at or after it.
 * A match ending inside a token ("Minister" in "Minister-designate") still covers that whole token.
 */
export function tokenEndAt(sentence: AnalyzedSentence, offset: number): number {
  const index = sentence.tokens.findIndex((t) => t.end >= offset);
  return index < 0 ? sentence.tokens.length : index + 1;
}

/** Words that open sentences or headlines capitalised but never start a name. */
export const NEVER_NAME = new Set(
  [
    "the a an in on at of for to from with by after before as but and or if when while what who why how this that these those there here it its he she they we i you our their his her",
    "says said say tells told calls call meets met talks talk visit visits after amid over under new more most some many all no not yes mr mrs ms",
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july september october november december",
    // Time words opening a sentence ("Today Okonkwo Adebayo said …") are never a given name.
    "today yesterday tonight tomorrow meanwhile earlier later now",
  ]
    .join(" ")
    .split(" "),
);

const CAPITALISED = /^\p{Lu}[\p{L}’'-]*$/u;

/** A capitalised word that may be part of a name (not a function word opening a sentence). */
export function isCapitalisedWord(token: Token | undefined): boolean {
  return !!token && CAPITALISED.test(token.text) && !NEVER_NAME.has(token.lower);
}

/** "J.", "J.D.", "JD": initials. */
export const INITIALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}{1,2}$/u;

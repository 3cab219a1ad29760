import { type EventStatus, type EventType, type PartialDate, type Role } from "../../domain/index.js";
import { type AnalyzedSentence } from "./02-sentences.js";
import { type Mention } from "./03-mentions.js";
import { type Resolution } from "./04-resolve.js";
import { type DateMention } from "./05-dates.js";
import {
  GROUP_REFERENCE,
  SEQUENCE_CUE,
  joinPreviousEvent,
  participantsOf,
  personCountry,
  previousOccurredDay,
  previousPair,
  referBack,
  sequentialPairs,
} from "./events/participants.js";
import { entitiesOfPlaces, nearestDate, placeOf, visitedCountry } from "./events/time-and-place.js";
import { SPECIFICITY, TRIGGERS, statusOf, triggerLemma } from "./events/triggers.js";
import { REPORTING_VERB } from "./reporting-verbs.js";

/**
 * Stage 6 — events: contact triggers matched by lemma and part of speech, each with its
 * participants (people first, countries or organisations when no two people take part), status
 * from tense and modality, date and place from the same sentence. One candidate per trigger;
 * stage 7 merges candidates that report the same event.
 */
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
  /** Later sentences that named more participants of this event; they are evidence too. */
  joinedSentences?: number[];
}

/** Extra entities an event stage creates (a place read off a venue such as "Munich Security Conference"). */
export interface EventStageOutput {
  candidates: EventCandidate[];
  places: { id: string; name: string; iso3: string; sentence: number; start: number; end: number; text: string }[];
}

/** Character ranges of a sentence that are inside quotation marks. */
function quotedRanges(sentence: AnalyzedSentence, previousOpen: boolean): { ranges: [number, number][]; open: boolean } {
  const ranges: [number, number][] = [];
  let open = previousOpen ? sentence.start : -1;
  for (let k = 0; k < sentence.text.length; k++) {
    const ch = sentence.text[k]!;
    const at = sentence.start + k;
    if (ch === "“" || (ch === '"' && open < 0)) open = at;
    else if ((ch === "”" || ch === '"') && open >= 0) {
      ranges.push([open, at]);
      open = -1;
    }
  }
  const stillOpen = open >= 0;
  if (stillOpen) ranges.push([open, sentence.end]);
  return { ranges, open: stillOpen };
}

/** Finds contact-event candidates in every sentence. */
export function findEvents(
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mention[],
  resolution: Resolution,
  dates: readonly DateMention[],
  publishedAt: string | undefined,
): EventStageOutput {
  const candidates: EventCandidate[] = [];
  const places: EventStageOutput["places"] = [];
  let quoteOpen = false;
  let speaker: { personId: string; paragraph: number } | undefined;

  for (const sentence of sentences) {
    const quotes = quotedRanges(sentence, quoteOpen);
    quoteOpen = quotes.open;
    const inQuote = (offset: number): boolean => quotes.ranges.some(([s, e]) => offset > s && offset < e);
    const sentenceMentions = mentions.filter((m) => m.sentence === sentence.index);
    const persons = resolution.personMentions.filter((p) => p.mention.sentence === sentence.index);

    // The speaker of a quote: a person next to a reporting verb outside the quotation marks.
    const attributed = persons.find((p) => {
      if (inQuote(p.mention.start)) return false;
      const next = sentence.tokens[p.mention.tokenEnd];
      const previous = sentence.tokens[p.mention.tokenStart - 1];
      return (next && REPORTING_VERB.test(next.lower)) || (previous && REPORTING_VERB.test(previous.lower));
    });
    if (attributed && quotes.ranges.length > 0) speaker = { personId: attributed.personId, paragraph: sentence.paragraph };
    else if (speaker && speaker.paragraph !== sentence.paragraph && !quotes.ranges.length) speaker = undefined;
    const quoteSpeaker = quotes.ranges.length > 0 && speaker?.paragraph === sentence.paragraph ? speaker.personId : undefined;

    const sentenceCandidates: EventCandidate[] = [];
    const triggers = sentence.tokens.flatMap((token, i) => {
      const rules = TRIGGERS[triggerLemma(token)] ?? [];
      const rule = rules.find((r) => r.pos.includes(token.pos) && (!r.when || r.when(sentence.tokens, i, sentence)));
      return rule ? [{ token, i, rule }] : [];
    });
    for (const { token, i, rule } of triggers) {
      // "any negotiations", "no meeting", "such talks": no particular event.
      if (/^(any|no|such|every)$/.test(sentence.tokens[i - 1]?.lower ?? "")) continue;
      let participants = participantsOf(sentence, i, rule, persons, sentenceMentions, resolution, quoteSpeaker, inQuote, triggers.length > 1);
      if (participants.length < 2 && GROUP_REFERENCE.test(sentence.text)) participants = previousPair(candidates, sentence.index);
      // "Brown visited Kenya", "his visit to Tanzania": the country visited is the other side.
      if (participants.length === 1 && rule.type === "VISIT") {
        const host = visitedCountry(placeOf(sentence, i, sentenceMentions, resolution, places), resolution, entitiesOfPlaces(places));
        if (host && host !== personCountry(resolution, participants[0]!.entityId)) participants = [{ ...participants[0]!, role: "VISITOR" }, { entityId: host, role: "HOST" }];
      }
      if (participants.length < 2) {
        // "The summit almost did not happen": a definite mention refers back to the event already reported.
        if (/^(the|this|that|their|his|her)$/.test(sentence.tokens[i - 1]?.lower ?? "") && token.pos !== "VERB") referBack(candidates, rule.type, sentence.index);
        continue;
      }
      let status = statusOf(sentence.tokens, i, rule);
      let date = nearestDate(dates, sentence, token, sentenceMentions);
      // "Once he had finished with Putin, Trump phoned …": a sequel happens on the day of what it follows.
      const beforeTrigger = sentence.text.slice(0, token.start - sentence.start);
      if (!date && status === "OCCURRED" && SEQUENCE_CUE.test(beforeTrigger)) date = previousOccurredDay(candidates, sentence.index);
      if (date && publishedAt && date.value > publishedAt && status !== "CANCELLED") status = "PLANNED";
      if (date && publishedAt && (date.end ?? date.value) < publishedAt && status === "UNKNOWN") status = "OCCURRED";
      // A call happens on the line: the places around it are the callers', not the call's.
      const place = rule.type === "CALL" ? undefined : placeOf(sentence, i, sentenceMentions, resolution, places);
      const confidence = Math.min(0.95, 0.55 + (date ? 0.1 : 0) + (place ? 0.05 : 0) + (token.pos === "VERB" ? 0.1 : 0.05) + (status !== "UNKNOWN" ? 0.1 : 0));
      for (const group of sequentialPairs(sentence, i, participants, persons)) {
        sentenceCandidates.push({
          type: rule.type,
          status,
          ...(date ? { date } : {}),
          ...(place ? { placeId: place } : {}),
          participants: group,
          sentence: sentence.index,
          trigger: i,
          triggerText: token.text,
          confidence,
        });
      }
    }
    const kept = absorbGenericMeetings(sentenceCandidates);
    candidates.push(...kept);
    if (kept.length === 0) joinPreviousEvent(candidates, sentence, persons);
  }
  return { candidates, places };
}

/** In one sentence, a generic meeting word joins the specific event it describes ("the summit meeting"). */
function absorbGenericMeetings(candidates: EventCandidate[]): EventCandidate[] {
  return candidates.filter((candidate) => {
    if (candidate.type !== "MEETING") return true;
    const ids = new Set(candidate.participants.map((p) => p.entityId));
    const specific = candidates.find(
      (o) => SPECIFICITY[o.type] > SPECIFICITY.MEETING && o.status === candidate.status && Math.abs(o.trigger - candidate.trigger) <= 4 && o.participants.some((p) => ids.has(p.entityId)),
    );
    if (!specific) return true;
    specific.date ??= candidate.date;
    specific.placeId ??= candidate.placeId;
    return false;
  });
}

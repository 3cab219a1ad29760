import { type EventStatus, type EventType, type PartialDate, type Role } from "../../domain/index.js";
import { countryByIso3 } from "../gazetteer/index.js";
import { type AnalyzedSentence, type Token } from "./02-sentences.js";
import { type Mention } from "./03-mentions/index.js";
import { type Resolution } from "./04-resolve/index.js";
import { type DateMention } from "./05-dates.js";
import {
  groupReferenceFor,
  SEQUENCE_CUE,
  joinPreviousEvent,
  participantsOf,
  personCountry,
  previousOccurredDay,
  isNegated,
  pluralSubject,
  possessedByPair,
  previousPair,
  countriesOfPair,
  dayLastNamed,
  sameDayCue,
  previousEvent,
  teamsOfPair,
  referBack,
  resumes,
  visitsPerCountry,
  withGatheringOrganisation,
  withOwnCountries,
  sequentialPairs,
  sideClause,
  sideStart,
} from "./events/participants.js";
import { keepsOneSide, speakingGovernment } from "./events/one-sided.js";
import { entitiesOfPlaces, isReckoned, nearestDateMention, placeOf, visitedCountry } from "./events/time-and-place.js";
import { SPECIFICITY, soughtOnly, statusOf, triggerLemma, triggerRules } from "./events/triggers.js";
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
  /**
   * For an undated past event in an article with no publication date, the one year its narrative is set in
   * ("The February 1974 election …" then "their first meeting"); never for a present perfect ("has met").
   * Stage 7 uses it only for an event still undated once its reports are merged.
   */
  narrativeDate?: PartialDate;
  /** Whether the date was reckoned from the publication date ("next week") rather than stated. */
  dateRelative?: boolean;
  /** Later sentences that named more participants of this event; they are evidence too. */
  joinedSentences?: number[];
}

/** Extra entities an event stage creates (a place read off a venue such as "Munich Security Conference"). */
export interface EventStageOutput {
  candidates: EventCandidate[];
  places: { id: string; name: string; iso3: string; sentence: number; start: number; end: number; text: string }[];
}

/** Determiners with which a contact noun refers to an event already reported ("the summit", "their meeting"). */
const DEFINITE = /^(the|this|that|their|his|her|its)$/;

const RECURRING = /^(regular|weekly|monthly|annual|yearly|daily|routine|fortnightly|periodic)$/;

/** Whether a place is a country itself or its capital city. */
function isCountryOrCapital(place: string, resolution: Resolution, places: EventStageOutput["places"]): boolean {
  const recorded = places.find((p) => p.id === place);
  const entity = recorded ? undefined : resolution.entities.find((e) => e.id === place);
  const name = recorded?.name ?? entity?.name;
  const country = countryByIso3((recorded ? `country:${recorded.iso3}` : entity?.countryId ?? "").replace(/^country:/, ""));
  return !!country && !!name && (name === country.name || name === country.capital);
}

/** Token indices covered by places that lie in no one country ("Africa", "the Gulf"): regions a tour can cover. */
function regionTokensOf(sentenceMentions: readonly Mention[], resolution: Resolution): Set<number> {
  const regions = sentenceMentions.filter((m) => {
    if (m.kind !== "PLACE") return false;
    const id = resolution.entityOfMention.get(m);
    return !!id && !resolution.entities.find((e) => e.id === id)?.countryId;
  });
  return new Set(regions.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
}

/** "the summit", "The two-day European Council summit": a definite determiner before the noun's modifiers. */
function isDefinite(tokens: readonly Token[], trigger: number): boolean {
  if (tokens[trigger]!.pos === "VERB") return false;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 7); k--) {
    const token = tokens[k]!;
    if (DEFINITE.test(token.lower)) return true;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(token.pos) && token.text !== "-") return false;
  }
  return false;
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
  // Each sentence's mentions and people, grouped once rather than filtered from the whole article per sentence.
  const mentionsBySentence = groupBySentence(mentions, (m) => m.sentence);
  const personsBySentence = groupBySentence(resolution.personMentions, (p) => p.mention.sentence);

  for (const sentence of sentences) {
    const quotes = quotedRanges(sentence, quoteOpen);
    quoteOpen = quotes.open;
    const inQuote = (offset: number): boolean => quotes.ranges.some(([s, e]) => offset > s && offset < e);
    const sentenceMentions = mentionsBySentence.get(sentence.index) ?? [];
    const persons = personsBySentence.get(sentence.index) ?? [];

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
      const rules = triggerRules(triggerLemma(token));
      const rule = rules?.find((r) => r.pos.includes(token.pos) && (!r.when || r.when(sentence.tokens, i, sentence)));
      return rule ? [{ token, i, rule }] : [];
    });
    // A trigger of this sentence that found no sides: the sentence's names are not for an earlier event.
    let unclaimed = false;
    for (const { token, i, rule } of triggers) {
      // "any negotiations", "no meeting", "such talks": no particular event.
      if (/^(any|no|such|every)$/.test(sentence.tokens[i - 1]?.lower ?? "")) continue;
      // "the regular meeting of backbenchers", "weekly talks": a recurring gathering is no particular contact.
      if (token.pos !== "VERB" && RECURRING.test(sentence.tokens[i - 1]?.lower ?? "")) continue;
      // "called for dialogue with Iran", "urged talks": a contact asked for is not one held or planned.
      if (soughtOnly(sentence.tokens, i)) continue;
      // "did not meet", "was never invited": a negated contact did not happen.
      if (isNegated(sentence.tokens, i)) continue;
      let participants = participantsOf(sentence, i, rule, persons, sentenceMentions, resolution, quoteSpeaker, inQuote, triggers.length > 1);
      if (participants.length < 2 && groupReferenceFor(sentence, token, persons)) participants = previousPair(candidates, sentence.index);
      // "They plan to hold a summit", "Talks will resume next week": the sides of the contact just reported.
      let sidesFrom: EventCandidate | undefined;
      if (participants.length === 0 && (pluralSubject(sentence.tokens, i) || resumes(sentence.tokens, i))) {
        sidesFrom = previousEvent(candidates, sentence.index);
        participants = sidesFrom ? sidesFrom.participants.map((p) => ({ ...p })) : [];
      }
      // "suggested their next meeting": the pair of the contact just reported, with whoever this clause names.
      if (participants.length < 2 && !sidesFrom && possessedByPair(sentence.tokens, i)) {
        const pair = previousEvent(candidates, sentence.index, 2);
        for (const side of pair?.participants ?? []) if (!participants.some((p) => p.entityId === side.entityId)) participants = [...participants, { ...side }];
      }
      // "their teams would begin negotiations", "the two governments will launch a dialogue": the countries of the pair just named.
      if (participants.length < 2 && teamsOfPair(sentence.tokens, i)) {
        const countries = countriesOfPair([...sentenceCandidates, ...candidates.slice().reverse()].find((c) => sentence.index - c.sentence <= 2 && c.participants.length >= 2), resolution);
        if (countries.length >= 2) participants = countries.map((entityId) => ({ entityId, role: "PARTICIPANT" as const }));
      }
      // "the G8 summit", "a meeting of the Commission for Africa": the organisation that gathers is a side.
      participants = withGatheringOrganisation(participants, sentence, i, rule.type, sentenceMentions, resolution);
      // "Brown visited Kenya", "his visit to Tanzania": the country visited is the other side, when it is not the
      // traveller's own. With the traveller's country unknown, only a country or its capital ("travelled to France",
      // "flew to Washington") is taken as abroad, not a town or region of one ("a trip to Cornwall"): news follows
      // its own politicians' trips at home far more often than strangers'.
      if (participants.length === 1 && rule.type === "VISIT") {
        const place = placeOf(sentence, i, sentenceMentions, resolution, places);
        const host = visitedCountry(place, resolution, entitiesOfPlaces(places));
        const own = personCountry(resolution, participants[0]!.entityId);
        const abroad = own ? host !== own : !!place && isCountryOrCapital(place, resolution, places);
        if (host && abroad) participants = [{ ...participants[0]!, role: "VISITOR" }, { entityId: host, role: "HOST" }];
      }
      // "Discussions have begun with Indonesia, but the government said …": the quoted government holds an agentless contact.
      if (!sidesFrom) {
        const government = speakingGovernment(sentence, i, participants, sentenceMentions, resolution);
        if (government) participants = [{ entityId: government, role: "PARTICIPANT" }, ...participants];
      }
      // Sides carried over from an event already reported need no second check.
      if (participants.length < 2 && !sidesFrom) {
        // "The summit almost did not happen": a definite mention refers back to the event already reported.
        const only = participants[0];
        if (isDefinite(sentence.tokens, i) && referBack(candidates, rule.type, sentence.index, nearestDateMention(dates, sentence, token, sentenceMentions), publishedAt)) continue;
        // "met senior union figures", "talks with Croatia", "a summit": one named side and a described other.
        if (!only || !keepsOneSide(sentence, i, rule.type, sideClause(sentence, i, persons, sentenceMentions), sideStart(only.entityId, persons, sentenceMentions, resolution), regionTokensOf(sentenceMentions, resolution))) {
          unclaimed = true;
          continue;
        }
      }
      let status = statusOf(sentence.tokens, i, rule);
      const dateMention = nearestDateMention(dates, sentence, token, sentenceMentions);
      let date = dateMention?.date;
      // "Once he had finished with Putin, Trump phoned …": a sequel happens on the day of what it follows.
      const beforeTrigger = sentence.text.slice(0, token.start - sentence.start);
      if (!date && status === "OCCURRED" && SEQUENCE_CUE.test(beforeTrigger)) date = previousOccurredDay(candidates, sentence.index);
      // "received Kim at the palace that day", "held talks … the same day", "hosted him in the morning": the day last named.
      if (status === "OCCURRED" && sameDayCue(sentence, i, persons, sentenceMentions)) date = dayLastNamed(dates, sentence, token.start) ?? previousOccurredDay(candidates, sentence.index) ?? date;
      // "They also signed a statement": what the same sides did next, undated, belongs to the day just reported.
      // A visit spans days, so only a single sitting (a meeting, summit, call or round of talks) lends its day.
      if (!date && status === "OCCURRED" && sidesFrom?.status === "OCCURRED" && sidesFrom.type !== "VISIT" && sidesFrom.date) date = sidesFrom.date;
      if (date && publishedAt && date.value > publishedAt && status !== "CANCELLED") status = "PLANNED";
      if (date && publishedAt && (date.end ?? date.value) < publishedAt && status === "UNKNOWN") status = "OCCURRED";
      // A call happens on the line: the places around it are the callers', not the call's.
      const place = rule.type === "CALL" ? undefined : placeOf(sentence, i, sentenceMentions, resolution, places);
      // One named side is less sure than two.
      const confidence = Math.min(0.95, 0.55 + (date ? 0.1 : 0) + (place ? 0.05 : 0) + (token.pos === "VERB" ? 0.1 : 0.05) + (status !== "UNKNOWN" ? 0.1 : 0) - (participants.length < 2 ? 0.1 : 0));
      // Negotiations are between states: a person facing a country negotiates for their own ("Trump … negotiations with Moscow").
      if (rule.type === "NEGOTIATION") participants = withOwnCountries(participants, resolution);
      const groups = rule.type === "VISIT" && participants.length <= 2 ? visitsPerCountry(sentence, i, participants, sentenceMentions, resolution) : sequentialPairs(sentence, i, participants, persons);
      for (const group of groups) {
        sentenceCandidates.push({
          type: rule.type,
          status,
          ...(date ? { date, ...(date === dateMention?.date && isReckoned(dateMention) ? { dateRelative: true } : {}) } : {}),
          ...(place ? { placeId: place } : {}),
          participants: group,
          sentence: sentence.index,
          trigger: i,
          triggerText: token.text,
          confidence,
        });
      }
    }
    const kept = absorbJourneys(absorbGenericMeetings(sentenceCandidates), triggers);
    candidates.push(...kept);
    if (kept.length === 0 && !unclaimed) joinPreviousEvent(candidates, sentence, persons, dates, resolution);
  }
  // An article with no publication date has no other anchor: its undated past contacts are set in the year it tells of.
  if (!publishedAt) {
    for (const candidate of candidates) {
      if (candidate.date || candidate.status !== "OCCURRED" || presentPerfect(sentences[candidate.sentence]!.tokens, candidate.trigger)) continue;
      const narrative = narrativeDateAt(dates, candidate.sentence);
      if (narrative) candidate.narrativeDate = narrative;
    }
  }
  return { candidates, places };
}

/** Items by sentence index, each list in the items' original order (as a filter would give it). */
function groupBySentence<T>(items: readonly T[], sentenceOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const index = sentenceOf(item);
    const group = groups.get(index);
    if (group) group.push(item);
    else groups.set(index, [item]);
  }
  return groups;
}

/**
 * The year an undated article is set in: the last date stated with a year ("The February 1974 election")
 * at or before a sentence, when every year stated up to there is that one. Several years ("won in 1997 and
 * 2001") set no single time.
 */
function narrativeDateAt(dates: readonly DateMention[], sentence: number): PartialDate | undefined {
  const stated = dates.filter((d) => d.sentence <= sentence && /\b\d{4}\b/.test(d.text));
  const years = new Set(stated.map((d) => d.date.value.slice(0, 4)));
  return years.size === 1 ? stated.at(-1)?.date : undefined;
}

/** "has met", "have held talks": the present perfect reports a contact as current, not as part of a story told in the past. */
function presentPerfect(tokens: readonly Token[], trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
    const token = tokens[k]!;
    if (token.pos === "PUNCT") return false;
    if (/^(has|have|'ve)$/.test(token.lower) || (token.lower === "'s" && token.pos === "AUX")) return true;
  }
  return false;
}

/**
 * "will travel to Washington to meet Trump", "a trip to Paris for talks": the journey is part of the
 * contact it leads to, which a later trigger in the same sentence reports.
 */
function absorbJourneys(candidates: EventCandidate[], triggers: readonly { i: number; token: { lemma: string } }[]): EventCandidate[] {
  return candidates.filter((candidate) => {
    if (candidate.type !== "VISIT" || !JOURNEY_LEMMAS.test(candidate.triggerText.toLowerCase())) return true;
    return !candidates.some((o) => o !== candidate && o.type !== "VISIT" && o.trigger > candidate.trigger && o.trigger - candidate.trigger <= 10) || !triggers.length;
  });
}

const JOURNEY_LEMMAS = /^(travel|travels|travelled|traveled|travelling|traveling|trip|trips|tour|tours)$/;

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

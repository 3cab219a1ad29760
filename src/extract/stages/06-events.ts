import { placeId, type EventStatus, type EventType, type PartialDate, type Role } from "../../domain/index.js";
import { PLACES, countryByIso3, placesByForm } from "../gazetteer/index.js";
import { type AnalyzedSentence, type Token } from "./02-sentences.js";
import { REPORTING_VERB } from "./reporting-verbs.js";
import { type Mention } from "./03-mentions.js";
import { type Resolution } from "./04-resolve.js";
import { type DateMention } from "./05-dates.js";

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

interface TriggerRule {
  type: EventType;
  /** Parts of speech the lemma must carry (wink's universal tags). */
  pos: readonly string[];
  /** Optional check on the surrounding tokens. */
  when?: (tokens: readonly Token[], i: number, sentence: AnalyzedSentence) => boolean;
  /** Role of the grammatical subject (people before the trigger). */
  subjectRole?: Role;
  /** Role of the people after the trigger. */
  objectRole?: Role;
  /** Verb forms that imply a plan on their own ("invited X to"). */
  planned?: boolean;
}

const NOUN = ["NOUN", "PROPN"] as const;
const VERB = ["VERB"] as const;
const PHONE_CONTEXT = /\b(phone|telephone|video|by phone|video link|videoconference)\b/i;
const AGREEMENT_OBJECTS = /^(agreement|deal|treaty|accord|pact|declaration|statement|memorandum|communique|communiqué|contract|protocol|ceasefire|truce|charter)s?$/;

const nextWord = (tokens: readonly Token[], i: number): string => tokens[i + 1]?.lower ?? "";
const previousWord = (tokens: readonly Token[], i: number): string => tokens[i - 1]?.lower ?? "";

/** Trigger lexicon, keyed by lemma. */
const TRIGGERS: Record<string, TriggerRule[]> = {
  call: [
    // "the call", "calls with", "a phone call" — not "calls for", "call to action", "so-called".
    { type: "CALL", pos: NOUN, when: (t, i) => !/^(for|to|on)$/.test(nextWord(t, i)) && previousWord(t, i) !== "so" },
    // "calling President Zelenskyy", "Trump called Putin": a verb with a named object right after.
    // Not "Putin called Biden an experienced statesman": naming someone something is no call.
    { type: "CALL", pos: VERB, when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") && !/^(for|on|it|off)$/.test(nextWord(t, i)) && !namesSomething(t, i), subjectRole: "INITIATOR" },
  ],
  phone: [{ type: "CALL", pos: VERB, subjectRole: "INITIATOR" }],
  telephone: [{ type: "CALL", pos: VERB, subjectRole: "INITIATOR" }],
  conversation: [{ type: "CALL", pos: NOUN, when: (_t, _i, s) => PHONE_CONTEXT.test(s.text) }],
  speak: [{ type: "CALL", pos: VERB, when: (_t, _i, s) => PHONE_CONTEXT.test(s.text) && !/\bphone call\b|\bcall\b/i.test(s.text) }],
  talk: [
    { type: "CALL", pos: VERB, when: (_t, _i, s) => PHONE_CONTEXT.test(s.text) && !/\bcall\b/i.test(s.text) },
    // "talked for three hours", "talked with Xi at the summit" — in person; "talked about" is not a contact.
    { type: "MEETING", pos: VERB, when: (t, i, s) => !PHONE_CONTEXT.test(s.text) && /^(with|for|at|in|face|privately|together|alone)$/.test(nextWord(t, i)) },
  ],
  shake: [{ type: "MEETING", pos: VERB, when: (t, i) => nextWord(t, i) === "hands" }],
  welcome: [{ type: "MEETING", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") }],
  receive: [{ type: "MEETING", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") }],
  statement: [{ type: "AGREEMENT", pos: NOUN, when: (t, i) => previousWord(t, i) === "joint" }],
  declaration: [{ type: "AGREEMENT", pos: NOUN, when: (t, i) => /^(joint|signed)$/.test(previousWord(t, i)) }],
  meet: [{ type: "MEETING", pos: VERB }],
  meeting: [{ type: "MEETING", pos: NOUN }],
  talks: [{ type: "MEETING", pos: NOUN }],
  summit: [{ type: "SUMMIT", pos: [...NOUN, "ADJ"] }],
  visit: [
    { type: "VISIT", pos: VERB, subjectRole: "VISITOR", objectRole: "HOST" },
    { type: "VISIT", pos: NOUN },
  ],
  host: [{ type: "MEETING", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") || /^(his|her|their)$/.test(nextWord(t, i)) }],
  invite: [{ type: "VISIT", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", planned: true, when: (t) => t.some((x) => x.lower === "to") }],
  negotiate: [{ type: "NEGOTIATION", pos: VERB }],
  negotiation: [{ type: "NEGOTIATION", pos: NOUN }],
  sign: [{ type: "AGREEMENT", pos: VERB, when: (t, i) => t.slice(i + 1, i + 6).some((x) => AGREEMENT_OBJECTS.test(x.lower)) }],
};

/** "called Biden an experienced statesman", "called him a liar": the object is followed by what it is called. */
function namesSomething(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 1;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return /^(a|an|the|his|her|their|"|“)$/.test(tokens[k]?.lower ?? "") || tokens[k]?.pos === "ADJ";
}

/** Lemma fix-ups for words wink leaves inflected. */
function triggerLemma(token: Token): string {
  if (token.lower === "talks") return "talks";
  if (token.lower === "negotiations") return "negotiation";
  if (token.lower === "meetings") return "meeting";
  return token.lemma;
}

/** More specific types absorb a generic MEETING word in the same sentence ("summit meeting", "met … on a visit"). */
const SPECIFICITY: Record<EventType, number> = {
  SUMMIT: 5, VISIT: 4, CALL: 4, NEGOTIATION: 3, AGREEMENT: 3, MEETING: 1, STATEMENT: 0, MILITARY_ACTION: 0, ANNEXATION: 0, OTHER: 0,
};

const PLANNED_MARKERS = /^(will|would|'ll|shall|wo|expected|expect|expects|plan|plans|planned|planning|upcoming|next|scheduled|set|due|intend|intends|hope|hopes|want|wants|organising|organizing|arranging|preparing|propose|proposed|proposes|possible|potential|likely|prospective|future|agreed|agree|agreeing|ready|willing|invite|invited|seek|seeks|seeking|try|trying|could|may|might)$/;
const CANCELLED_MARKERS = /^(cancel|cancels|cancelled|canceled|postponed|postpone|scrapped|called-off|abandoned|shelved)$/;
const ONGOING_MARKERS = /^(ongoing|continuing|under way|underway)$/;
const PAST_AUX = /^(was|were|had|did|has|have)$/;

function statusOf(tokens: readonly Token[], trigger: number, rule: TriggerRule): EventStatus {
  if (rule.planned) return "PLANNED";
  const windowStart = Math.max(0, trigger - 8);
  const window = tokens.slice(windowStart, trigger);
  // Stop at a clause boundary that starts a new statement.
  const boundary = window.map((t) => t.text).lastIndexOf(";");
  const clause = boundary >= 0 ? window.slice(boundary + 1) : window;
  // "A meeting between … was cancelled": the cancellation may come after the participants.
  const stop = tokens.findIndex((t, k) => k > trigger && t.text === ";");
  const after = tokens.slice(trigger + 1, Math.min(trigger + 16, stop < 0 ? tokens.length : stop));
  if ([...clause, ...after].some((t) => CANCELLED_MARKERS.test(t.lower)) || /\bcalled off\b/.test(after.map((t) => t.lower).join(" "))) return "CANCELLED";
  if (clause.some((t) => PLANNED_MARKERS.test(t.lower))) return "PLANNED";
  // "to meet", "to visit": an infinitive names an intention, not a fact.
  if (tokens[trigger]!.pos === "VERB" && tokens[trigger - 1]?.lower === "to" && tokens[trigger - 2]?.pos !== "VERB") return "PLANNED";
  if (clause.some((t) => ONGOING_MARKERS.test(t.lower)) || (/ing$/.test(tokens[trigger]!.lower) && /^(is|are)$/.test(tokens[trigger - 1]?.lower ?? ""))) return "ONGOING";
  // Past: a past auxiliary, or an inflected verb that is neither a gerund nor a third-person present ("shook", "met", "held").
  const past = tokens.some(
    (t) => (t.pos === "VERB" || t.pos === "AUX") && (PAST_AUX.test(t.lower) || (t.lower !== t.lemma && !/ing$/.test(t.lower) && t.lower !== `${t.lemma}s` && t.lower !== `${t.lemma}es`)),
  );
  return past ? "OCCURRED" : "UNKNOWN";
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

/** Words that list who took part in an event reported just before ("the US delegation included …"). */
const PARTICIPATION_CUE = /\b(delegations?|included|including|includes|accompanied|joined|attended|took part|taking part|sat|across the table|alongside|flanked|were present|was present|also present|hosted the|host(s|ed)? the|led the|headed the|welcomed|received|greeted)\b/i;
const HOSTING_CUE = /\b(host(s|ed|ing)?|welcom(ed|es|ing)|receiv(ed|es|ing)|greet(ed|s|ing))\b/i;
/** When a sentence could add people to several recent events, the in-person, more specific one is meant. */
const JOIN_PREFERENCE: Partial<Record<EventType, number>> = { SUMMIT: 5, MEETING: 4, NEGOTIATION: 3, VISIT: 2, AGREEMENT: 1, CALL: 1 };

/**
 * A sentence with no event of its own that lists people with a participation cue adds them to the
 * event reported in the last few sentences: "Rubio led the US delegation …", "Across the table sat Lavrov …".
 */
function joinPreviousEvent(candidates: EventCandidate[], sentence: AnalyzedSentence, persons: Resolution["personMentions"]): void {
  if (persons.length === 0 || !PARTICIPATION_CUE.test(sentence.text)) return;
  const recent = candidates.filter((c) => sentence.index - c.sentence <= 3);
  if (recent.length === 0) return;
  const ids = new Set(persons.map((p) => p.personId));
  const score = (c: EventCandidate): number => c.participants.filter((p) => ids.has(p.entityId)).length * 10 + (JOIN_PREFERENCE[c.type] ?? 0) + c.sentence / 1000;
  const previous = [...recent].sort((a, b) => score(b) - score(a))[0]!;
  const role: Role = HOSTING_CUE.test(sentence.text) ? "HOST" : "PARTICIPANT";
  for (const person of persons) {
    if (!previous.participants.some((p) => p.entityId === person.personId)) previous.participants.push({ entityId: person.personId, role });
  }
  previous.joinedSentences = [...(previous.joinedSentences ?? []), sentence.index];
}

function entitiesOfPlaces(places: EventStageOutput["places"]): Map<string, string> {
  return new Map(places.map((p) => [p.id, `country:${p.iso3}`]));
}

/** The country a visit went to, from its place (a city or the country itself). */
function visitedCountry(placeIdValue: string | undefined, resolution: Resolution, recorded: Map<string, string>): string | undefined {
  if (!placeIdValue) return undefined;
  return resolution.entities.find((e) => e.id === placeIdValue)?.countryId ?? recorded.get(placeIdValue);
}

/**
 * "spoke by phone first with Putin and then with Zelenskyy": one subject, several sides one after
 * another, is one contact per side. Otherwise the participants stay one group.
 */
function sequentialPairs(
  sentence: AnalyzedSentence,
  trigger: number,
  participants: EventCandidate["participants"],
  persons: Resolution["personMentions"],
): EventCandidate["participants"][] {
  const tokens = sentence.tokens;
  const after = tokens.slice(trigger + 1).map((t) => t.lower);
  if (participants.length < 3 || !after.includes("then") || after.filter((w) => w === "with" || w === "to").length < 2) return [participants];
  const subject = persons.find((p) => p.mention.tokenEnd <= trigger && participants.some((x) => x.entityId === p.personId));
  const objects = [...new Set(persons.filter((p) => p.mention.tokenStart > trigger && p.personId !== subject?.personId).map((p) => p.personId))];
  if (!subject || objects.length < 2) return [participants];
  const roleOf = (id: string): Role => participants.find((p) => p.entityId === id)?.role ?? "PARTICIPANT";
  return objects.map((id) => [
    { entityId: subject.personId, role: roleOf(subject.personId) },
    { entityId: id, role: roleOf(id) },
  ]);
}

/** Adds a sentence as evidence to the latest earlier event of the type named; "the summit" upgrades a plain meeting. */
function referBack(candidates: EventCandidate[], type: EventType, sentence: number): void {
  const target = [...candidates].reverse().find((c) => c.sentence < sentence && (c.type === type || (type === "SUMMIT" && c.type === "MEETING")));
  if (!target) return;
  if (type === "SUMMIT") target.type = "SUMMIT";
  target.joinedSentences = [...(target.joinedSentences ?? []), sentence];
}

/** "the two men", "both leaders": the pair of the event just reported. */
const GROUP_REFERENCE = /\b(the two|both)\s+(men|women|leaders|presidents|sides|heads of state|ministers|foreign ministers|countries|governments|delegations|counterparts)\b/i;
const SEQUENCE_CUE = /\b(once|afterwards|afterward|then|later|subsequently|shortly after|hours after|minutes after|after that|the same day|that day|by the end of the day|that evening|that night)\b/i;

function previousPair(candidates: readonly EventCandidate[], sentence: number): EventCandidate["participants"] {
  const previous = [...candidates].reverse().find((c) => c.sentence < sentence && sentence - c.sentence <= 3 && c.participants.length === 2);
  return previous ? previous.participants.map((p) => ({ ...p })) : [];
}

function previousOccurredDay(candidates: readonly EventCandidate[], sentence: number): PartialDate | undefined {
  return [...candidates].reverse().find((c) => c.sentence < sentence && c.status === "OCCURRED" && c.date?.precision === "DAY")?.date;
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

/**
 * The clause around a trigger, as a token range: it ends at ";" or ":", at a reporting verb
 * ("Peskov confirmed | the Trump-Putin call"), and at a comma that does not continue a list of names.
 */
function clauseAround(sentence: AnalyzedSentence, trigger: number, mentionStarts: ReadonlySet<number>, mentionTokens: ReadonlySet<number>): { start: number; end: number } {
  const tokens = sentence.tokens;
  const isBoundary = (k: number): boolean => {
    const token = tokens[k]!;
    if (token.text === ";" || token.text === ":") return true;
    if (REPORTING_VERB.test(token.lower)) return true;
    // "while negotiations went on", "because …": a subordinate clause is another clause.
    if (token.pos === "SCONJ" && /^(while|because|although|though|whereas|if|unless|until|since|when|as)$/.test(token.lower)) return true;
    // "received Kim … and held talks with Trump": a second predicate is another clause (its subject is carried over below).
    if (/^(and|but)$/.test(token.lower) && tokens[k + 1]?.pos === "VERB") return true;
    if (token.text !== ",") return false;
    // "Zelenskyy, who held talks with Erdogan": a relative clause belongs with the name before it.
    if (/^(who|whose|whom)$/.test(tokens[k + 1]?.lower ?? "")) return false;
    // The comma closing an opening phrase ("Once he had finished with Putin, Trump phoned …") ends a clause.
    if (!tokens.slice(0, k).some((t) => t.text === ",") && /^(SCONJ|ADV|ADP|VERB)$/.test(tokens[0]!.pos)) return true;
    // "Zelenskyy, Vice President JD Vance, and Rubio": a comma before a name or "and <name>" continues a list.
    // But a name followed by its own verb starts a clause: ", and President Trump spoke by phone …".
    const next = k + 1;
    const nameAt = /^(and|or)$/.test(tokens[next]?.lower ?? "") ? next + 1 : next;
    if (!mentionStarts.has(nameAt)) return true;
    let after = nameAt;
    while (after < tokens.length && mentionTokens.has(after)) after++;
    return /^(VERB|AUX)$/.test(tokens[after]?.pos ?? "");
  };
  let start = 0;
  for (let k = trigger - 1; k >= 0; k--) {
    if (isBoundary(k)) {
      start = k + 1;
      break;
    }
  }
  let end = tokens.length;
  for (let k = trigger + 1; k < tokens.length; k++) {
    if (isBoundary(k)) {
      end = k;
      break;
    }
  }
  return { start, end };
}

/** Nouns after a country word that make the country a side ("US officials", "the Russian delegation"). */
const SIDE_NOUNS = /^(side|sides|delegation|delegations|government|governments|official|officials|representatives|envoys|delegates|negotiators|team|teams|leaders|leadership|counterparts|diplomats|ministers)$/;

function participantsOf(
  sentence: AnalyzedSentence,
  trigger: number,
  rule: TriggerRule,
  persons: Resolution["personMentions"],
  sentenceMentions: readonly Mention[],
  resolution: Resolution,
  quoteSpeaker: string | undefined,
  inQuote: (offset: number) => boolean,
  otherTriggers: boolean,
): { entityId: string; role: Role }[] {
  const tokens = sentence.tokens;
  const mentionStarts = new Set([...sentenceMentions.map((m) => m.tokenStart), ...persons.map((p) => p.mention.tokenStart)]);
  const mentionTokens = new Set([
    ...sentenceMentions.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)),
    ...persons.flatMap((p) => Array.from({ length: p.mention.tokenEnd - p.mention.tokenStart }, (_, k) => p.mention.tokenStart + k)),
  ]);
  const clause = clauseAround(sentence, trigger, mentionStarts, mentionTokens);
  // A predicate joined by "and"/"but" shares the sentence's subject: the first person named before it.
  const sharedSubject =
    clause.start > 0 && /^(and|but)$/.test(tokens[clause.start - 1]!.lower) ? persons.find((p) => p.mention.tokenEnd <= clause.start - 1) : undefined;
  const inClause = (at: number): boolean => (at >= clause.start && at < clause.end) || at === sharedSubject?.mention.tokenStart;
  // First-person words inside a quote stand for the quote's speaker ("we will begin by calling …").
  const firstPerson = quoteSpeaker
    ? tokens.filter((t) => /^(i|we|me|us)$/.test(t.lower) && t.pos === "PRON" && inQuote(t.start)).map((t) => ({ personId: quoteSpeaker, at: t.i, reporter: false }))
    : [];
  const located = [
    ...persons.map((p) => ({ personId: p.personId, at: p.mention.tokenStart, reporter: isReporter(tokens, p.mention.tokenEnd) })),
    ...firstPerson,
  ];
  const roleFor = (at: number): Role => (at < trigger ? rule.subjectRole : rule.objectRole) ?? "PARTICIPANT";
  const sides = new Map<string, Role>();
  for (const item of located.filter((l) => inClause(l.at)).sort((a, b) => Math.abs(a.at - trigger) - Math.abs(b.at - trigger))) {
    if (!sides.has(item.personId)) sides.set(item.personId, roleFor(item.at));
  }
  // Countries and organisations named as actors in the clause ("Armenia and Azerbaijan held talks", "US officials").
  // Once two people are the sides, a country joins only as an explicit side ("and Chinese officials").
  const twoPeople = sides.size >= 2;
  for (const actor of sentenceMentions) {
    if ((actor.kind !== "COUNTRY" && actor.kind !== "ORGANIZATION") || !inClause(actor.tokenStart)) continue;
    const id = resolution.entityOfMention.get(actor);
    if (!id || sides.has(id) || !isActor(tokens, actor, sentenceMentions)) continue;
    if (twoPeople && !SIDE_NOUNS.test(tokens[actor.tokenEnd]?.lower ?? "")) continue;
    // A person already speaks for their own country.
    if (id.startsWith("country:") && [...sides.keys()].some((p) => personCountry(resolution, p) === id)) continue;
    sides.set(id, roleFor(actor.tokenStart));
  }
  if (sides.size < 2) {
    // Outside the clause only a plain pair will do: the two people the sentence is about, reporters aside,
    // and only when no other trigger in the sentence could claim them.
    const lone = [...sides].map(([entityId, role]) => ({ entityId, role }));
    if (otherTriggers) return lone;
    const pair = new Map<string, Role>();
    for (const item of located.filter((l) => !l.reporter)) if (!pair.has(item.personId)) pair.set(item.personId, roleFor(item.at));
    if (pair.size !== 2) return lone;
    return [...pair].map(([entityId, role]) => ({ entityId, role }));
  }
  const result = [...sides].map(([entityId, role]) => ({ entityId, role }));
  return isOneDelegation(result, resolution) ? [] : result;
}

function isReporter(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  const nextNext = tokens[after + 1];
  return (!!next && REPORTING_VERB.test(next.lower)) || (!!next && /^(also|later|then|had|has)$/.test(next.lower) && !!nextNext && REPORTING_VERB.test(nextNext.lower));
}

/** A country or organisation acting, not a place ("in Russia"), an office's modifier ("Russian President") or an adjective ("US sanctions"). */
function isActor(tokens: readonly Token[], mention: Mention, sentenceMentions: readonly Mention[]): boolean {
  const before = tokens[mention.tokenStart - 1]?.lower ?? "";
  const beforeArticle = before === "the" ? tokens[mention.tokenStart - 2]?.lower ?? "" : before;
  if (/^(in|at|to|from|into|near|across|of|on|over|about|against|without|within|inside|throughout)$/.test(beforeArticle)) return false;
  // "Helsinki, Finland": a country after a place and a comma says where the place is.
  if (before === "," && sentenceMentions.some((o) => o.kind === "PLACE" && o.tokenEnd === mention.tokenStart - 1)) return false;
  const gapTo = (o: Mention): number => o.tokenStart - mention.tokenEnd;
  if (sentenceMentions.some((o) => (o.kind === "OFFICE" && gapTo(o) >= 0 && gapTo(o) <= 2) || (o.kind === "NAME" && gapTo(o) === 0))) return false;
  const next = tokens[mention.tokenEnd];
  if (next && /^\p{Ll}/u.test(next.text) && (next.pos === "NOUN" || next.pos === "ADJ")) return SIDE_NOUNS.test(next.lower);
  return true;
}

/** Three or more people of one country and nobody else: a delegation ("Rubio, Waltz and Witkoff will lead the talks"), not a contact. */
function isOneDelegation(participants: readonly { entityId: string }[], resolution: Resolution): boolean {
  if (participants.length < 3 || participants.some((p) => !p.entityId.startsWith("person:"))) return false;
  const countries = new Set(participants.map((p) => personCountry(resolution, p.entityId)));
  return countries.size === 1 && !countries.has(undefined);
}

function personCountry(resolution: Resolution, personId: string): string | undefined {
  return resolution.entities.find((e) => e.id === personId)?.countryId;
}

/** Light verbs that carry a contact noun ("spoke … in a phone call", "held talks") and so do not end its reach. */
const LIGHT_VERBS = /^(speak|talk|hold|have|make|conduct|be|do)$/;

/**
 * The date of the trigger's own clause: the nearest date that no other verb or subordinate clause
 * separates from it ("the first call … since Trump began his term in January" is not January's call).
 */
function nearestDate(dates: readonly DateMention[], sentence: AnalyzedSentence, trigger: Token, sentenceMentions: readonly Mention[]): PartialDate | undefined {
  const tokens = sentence.tokens;
  const insideMention = (k: number): boolean => sentenceMentions.some((m) => k >= m.tokenStart && k < m.tokenEnd);
  const reachable = (date: DateMention): boolean => {
    const dateStart = tokens.findIndex((t) => t.end > date.start);
    const dateEnd = tokens.findIndex((t) => t.start >= date.end);
    const [from, to] = dateStart > trigger.i ? [trigger.i + 1, dateStart] : [dateEnd < 0 ? tokens.length : dateEnd, trigger.i];
    const between = tokens.slice(from, to).filter((t) => !insideMention(t.i));
    if (between.length > 14) return false;
    const coordinated = between.some((t, k) => t.text === "," && /^(and|but)$/.test(between[k + 1]?.lower ?? ""));
    return !coordinated && between.every((t) => t.pos !== "SCONJ" && t.text !== ";" && (t.pos !== "VERB" || LIGHT_VERBS.test(t.lemma)));
  };
  let candidates = dates.filter((d) => d.sentence === sentence.index && reachable(d));
  if (candidates.length === 0) {
    // "Two days earlier, on Wednesday, X visited Kyiv, and Y spoke by phone with Z": a date in the
    // sentence's opening phrase sets the time of every clause after it.
    const firstComma = tokens.findIndex((t) => t.text === ",");
    const opening = firstComma >= 0 && firstComma <= 8 ? tokens[firstComma]!.end : -1;
    candidates = dates.filter((d) => d.sentence === sentence.index && d.end <= opening && d.end <= trigger.start);
  }
  if (candidates.length === 0) return undefined;
  const distance = (d: DateMention): number => (d.start >= trigger.end ? d.start - trigger.end : (trigger.start - d.end) * 1.5);
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0]!.date;
}

const VENUE_PREPOSITIONS = /^(in|at|to)$/;

/** Where the event happens: a place, capital or country after "in/at/to", or a venue whose name holds a city. */
function placeOf(
  sentence: AnalyzedSentence,
  trigger: number,
  sentenceMentions: readonly Mention[],
  resolution: Resolution,
  places: EventStageOutput["places"],
): string | undefined {
  const tokens = sentence.tokens;
  const isVisit = tokens[trigger]!.lemma === "visit";
  // The venue belongs to this trigger only if no other verb stands between them ("call …, agreeing to end the war in Ukraine").
  const insideMention = (k: number): boolean => sentenceMentions.some((m) => k >= m.tokenStart && k < m.tokenEnd);
  const reachable = (m: Mention): boolean => {
    const [from, to] = m.tokenStart > trigger ? [trigger + 1, m.tokenStart] : [m.tokenEnd, trigger];
    const between = tokens.slice(from, to).filter((t) => !insideMention(t.i));
    if (between.length > (m.tokenStart > trigger ? 8 : 6)) return false;
    return between.every((t) => t.pos !== "VERB" && t.text !== ";");
  };
  const venues = sentenceMentions
    .filter((m) => m.kind === "PLACE" || m.kind === "COUNTRY" || m.kind === "ORGANIZATION")
    .filter((m) => {
      const before = tokens[m.tokenStart - 1]?.lower ?? "";
      const beforeThe = before === "the" ? tokens[m.tokenStart - 2]?.lower ?? "" : before;
      // "visited Washington": the object of a visit is where it happened.
      return VENUE_PREPOSITIONS.test(beforeThe) || (isVisit && (m.tokenStart === trigger + 1 || (before === "the" && m.tokenStart === trigger + 2)));
    })
    .filter((m) => (m.kind !== "COUNTRY" || m.via !== "demonym" || tokens[m.tokenEnd]?.lower === "capital") && reachable(m));
  const ordered = [...venues].sort((a, b) => {
    const da = a.tokenStart > trigger ? a.tokenStart - trigger : (trigger - a.tokenStart) * 3;
    const db = b.tokenStart > trigger ? b.tokenStart - trigger : (trigger - b.tokenStart) * 3;
    return da - db;
  });
  for (const venue of ordered) {
    if (venue.kind === "PLACE") return resolution.entityOfMention.get(venue);
    if (venue.kind === "COUNTRY") {
      const country = countryByIso3(venue.iso3);
      // "to Moscow" names the city, "in Saudi Arabia" the country.
      // "the Ukrainian capital" is the capital city.
      if (venue.via === "demonym" && country?.capital) return recordPlace(places, country.capital, venue.iso3, venue);
      const city = venue.via === "metonym" ? placesByForm().get(venue.text.toLowerCase()) : undefined;
      if (city && city.countryIso3 === venue.iso3) return recordPlace(places, city.name, venue.iso3, venue);
      // A country as a venue is a Place in that country, so every event's AT points at a Place.
      if (venue.via === "name" && country) return recordPlace(places, country.name, venue.iso3, venue);
      continue;
    }
    if (venue.kind === "ORGANIZATION") {
      // "at the Munich Security Conference": the venue's own name says where it is.
      for (const place of PLACES) {
        const at = venue.text.indexOf(place.name);
        if (at >= 0 && place.name.length >= 4 && /^(FORUM|OTHER|INTERGOVERNMENTAL)$/.test(venue.entry.category)) {
          return recordPlace(places, place.name, place.countryIso3, { ...venue, start: venue.start + at, end: venue.start + at + place.name.length, text: place.name });
        }
      }
    }
  }
  return undefined;
}

function recordPlace(
  places: EventStageOutput["places"],
  name: string,
  iso3: string,
  at: { sentence: number; start: number; end: number; text: string },
): string {
  const id = placeId(iso3, name);
  if (!places.some((p) => p.id === id && p.start === at.start)) places.push({ id, name, iso3, sentence: at.sentence, start: at.start, end: at.end, text: at.text });
  return id;
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

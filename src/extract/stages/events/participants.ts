import { type EventType, type PartialDate, type Role } from "../../../domain/index.js";
import { countryByIso3 } from "../../gazetteer/index.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";
import { type Mention } from "../03-mentions/index.js";
import { type Resolution } from "../04-resolve/index.js";
import { type DateMention } from "../05-dates.js";
import { type EventCandidate } from "../06-events.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { aheadOf, isReckoned } from "./time-and-place.js";
import { triggerLemma, triggerRules, type TriggerRule } from "./triggers.js";

/**
 * Who takes part in an event: the people (or, failing two people, the countries and organisations)
 * in the trigger's clause, with the reporter of the event set apart; people named in the next
 * sentences ("Rubio led the US delegation"); "the two leaders" and "the summit" referring back.
 */
/** Words that list who took part in an event reported just before ("the US delegation included …"). */
export const PARTICIPATION_CUE = /\b(delegations?|included|including|includes|accompanied|joined|attended|took part|taking part|sat|across the table|alongside|flanked|were present|was present|also present|hosted the|host(s|ed)? the|led the|headed the|welcomed|received|greeted)\b/i;
export const HOSTING_CUE = /\b(host(s|ed|ing)?|welcom(ed|es|ing)|receiv(ed|es|ing)|greet(ed|s|ing))\b/i;
/** When a sentence could add people to several recent events, the in-person, more specific one is meant. */
export const JOIN_PREFERENCE: Partial<Record<EventType, number>> = { SUMMIT: 5, MEETING: 4, NEGOTIATION: 3, VISIT: 2, AGREEMENT: 1, CALL: 1 };

/**
 * A sentence with no event of its own that lists people with a participation cue adds them to the
 * event reported in the last few sentences: "Rubio led the US delegation …", "Across the table sat Lavrov …".
 */
export function joinPreviousEvent(
  candidates: EventCandidate[],
  sentence: AnalyzedSentence,
  persons: Resolution["personMentions"],
  dates: readonly DateMention[] = [],
  resolution?: Resolution,
): void {
  if (persons.length === 0 || !PARTICIPATION_CUE.test(sentence.text)) return;
  // A visit is between the visitor's country and the host's: a person of a third country is at another event.
  const fits = (c: EventCandidate): boolean => {
    if (c.type !== "VISIT" || !resolution) return true;
    const sides = new Set(countriesOfPair(c, resolution));
    return persons.every((p) => {
      const country = personCountry(resolution, p.personId);
      return !country || sides.has(country);
    });
  };
  const recent = candidates.filter((c) => sentence.index - c.sentence <= 3 && fits(c));
  if (recent.length === 0) return;
  const ids = new Set(persons.map((p) => p.personId));
  const score = (c: EventCandidate): number => c.participants.filter((p) => ids.has(p.entityId)).length * 10 + (JOIN_PREFERENCE[c.type] ?? 0) + c.sentence / 1000;
  const previous = [...recent].sort((a, b) => score(b) - score(a))[0]!;
  const role: Role = HOSTING_CUE.test(sentence.text) ? "HOST" : "PARTICIPANT";
  for (const person of persons) {
    if (!previous.participants.some((p) => p.entityId === person.personId)) previous.participants.push({ entityId: person.personId, role });
  }
  previous.joinedSentences = [...(previous.joinedSentences ?? []), sentence.index];
  // "… will also join the delegation on 27 January": the one date of a sentence that adds people to an undated event is its date.
  const own = dates.filter((d) => d.sentence === sentence.index);
  if (!previous.date && own.length === 1) {
    previous.date = own[0]!.date;
    if (isReckoned(own[0]!)) previous.dateRelative = true;
  }
}

/**
 * "spoke by phone first with Putin and then with Zelenskyy": one subject, several sides one after
 * another, is one contact per side. Otherwise the participants stay one group.
 */
export function sequentialPairs(
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

/**
 * Adds a sentence as evidence to the latest earlier event of the type named, with its date when
 * stated more exactly; "the summit" upgrades a plain meeting. The one side the reference names joins
 * through a participation cue (joinPreviousEvent), not here: "Blinken will travel … to follow up on
 * the talks" does not put Blinken at the talks. Returns whether an event was found.
 */
export function referBack(
  candidates: EventCandidate[],
  type: EventType,
  sentence: number,
  mentioned?: DatedMention,
  publishedAt?: string,
): boolean {
  const target = [...candidates].reverse().find((c) => c.sentence < sentence && (c.type === type || (type === "SUMMIT" && c.type === "MEETING")));
  if (!target) return false;
  if (type === "SUMMIT") target.type = "SUMMIT";
  // "next week's summit" … "The summit begins on 16 December": the stated date beats the reckoned one.
  const date = mentioned && (target.status === "PLANNED" ? { ...mentioned, date: aheadOf(mentioned, publishedAt) } : mentioned);
  if (date && (!target.date || (target.dateRelative && !isReckoned(date)) || PRECISION_RANK[date.date.precision] > PRECISION_RANK[target.date.precision])) {
    target.date = date.date;
    target.dateRelative = isReckoned(date);
  }
  target.joinedSentences = [...(target.joinedSentences ?? []), sentence];
  return true;
}

/** The clause of a trigger (see clauseAround), from the sentence's mentions. */
export function sideClause(sentence: AnalyzedSentence, trigger: number, persons: Resolution["personMentions"], sentenceMentions: readonly Mention[]): { start: number; end: number } {
  const spans = [...sentenceMentions.map((m) => [m.tokenStart, m.tokenEnd] as const), ...persons.map((p) => [p.mention.tokenStart, p.mention.tokenEnd] as const)];
  const starts = new Set(spans.map(([s]) => s));
  const inside = new Set(spans.flatMap(([s, e]) => Array.from({ length: e - s }, (_, k) => s + k)));
  return clauseAround(sentence, trigger, starts, inside);
}

/** Token index where a participant is named in the sentence (a person, country or organisation mention). */
export function sideStart(entityId: string, persons: Resolution["personMentions"], sentenceMentions: readonly Mention[], resolution: Resolution): number | undefined {
  const person = persons.find((p) => p.personId === entityId);
  if (person) return person.mention.tokenStart;
  return sentenceMentions.find((m) => resolution.entityOfMention.get(m) === entityId)?.tokenStart;
}

/** "the two men", "both leaders", "The two had spoken": the pair of the event just reported. */
export const GROUP_REFERENCE = /\b(?:(?:the two|both)\s+(?:men|women|leaders|presidents|sides|heads of state|ministers|foreign ministers|countries|governments|delegations|counterparts)|the two(?=\s+(?:had|have|has|were|are|will|would|did|also|then|later|[a-z]+ed)\b))\b/gi;

/**
 * A group reference that is the trigger's own side: before it with no person named in between
 * ("The two had spoken by phone"), or just after it ("talks between the two leaders"), not the
 * subject of another verb ("The two sides agreed that Blinken would travel").
 */
export function groupReferenceFor(sentence: AnalyzedSentence, trigger: Token, persons: Resolution["personMentions"]): boolean {
  for (const match of sentence.text.matchAll(GROUP_REFERENCE)) {
    const start = sentence.start + match.index!;
    const end = start + match[0].length;
    // "The two injured were flown …": an -ed word followed by a verb is the head noun, not the pair's verb.
    const next = sentence.tokens.find((t) => t.start > end);
    if (/^the two$/i.test(match[0]) && next && /ed$/.test(next.lower) && /^(AUX|VERB)$/.test(sentence.tokens[next.i + 1]?.pos ?? "")) continue;
    if (end <= trigger.start) {
      if (!persons.some((p) => p.mention.start >= end && p.mention.end <= trigger.start)) return true;
    } else if (start - trigger.end <= 24) return true;
  }
  return false;
}
export const SEQUENCE_CUE = /\b(once|afterwards|afterward|then|later|subsequently|shortly after|hours after|minutes after|after that|the same day|that day|by the end of the day|that evening|that night)\b/i;

export function previousPair(candidates: readonly EventCandidate[], sentence: number): EventCandidate["participants"] {
  const recent = [...candidates].reverse().filter((c) => c.sentence < sentence && sentence - c.sentence <= 3 && c.participants.length === 2);
  // "the two men" are people: a pair of people is meant before a pair of countries.
  const previous = recent.find((c) => c.participants.every((p) => p.entityId.startsWith("person:"))) ?? recent[0];
  return previous ? previous.participants.map((p) => ({ ...p })) : [];
}

export function previousOccurredDay(candidates: readonly EventCandidate[], sentence: number): PartialDate | undefined {
  return [...candidates].reverse().find((c) => c.sentence < sentence && c.status === "OCCURRED" && c.date?.precision === "DAY")?.date;
}

/**
 * The clause around a trigger, as a token range: it ends at ";" or ":", at a reporting verb
 * ("Peskov confirmed | the Trump-Putin call"), and at a comma that does not continue a list of names.
 */
/** The opening of a phrase after a contact noun that names its sides ("…, to be led by X", "…, involving both delegations"). */
const EVENT_APPOSITIVE = /^(?:to be |being )?(?:led|headed|chaired|attended|hosted) by\b|^(?:involving|between)\b/;

export function clauseAround(sentence: AnalyzedSentence, trigger: number, mentionStarts: ReadonlySet<number>, mentionTokens: ReadonlySet<number>): { start: number; end: number } {
  const tokens = sentence.tokens;
  const isBoundary = (k: number): boolean => {
    const token = tokens[k]!;
    if (token.text === ";" || token.text === ":") return true;
    if (REPORTING_VERB.test(token.lower)) return true;
    // "while negotiations went on", "because …": a subordinate clause is another clause.
    if (token.pos === "SCONJ" && /^(while|because|although|though|whereas|if|unless|until|since|when|as)$/.test(token.lower)) return true;
    // "received Kim … and held talks with Trump": a second predicate is another clause (its subject is carried over below).
    // "… but also phoned Putin": adverbs may stand before the second predicate's verb.
    if (/^(and|but)$/.test(token.lower)) {
      let v = k + 1;
      while (tokens[v]?.pos === "ADV" && v < k + 3) v++;
      if (tokens[v]?.pos === "VERB") return true;
    }
    if (token.text !== ",") return false;
    // "Follow-up negotiations, to be led by Pompeo and …": a phrase right after a contact noun naming who takes part belongs to it.
    if (k > trigger && k <= trigger + 2 && tokens[trigger]!.pos !== "VERB" && EVENT_APPOSITIVE.test(tokens.slice(k + 1, k + 5).map((t) => t.lower).join(" "))) return false;
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
export const SIDE_NOUNS = /^(side|sides|delegation|delegations|government|governments|official|officials|representatives|envoys|delegates|negotiators|team|teams|leaders|leadership|counterparts|diplomats|ministers)$/;

export function participantsOf(
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
  // "the talks could produce a date for negotiations with Turkey": a side after a later contact noun is that one's.
  const laterNoun = tokens.findIndex((t, k) => k > trigger + 1 && k < clause.end && t.pos === "NOUN" && tokens[trigger]!.pos === "NOUN" && (triggerRules(triggerLemma(t)) ?? []).some((r) => r.pos.includes(t.pos)));
  if (laterNoun > 0) clause.end = laterNoun;
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
  // "The EU has announced that it will start talks with Croatia": "it" is the organisation or country that spoke.
  if (sides.size === 1) {
    const itSubject = tokens.slice(clause.start, trigger).some((t) => t.lower === "it" || t.lower === "they");
    const speaker = itSubject ? speakingActor(tokens, sentenceMentions, resolution) : undefined;
    if (speaker && !sides.has(speaker)) sides.set(speaker, rule.subjectRole ?? "PARTICIPANT");
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

/** A country or organisation that is the subject of a reporting verb ("The EU has also announced …"). */
function speakingActor(tokens: readonly Token[], sentenceMentions: readonly Mention[], resolution: Resolution): string | undefined {
  const actor = sentenceMentions.find((m) => (m.kind === "COUNTRY" || m.kind === "ORGANIZATION") && isReporter(tokens, m.tokenEnd) || ((m.kind === "COUNTRY" || m.kind === "ORGANIZATION") && /^(has|have)$/.test(tokens[m.tokenEnd]?.lower ?? "") && isReporter(tokens, m.tokenEnd + 1)));
  return actor ? resolution.entityOfMention.get(actor) : undefined;
}

export function isReporter(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  const nextNext = tokens[after + 1];
  return (!!next && REPORTING_VERB.test(next.lower)) || (!!next && /^(also|later|then|had|has)$/.test(next.lower) && !!nextNext && REPORTING_VERB.test(nextNext.lower));
}

/** A country or organisation acting, not a place ("in Russia"), an office's modifier ("Russian President") or an adjective ("US sanctions"). */
export function isActor(tokens: readonly Token[], mention: Mention, sentenceMentions: readonly Mention[]): boolean {
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
export function isOneDelegation(participants: readonly { entityId: string }[], resolution: Resolution): boolean {
  if (participants.length < 3 || participants.some((p) => !p.entityId.startsWith("person:"))) return false;
  const countries = new Set(participants.map((p) => personCountry(resolution, p.entityId)));
  return countries.size === 1 && !countries.has(undefined);
}

export function personCountry(resolution: Resolution, personId: string): string | undefined {
  return resolution.entities.find((e) => e.id === personId)?.countryId;
}

type DatedMention = Pick<DateMention, "date" | "relative" | "text">;
const PRECISION_RANK = { YEAR: 1, MONTH: 2, DAY: 3 } as const;

/**
 * "did not meet", "was never invited", "was not invited to the summit": a negation on the trigger's own
 * auxiliaries (a verb), or on the one verb that governs a contact noun across its determiners and
 * prepositions. A comma ends the reach ("Chirac, who was not invited, met Bush"); "not only" is no negation.
 */
export function isNegated(tokens: readonly Token[], trigger: number): boolean {
  const isVerb = tokens[trigger]!.pos === "VERB";
  let verbs = 0;
  for (let k = trigger - 1; k >= Math.max(0, trigger - (isVerb ? 4 : 7)); k--) {
    const token = tokens[k]!;
    if (/^(not|n't|never)$/.test(token.lower)) return tokens[k + 1]?.lower !== "only";
    if (token.pos === "PUNCT" && token.text !== "-") return false;
    if (/^(AUX|ADV|PART)$/.test(token.pos)) continue;
    if (isVerb) return false;
    if (token.pos === "VERB" && ++verbs > 1) return false;
    if (!/^(VERB|DET|ADJ|NOUN|PROPN|NUM|ADP|PRON)$/.test(token.pos)) return false;
  }
  return false;
}

/** "They plan to hold a summit", "we will meet again": a plural pronoun is the subject of the trigger's clause. */
export function pluralSubject(tokens: readonly Token[], trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
    const token = tokens[k]!;
    if (token.text === "," || token.text === ";") return false;
    if (token.pos === "PRON" && /^(they|both)$/.test(token.lower)) return true;
  }
  return false;
}

/** "Talks will resume next week", "negotiations continued on Tuesday": the same sides meet again. */
export function resumes(tokens: readonly Token[], trigger: number): boolean {
  return tokens.slice(trigger + 1, trigger + 4).some((t) => t.pos === "VERB" && /^(resume|reconvene|continue)$/.test(t.lemma));
}

/** The latest contact with named sides reported in the last few sentences. */
export function previousEvent(candidates: readonly EventCandidate[], sentence: number, minimumSides = 1): EventCandidate | undefined {
  return [...candidates].reverse().find((c) => c.sentence < sentence && sentence - c.sentence <= 6 && c.participants.length >= minimumSides);
}

/** "their teams", "both governments", "the two sides' negotiators" just before a contact noun. */
export function teamsOfPair(tokens: readonly Token[], trigger: number): boolean {
  const before = tokens.slice(Math.max(0, trigger - 6), trigger).map((t) => t.lower).join(" ");
  return /\b(their|both|the two)( \w+)? (teams|governments|delegations|sides|countries|negotiators|officials|administrations|nations)\b/.test(before);
}

/** The countries of the people (or the countries) taking part in an event. */
export function countriesOfPair(event: EventCandidate | undefined, resolution: Resolution): string[] {
  if (!event) return [];
  const countries = event.participants.map((p) => (p.entityId.startsWith("country:") ? p.entityId : personCountry(resolution, p.entityId)));
  return [...new Set(countries.filter((c): c is string => !!c))];
}

/**
 * "the G8 summit", "a meeting of the Commission for Africa", "the NATO summit": an organisation naming
 * the gathering (just before the noun, or after "of") takes part in it.
 */
export function withGatheringOrganisation(
  participants: EventCandidate["participants"],
  sentence: AnalyzedSentence,
  trigger: number,
  type: EventType,
  sentenceMentions: readonly Mention[],
  resolution: Resolution,
): EventCandidate["participants"] {
  if ((type !== "SUMMIT" && type !== "MEETING") || sentence.tokens[trigger]!.pos === "VERB") return participants;
  const tokens = sentence.tokens;
  const ofAt = tokens[trigger + 1]?.lower === "of" ? (tokens[trigger + 2]?.lower === "the" ? trigger + 3 : trigger + 2) : -1;
  const organisation = sentenceMentions.find(
    (m) => m.kind === "ORGANIZATION" && (m.tokenEnd === trigger || (m.tokenEnd === trigger - 1 && tokens[trigger - 1]!.pos === "ADJ") || m.tokenStart === ofAt),
  );
  const id = organisation ? resolution.entityOfMention.get(organisation) : undefined;
  if (!id || participants.some((p) => p.entityId === id)) return participants;
  return [...participants, { entityId: id, role: "PARTICIPANT" }];
}

/** Adds the country of each person facing a country side, so negotiations read state to state. */
export function withOwnCountries(participants: EventCandidate["participants"], resolution: Resolution): EventCandidate["participants"] {
  const countries = participants.filter((p) => p.entityId.startsWith("country:")).map((p) => p.entityId);
  if (countries.length === 0) return participants;
  const result = [...participants];
  for (const p of participants) {
    if (!p.entityId.startsWith("person:")) continue;
    const own = personCountry(resolution, p.entityId);
    if (own && !countries.includes(own) && !result.some((r) => r.entityId === own)) result.push({ entityId: own, role: "PARTICIPANT" });
  }
  return result;
}

/**
 * "will visit an orphanage in Tanzania and a school in Mozambique": one visit per country named in
 * the trigger's clause after it, each with the visitor; otherwise the participants stay one group.
 */
export function visitsPerCountry(
  sentence: AnalyzedSentence,
  trigger: number,
  participants: EventCandidate["participants"],
  sentenceMentions: readonly Mention[],
  resolution: Resolution,
): EventCandidate["participants"][] {
  const visitor = participants.find((p) => p.entityId.startsWith("person:"));
  if (!visitor) return [participants];
  const tokens = sentence.tokens;
  const stop = tokens.findIndex((t, k) => k > trigger && (t.text === ";" || t.text === "." || (t.pos === "SCONJ" && k > trigger + 1) || (t.pos === "VERB" && !/ing$/.test(t.lower)) || t.lower === "before" || t.lower === "after"));
  const countries: string[] = [];
  for (const m of sentenceMentions) {
    if (m.tokenStart <= trigger || (stop >= 0 && m.tokenStart >= stop)) continue;
    if (tokens[m.tokenStart - 1]?.lower !== "in" && tokens[m.tokenStart - 1]?.lower !== "to") continue;
    const id = resolution.entityOfMention.get(m);
    const country = m.kind === "COUNTRY" ? id : m.kind === "PLACE" && id ? resolution.entities.find((e) => e.id === id)?.countryId : undefined;
    if (country && country !== personCountry(resolution, visitor.entityId) && !countries.includes(country) && countryByIso3(country.replace(/^country:/, ""))) countries.push(country);
  }
  if (countries.length < 2) return [participants];
  return countries.map((country) => [
    { entityId: visitor.entityId, role: "VISITOR" as Role },
    { entityId: country, role: "HOST" as Role },
  ]);
}

/** Phrases that place a contact on a day named before ("that day", "the same day", "in the morning"). */
const SAME_DAY = /\b(the same day|that day|that morning|that afternoon|that evening|that night|earlier that day|later that day|in the morning|in the afternoon|in the evening)\b/i;

/** A same-day phrase inside the trigger's clause, on either side of it. */
export function sameDayCue(sentence: AnalyzedSentence, trigger: number, persons: Resolution["personMentions"], sentenceMentions: readonly Mention[]): boolean {
  const clause = sideClause(sentence, trigger, persons, sentenceMentions);
  const tokens = sentence.tokens;
  const from = tokens[Math.max(clause.start, trigger - 12)]!.start - sentence.start;
  const to = tokens[Math.min(clause.end, trigger + 14) - 1]!.end - sentence.start;
  return SAME_DAY.test(sentence.text.slice(from, to));
}

/** The last day named (a date of day precision) before a point: earlier in the sentence, or in the three sentences before. */
export function dayLastNamed(dates: readonly DateMention[], sentence: AnalyzedSentence, before: number): PartialDate | undefined {
  const days = dates.filter((d) => d.date.precision === "DAY" && ((d.sentence === sentence.index && d.end <= before) || (d.sentence < sentence.index && sentence.index - d.sentence <= 3)));
  return days.at(-1)?.date;
}

/** "their next meeting", "their first summit": "their" determines the contact noun, across its modifiers. */
export function possessedByPair(tokens: readonly Token[], trigger: number): boolean {
  if (tokens[trigger]!.pos === "VERB") return false;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
    if (tokens[k]!.lower === "their") return true;
    if (!/^(ADJ|NOUN|NUM)$/.test(tokens[k]!.pos) && tokens[k]!.text !== "-") return false;
  }
  return false;
}

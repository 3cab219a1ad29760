import { type EventType, type PartialDate, type Role } from "../../../domain/index.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";
import { type Mention } from "../03-mentions.js";
import { type Resolution } from "../04-resolve.js";
import { type EventCandidate } from "../06-events.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { type TriggerRule } from "./triggers.js";

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
export function joinPreviousEvent(candidates: EventCandidate[], sentence: AnalyzedSentence, persons: Resolution["personMentions"]): void {
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

/** Adds a sentence as evidence to the latest earlier event of the type named; "the summit" upgrades a plain meeting. */
export function referBack(candidates: EventCandidate[], type: EventType, sentence: number): void {
  const target = [...candidates].reverse().find((c) => c.sentence < sentence && (c.type === type || (type === "SUMMIT" && c.type === "MEETING")));
  if (!target) return;
  if (type === "SUMMIT") target.type = "SUMMIT";
  target.joinedSentences = [...(target.joinedSentences ?? []), sentence];
}

/** "the two men", "both leaders": the pair of the event just reported. */
export const GROUP_REFERENCE = /\b(the two|both)\s+(men|women|leaders|presidents|sides|heads of state|ministers|foreign ministers|countries|governments|delegations|counterparts)\b/i;
export const SEQUENCE_CUE = /\b(once|afterwards|afterward|then|later|subsequently|shortly after|hours after|minutes after|after that|the same day|that day|by the end of the day|that evening|that night)\b/i;

export function previousPair(candidates: readonly EventCandidate[], sentence: number): EventCandidate["participants"] {
  const previous = [...candidates].reverse().find((c) => c.sentence < sentence && sentence - c.sentence <= 3 && c.participants.length === 2);
  return previous ? previous.participants.map((p) => ({ ...p })) : [];
}

export function previousOccurredDay(candidates: readonly EventCandidate[], sentence: number): PartialDate | undefined {
  return [...candidates].reverse().find((c) => c.sentence < sentence && c.status === "OCCURRED" && c.date?.precision === "DAY")?.date;
}

/**
 * The clause around a trigger, as a token range: it ends at ";" or ":", at a reporting verb
 * ("Peskov confirmed | the Trump-Putin call"), and at a comma that does not continue a list of names.
 */
export function clauseAround(sentence: AnalyzedSentence, trigger: number, mentionStarts: ReadonlySet<number>, mentionTokens: ReadonlySet<number>): { start: number; end: number } {
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


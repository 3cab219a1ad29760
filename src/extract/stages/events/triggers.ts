import { type EventStatus, type EventType, type Role } from "../../../domain/index.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";
import { REPORTING_VERB } from "../reporting-verbs.js";

/**
 * Contact triggers by lemma and part of speech, and the status a trigger's clause gives its event
 * (tense and modality: "will meet", "is visiting", "was cancelled", "met").
 */
export interface TriggerRule {
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

export const NOUN = ["NOUN", "PROPN"] as const;
export const VERB = ["VERB"] as const;
export const PHONE_CONTEXT = /\b(phone|telephone|video|by phone|video link|videoconference)\b/i;
export const AGREEMENT_OBJECTS = /^(agreement|deal|treaty|accord|pact|declaration|statement|memorandum|communique|communiqué|contract|protocol|ceasefire|truce|charter)s?$/;

export const nextWord = (tokens: readonly Token[], i: number): string => tokens[i + 1]?.lower ?? "";
export const previousWord = (tokens: readonly Token[], i: number): string => tokens[i - 1]?.lower ?? "";

const NEGOTIATED_SUBJECTS = /^(peace|accession|trade|nuclear|ceasefire|truce|settlement|membership|formal|arms|border|security|exit|brexit|climate|debt|hostage|prisoner|coalition)$/;

/** Trigger lexicon, keyed by lemma. */
export const TRIGGERS: Record<string, TriggerRule[]> = {
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
  // "spoke by phone … joining the call": both words report one call; stage 7 merges them.
  speak: [{ type: "CALL", pos: VERB, when: (_t, _i, s) => PHONE_CONTEXT.test(s.text) }],
  talk: [
    { type: "CALL", pos: VERB, when: (_t, _i, s) => PHONE_CONTEXT.test(s.text) },
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
  talks: [
    // "peace talks", "accession talks", "trade talks": talks about a settlement are negotiations.
    { type: "NEGOTIATION", pos: NOUN, when: (t, i) => NEGOTIATED_SUBJECTS.test(previousWord(t, i)) },
    { type: "MEETING", pos: NOUN },
  ],
  // "discussions with the envoys", "trade discussions": like talks. A singular "discussion" is usually a debate, not a contact.
  discussions: [
    { type: "NEGOTIATION", pos: NOUN, when: (t, i) => NEGOTIATED_SUBJECTS.test(previousWord(t, i)) },
    { type: "MEETING", pos: NOUN },
  ],
  dialogue: [{ type: "NEGOTIATION", pos: NOUN, when: (t, i) => !/^(in|of)$/.test(previousWord(t, i)) }],
  dialog: [{ type: "NEGOTIATION", pos: NOUN, when: (t, i) => !/^(in|of)$/.test(previousWord(t, i)) }],
  // "convened a meeting of …", "the leaders convened in Geneva".
  convene: [{ type: "MEETING", pos: VERB, subjectRole: "HOST" }],
  confer: [{ type: "MEETING", pos: VERB, when: (t, i) => nextWord(t, i) === "with" }],
  // "unions will be consulted", "consulted its allies": consultation between sides (PLOVER CONSULT).
  consult: [{ type: "MEETING", pos: VERB }],
  // "his tour of the Gulf", "a three-day trip to Japan": a journey abroad is a visit.
  // Singular only: "tours of Parliament", "trips abroad" are habits, not a journey.
  tour: [{ type: "VISIT", pos: NOUN, when: (t, i) => t[i]!.lower === "tour" && /^(of|to|through)$/.test(nextWord(t, i)) }],
  trip: [{ type: "VISIT", pos: NOUN, when: (t, i) => t[i]!.lower === "trip" && (/^(to|abroad|overseas)$/.test(nextWord(t, i)) || /^(foreign|overseas|official|state)$/.test(previousWord(t, i))) }],
  travel: [{ type: "VISIT", pos: VERB, subjectRole: "VISITOR", objectRole: "HOST", when: (t, i) => nextWord(t, i) === "to" && /^\p{Lu}/u.test(t[i + 2]?.text ?? "") }],
  // "agreed with the Italian minister to fund …": an agreement reached with a named other side on something to do;
  // not "I agree with Smith" or "agreed with the office's assessment", which are opinions.
  agree: [{ type: "AGREEMENT", pos: VERB, when: (t, i) => t[i]!.lower === "agreed" && nextWord(t, i) === "with" && agreedOnSomething(t, i) }],
  summit: [{ type: "SUMMIT", pos: [...NOUN, "ADJ"] }],
  visit: [
    { type: "VISIT", pos: VERB, subjectRole: "VISITOR", objectRole: "HOST" },
    { type: "VISIT", pos: NOUN },
  ],
  host: [{ type: "MEETING", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") || /^(his|her|their)$/.test(nextWord(t, i)) }],
  // "invited Kim to Washington", not "invited the leader to form a government" (an infinitive is no journey).
  invite: [{ type: "VISIT", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", planned: true, when: (t, i) => invitedSomewhere(t, i) }],
  negotiate: [{ type: "NEGOTIATION", pos: VERB }],
  negotiation: [{ type: "NEGOTIATION", pos: NOUN }],
  sign: [{ type: "AGREEMENT", pos: VERB, when: (t, i) => t.slice(i + 1, i + 6).some((x) => AGREEMENT_OBJECTS.test(x.lower)) }],
};

const TRIGGER_RULES: ReadonlyMap<string, readonly TriggerRule[]> = new Map(Object.entries(TRIGGERS));

/**
 * "agreed with Minister X to push ahead", "agreed with X on a plan": a capitalised name, then "to <verb>" or
 * "on" a deal noun. "agreed with X that …" and "agreed with X on the need for …" share an opinion; no deal is made.
 */
export function agreedOnSomething(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 2;
  while (k < tokens.length && k <= verb + 8 && (/^\p{Lu}/u.test(tokens[k]!.text) || /^(the|a|an)$/.test(tokens[k]!.lower) || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NOUN")) {
    if (/^('s|’s)$/.test(tokens[k]!.lower)) return false;
    k++;
  }
  const named = tokens.slice(verb + 2, k).some((t) => /^\p{Lu}/u.test(t.text));
  const next = tokens[k];
  if (!named || !next) return false;
  if (next.lower === "to") return tokens[k + 1]?.pos === "VERB";
  // "on a plan", "on a new deal": the object of "on", across its determiner and modifiers, is something agreed.
  if (next.lower !== "on") return false;
  let o = k + 1;
  while (o < tokens.length && o <= k + 4 && /^(DET|ADJ|NUM)$/.test(tokens[o]!.pos)) o++;
  return DEAL_NOUNS.test(tokens[o]?.lower ?? "");
}

/** What two sides agree on when they make a deal ("agreed with X on a plan"), as opposed to a view ("on the need for"). */
const DEAL_NOUNS = /^(plan|plans|deal|deals|accord|agreement|package|framework|roadmap|road-map|timetable|programme|program|proposal|proposals|settlement|compromise|terms|arrangement|measures|strategy|text)$/;

/**
 * "called for dialogue with Iran", "urged fresh talks", "appeals for negotiations": a contact one side asks
 * for is neither held nor agreed. The asking word governs the noun across determiners and modifiers.
 */
export function soughtOnly(tokens: readonly Token[], trigger: number): boolean {
  if (tokens[trigger]!.pos === "VERB") return false;
  let k = trigger - 1;
  while (k >= 0 && k >= trigger - 5 && (/^(DET|ADJ|NUM|NOUN)$/.test(tokens[k]!.pos) || tokens[k]!.text === "-")) k--;
  const word = tokens[k];
  if (!word) return false;
  if (/^(urge|urges|urged|urging|demand|demands|demanded|demanding)$/.test(word.lower)) return true;
  return word.lower === "for" && /^(call|calls|called|calling|appeal|appeals|appealed|appealing|press|presses|pressed|pressing|push|pushes|pushed|pushing|plead|pleads|pleaded|pleading|ask|asks|asked|asking)$/.test(tokens[k - 1]?.lower ?? "");
}

/** "invited X to Beijing", "invited X for talks": the first "to" after the verb opens a destination, not an infinitive. */
export function invitedSomewhere(tokens: readonly Token[], verb: number): boolean {
  const to = tokens.findIndex((t, k) => k > verb && k <= verb + 8 && /^(to|for)$/.test(t.lower));
  if (to < 0) return false;
  const next = tokens[to + 1];
  return !!next && next.pos !== "VERB" && next.pos !== "AUX";
}

/** "called Biden an experienced statesman", "called him a liar": the object is followed by what it is called. */
export function namesSomething(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 1;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return /^(a|an|the|his|her|their|"|“)$/.test(tokens[k]?.lower ?? "") || tokens[k]?.pos === "ADJ";
}

/** The rules of a trigger lemma; a Map, so a word such as "constructor" finds no Object.prototype member. */
export function triggerRules(lemma: string): readonly TriggerRule[] | undefined {
  return TRIGGER_RULES.get(lemma);
}

/** Lemma fix-ups for words wink leaves inflected. */
export function triggerLemma(token: Token): string {
  if (token.lower === "talks") return "talks";
  if (token.lower === "negotiations") return "negotiation";
  if (token.lower === "meetings") return "meeting";
  if (token.lower === "discussions") return "discussions";
  return token.lemma;
}

/** More specific types absorb a generic MEETING word in the same sentence ("summit meeting", "met … on a visit"). */
export const SPECIFICITY: Record<EventType, number> = {
  SUMMIT: 5, VISIT: 4, CALL: 4, NEGOTIATION: 3, AGREEMENT: 3, MEETING: 1, STATEMENT: 0, MILITARY_ACTION: 0, ANNEXATION: 0, OTHER: 0,
};

export const PLANNED_MARKERS = /^(will|would|'ll|shall|wo|expected|expect|expects|plan|plans|planned|planning|upcoming|next|scheduled|set|due|intend|intends|hope|hopes|want|wants|organising|organizing|arranging|preparing|propose|proposed|proposes|possible|potential|likely|prospective|future|agreed|agree|agreeing|ready|willing|invite|invited|seek|seeks|seeking|try|trying|could|may|might)$/;
export const CANCELLED_MARKERS = /^(cancel|cancels|cancelled|canceled|postponed|postpone|scrapped|called-off|abandoned|shelved)$/;
export const ONGOING_MARKERS = /^(ongoing|continuing|under way|underway)$/;
export const PAST_AUX = /^(was|were|had|did|has|have)$/;

/** The noun's own modal or future predicate ("talks will resume", "negotiations would begin", "talks, to be led by …, are to take place"). */
const FUTURE_PREDICATE = /^(?:will|would|'ll|shall|(?:is|are) (?:due|set|expected|scheduled) to|(?:is|are) to (?:take place|be held|begin|start|resume|open)|to be (?:led|held|chaired|hosted|headed) by)\b/;
/** A future time ("next week", "tomorrow"), which dates a verb's contact as much as a noun's. */
const FUTURE_TIME = /^(?:next (?:week|month|year|spring|summer|autumn|winter)|tomorrow|later this (?:week|month|year))\b/;
/** Words after a comma that continue the noun's own phrase ("talks, which …", "talks, to be led by …", "talks, involving …"). */
const NOUN_PHRASE_GOES_ON = /^(which|to|involving|between|led|headed|chaired|being)$/;

/**
 * A plan stated after the trigger, within the trigger's own clause. For a contact noun its modal or
 * future predicate ("talks will resume"); for a verb only a future time ("is travelling to Paris next week"):
 * "met Chirac and said Britain would help" puts the modal in another predicate. The clause ends at ";" or
 * ":", a comma that does not continue the noun's phrase, a relative "who", a reporting verb, "and"/"but"
 * before anything but a name, and a past-tense verb ("talks ended … and a deal would follow").
 */
function plannedAfter(tokens: readonly Token[], trigger: number): boolean {
  const isNoun = tokens[trigger]!.pos !== "VERB";
  const after = withoutAsides(tokens.slice(trigger + 1, trigger + 16)).slice(0, 10);
  for (let k = 0; k < after.length; k++) {
    const rest = after.slice(k).map((t) => t.lower).join(" ");
    if (FUTURE_TIME.test(rest) || (isNoun && FUTURE_PREDICATE.test(rest))) return true;
    const token = after[k]!;
    const next = after[k + 1];
    if (/^[;:.]$/.test(token.text) || REPORTING_VERB.test(token.lower)) return false;
    if (token.text === "," && !NOUN_PHRASE_GOES_ON.test(next?.lower ?? "")) return false;
    if (/^(who|whom|whose|where)$/.test(token.lower)) return false;
    if (/^(and|but|or)$/.test(token.lower) && !/^\p{Lu}/u.test(next?.text ?? "") && !(next?.lower === "the" && /^\p{Lu}/u.test(after[k + 2]?.text ?? ""))) return false;
    if (token.pos === "VERB" && token.lower !== token.lemma && !/ing$/.test(token.lower) && token.lower !== `${token.lemma}s` && token.lower !== `${token.lemma}es` && !/^(AUX)$/.test(after[k - 1]?.pos ?? "")) return false;
  }
  return false;
}
/** "opened a week-long visit", "on the second day of his tour": an event that has begun and goes on. */
const STARTED_BEFORE = /(?:^| )(?:opened|opening|began|begun|beginning|started|starting|kicked off|launched|launching|(?:first|second|third|fourth|fifth|sixth|seventh|last|final|\d+(?:st|nd|rd|th)) day of)$/;

/**
 * Whether the word that governs a contact noun starts it: only determiners, possessives and modifiers
 * between them ("opened a week-long visit", "the third day of his tour"). "Since the war began, X has held
 * talks" starts the war, not the talks.
 */
function startedBefore(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger - 1;
  while (k >= 0 && k >= trigger - 6 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^(his|her|their|its|our|my|-)$/.test(tokens[k]!.lower))) k--;
  if (k < 0) return false;
  return STARTED_BEFORE.test(tokens.slice(Math.max(0, k - 3), k + 1).map((t) => t.lower).join(" "));
}
/** "discussions have begun", "talks are taking place", "negotiations are continuing". */
const STARTED_AFTER = /^(?:[^ ]+ )?(?:have|has) (?:begun|started|opened|resumed)\b|^(?:[^ ]+ )?(?:is|are|were|was) (?:taking place|under way|underway|continuing|going on)\b|^(?:[^ ]+ )?(?:continue|continues)\b/;

/** Tokens with dash-delimited asides left out ("the summit – chaired by the prime minister – will …"). */
function withoutAsides(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let inside = false;
  for (const token of tokens) {
    if (/^[-–—]$/.test(token.text)) inside = !inside;
    else if (!inside) kept.push(token);
  }
  return inside ? [...tokens] : kept;
}

/** "to open formal talks", "to hold a summit": an infinitive verb, then only determiners and modifiers, then the noun. */
function infinitiveBefore(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger - 1;
  while (k >= 0 && k >= trigger - 4 && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos) && tokens[k]!.lower !== "to") k--;
  return tokens[k]?.pos === "VERB" && tokens[k]!.lemma === tokens[k]!.lower && tokens[k - 1]?.lower === "to";
}

/** "arrives in Indonesia for a special summit": "for" before the noun, and a present-tense verb of the clause before it. */
function forAGathering(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger - 1;
  while (k >= 0 && k >= trigger - 4 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k--;
  if (tokens[k]?.lower !== "for") return false;
  const verbs = tokens.slice(Math.max(0, k - 10), k).filter((t) => t.pos === "VERB");
  const verb = verbs.at(-1);
  return !!verb && (verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es` || (/ing$/.test(verb.lower) && /^(is|are)$/.test(tokens[verb.i - 1]?.lower ?? "")));
}

export function statusOf(tokens: readonly Token[], trigger: number, rule: TriggerRule): EventStatus {
  if (rule.planned) return "PLANNED";
  const windowStart = Math.max(0, trigger - 8);
  const window = tokens.slice(windowStart, trigger);
  // Stop at a clause boundary that starts a new statement: ";", the reporting verb that opens a reported clause,
  // or a comma closing an aside ("Chirac, who was not invited, met Bush": the plan word is the aside's).
  const boundary = Math.max(window.map((t) => t.text).lastIndexOf(";"), window.map((t) => t.text).lastIndexOf(","), ...window.map((t, k) => (REPORTING_VERB.test(t.lower) ? k : -1)));
  const clause = boundary >= 0 ? window.slice(boundary + 1) : window;
  // "A meeting between … was cancelled": the cancellation may come after the participants.
  const stop = tokens.findIndex((t, k) => k > trigger && t.text === ";");
  const after = tokens.slice(trigger + 1, Math.min(trigger + 16, stop < 0 ? tokens.length : stop));
  // After the trigger, only a passive cancels it ("a meeting … was cancelled"); "called off its plan" has its own object.
  const afterText = after.map((t) => t.lower).join(" ");
  if (clause.some((t) => CANCELLED_MARKERS.test(t.lower)) || /\b(was|were|been|is|are|be)( \w+)? (cancel+ed|canceled|postponed|scrapped|abandoned|shelved|called off)\b/.test(afterText)) return "CANCELLED";
  if (clause.some((t) => PLANNED_MARKERS.test(t.lower))) return "PLANNED";
  // "to meet", "to visit": an infinitive names an intention, not a fact.
  if (tokens[trigger]!.pos === "VERB" && tokens[trigger - 1]?.lower === "to" && tokens[trigger - 2]?.pos !== "VERB") return "PLANNED";
  const isNoun = tokens[trigger]!.pos !== "VERB";
  // "the deal to open formal talks", "a plan to hold a summit": the noun is the object of an intended act.
  if (isNoun && infinitiveBefore(tokens, trigger)) return "PLANNED";
  // "talks … will begin next week", "is travelling to Paris next week": the time or modal after the trigger.
  if (plannedAfter(tokens, trigger)) return "PLANNED";
  // "on the eve of a summit", "ahead of the talks": the gathering is still to come.
  if (isNoun && /\b(ahead of|on the eve of|in the run-up to|in the lead-up to|in preparation for)(?: \S+){0,5}$/.test(window.map((t) => t.lower).join(" "))) return "PLANNED";
  // "arrives in Jakarta for a summit": travel reported in the present precedes the gathering it is for.
  if (isNoun && forAGathering(tokens, trigger)) return "PLANNED";
  if (isNoun && (startedBefore(tokens, trigger) || STARTED_AFTER.test(after.slice(0, 4).map((t) => t.lower).join(" ")))) return "ONGOING";
  if (clause.some((t) => ONGOING_MARKERS.test(t.lower)) || (/ing$/.test(tokens[trigger]!.lower) && /^(is|are)$/.test(tokens[trigger - 1]?.lower ?? ""))) return "ONGOING";
  // Past: a past auxiliary, or an inflected verb that is neither a gerund nor a third-person present ("shook", "met", "held").
  const past = tokens.some(
    (t) => (t.pos === "VERB" || t.pos === "AUX") && (PAST_AUX.test(t.lower) || (t.lower !== t.lemma && !/ing$/.test(t.lower) && t.lower !== `${t.lemma}s` && t.lower !== `${t.lemma}es`)),
  );
  if (past) return "OCCURRED";
  // "He will tour the region before chairing a meeting": a modal of the sentence's main clause, far back, with no past verb between.
  for (let k = windowStart - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || ((t.pos === "VERB" || t.pos === "AUX") && t.lower !== t.lemma && !/ing$/.test(t.lower) && t.lower !== `${t.lemma}s`)) break;
    if (/^(will|'ll|shall)$/.test(t.lower)) return "PLANNED";
  }
  return "UNKNOWN";
}


import { type EventStatus, type EventType, type Role } from "../../../domain/index.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";

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
  talks: [
    // "peace talks", "accession talks", "trade talks": talks about a settlement are negotiations.
    { type: "NEGOTIATION", pos: NOUN, when: (t, i) => NEGOTIATED_SUBJECTS.test(previousWord(t, i)) },
    { type: "MEETING", pos: NOUN },
  ],
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
export function namesSomething(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 1;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return /^(a|an|the|his|her|their|"|“)$/.test(tokens[k]?.lower ?? "") || tokens[k]?.pos === "ADJ";
}

/** Lemma fix-ups for words wink leaves inflected. */
export function triggerLemma(token: Token): string {
  if (token.lower === "talks") return "talks";
  if (token.lower === "negotiations") return "negotiation";
  if (token.lower === "meetings") return "meeting";
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

export function statusOf(tokens: readonly Token[], trigger: number, rule: TriggerRule): EventStatus {
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


import { type EventType, type Role } from "../../../domain/index.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";

/**
 * Contact predicates by lemma and part of speech, with the sense checks that keep naming ("an
 * Austrian called Jane Roe", "so-called"), reaching ("met the target") and asking ("called for talks")
 * out. PETRARCH's CAMEO verb dictionary (04x consult, 05x diplomatic cooperation) is the model: a verb
 * counts only with the arguments that make it a contact.
 */
export interface TriggerRule {
  type: EventType;
  /** Parts of speech the lemma must carry (wink's universal tags). */
  pos: readonly string[];
  /** A check on the surrounding tokens; the rule applies only when it holds. */
  when?: (tokens: readonly Token[], i: number, sentence: AnalyzedSentence) => boolean;
  /** Role of the subject's parties. */
  subjectRole?: Role;
  /** Role of the object's parties. */
  objectRole?: Role;
  /** The verb itself states a plan ("invited Roe to Oslo"). */
  planned?: boolean;
}

const NOUN = ["NOUN", "PROPN"] as const;
const VERB = ["VERB"] as const;
export const PHONE_CONTEXT = /\b(phone|telephone|video call|by phone|video link|videoconference|phoned|over the phone)\b/i;
const AGREEMENT_OBJECTS = /^(agreement|deal|treaty|accord|pact|declaration|memorandum|communique|communiqué|protocol|ceasefire|truce|charter|statement)s?$/;
const NEGOTIATED_SUBJECTS = /^(peace|accession|trade|nuclear|ceasefire|truce|settlement|membership|formal|arms|border|security|exit|brexit|climate|debt|hostage|prisoner|denuclearization|denuclearisation)$/;

const next = (t: readonly Token[], i: number, n = 1): string => t[i + n]?.lower ?? "";
const previous = (t: readonly Token[], i: number, n = 1): string => t[i - n]?.lower ?? "";
const capitalisedAfter = (t: readonly Token[], i: number): boolean => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") || /^(him|her|them|his|the)$/.test(next(t, i));

/**
 * "met the target", "met his goal", "meeting that deadline", "met the criteria": meeting a thing is reaching it.
 * The object after the verb (over determiners and modifiers) decides.
 */
const REACHED = /^(target|targets|goal|goals|deadline|deadlines|criteria|criterion|standard|standards|requirement|requirements|demand|demands|expectations|obligations|needs|need|threshold|challenge|cost|costs|fate|end|death|approval|resistance|opposition|criticism|condition|conditions|test|quota|benchmark|objective|objectives|rule|match|maker|halfway|eye)$/;
function meetsAThing(t: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < t.length && k <= i + 5 && /^(DET|ADJ|NUM|PRON)$/.test(t[k]!.pos) && !/^(him|her|them|me|us)$/.test(t[k]!.lower)) k++;
  return REACHED.test(t[k]?.lower ?? "");
}

/** "Putin called Biden a killer", "an Austrian called Jane Roe": naming someone something, not a call. */
const CALLED_TITLE = /^(president|minister|chancellor|premier|leader|king|queen|emir|counterpart|counterparts|secretary|ambassador|envoy|pope|administration|government)$/;

/** The capitalised object after the verb ends in a possessive ("welcomed Tony Blair's decision"): a thing, not a person. */
function possessiveObject(t: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < t.length && /^\p{Lu}/u.test(t[k]!.text)) k++;
  return /^('s|’s|'|’)$/.test(t[k]?.lower ?? "");
}

function namesSomething(t: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < t.length && /^\p{Lu}/u.test(t[k]!.text)) k++;
  // "called the British prime minister", "called his counterpart": a title after the determiner is someone phoned.
  // ("called the president a liar" still names.)
  const title = k === i + 1 && /^(the|his|her|their)$/.test(t[k]?.lower ?? "") ? t.slice(k + 1, k + 5).find((x) => CALLED_TITLE.test(x.lower)) : undefined;
  // "called the leader back to Downing Street", "called the minister in" summon someone.
  // ("called the government to ask for talks": a call with its purpose.)
  if (title) return /^(a|an|"|“|‘|back|to|in|into|out|over)$/.test(t[title.i + 1]?.lower ?? "") && !(t[title.i + 1]?.lower === "to" && t[title.i + 2]?.pos === "VERB");
  if (/^(a|an|the|his|her|their|"|“)$/.test(t[k]?.lower ?? "") || t[k]?.pos === "ADJ") return true;
  // "so-called".
  if (t[i - 1]?.text === "-" && t[i - 2]?.lower === "so") return true;
  // "a man called Roe", "a group called …", "a young Ruritanian called Roe": a noun phrase right before "called" is named by it.
  if (t[i]!.lower !== "called") return false;
  if (/^(NOUN|PROPN)$/.test(t[i - 1]?.pos ?? "") && !/^\p{Lu}/u.test(t[i - 1]?.text ?? "")) return true;
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    if (/^(a|an)$/.test(t[j]!.lower)) return true;
    if (!/^(ADJ|NOUN|PROPN)$/.test(t[j]!.pos)) return false;
  }
  return false;
}

/** What two sides agree on when they make a deal ("on a plan"), as opposed to a view ("on the need for"). */
const DEAL_NOUNS = /^(plan|plans|deal|deals|accord|agreement|package|framework|roadmap|timetable|programme|program|proposal|proposals|settlement|compromise|terms|arrangement|measures|strategy|text)$/;

/** After "agreed with" and a capitalised name: "to" and a verb, or "on" and a deal noun. */
function agreedOnSomething(t: readonly Token[], verb: number): boolean {
  let k = verb + 2;
  while (k < t.length && k <= verb + 8 && (/^\p{Lu}/u.test(t[k]!.text) || /^(the|a|an)$/.test(t[k]!.lower) || t[k]!.pos === "ADJ" || t[k]!.pos === "NOUN")) {
    if (/^('s|’s)$/.test(t[k]!.lower)) return false;
    k++;
  }
  const named = t.slice(verb + 2, k).some((x) => /^\p{Lu}/u.test(x.text));
  const after = t[k];
  if (!named || !after) return false;
  if (after.lower === "to") return t[k + 1]?.pos === "VERB";
  if (after.lower !== "on") return false;
  let o = k + 1;
  while (o < t.length && o <= k + 4 && /^(DET|ADJ|NUM)$/.test(t[o]!.pos)) o++;
  return DEAL_NOUNS.test(t[o]?.lower ?? "");
}

export const TRIGGERS: ReadonlyMap<string, readonly TriggerRule[]> = new Map(
  Object.entries({
    call: [
      // "the call", "a phone call", "calls with" — not "calls for", "call to action", "so-called", "close call".
      { type: "CALL", pos: NOUN, when: (t, i) => !/^(for|to|on|of|up|out)$/.test(next(t, i)) && !/^(so|close|wake-up|judgment|judgement|roll|curtain|casting|last|final|tough|hard|easy|right|wrong|his|her|my|your|our|the)$/.test(previous(t, i)) || (/^(his|her|the|their|our)$/.test(previous(t, i)) && !/^(for|to|on|of|up|out)$/.test(next(t, i))) },
      // "Roe called Doe", "calling President Doe" — a named object, not "called for", "called on", "called off", naming.
      { type: "CALL", pos: VERB, when: (t, i) => capitalisedAfter(t, i) && !/^(for|on|it|off|out|up|back|upon)$/.test(next(t, i)) && !namesSomething(t, i), subjectRole: "INITIATOR" },
    ],
    phone: [{ type: "CALL", pos: VERB, subjectRole: "INITIATOR" }],
    telephone: [{ type: "CALL", pos: VERB, subjectRole: "INITIATOR" }],
    conversation: [{ type: "CALL", pos: NOUN, when: (_t, _i, s) => PHONE_CONTEXT.test(s.text) }],
    speak: [{ type: "CALL", pos: VERB, when: (t, i, s) => PHONE_CONTEXT.test(s.text) && /^(with|to|by|over|on|again|separately|for)$/.test(next(t, i)) }],
    talk: [
      { type: "CALL", pos: VERB, when: (t, i, s) => PHONE_CONTEXT.test(s.text) && /^(with|to|by|over)$/.test(next(t, i)) },
      // "talked with Doe", and "Roe and Doe talked for three hours" (two sides are still needed: "Roe talked about trade" is none).
      { type: "MEETING", pos: VERB, when: (t, i, s) => !PHONE_CONTEXT.test(s.text) && (/^(with|face)$/.test(next(t, i)) || (t[i]!.lower === "talked" && /^(for|at|in|privately|behind|again|late|until|through|on)$/.test(next(t, i)) && t.slice(Math.max(0, i - 8), i).some((x) => x.lower === "and"))) },
    ],
    shake: [{ type: "MEETING", pos: VERB, when: (t, i) => next(t, i) === "hands" }],
    // "greeted each other", "greeted Roe at the airport".
    greet: [{ type: "MEETING", pos: VERB, when: (t, i) => capitalisedAfter(t, i) || /^(each|one)$/.test(next(t, i)) }],
    // "sat down with Roe", "Roe and Doe sat down together".
    sit: [{ type: "MEETING", pos: VERB, when: (t, i) => next(t, i) === "down" && /^(with|together|for|on|,|\.|$)/.test(next(t, i, 2)) }],
    // "Roe and Doe conferred on Tuesday", "conferred with Doe" (never "conferred an honour on").
    confer: [{ type: "MEETING", pos: VERB, when: (t, i) => !/^(on|upon)$/.test(next(t, i, 2)) && !/^(DET|NOUN|ADJ)$/.test(t[i + 1]?.pos ?? "") || next(t, i) === "with" }],
    dinner: [{ type: "MEETING", pos: NOUN, when: (t, i) => next(t, i) === "with" }],
    lunch: [{ type: "MEETING", pos: NOUN, when: (t, i) => next(t, i) === "with" }],
    breakfast: [{ type: "MEETING", pos: NOUN, when: (t, i) => next(t, i) === "with" }],
    // "welcomed Roe to Oslo" — not "welcomed Roe's decision" (praise).
    welcome: [{ type: "MEETING", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") && t[i]!.lower !== "welcome" && !possessiveObject(t, i) }],
    receive: [{ type: "MEETING", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") }],
    host: [{ type: "MEETING", pos: VERB, subjectRole: "HOST", objectRole: "VISITOR", when: (t, i) => /^\p{Lu}/u.test(t[i + 1]?.text ?? "") }],
    meet: [{ type: "MEETING", pos: VERB, when: (t, i) => !meetsAThing(t, i) && !/^(up|halfway)$/.test(next(t, i)) && !metOnArrival(t, i) }],
    meeting: [{ type: "MEETING", pos: NOUN, when: (t, i) => !/^(of)$/.test(next(t, i)) || /^\p{Lu}/u.test(t[i + 2]?.text ?? "") || next(t, i, 2) === "the" }],
    talks: [
      { type: "NEGOTIATION", pos: NOUN, when: (t, i) => NEGOTIATED_SUBJECTS.test(previous(t, i)) },
      { type: "MEETING", pos: NOUN },
    ],
    dialogue: [{ type: "NEGOTIATION", pos: NOUN, when: (t, i) => /^(with|between)$/.test(next(t, i)) }],
    // "discussions with US officials", "trade discussions": like talks (a singular "discussion" is a debate).
    discussions: [
      { type: "NEGOTIATION", pos: NOUN, when: (t, i) => NEGOTIATED_SUBJECTS.test(previous(t, i)) },
      { type: "MEETING", pos: NOUN },
    ],
    // "arrived in Hanoi on Tuesday": arriving in a foreign place is a visit (the host is the place's country).
    arrive: [{ type: "VISIT", pos: VERB, subjectRole: "VISITOR", objectRole: "HOST", when: (t, i) => /^(in|at)$/.test(next(t, i)) && /^\p{Lu}/u.test(t[i + 2]?.text ?? "") }],
    // "travelled to Washington", "is travelling to Japan next week": a journey to a place is a visit.
    travel: [{ type: "VISIT", pos: VERB, subjectRole: "VISITOR", objectRole: "HOST", when: (t, i) => next(t, i) === "to" && /^\p{Lu}/u.test(t[i + 2]?.text ?? "") }],
    negotiate: [{ type: "NEGOTIATION", pos: VERB, when: (t, i) => /^(with)$/.test(next(t, i)) || /^\p{Lu}/u.test(t[i + 1]?.text ?? "") }],
    negotiation: [{ type: "NEGOTIATION", pos: NOUN }],
    summit: [{ type: "SUMMIT", pos: [...NOUN, "ADJ"] }],
    visit: [
      // Not "visiting Chinese President Xi": the participle there describes the visitor of another event.
      { type: "VISIT", pos: VERB, subjectRole: "VISITOR", objectRole: "HOST", when: (t, i) => !(t[i]!.lower === "visiting" && /^\p{Lu}/u.test(t[i + 1]?.text ?? "") && !/^(the|a)$/.test(previous(t, i))) },
      { type: "VISIT", pos: NOUN, when: (t, i) => !/^(site|sites|home|homes)$/.test(previous(t, i)) },
    ],
    trip: [{ type: "VISIT", pos: NOUN, when: (t, i) => t[i]!.lower === "trip" && /^(to)$/.test(next(t, i)) }],
    tour: [{ type: "VISIT", pos: NOUN, when: (t, i) => t[i]!.lower === "tour" && /^(of|to)$/.test(next(t, i)) }],

    sign: [{ type: "AGREEMENT", pos: VERB, when: (t, i) => t.slice(i + 1, i + 6).some((x) => AGREEMENT_OBJECTS.test(x.lower)) }],
    // "agreed with the Ruritanian minister to fund …", "agreed with Roe on a plan": a deal with a named other side;
    // "agreed with Roe that …" shares an opinion, no deal.
    agree: [{ type: "AGREEMENT", pos: VERB, when: (t, i) => t[i]!.lower === "agreed" && next(t, i) === "with" && agreedOnSomething(t, i) }],
  } satisfies Record<string, TriggerRule[]>),
);

/** Lemma fix-ups for words wink leaves inflected. */
export function triggerLemma(token: Token): string {
  if (token.lower === "talks") return "talks";
  if (token.lower === "negotiations") return "negotiation";
  if (token.lower === "meetings") return "meeting";
  if (token.lower === "summits") return "summit";
  if (token.lower === "discussions") return "discussions";
  if (token.lower === "visits" && token.pos !== "VERB") return "visit";
  // "Meeting over lunch with Roe, Doe …": the tagger leaves a sentence-opening participle unlemmatised.
  if (token.pos === "VERB" && token.lemma === token.lower && /^(meeting|visiting|calling|talking)$/.test(token.lower)) return token.lower.slice(0, -3);
  return token.lemma;
}

/** The rule a token triggers, if any. */
/** "was met by senior officials", "were met by crowds": a reception on arrival, not a contact between sides ("was met by the president" is one). */
function metOnArrival(t: readonly Token[], i: number): boolean {
  if (!/^(was|were|been|being)$/.test(t[i - 1]?.lower ?? "") || t[i + 1]?.lower !== "by") return false;
  return t.slice(i + 2, i + 8).some((x) => /^(officials|crowds|supporters|dignitaries|well-wishers|protesters|reporters|journalists|staff|aides)$/.test(x.lower));
}

export function triggerAt(sentence: AnalyzedSentence, i: number): TriggerRule | undefined {
  const token = sentence.tokens[i]!;
  const rules = TRIGGERS.get(triggerLemma(token));
  return rules?.find((r) => r.pos.includes(token.pos) && (!r.when || r.when(sentence.tokens, i, sentence)));
}

/** More specific types absorb a generic MEETING word about the same contact ("the summit meeting"). */
export const SPECIFICITY: Record<EventType, number> = {
  SUMMIT: 5, VISIT: 4, CALL: 4, NEGOTIATION: 3, AGREEMENT: 3, MEETING: 1, STATEMENT: 0, MILITARY_ACTION: 0, ANNEXATION: 0, OTHER: 0,
};

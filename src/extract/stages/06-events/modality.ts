import { type EventStatus } from "../../../domain/index.js";
import { type Token } from "../02-sentences.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { type TriggerRule } from "./lexicon.js";

/**
 * Whether a contact predicate reports a contact at all, and its status. Precision gates first:
 * negation ("did not meet", "no talks"), hypotheticals ("could meet", "if they meet"), wishes and
 * demands ("wants to meet", "called for talks", "such a meeting"). Then the status from the predicate's
 * own verb group and cue verbs: "will meet", "is expected to meet", "agreed to meet", "accepted an
 * invitation" are PLANNED; "called off", "cancelled", "backed out of" CANCELLED; "is meeting",
 * "talks are under way", "arrives for a summit" ONGOING; past tense OCCURRED.
 */
export type Gate = { keep: true; status: EventStatus } | { keep: false; reason: string };

/** Verbs of refusing and excluding: the contact they govern does not happen. */
const REFUSED = /^(refuse|refused|refuses|refusing|decline|declined|declines|reject|rejected|rejects|rule|ruled|rules|deny|denied|denies|avoid|avoided|avoids|shun|shunned|snub|snubbed|oppose|opposed|opposes|boycott|boycotted|skip|skipped|skips|miss|missed)$/;
/** Verbs of wanting and asking: the contact is sought, not held or agreed. */
const SOUGHT = /^(willing|ready|prepared|open|eager|keen|invite|invites|invited|inviting|want|wants|wanted|wanting|hope|hopes|hoped|hoping|wish|wishes|wished|seek|seeks|sought|seeking|offer|offers|offered|offering|propose|proposes|proposed|proposing|suggest|suggests|suggested|request|requests|requested|requesting|demand|demands|demanded|demanding|urge|urges|urged|urging|push|pushes|pushed|pushing|press|pressed|pressing|call|calls|called|calling|ask|asks|asked|asking|appeal|appeals|appealed|try|tries|tried|trying|await|awaits|awaited|awaiting|welcome|welcomed|welcomes|consider|considers|considered|considering|mull|mulled|weigh|weighed|weighing|explore|explored|exploring|discuss|discussed|discussing)$/;
/** Adjectives that make a contact noun hypothetical or unspecific ("a possible summit", "such a meeting"). */
const UNSPECIFIC = /^(possible|potential|hypothetical|any|such|no|every|future|eventual|prospective|proposed|regular|routine|weekly|monthly|annual|yearly|daily|periodic)$/;
const RECURRING = /^(regular|weekly|monthly|annual|yearly|periodic)$/;
const MODAL = /^(could|might|may|should|must|can|would|'d)$/;
const NEGATION = /^(not|n't|never|no|without|neither|nor)$/;
/** Words that put the contact in the future. */
const FUTURE_AUX = /^(will|'ll|shall|wo)$/;
const PLAN_VERB = /^(expected|due|set|scheduled|slated|poised|planned|plans|plan|planning|agreed|agrees|agree|decided|decides|intends|intend|intended|arranged|arranging|preparing|prepares|prepared|going|likely|confirmed|announced|accepted|accepts)$/;
const CANCEL = /^(cancel|cancels|cancelled|canceled|cancelling|canceling|scrap|scraps|scrapped|abandon|abandoned|shelve|shelved|scuttle|scuttled|scuttles)$/;

/** Decides whether the trigger reports a contact, and with which status. */
export function gate(tokens: readonly Token[], trigger: number, rule: TriggerRule, governor: number | undefined, futureDate: boolean, concrete: boolean): Gate {
  const t = tokens[trigger]!;
  const isNoun = t.pos !== "VERB";
  const head = governor ?? trigger;
  // The verb group: the words before the predicate back to its subject or a clause boundary.
  const group: Token[] = [];
  for (let k = head - 1; k >= 0 && head - k <= 6; k--) {
    const x = tokens[k]!;
    if (/^(,|;|:|"|“|”)$/.test(x.text) || REPORTING_VERB.test(x.lower) || /^(that|who|which|and|but)$/.test(x.lower)) break;
    if (x.pos === "PROPN" || (x.pos === "NOUN" && !/^(time)$/.test(x.lower))) break;
    group.unshift(x);
  }
  const words = group.map((x) => x.lower);
  const before = tokens.slice(Math.max(0, trigger - 4), trigger).map((x) => x.lower);
  const clauseStart = tokens.slice(0, head).map((x) => x.lower);
  const lastBoundary = Math.max(clauseStart.lastIndexOf(","), clauseStart.lastIndexOf(";"));
  const clause = clauseStart.slice(lastBoundary + 1);

  // Negation: "did not meet", "never spoke", "no talks", "without a meeting".
  if (words.some((w) => NEGATION.test(w)) || (isNoun && before.some((w) => NEGATION.test(w)))) return { keep: false, reason: "negated" };
  // A habit, not a contact: "has spoken with Doe more than with any other leader", "meets Doe regularly".
  const around = tokens.slice(Math.max(0, trigger - 3), trigger + 12).map((x) => x.lower).join(" ");
  if (/\b(more than (with )?any|more often than|regularly|frequently|routinely|repeatedly|often)\b/.test(around)) return { keep: false, reason: "recurring" };
  // Conditions: "if they meet", "unless talks resume", "whether a summit happens".
  // "…, if elected, he would resume talks": a condition set off by commas just before the clause binds it too.
  const priorBoundary = Math.max(clauseStart.lastIndexOf(",", lastBoundary - 1), clauseStart.lastIndexOf(";", lastBoundary - 1));
  const aside = lastBoundary > 0 ? clauseStart.slice(priorBoundary + 1, lastBoundary) : [];
  if (clause.some((w) => /^(if|unless|whether|lest)$/.test(w)) || /^(if|unless)$/.test(aside[0] ?? "")) return { keep: false, reason: "conditional" };
  // "the annual summit on Friday", "this year's annual meeting in Oslo": one dated or placed occurrence is specific.
  const occurrence = (w: string, k: number): boolean => concrete && RECURRING.test(w) && /^(the|this|that|'s|’s)$/.test(before[k - 1] ?? "");
  if (isNoun && before.some((w, k) => UNSPECIFIC.test(w) && !occurrence(w, k))) return { keep: false, reason: "unspecific" };
  const governorWord = governor !== undefined ? tokens[governor]!.lower : undefined;
  // "refused to meet", "ruled out talks", "skipped the summit".
  if (words.some((w) => REFUSED.test(w)) || (governorWord && REFUSED.test(governorWord))) return { keep: false, reason: "refused" };
  // "called off", "cancelled", "backed out of", "pulled out of": a contact that was planned and is not.
  const after = tokens.slice(trigger + 1, trigger + 8).map((x) => x.lower).join(" ");
  // "called for Roe to cancel the summit", "urged Roe to call off the talks": a cancellation demanded is none.
  const demanded = governor !== undefined && demandedOnly(tokens, governor);
  if ((governorWord && CANCEL.test(governorWord) && !demanded) || words.some((w) => CANCEL.test(w)) || (/^(called|call|calls|calling)$/.test(governorWord ?? "") && tokens[governor! + 1]?.lower === "off" && !demanded) || /(backed|backs|backing|pulled|pulls|pulling|walked|walks) out of/.test(tokens.slice(Math.max(0, trigger - 6), trigger).map((x) => x.lower).join(" ")) || /^(was|were|has been|had been|have been|is|are|been) (cancel+ed|canceled|scrapped|called off|abandoned|shelved|scuttled)/.test(after)) {
    return { keep: true, status: "CANCELLED" };
  }
  if (/^(was|were|has been|had been|is|are) postponed/.test(after) || (governorWord && /^(postpone|postponed|postpones|delay|delayed|delays)$/.test(governorWord))) return { keep: true, status: "PLANNED" };
  // "their next meeting", "the upcoming summit": whatever the verb before it, the contact is to come.
  if (isNoun && before.some((w) => /^(next|upcoming|forthcoming)$/.test(w))) return { keep: true, status: "PLANNED" };
  // Wishes and demands: "wants to meet", "called for talks", "sought a meeting", "offered to visit".
  if (words.some((w) => SOUGHT.test(w)) || (governorWord && SOUGHT.test(governorWord) && !/^(welcome|welcomed|welcomes)$/.test(governorWord))) {
    return { keep: false, reason: "sought" };
  }
  // Hypotheticals: "could meet", "would talk" — unless a plan is concrete ("would meet … on Tuesday in Oslo").
  // "would meet Doe under the right circumstances", "would hold talks if …": a hypothetical with its condition after it.
  const conditionAfter = /\b(if|unless|provided|under (the right|certain|some|such) (conditions|circumstances))\b/.test(tokens.slice(trigger + 1).map((x) => x.lower).join(" "));
  if (words.some((w) => MODAL.test(w)) && conditionAfter) return { keep: false, reason: "conditional" };
  if (words.some((w) => MODAL.test(w))) {
    // "said they would meet", "agreed their teams would begin talks": the future of a report or an agreement is a plan.
    const reported = words.includes("would") && tokens.slice(0, head).some((x) => /^(said|says|told|agreed|agree|announced|confirmed|added|stated|promised|pledged|expects|expected|insisted)$/.test(x.lower));
    return words.includes("would") && (concrete || reported) ? { keep: true, status: "PLANNED" } : { keep: false, reason: "modal" };
  }
  if (rule.planned) return { keep: true, status: "PLANNED" };
  if (words.some((w) => FUTURE_AUX.test(w) || PLAN_VERB.test(w)) || (governorWord && PLAN_VERB.test(governorWord))) return { keep: true, status: "PLANNED" };
  if (/^(is|are|was|were) to$/.test(words.slice(-2).join(" "))) return { keep: true, status: "PLANNED" };
  if (isNoun && before.some((w) => /^(upcoming|forthcoming|planned|scheduled|next|coming)$/.test(w))) return { keep: true, status: "PLANNED" };
  if (futureDate) return { keep: true, status: "PLANNED" };
  // "Roe lands in Oslo for a regional summit": travel told in the present means the gathering is under way.
  if (isNoun && (forAGathering(tokens, trigger) || underWay(tokens, trigger))) return { keep: true, status: "ONGOING" };
  const status = tenseStatus(tokens, trigger, rule);
  // A headline's present tense ("Leaders meet in Oslo") reports what has just happened.
  if (status === "UNKNOWN" && !isNoun && t.lower === `${t.lemma}s`) return { keep: true, status: "OCCURRED" };
  return { keep: true, status };
}

export const PLANNED_MARKERS = /^(will|would|'ll|shall|wo|expected|expect|expects|plan|plans|planned|planning|upcoming|next|scheduled|set|due|intend|intends|hope|hopes|want|wants|organising|organizing|arranging|preparing|prepare|prepares|propose|proposed|proposes|possible|potential|likely|prospective|future|agreed|agree|agreeing|ready|willing|invite|invited|seek|seeks|seeking|try|trying|could|may|might)$/;
export const CANCELLED_MARKERS = /^(cancel|cancels|cancelled|canceled|postponed|postpone|scrapped|called-off|abandoned|shelved)$/;
export const ONGOING_MARKERS = /^(ongoing|continuing|under way|underway)$/;
/** Present forms whose lemma differs from them ("are" → be, "ca" of "can't" → can): no past. */
/** An infinitive of purpose after a journey told in the past ("flew to Berlin to meet", "made a trip to Oslo to meet"). */
function purposeOfPastJourney(tokens: readonly Token[], trigger: number): boolean {
  for (let k = trigger - 2; k >= Math.max(0, trigger - 12); k--) {
    const t = tokens[k]!;
    if (/^(,|;|:)$/.test(t.text) || REPORTING_VERB.test(t.lower)) return false;
    // "said during a visit to Beijing to meet Doe": a journey the past sentence was on.
    if (/^(visit|trip|journey|tour)$/.test(t.lower)) {
      const on = /^(a|an|his|her|their|the)$/.test(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1;
      if (/^(during|on|after)$/.test(tokens[on]?.lower ?? "")) return tokens.slice(0, on).some((x) => /^(said|told|was|were|had)$/.test(x.lower));
    }
    if (t.pos === "VERB" || t.pos === "AUX") return /^(flew|travelled|traveled|went|came|arrived|landed|headed|made|took|drove|sailed|returned|rushed|hurried|dashed|journeyed|jetted)$/.test(t.lower);
  }
  return false;
}

const TEMPORAL = /^(when|once|until|till|before|after|as soon as)$/;

/** The contact follows "after" or "following", over its noun's modifiers and a light gerund ("after holding talks"). */
function afterwards(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger - 1;
  while (k >= 0 && k >= trigger - 6 && (/^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(tokens[k]!.pos) || /^('s|’s|-|–)$/.test(tokens[k]!.lower))) k--;
  if (/^(holding|having|making|conducting)$/.test(tokens[k]?.lower ?? "")) k--;
  if (tokens[trigger]!.pos === "VERB" && !/ing$/.test(tokens[trigger]!.lower)) return false;
  return /^(after|following)$/.test(tokens[k]?.lower ?? "");
}

/** How many words of subject stand between a clause's opening word and its verb ("when [the two leaders] meet"). */
function leadingSubject(tokens: readonly Token[], verb: number): number {
  let n = 0;
  // ("before Roe and Doe meet": a pair of names is one subject.)
  for (let k = verb - 1; k >= 0 && n < 8; k--, n++) if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos) && tokens[k]!.lower !== "and") return n;
  return n;
}

const PRESENT_FORM = /^(is|are|am|'s|’s|'re|’re|'m|’m|ca|can|wo|does|do)$/;
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
  while (k >= 0 && k >= trigger - 7 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^(his|her|their|its|our|my|-|'s|’s)$/.test(tokens[k]!.lower))) k--;
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

/** "Roe lands in Oslo for a regional summit": "for" before the noun, and a present-tense verb of the clause before it. */
export function forAGathering(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger - 1;
  while (k >= 0 && k >= trigger - 4 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^[-–]$/.test(tokens[k]!.text))) k--;
  if (tokens[k]?.lower !== "for") return false;
  const verbs = tokens.slice(Math.max(0, k - 10), k).filter((t) => t.pos === "VERB");
  const verb = verbs.at(-1);
  return !!verb && (verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es` || (/ing$/.test(verb.lower) && /^(is|are)$/.test(tokens[verb.i - 1]?.lower ?? "")));
}

/**
 * "Roe is on a three-day visit to Oslo", "Roe is in Oslo for talks": a journey or gathering its traveller is on
 * now, told with a present "be" and no other verb between.
 */
function underWay(tokens: readonly Token[], trigger: number): boolean {
  if (!/^(visit|trip|tour|talks|summit)$/.test(tokens[trigger]!.lower)) return false;
  let k = trigger - 1;
  while (k >= 0 && k >= trigger - 6 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^[-–]$/.test(tokens[k]!.text))) k--;
  if (!/^(on|for)$/.test(tokens[k]?.lower ?? "")) return false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]!;
    if (/^(is|are|'s|’s|'re|’re)$/.test(t.lower) && t.pos === "AUX") return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT") return false;
  }
  return false;
}

/** "demands that it be dropped", "urged her to call off the talks": a cancellation asked for, not made. */
function demandedOnly(tokens: readonly Token[], marker: number): boolean {
  if (tokens[marker - 1]?.lower !== "to") return false;
  const window = tokens.slice(Math.max(0, marker - 6), marker - 1);
  // "called for Roe to cancel": "called" demands only with its "for" ("called off" is the cancelling itself).
  if (window.some((t) => /^(called|calling)$/.test(t.lower) && tokens[t.i + 1]?.lower === "for")) return true;
  return window.some((t) => /^(calls?|urged?|urging|demands?|demanded|demanding|pressure|pressed|asked|asking|refused|refusing|rebuffing|rebuffed|rejected|rejecting|resisted|resisting)$/.test(t.lower));
}

function tenseStatus(tokens: readonly Token[], trigger: number, rule: TriggerRule): EventStatus {
  if (rule.planned) return "PLANNED";
  // Eight words back, not counting the hyphens of compounds ("agreed to a face-to-face meeting").
  let windowStart = trigger;
  for (let words = 0; windowStart > 0 && words < 8; windowStart--) if (!/^[-‐]$/.test(tokens[windowStart - 1]!.text)) words++;
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
  if (clause.some((t) => CANCELLED_MARKERS.test(t.lower) && !demandedOnly(tokens, t.i)) || /\b(was|were|been|is|are|be)( \w+)? (cancel+ed|canceled|postponed|scrapped|abandoned|shelved|called off)\b/.test(afterText)) return "CANCELLED";
  // A capitalised "May" inside the clause is the month or a name ("the May 10 meeting"), not the modal.
  // ("the director of policy planning": a plan word inside a compound noun is a name of a thing.)
  const compound = (t: Token): boolean => /^(planning|planned|plans)$/.test(t.lower) && tokens[t.i - 1]?.pos === "NOUN";
  if (clause.some((t) => PLANNED_MARKERS.test(t.lower) && !(t.lower === "may" && t.text === "May" && t.i > 0) && !compound(t))) return "PLANNED";
  // "to meet", "to visit": an infinitive names an intention, not a fact.
  // ("became the first president to visit Hiroshima", "was the last leader to meet him": a record told of the past is no intention.)
  const record = tokens.slice(Math.max(0, trigger - 7), trigger - 1).some((t) => /^(first|last|only|second|third|latest)$/.test(t.lower));
  // ("flew to Berlin on Monday to meet Doe", "made a trip to Oslo to meet Doe": the purpose of a journey made was met.)
  if (tokens[trigger]!.pos === "VERB" && tokens[trigger - 1]?.lower === "to" && tokens[trigger - 2]?.pos !== "VERB" && !record && !purposeOfPastJourney(tokens, trigger)) return "PLANNED";
  const isNoun = tokens[trigger]!.pos !== "VERB";
  // "the deal to open formal talks", "a plan to hold a summit": the noun is the object of an intended act.
  if (isNoun && infinitiveBefore(tokens, trigger)) return "PLANNED";
  // "talks … will begin next week", "is travelling to Paris next week": the time or modal after the trigger.
  if (plannedAfter(tokens, trigger)) return "PLANNED";
  // "on the eve of a summit", "ahead of the talks", "arrangements for the summit": the gathering is still to come.
  if (isNoun && /\b(ahead of|on the eve of|in the run-up to|in the lead-up to|in preparation for|(?:arrangements|preparations|logistics|planning) for)(?: \S+){0,5}$/.test(window.map((t) => t.lower).join(" "))) return "PLANNED";
  // "Roe lands in Oslo for the summit": travel told in the present goes with the gathering it is for.
  if (isNoun && forAGathering(tokens, trigger)) return "PLANNED";
  if (isNoun && (startedBefore(tokens, trigger) || STARTED_AFTER.test(after.slice(0, 4).map((t) => t.lower).join(" ")))) return "ONGOING";
  if (clause.some((t) => ONGOING_MARKERS.test(t.lower)) || (/ing$/.test(tokens[trigger]!.lower) && /^(is|are)$/.test(tokens[trigger - 1]?.lower ?? ""))) return "ONGOING";
  // Past: a past auxiliary, or an inflected verb that is neither a gerund nor a third-person present ("shook", "met", "held").
  // A reporting verb before the contact ("lawmakers said that … the summit is …") and a participle before its noun ("renewed
  // talks") tell nothing of the contact's own tense.
  const past = tokens.some(
    (t) =>
      (t.pos === "VERB" || t.pos === "AUX") &&
      // ("Critics of the summit said …": a reporting verb after a contact noun is the critics' tense, not the summit's.)
      !(REPORTING_VERB.test(t.lower) && (t.i < trigger || isNoun)) &&
      !(t.pos === "VERB" && /ed$/.test(t.lower) && /^(NOUN|ADJ)$/.test(tokens[t.i + 1]?.pos ?? "") && t.i !== trigger) &&
      // "aides are worried", "he is pleased": a participle after a present "be" describes a state now.
      !(t.i !== trigger && /^(is|are|am|'s|’s|'re|’re|'m|’m)$/.test(tokens[t.i - 1]?.lower ?? "")) &&
      (PAST_AUX.test(t.lower) || (t.lower !== t.lemma && !PRESENT_FORM.test(t.lower) && !/ing$/.test(t.lower) && t.lower !== `${t.lemma}s` && t.lower !== `${t.lemma}es`)),
  );
  // "… what Roe will say when the two leaders meet": a present verb in a clause of time looks ahead with the future around it.
  if (!isNoun && TEMPORAL.test(tokens[trigger - 1 - leadingSubject(tokens, trigger)]?.lower ?? "") && tokens[trigger]!.lower !== tokens[trigger]!.lemma + "ed" && !PAST_AUX.test(tokens[trigger - 1]?.lower ?? "") && (tokens[trigger]!.lower === tokens[trigger]!.lemma || tokens[trigger]!.lower === `${tokens[trigger]!.lemma}s`)) {
    // "before the two leaders meet", "until they meet": a present after these can only be to come.
    const opener = tokens[trigger - 1 - leadingSubject(tokens, trigger)]!.lower;
    return /^(before|until|till|once)$/.test(opener) || tokens.some((t) => /^(will|'ll|shall|upcoming|next)$/.test(t.lower)) ? "PLANNED" : "UNKNOWN";
  }
  if (past) return "OCCURRED";
  if (tokens[trigger]!.pos === "VERB" && tokens[trigger - 1]?.lower === "to" && purposeOfPastJourney(tokens, trigger)) return "OCCURRED";
  // "said in Ankara after holding talks with Doe", "eight months after his meeting with Doe, Roe heads …": what a
  // sentence tells as coming before its news happened, unless the sentence looks ahead.
  if (afterwards(tokens, trigger) && !tokens.some((t) => /^(will|'ll|shall|next|upcoming|tomorrow|would)$/.test(t.lower))) return "OCCURRED";
  // "He will tour the region before chairing a meeting": a modal of the sentence's main clause, far back, with no past verb between.
  for (let k = windowStart - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || ((t.pos === "VERB" || t.pos === "AUX") && t.lower !== t.lemma && !/ing$/.test(t.lower) && t.lower !== `${t.lemma}s`)) break;
    if (/^(will|'ll|shall)$/.test(t.lower)) return "PLANNED";
  }
  return "UNKNOWN";
}


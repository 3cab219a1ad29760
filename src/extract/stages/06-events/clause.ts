import { type Token } from "../02-sentences.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { partiesIn, type Party, type SentenceParties } from "./parties.js";

/**
 * A small clause analyser over wink's tokens and tags: who is the subject of a contact verb, who its
 * object, who follows "with" or "between … and"; for a contact noun ("talks", "summit"), the verb that
 * carries it ("held talks"), its possessor ("Roe's meeting", "their call") and the parties inside it
 * ("the Roe–Doe summit"). Coordination ("A, B and C met") and appositives ("Roe, the foreign minister,
 * met") are followed; reporting frames ("Doe said Roe met …") are not part of the contact.
 */

/** Words between a subject and its verb that belong to the verb group ("will also meet", "is expected to meet"). */
const VERB_GROUP = /^(will|would|could|should|might|may|must|can|shall|'ll|'d|wo|not|n't|never|also|then|later|first|finally|again|reportedly|previously|recently|briefly|separately|jointly|personally|privately|already|still|just|even|only|to|be|been|being|is|are|was|were|am|has|have|had|do|does|did|'s|'re|'ve|set|due|expected|scheduled|slated|poised|likely|going|planned|plans|plan|planning|hopes|hoped|hope|hoping|wants|wanted|want|intends|intended|agreed|agrees|decided|decides|promised|vowed|offered|sought|seeks|tried|tries|trying|ready|willing|able|unable|eager|keen|preparing|prepares|prepared|arranged|arranging|traveled|travelled|flew|went|came|headed|returned|arrived|arrives|sat|sits|down|up|out)$/;
/** What ends a clause to the right. */
const CLAUSE_END = /^(;|:|\.|\?|!|"|“|”)$/;
const CLAUSE_OPENER = /^(and|but|while|whereas|as|after|before|when|although|though|because|since|which|who|whom|where|saying|adding|according|if|unless|until|so)$/;
/** Light verbs that carry a contact noun and whose subject takes part in it. */
export const LIGHT_VERB = /^(hold|have|conduct|attend|join|host|chair|convene|begin|start|open|resume|continue|wrap|conclude|end|complete|finish|arrange|schedule|plan|set|cancel|scrap|postpone|skip|make|pay|undertake|wrap)$/;
/** Prepositions whose object is a counterpart of the contact. */
const COUNTERPART_PREPOSITION = /^(with|to|between|among|amongst|alongside)$/;

/** A noun phrase of parties ending at token `end` (exclusive), read leftwards: "Roe, Doe and Poe", "the US and Chinese leaders". */
export function partiesEndingAt(parties: SentenceParties, end: number): Party[] {
  const tokens = parties.sentence.tokens;
  let k = end - 1;
  const found: Party[] = [];
  let lastWasParty = false;
  // A comma joins parties only inside a list that "and" closes ("Roe, Doe and Poe"); "After talks with Roe, Doe
  // phoned Poe" is a clause boundary.
  let sawAnd = false;
  while (k >= 0) {
    const party = parties.at[k];
    if (party?.possessive) {
      k--;
      continue;
    }
    if (party) {
      // "told radio host Doe he met Poe": two people with nothing joining them are no pair.
      const person = (p: Party): boolean => p.mention.kind === "NAME" || p.mention.kind === "PRONOUN";
      if (lastWasParty && found[0] && person(found[0]) && person(party) && found[0] !== party) break;
      if (!found.includes(party)) found.unshift(party);
      k = party.mention.tokenStart - 1;
      lastWasParty = true;
      continue;
    }
    const t = tokens[k]!;
    if (parties.inMention[k] || /^(the|a|an|both|'s|’s|'|top|senior|chief|former|new|his|her|their|its)$/.test(t.lower) || (t.pos === "ADJ" && !lastWasParty)) {
      k--;
      continue;
    }
    // "North Korean leader Kim": a title word before a named person belongs to that person's phrase.
    if (lastWasParty && t.pos === "NOUN" && PERSON_TITLE.test(t.lower) && found[0]?.mention.kind === "NAME") {
      k--;
      continue;
    }
    if ((/^(and|&)$/.test(t.lower) || (t.text === "," && sawAnd)) && lastWasParty && partyBefore(parties, k)) {
      if (t.text !== ",") sawAnd = true;
      k--;
      lastWasParty = false;
      continue;
    }
    // "Chinese officials", "the US delegation": a party noun headed by the countries before it.
    if (t.pos === "NOUN" && !lastWasParty && found.length === 0 && /^(officials?|diplomats?|negotiators?|delegations?|delegates|team|teams|side|envoys?|representatives|government|governments|administration|authorities|leaders|leadership|ministers)$/.test(t.lower)) {
      k--;
      continue;
    }
    break;
  }
  return found;
}

const PERSON_TITLE = /^(leader|president|minister|chancellor|secretary|premier|king|queen|prince|emir|sultan|envoy|ambassador|spokesman|spokeswoman|spokesperson|chief|head|counterpart|dictator|ruler|strongman|governor|senator|general|commander)$/;

/** Whether a party ends just before token k, across determiners and modifiers. */
function partyBefore(parties: SentenceParties, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && !parties.at[j] && (parties.inMention[j] || /^(the|a|an|'s|’s)$/.test(parties.sentence.tokens[j]!.lower) || parties.sentence.tokens[j]!.pos === "ADJ")) j--;
  return j >= 0 && !!parties.at[j];
}

/** A noun phrase of parties starting at token `start`: "Roe and Doe", "President Roe", "the two leaders". */
export function partiesStartingAt(parties: SentenceParties, start: number, limit = parties.at.length): { parties: Party[]; end: number } {
  const tokens = parties.sentence.tokens;
  let k = start;
  const found: Party[] = [];
  let needParty = true;
  while (k < limit) {
    const party = parties.at[k];
    if (party?.possessive) {
      k++;
      continue;
    }
    if (party) {
      // "met the Iranians, Roe had not yet decided": after a comma, a name with a verb of its own opens a new clause.
      const afterComma = tokens[k - 1]?.text === "," && found.length > 0;
      if (afterComma && /^(VERB|AUX)$/.test(tokens[party.mention.tokenEnd]?.pos ?? "")) break;
      if (!found.includes(party)) found.push(party);
      k = party.mention.tokenEnd;
      needParty = false;
      continue;
    }
    const t = tokens[k]!;
    if (parties.inMention[k] || /^(the|a|an|both|his|her|their|its|'s|’s|top|senior|chief|new|former|acting|visiting)$/.test(t.lower) || t.pos === "ADJ" || (needParty && t.pos === "NUM")) {
      // A name of no known party in the list ("Roe, Doe and Poe" with Roe unresolved) is still a list item.
      if (parties.inMention[k] && !parties.at[k] && needParty && (tokens[k + 1]?.text === "," || tokens[k + 1]?.lower === "and")) needParty = false;
      k++;
      continue;
    }
    if (!needParty && (/^(and|,|&)$/.test(t.lower) || (t.lower === "as" && tokens[k + 1]?.lower === "well" && tokens[k + 2]?.lower === "as"))) {
      k += t.lower === "as" ? 3 : t.text === "," && tokens[k + 1]?.lower === "and" ? 2 : 1;
      needParty = true;
      continue;
    }
    // "with North Korean leader Kim": the title and its country belong to the named person after them.
    if (t.pos === "NOUN" && PERSON_TITLE.test(t.lower) && parties.at[k + 1]?.mention.kind === "NAME") {
      const last = found.at(-1);
      if (last && last.mention.kind === "COUNTRY" && last.mention.tokenEnd === k && !needParty) found.pop();
      needParty = true;
      k++;
      continue;
    }
    // "with his counterpart, Russian Defence Minister Jane Roe": the unnamed counterpart is the person the appositive names.
    if (needParty && found.length === 0 && /^counterparts?$/.test(t.lower) && tokens[k + 1]?.text === ",") {
      k += 2;
      continue;
    }
    // "Chinese officials": the party noun closes a country's phrase.
    if (found.length > 0 && t.pos === "NOUN" && /^(officials?|diplomats?|negotiators?|delegations?|delegates|team|teams|side|envoys?|representatives|counterparts?|government|leaders|ministers)$/.test(t.lower)) {
      k++;
      continue;
    }
    break;
  }
  // A dangling "and" or comma after the last party is not part of the phrase.
  return { parties: found, end: k };
}

/** Skips a verb group leftwards from `k` (auxiliaries, modals, adverbs, raising verbs): the index before it. */
function beforeVerbGroup(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j >= 0 && (VERB_GROUP.test(tokens[j]!.lower) || (tokens[j]!.pos === "ADV" && /ly$/.test(tokens[j]!.lower)))) j--;
  return j;
}

/**
 * The parties that are the subject of the verb at `verb`. Follows a relative "who", an appositive between
 * commas ("Roe, the foreign minister, met"), and a coordinated verb phrase ("Roe arrived in Oslo and met Doe").
 */
export function subjectOf(parties: SentenceParties, verb: number, depth = 0): Party[] {
  const tokens = parties.sentence.tokens;
  let k = beforeVerbGroup(tokens, verb - 1);
  // "Meeting over lunch with Roe, Doe praised …": a participle opening the sentence has the main clause's subject.
  if (k < 0) {
    const main = /ing$/.test(tokens[verb]?.lower ?? "") && depth < 2 ? mainVerbAfterOpening(tokens, verb) : -1;
    return main > verb ? subjectOf(parties, main, depth + 1) : [];
  }
  // "Roe, the Ruritanian foreign minister, met": skip the appositive.
  if (tokens[k]!.text === "," && depth === 0) {
    const open = findBack(tokens, k - 1, (t) => t.text === ",", 10);
    // A relative clause ("Roe, who was elected in May, met") or a participle ("Roe, accompanied by aides, met") has verbs
    // of its own; an appositive noun phrase has none.
    const relative = /^(who|whose)$/.test(tokens[open + 1]?.lower ?? "") || (tokens[open + 1]?.pos === "VERB" && /(ed|ing)$/.test(tokens[open + 1]!.lower));
    if (open >= 0 && open < k - 1 && (relative || (/^(the|a|an)$/.test(tokens[open + 1]!.lower) && !tokens.slice(open + 1, k).some((t) => t.pos === "VERB")))) {
      const before = partiesEndingAt(parties, open);
      if (before.length > 0) return before;
    }
  }
  // "Roe and Doe greeted each other": a reciprocal object is the subject's own parties.
  if (/^(each|one)$/.test(tokens[verb + 1]?.lower ?? "") && /^(other|another)$/.test(tokens[verb + 2]?.lower ?? "")) {
    const pair = partiesEndingAt(parties, k + 1);
    if (pair.length > 0) return pair;
  }
  if (/^(who|that)$/.test(tokens[k]!.lower)) {
    let j = k - 1;
    if (tokens[j]?.text === ",") j--;
    return partiesEndingAt(parties, j + 1);
  }
  // "will visit Washington to meet Doe": an infinitive of purpose after an object has the main verb's subject ("asked
  // Roe to meet Doe", "invited Roe to visit" hand the act to their object).
  if (tokens[verb - 1]?.lower === "to" && depth < 2) {
    const main = findBack(tokens, k, (t) => t.pos === "VERB", 8);
    if (main >= 0 && main < k && !OBJECT_CONTROL.test(tokens[main]!.lemma)) return subjectOf(parties, main, depth + 1);
  }
  const direct = partiesEndingAt(parties, k + 1);
  if (direct.length > 0) return direct;
  // "… will tour a factory before chairing a meeting", "after meeting Roe": a participle's subject is its main verb's.
  if (/ing$/.test(tokens[verb]!.lower) && /^(before|after|while|by|without|since|when)$/.test(tokens[k]!.lower) && depth < 2) {
    // "After meeting Roe in Oslo, Doe told reporters …": the phrase opens the sentence, and its main verb follows it.
    const main = k === 0 ? mainVerbAfterOpening(tokens, verb) : findBack(tokens, k - 1, (t) => (t.pos === "VERB" || t.pos === "AUX") && !/ing$/.test(t.lower), 14);
    if (main >= 0) return subjectOf(parties, main, depth + 1);
  }
  // "Roe arrived in Oslo on Monday and met Doe": the subject of the first verb of the coordination.
  if (tokens[k]!.lower === "and" && depth < 2) {
    const previous = findBack(tokens, k - 1, (t) => t.pos === "VERB" && !/ing$/.test(t.lower), 14);
    if (previous >= 0 && !tokens.slice(previous, k).some((t) => /^(;|:)$/.test(t.text) || REPORTING_VERB.test(t.lower))) return subjectOf(parties, previous, depth + 1);
  }
  return [];
}

/** The finite verb after a sentence's opening participle phrase (past its closing comma), or -1. */
function mainVerbAfterOpening(tokens: readonly Token[], participle: number): number {
  const comma = tokens.findIndex((t, j) => j > participle && t.text === ",");
  if (comma < 0) return -1;
  return tokens.findIndex((t, j) => j > comma && t.pos === "VERB" && !/ing$/.test(t.lower) && tokens[j - 1]?.text !== ",");
}

/** Verbs whose object does what the infinitive after it says ("asked Roe to meet Doe"). */
const OBJECT_CONTROL = /^(ask|urge|invite|tell|encourage|press|persuade|allow|want|expect|call|force|order|send|dispatch|authorize|authorise|instruct|appoint|choose|pick|name|get|help|need|require|permit|enable|convince|prompt)$/;

function findBack(tokens: readonly Token[], from: number, test: (t: Token) => boolean, limit: number): number {
  for (let j = from; j >= 0 && from - j <= limit; j--) {
    if (test(tokens[j]!)) return j;
    if (/^(;|:)$/.test(tokens[j]!.text)) return -1;
  }
  return -1;
}

/**
 * The subject of the clause that holds token `k` (a preposition: "at the summit", "before meeting Roe"):
 * the subject of the nearest verb before it in its clause; for a phrase that opens the sentence ("After
 * talks with Roe, Doe said …", "Before meeting with Roe, Doe will …"), the subject after its comma.
 */
export function clauseSubject(parties: SentenceParties, k: number): Party[] {
  const tokens = parties.sentence.tokens;
  // A caption or headline without a verb ("Roe with Doe at the summit in Oslo"): the parties before the phrase.
  if (!tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return partiesIn(parties, 0, k);
  const comma = tokens.findIndex((t, j) => j > k && t.text === ",");
  const opens = !tokens.slice(0, k).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.text === ",");
  if (opens && comma > k) {
    const after = partiesStartingAt(parties, comma + 1).parties;
    if (after.length > 0) return after;
  }
  for (let j = k - 1; j >= 0 && k - j <= 16; j--) {
    const t = tokens[j]!;
    // A name the tagger took for a verb ("will be in Shanghai next week") is no verb.
    if (parties.inMention[j]) continue;
    // "Roe said after meeting Doe", "Roe told reporters during talks with Doe": a speaker speaking right after or at a
    // contact was at it.
    if (REPORTING_VERB.test(t.lower) && t.pos === "VERB" && /^(after|following|during|at)$/.test(tokens[k]!.lower) && tokens.slice(j + 1, k).every((x) => /^(reporters|journalists|the|press|media|lawmakers|him|her|them|aides)$/.test(x.lower) || x.pos === "ADV" || x.pos === "PROPN")) return subjectOf(parties, j);
    if (/^(;|:)$/.test(t.text) || REPORTING_VERB.test(t.lower)) return [];
    // ("will be in Oslo next week for talks with Doe": the "be" of a future.)
    if ((t.pos === "VERB" || (t.pos === "AUX" && (/^(was|were|is|are)$/.test(t.lower) || (t.lower === "be" && /^(will|would|'ll)$/.test(tokens[j - 1]?.lower ?? ""))))) && !/ing$/.test(t.lower)) return subjectOf(parties, j);
  }
  return [];
}

/** The end of the clause that holds token `k`, looking right. */
export function clauseEnd(tokens: readonly Token[], k: number, inMention: readonly boolean[] = []): number {
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (CLAUSE_END.test(t.text)) return j;
    // ", and Secretary Jane Roe": a list's last item, not a new clause.
    const listItem = tokens[j + 1]?.lower === "and" && (inMention[j + 2] || /^\p{Lu}/u.test(tokens[j + 2]?.text ?? ""));
    if (t.text === "," && !listItem && (CLAUSE_OPENER.test(tokens[j + 1]?.lower ?? "") || REPORTING_VERB.test(tokens[j + 1]?.lower ?? ""))) return j;
    if (REPORTING_VERB.test(t.lower) && t.pos === "VERB" && j > k + 1) return j;
  }
  return tokens.length;
}

/**
 * The direct object of a verb: parties right after it (across "with", "by phone with", an adverb, a date),
 * as in "met Doe", "met with Doe and Poe", "spoke by phone with Doe", "phoned Doe on Monday".
 */
export function objectOf(parties: SentenceParties, verb: number): Party[] {
  const tokens = parties.sentence.tokens;
  const end = clauseEnd(tokens, verb, parties.inMention);
  let k = verb + 1;
  while (k < end) {
    const t = tokens[k]!;
    if (/^(with|to|by|over|via|phone|telephone|video|link|the|a|an|separately|privately|briefly|again|also|later|then|personally|virtually|face|for|first|time|on|up)$/.test(t.lower) && !parties.at[k]) {
      // "met on Monday with Doe": a date phrase between the verb and its object is skipped with its preposition.
      k++;
      continue;
    }
    if ((t.pos === "ADV" || t.pos === "NUM" || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lower)) && !parties.at[k]) {
      k++;
      continue;
    }
    break;
  }
  return partiesStartingAt(parties, k, end).parties;
}

/** Parties after a counterpart preposition within the trigger's clause: "talks with Doe", "a summit between Roe and Doe". */
const CONTACT_NOUN = /^(talks|negotiations|meeting|meetings|summit|visit|call|discussions|dialogue)$/;

export function counterpartsAfter(parties: SentenceParties, trigger: number): Party[] {
  const tokens = parties.sentence.tokens;
  const end = clauseEnd(tokens, trigger, parties.inMention);
  for (let k = trigger + 1; k < Math.min(end, trigger + 16); k++) {
    const t = tokens[k]!;
    if (COUNTERPART_PREPOSITION.test(t.lower) && !(t.lower === "to" && tokens[k + 1]?.pos === "VERB")) {
      const found = partiesStartingAt(parties, k + 1, end).parties;
      // "arrived for the Roe–Doe summit": names modifying another contact noun are that contact's sides.
      const last = found.at(-1);
      if (last && CONTACT_NOUN.test(tokens[last.mention.tokenEnd]?.lower ?? "")) break;
      if (found.length > 0) return found;
    }
    // Another contact noun takes the phrase after it ("talks … before negotiations with Roe").
    if (k > trigger + 1 && CONTACT_NOUN.test(t.lower)) break;
    // Another predicate ends the search ("met Roe and criticised Doe"); place, time and manner phrases do not
    // ("met behind closed doors for two hours on Monday with Doe").
    // "… had taken place between Roe and Doe", "… was held with Doe": the noun's own predicate does not end it.
    if (t.pos === "VERB" && !/(ed|ing)$/.test(t.lower) && !/^(take|hold|begin|start|happen|occur|go|last|run)$/.test(t.lemma)) break;
    if (t.pos === "SCONJ" || (t.lower === "and" && tokens[k + 1]?.pos === "VERB")) break;
    if (parties.at[k] && k > trigger + 1 && !/^(in|at|of)$/.test(tokens[k - 1]?.lower ?? "")) break;
  }
  return [];
}

/**
 * For a contact noun: the start of its noun phrase (over determiners, modifiers, possessives and names
 * inside it: "the first Roe–Doe summit", "his phone call", "Ruritania's talks").
 */
const POSSESSIVE = /^(his|her|their|its|our|my|your)$/;

export function nounPhraseStart(parties: SentenceParties, noun: number): number {
  const tokens = parties.sentence.tokens;
  let k = noun - 1;
  while (k >= 0 && noun - k <= 8) {
    const t = tokens[k]!;
    // "their highly anticipated summit": a participle after an adverb or a determiner modifies the noun.
    // A subject pronoun before it makes it the predicate instead ("he noted upcoming talks").
    const before = tokens[k - 1];
    const participle = t.pos === "VERB" && /(ed|ing)$/.test(t.lower) && !!before && (/^(ADV|DET)$/.test(before.pos) || POSSESSIVE.test(before.lower));
    // "face-to-face", "one-on-one": a hyphenated compound's inner word.
    const inCompound = /^[-‐]$/.test(tokens[k - 1]?.text ?? "") && /^[-‐]$/.test(tokens[k + 1]?.text ?? "");
    if (parties.inMention[k] || parties.at[k] || participle || inCompound || /^(DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(t.pos) && !(t.pos === "ADV" && !/ly$/.test(t.lower)) || /^('s|’s|'|-|–|his|her|their|its|phone|telephone)$/.test(t.lower)) {
      k--;
      continue;
    }
    break;
  }
  return k + 1;
}

/** The parties inside a contact noun's phrase: possessors and modifiers ("Roe's", "his", "the Roe–Doe summit", "US-Chinese talks"). */
export function partiesInsideNounPhrase(parties: SentenceParties, noun: number): Party[] {
  return partiesIn(parties, nounPhraseStart(parties, noun), noun);
}

/** The verb that carries a contact noun ("held talks", "attended the summit", "called off the meeting"), if any. */
export function governingVerb(parties: SentenceParties, noun: number): number | undefined {
  const tokens = parties.sentence.tokens;
  let k = nounPhraseStart(parties, noun) - 1;
  // "called off the meeting", "pulled out of the summit": the particle is part of the verb.
  if (/^(off|out|of|up|into|for)$/.test(tokens[k]?.lower ?? "") && tokens[k - 1]?.pos === "VERB") k--;
  if (/^(of)$/.test(tokens[k]?.lower ?? "") && /^(out|part)$/.test(tokens[k - 1]?.lower ?? "")) k -= 2;
  const t = tokens[k];
  if (t && prepositionalFollowing(tokens, k)) return undefined;
  return t && (t.pos === "VERB" || (t.pos === "AUX" && /^(had|have|has)$/.test(t.lower))) ? k : undefined;
}

/** "Following the summit, Roe flew home": "following" as a preposition (the tagger calls it a verb), not "is following". */
function prepositionalFollowing(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === "following" && !/^(is|are|was|were|be|been|am|'s|'re|not)$/.test(tokens[k - 1]?.lower ?? "");
}

/** A preposition governing a contact noun ("at a meeting with Doe", "during talks", "after the summit"). */
export function governingPreposition(parties: SentenceParties, noun: number): Token | undefined {
  const tokens = parties.sentence.tokens;
  const k = nounPhraseStart(parties, noun) - 1;
  const t = tokens[k];
  return t && (t.pos === "ADP" || prepositionalFollowing(tokens, k)) ? t : undefined;
}

/** Plural nouns that name a described side ("union leaders", "EU counterparts", "business figures"). */
const GROUP_HEAD = /^(leaders|officials|ministers|counterparts|representatives|delegates|delegation|delegations|envoys|diplomats|negotiators|executives|bosses|figures|members|unions|chiefs|heads|mps|peers|activists|campaigners|supporters|families|victims|students|workers|employers|businessmen|investors|governors|mayors|lawmakers|senators|generals|commanders|rebels|elders|clerics|groups)$/;

/**
 * Whether a counterpart slot names a side that is no person or state: an organisation ("talks with the
 * unions", "the G8 summit") or a described group ("met union leaders", "talks with EU counterparts").
 * A contact with one named person and such a side is complete as far as names go.
 */
export function describedCounterpart(parties: SentenceParties, trigger: number, isNoun: boolean): boolean {
  const tokens = parties.sentence.tokens;
  const end = clauseEnd(tokens, trigger, parties.inMention);
  const org = (k: number): boolean => parties.mentions.some((m) => m.kind === "ORGANIZATION" && m.tokenStart <= k && k < m.tokenEnd);
  const groupFrom = (start: number): boolean => {
    for (let k = start; k < Math.min(end, start + 5); k++) {
      const t = tokens[k]!;
      if (parties.at[k] && !parties.at[k]!.possessive) return false;
      if (org(k) && !parties.at[k]) return true;
      if (GROUP_HEAD.test(t.lower)) return true;
      if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !parties.inMention[k]) return false;
    }
    return false;
  };
  if (isNoun && org(trigger - 1)) return true; // "the G8 summit", "a Nato meeting"
  if (!isNoun && groupFrom(trigger + 1)) return true;
  if (!isNoun) {
    // "Five public sector unions met Roe", "the unions which met Roe": a group as the subject.
    let k = beforeVerbGroup(tokens, trigger - 1);
    if (/^(which|who|that)$/.test(tokens[k]?.lower ?? "")) k--;
    for (let j = k; j >= 0 && k - j < 5; j--) {
      if (parties.at[j]) return false;
      if (org(j) || GROUP_HEAD.test(tokens[j]!.lower)) return true;
      if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]!.pos)) return false;
    }
  }
  for (let k = trigger + 1; k < Math.min(end, trigger + 10); k++) {
    if (/^(with|between|among|of)$/.test(tokens[k]!.lower)) return groupFrom(k + 1);
    if (tokens[k]!.pos === "VERB" && !/(ed|ing)$/.test(tokens[k]!.lower)) break;
  }
  return false;
}

/** Nouns of people that stand for one unnamed side ("an official", "the lawyer", "a spokesman"). */
const PERSON_NOUN = /^(official|officials|lawyer|lawyers|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|advisor|advisors|envoy|diplomat|diplomats|minister|ministers|president|leader|leaders|ambassador|senator|congressman|agent|agents|investigator|investigators|prosecutor|prosecutors|executive|executives|representative|representatives|delegation|negotiator|negotiators|counterpart|counterparts|reporter|reporters|journalist|journalists|woman|man|people|staff|team|members)$/;

/**
 * Whether the subject or the object of a contact is a side the text leaves unnamed: a pronoun no one
 * could be found for ("she had met with Roe"), or a noun of people ("an aide met Roe", "met with officials").
 */
export function unnamedCounterpart(parties: SentenceParties, trigger: number, isNoun: boolean): boolean {
  const tokens = parties.sentence.tokens;
  const unresolvedPronoun = (k: number): boolean => parties.mentions.some((m) => m.kind === "PRONOUN" && m.tokenStart === k && !/^(his|her|their|its)$/i.test(m.text)) && !parties.at[k];
  const personNounNear = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      if (parties.at[k] && !parties.at[k]!.possessive) return false;
      if (PERSON_NOUN.test(tokens[k]!.lower) && tokens[k]!.pos === "NOUN") return true;
      if (unresolvedPronoun(k)) return true;
      if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos)) return false;
    }
    return false;
  };
  if (!isNoun) {
    let k = trigger - 1;
    while (k >= 0 && /^(AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
    if (k >= 0 && (unresolvedPronoun(k) || (PERSON_NOUN.test(tokens[k]!.lower) && tokens[k]!.pos === "NOUN"))) return true;
    let o = trigger + 1;
    while (o < tokens.length && /^(with|to|by|phone|telephone|ADV)$/.test(tokens[o]!.lower === tokens[o]!.lower ? tokens[o]!.lower : "")) o++;
    if (personNounNear(o, Math.min(tokens.length, o + 4))) return true;
  }
  for (let k = trigger + 1; k < Math.min(tokens.length, trigger + 8); k++) {
    if (/^(with|between)$/.test(tokens[k]!.lower)) return personNounNear(k + 1, Math.min(tokens.length, k + 5));
    if (tokens[k]!.pos === "VERB") break;
  }
  return false;
}

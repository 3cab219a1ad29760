import { type AnalyzedSentence, type Token } from "../02-sentences.js";
import { type Mention } from "../03-mentions/index.js";
import { type Resolution } from "../04-resolve/index.js";
import { CITY_STATE_PLACES } from "../../gazetteer/index.js";
import { REPORTING_VERB } from "../reporting-verbs.js";

/**
 * The parties a sentence names, token by token: people (by name, title, pronoun or descriptor,
 * "the two leaders" standing for two) and countries (by name, demonym before a party noun, capital
 * used for its government). Organisations are named too, but are no party to a contact here: the
 * gold conventions and researchers' dyads count people and states.
 */
export interface Party {
  mention: Mention;
  /** The people or the country the mention stands for. */
  ids: string[];
  /** A possessive pronoun before a noun ("his counterparts"): the owner of a thing, not a side named by the phrase. */
  possessive?: boolean;
}

export interface SentenceParties {
  sentence: AnalyzedSentence;
  /** The party at each token, if any. */
  at: (Party | undefined)[];
  /** Tokens inside any mention (a party, an office title, an organisation, a place). */
  inMention: boolean[];
  mentions: readonly Mention[];
}

/** Nouns that make a country word before them a party ("Chinese officials", "the US delegation"). */
export const PARTY_NOUN = /^(officials?|diplomats?|negotiators?|delegations?|delegates|team|teams|side|sides|envoys?|representatives|counterparts?|government|governments|administration|authorities|leadership|leaders|ministers)$/;

export function sentenceParties(sentence: AnalyzedSentence, mentions: readonly Mention[], resolution: Resolution): SentenceParties {
  const at = new Array<Party | undefined>(sentence.tokens.length).fill(undefined);
  const inMention = new Array<boolean>(sentence.tokens.length).fill(false);
  for (const m of mentions) {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) inMention[k] = true;
    // "the Hanoi summit", "the Singapore talks": a capital or city-state naming a contact's venue is no side of it.
    if (namesVenueOf(m, sentence.tokens)) continue;
    const ids = idsOf(m, resolution, sentence.tokens);
    // "they", "their" stand for a pair the event stage knows (the sides just reported); kept with no ids of their own.
    if (ids.length === 0 && !(m.kind === "PRONOUN" && m.pronoun === "they")) continue;
    // "Roe-Doe talks": the two halves of a hyphenated pair share one token, and so one party with both ids.
    const same = at[m.tokenStart];
    if (same && same.mention.tokenStart === m.tokenStart && same.mention.tokenEnd === m.tokenEnd && same.mention.kind === m.kind && m.kind === "NAME") {
      for (const id of ids) if (!same.ids.includes(id)) same.ids.push(id);
      continue;
    }
    // "Roe's administration", "the Roe government": a leader's government is their state's side.
    const government = governmentOfLeader(m, ids, sentence.tokens, resolution);
    if (government) {
      const party: Party = { mention: m, ids: [government] };
      for (let k = m.tokenStart; k < m.tokenEnd; k++) at[k] = party;
      continue;
    }
    const possessive = (m.kind === "PRONOUN" && /^(his|her|their|its|our|my)$/i.test(m.text) && /^(NOUN|ADJ|PROPN|NUM|ADV)$/.test(sentence.tokens[m.tokenEnd]?.pos ?? "")) || ownerOfThing(m, sentence.tokens);
    const party: Party = { mention: m, ids: [...ids], ...(possessive ? { possessive: true } : {}) };
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (!at[k] || at[k]!.mention.kind === "COUNTRY") at[k] = party;
  }
  const parties = { sentence, at, inMention, mentions };
  return { ...parties, at: at.map((party) => (party ? reportedSpeaker(parties, party) ?? party : party)) };
}

/**
 * "Roe said during an interview with Doe that he had met Poe", "he told radio host Doe he met Poe": a "he"
 * or "she" opening a reported clause is the speaker, not the nearest name before it.
 */
function reportedSpeaker(parties: SentenceParties, party: Party): Party | undefined {
  const m = party.mention;
  if (m.kind !== "PRONOUN" || (m.pronoun !== "he" && m.pronoun !== "she") || party.possessive || !/^(he|she)$/i.test(m.text)) return undefined;
  const tokens = parties.sentence.tokens;
  let r = m.tokenStart - 1;
  const afterThat = tokens[r]?.lower === "that";
  if (afterThat) r--;
  // Back to the reporting verb: over its object ("told radio host Doe") directly, or over any phrase before "that".
  for (let steps = 0; r >= 0 && steps < 14 && !(tokens[r]!.pos === "VERB" && REPORTING_VERB.test(tokens[r]!.lower)); r--, steps++) {
    const t = tokens[r]!;
    if (/^(;|:)$/.test(t.text) || (t.pos === "VERB" && !parties.inMention[r]) || (!afterThat && !parties.inMention[r] && !/^(ADJ|NOUN|PROPN|DET)$/.test(t.pos))) return undefined;
  }
  if (r < 0 || !(tokens[r]!.pos === "VERB" && REPORTING_VERB.test(tokens[r]!.lower))) return undefined;
  const speaker = parties.at[r - 1];
  if (!speaker || speaker === party || !speaker.ids.every((id) => id.startsWith("person:")) || speaker.ids.length !== 1) return undefined;
  return { ...party, ids: [...speaker.ids] };
}

/**
 * "met Macron's aides", "Ruritania's envoy said": a name with "'s" before a noun that is no contact owns that thing
 * (the aides, the envoy) and is no side itself; "Putin's talks with Xi" keeps Putin, the talks being his.
 */
function ownerOfThing(m: Mention, tokens: readonly Token[]): boolean {
  if (m.kind !== "NAME" && m.kind !== "COUNTRY") return false;
  if (!/^('s|’s)$/.test(tokens[m.tokenEnd]?.lower ?? "")) return false;
  const head = tokens.slice(m.tokenEnd + 1, m.tokenEnd + 4).find((t) => t.pos === "NOUN");
  return !!head && /^(aides?|advisers?|advisors?|staff|team|officials?|envoys?|spokes\w*|lawyers?|allies|supporters|wife|husband|son|daughter|family|office|campaign|government|administration|delegation|critics|opponents)$/.test(head.lower) && tokens[m.tokenEnd + 1]?.pos !== "PROPN";
}

/**
 * The country of a leader named as the owner of a government ("Roe's administration", "the Roe administration",
 * "the Roe government"): the one state the article shows them holding office in.
 */
function governmentOfLeader(m: Mention, ids: readonly string[], tokens: readonly Token[], resolution: Resolution): string | undefined {
  if (m.kind !== "NAME" || ids.length !== 1 || !ids[0]!.startsWith("person:")) return undefined;
  const possessive = /^('s|’s)$/.test(tokens[m.tokenEnd]?.lower ?? "");
  const head = tokens[m.tokenEnd + (possessive ? 1 : 0)];
  if (!head || !/^(administration|government)$/.test(head.lower)) return undefined;
  // "the Roe administration officials": a compound on the government is something else.
  const after = tokens[head.i + 1];
  if (after && after.pos === "NOUN" && /^\p{Ll}/u.test(after.text)) return undefined;
  const states = new Set(resolution.offices.filter((o) => o.personId === ids[0] && isStateOffice(o.officeId)).map((o) => o.iso3));
  return states.size === 1 ? `country:${[...states][0]}` : undefined;
}

/** Offices of states (not of an organisation such as the UN, NATO or the EU, whose codes are not ISO 3166). */
function isStateOffice(officeId: string): boolean {
  return /^office:[A-Z]{3}:/.test(officeId) && !/^office:(NATO|EUU|UNO|UN_):/.test(officeId);
}

const CONTACT_HEAD = /^(summit|summits|talks|meeting|meetings|negotiations|conference|visit|trip)$/;

/** A capital used as a city, or a city-state, right before a contact noun and joined to no other name. */
export function namesVenueOf(m: Mention, tokens: readonly Token[]): boolean {
  if (m.kind !== "COUNTRY" || !(m.via === "metonym" || (m.via === "name" && CITY_STATE_PLACES.includes(m.text)))) return false;
  const before = tokens[m.tokenStart - 1]?.text ?? "";
  return CONTACT_HEAD.test(tokens[m.tokenEnd]?.lower ?? "") && !/^[-–—]$/.test(before) && !/^('s|’s)$/.test(tokens[m.tokenEnd]?.lower ?? "");
}

function idsOf(m: Mention, resolution: Resolution, tokens: readonly Token[]): string[] {
  const many = resolution.referentsOfMention.get(m);
  if (many) return many;
  const id = resolution.entityOfMention.get(m);
  if (!id) return [];
  if (id.startsWith("person:")) return [id];
  if (m.kind !== "COUNTRY" || !id.startsWith("country:")) return [];
  // A country word is a party as a country's name or capital ("Russia", "Washington"), or before a party noun
  // ("Chinese officials"); a demonym before anything else describes a thing ("Russian oil").
  if (m.via === "compound") return [id];
  if (m.via === "demonym") return PARTY_NOUN.test(nextWord(tokens, m.tokenEnd)) || isNounPhraseEnd(tokens, m.tokenEnd) ? [id] : [];
  if (m.ofOffice) return [];
  return /^['’]s?$/.test(tokens[m.tokenEnd]?.text ?? "") && !PARTY_NOUN.test(tokens[m.tokenEnd + 1]?.lower ?? "") ? [] : [id];
}

function nextWord(tokens: readonly Token[], k: number): string {
  let j = k;
  while (j < tokens.length && /^(ADJ)$/.test(tokens[j]!.pos)) j++;
  return tokens[j]?.lower ?? "";
}

/** "the Chinese" standing alone ("met the Chinese on Monday"). */
function isNounPhraseEnd(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  return !next || next.pos === "PUNCT" || next.pos === "ADP" || next.pos === "CCONJ" || next.pos === "VERB" || next.pos === "AUX";
}

/** The distinct ids of parties in token range [from, to). */
export function partiesIn(parties: SentenceParties, from: number, to: number): Party[] {
  const seen = new Set<Party>();
  for (let k = Math.max(0, from); k < Math.min(to, parties.at.length); k++) {
    const p = parties.at[k];
    if (p) seen.add(p);
  }
  return [...seen];
}

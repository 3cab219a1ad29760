import { type AnalyzedSentence } from "../02-sentences.js";
import { type CountryMention, type Mention, type OfficeMention } from "../03-mentions/index.js";

/**
 * The country of an office title that states none ("President Jane Roe" in a sentence naming
 * countries): the holder's own country when the article states one; else the sentence's one country
 * that is not a destination, counterpart or another office's country; else, when the sentence names
 * only such countries, the article's home country. None rather than a wrong one.
 */

/** Prepositions whose object is a counterpart or a destination ("talks with Iran", "flew to Oslo"). */
const TOWARD_PREPOSITION = /^(to|into|onto|toward|towards|with|against|between|among|versus|vs)$/;
/** Prepositions whose object is where something is ("in France", "from Iraq"). */
const PLACE_PREPOSITION = /^(in|at|from|on|near|outside|inside|via|around|across|over|through|throughout|within|beyond|for|by|about|upon|like|than)$/;
/** Verbs of travel and contact whose object is a destination or a counterpart. */
const CONTACT_OR_MOTION_LEMMA = /^(visit|tour|meet|call|phone|ring|host|welcome|receive|greet|join|leave|reach|enter|invade|attack|threaten|criticise|criticize|condemn|accuse|blame|praise|thank|urge|warn|tell|ask|press|lobby|court|snub|fly|travel|arrive|land|head|go|return|come|move|sail|drive|sanction|punish|pressure|engage|confront|rebuke|congratulate|invite|brief|defeat|beat|trail)$/;
const OBJECT_FILLER = /^(the|a|an|neighbouring|neighboring|nearby|both|all|fellow|rival|allied|his|her|their|its)$/;
const PLACE_NOUN = /^(capital|city|cities|town|village|port|border|borders|soil|territory|territories|region|province|coast|island|embassy|consulate|airport|base|resort|mainland|countryside|frontier|waters|airspace)$/;
const PARTY_NOUN = /^(side|delegation|delegations|team|negotiators|counterpart|counterparts|officials|leaders|leadership|government|administration|authorities|envoys|diplomats|troops|forces|soldiers)$/;
const LOWER_INITIAL = /^\p{Ll}/u;
const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** "strong": a destination or counterpart; "weak": only where something is; undefined: may be the holder's own. */
export function objectRole(sentence: AnalyzedSentence, mentions: readonly Mention[], country: Mention): "strong" | "weak" | undefined {
  const tokens = sentence.tokens;
  let k = country.tokenStart - 1;
  while (k >= 0 && OBJECT_FILLER.test(tokens[k]!.lower)) k--;
  const joined = /^(and|or)$/.test(tokens[k]?.lower ?? "") || (tokens[k]?.text === "," && /^(,|and|or)$/.test(tokens[country.tokenEnd]?.lower ?? ""));
  if (joined) {
    const previous = mentions.find((m) => m.kind === "COUNTRY" && m.tokenEnd === k);
    if (previous) return objectRole(sentence, mentions, previous);
  }
  const governor = tokens[k];
  if (!governor) return undefined;
  const contactVerb = (t: (typeof tokens)[number] | undefined): boolean => !!t && /^(VERB|AUX|NOUN)$/.test(t.pos) && LOWER_INITIAL.test(t.text) && CONTACT_OR_MOTION_LEMMA.test(t.lemma);
  let h = country.tokenEnd;
  if (/^['’]s?$/.test(tokens[h]?.text ?? "")) h++;
  let head: string | undefined;
  while (h < tokens.length && h - country.tokenEnd < 5 && LOWERCASE_WORD.test(tokens[h]!.text) && /^(NOUN|ADJ|PROPN)$/.test(tokens[h]!.pos)) head = tokens[h++]!.lower;
  if (!head && mentions.some((m) => m.kind === "ORGANIZATION" && m.tokenStart === country.tokenEnd)) return undefined;
  if (head && !PLACE_NOUN.test(head)) {
    if (!PARTY_NOUN.test(head)) return undefined;
    return contactVerb(governor) || TOWARD_PREPOSITION.test(governor.lower) ? "strong" : undefined;
  }
  if (contactVerb(governor) || TOWARD_PREPOSITION.test(governor.lower)) return "strong";
  if (PLACE_PREPOSITION.test(governor.lower)) return contactVerb(tokens[k - 1]) ? "strong" : "weak";
  return undefined;
}

export function contextOfficeCountry(
  sentence: AnalyzedSentence,
  sentenceMentions: readonly Mention[],
  office: OfficeMention,
  known: ReadonlySet<string> | undefined,
  home: string | undefined,
): { iso3: string; confidence: number } | undefined {
  const allowed = (iso3: string): boolean => !office.entry.countries || office.entry.countries.includes(iso3);
  const own = [...(known ?? [])].filter(allowed);
  if (own.length === 1) return { iso3: own[0]!, confidence: 0.8 };
  const inSentence = sentenceMentions.filter((m): m is CountryMention => m.kind === "COUNTRY" && allowed(m.iso3));
  const candidates = inSentence.filter((m) => !m.ofOffice);
  const roles = new Map(candidates.map((m) => [m, objectRole(sentence, sentenceMentions, m)] as const));
  const distinct = [...new Set(candidates.filter((m) => !roles.get(m)).map((m) => m.iso3))];
  const places = new Set(candidates.filter((m) => roles.get(m) === "weak").map((m) => m.iso3));
  let k = office.tokenStart - 1;
  while (k >= 0 && OBJECT_FILLER.test(sentence.tokens[k]!.lower)) k--;
  const host = !!sentence.tokens[k] && LOWER_INITIAL.test(sentence.tokens[k]!.text) && /^(meet|call|phone|host|welcome|receive|greet|visit)$/.test(sentence.tokens[k]!.lemma);
  if (host && distinct.length === 0 && places.size === 1) return { iso3: [...places][0]!, confidence: 0.65 };
  if (distinct.length === 1 && (distinct[0] === home || [...places].every((iso3) => iso3 === distinct[0]))) return { iso3: distinct[0]!, confidence: 0.7 };
  if (distinct.length > 0 || inSentence.length === 0) return undefined;
  if (home && allowed(home) && !candidates.some((m) => m.iso3 === home && roles.get(m) === "strong")) return { iso3: home, confidence: 0.6 };
  return undefined;
}

/** The country whose stated offices the most people in the article hold, with at least two of them and a clear lead. */
export function dominantCountry(byCountry: ReadonlyMap<string, ReadonlySet<unknown>>): string | undefined {
  const ranked = [...byCountry].map(([iso3, people]) => [iso3, people.size] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || first[1] <= 2 * (second?.[1] ?? 0)) return undefined;
  return first[0];
}

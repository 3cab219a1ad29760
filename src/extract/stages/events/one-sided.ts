import { type EventType } from "../../../domain/index.js";
import { type AnalyzedSentence } from "../02-sentences.js";
import { type Mention } from "../03-mentions/index.js";
import { type Resolution } from "../04-resolve/index.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { isReporter } from "./participants.js";
import { LIGHT_VERBS } from "./time-and-place.js";

/**
 * Contacts with one named side: "the minister met union leaders", "talks with Croatia", "his tour
 * of Asia". A contact needs two sides, but news often names only one and describes the other
 * ("officials", "counterparts", "a delegation"). Such an event is kept with the one side it names,
 * when the clause shows there is another side; a lone name next to a contact word is not enough.
 */

/** Plural or collective nouns that describe the unnamed other side of a contact. */
export const COUNTERPART_NOUNS =
  /^(officials|counterparts?|representatives|delegates|delegations?|envoys?|emissar(y|ies)|ministers|diplomats|negotiators|ambassadors?|leaders|leadership|figures|chiefs|bosses|heads|executives|employers|unions?|authorities|governments?|commanders|generals|mediators|leaders'|officers|administration|opposition|rebels|insurgents|militants|allies|partners)$/;

/** Words that open the phrase naming the other side of a contact ("talks with", "a meeting between"). */
const PARTNER_PREPOSITION = /^(with|between|among|amongst)$/;

/** Types whose trigger alone implies several parties ("a summit", "a tour of the region"). */
const SEVERAL_PARTIES: ReadonlySet<EventType> = new Set(["SUMMIT"]);

/**
 * Whether the clause of a trigger describes another side that it does not name: a counterpart noun
 * after "with"/"between" or as the object of a contact verb ("met senior officials"), or as its
 * subject ("Five unions met the minister"). `named` holds the token ranges of the named participant.
 */
export function describesUnnamedSide(sentence: AnalyzedSentence, trigger: number, clause: { start: number; end: number }, type?: EventType): boolean {
  const tokens = sentence.tokens;
  const isVerb = tokens[trigger]!.pos === "VERB";
  // After the trigger: "with senior union figures", "met British officials", "talks between the unions and …".
  let sawPartnerWord = isVerb;
  for (let k = trigger + 1; k < Math.min(clause.end, trigger + 9); k++) {
    const token = tokens[k]!;
    if (PARTNER_PREPOSITION.test(token.lower)) sawPartnerWord = true;
    // A second verb starts another predicate ("met X to discuss Y officials").
    if (token.pos === "VERB" || token.text === ",") break;
    if (sawPartnerWord && isCounterpart(tokens, k)) return true;
  }
  // "a meeting of the Commission for Africa": a body named after "of" gathers, even one no gazetteer lists.
  if (!isVerb && (type === "MEETING" || type === "SUMMIT") && tokens[trigger + 1]?.lower === "of") {
    const head = tokens[trigger + 2]?.lower === "the" ? tokens[trigger + 3] : tokens[trigger + 2];
    if (head && head.pos === "PROPN" && /^\p{Lu}/u.test(head.text)) return true;
  }
  // As the subject: "Five public sector unions met …", "union leaders will hold talks with …".
  for (let k = trigger - 1; k >= Math.max(clause.start, trigger - 7); k--) {
    const token = tokens[k]!;
    if (token.text === "," || (token.pos === "VERB" && !LIGHT_VERBS.test(token.lemma))) break;
    if (isCounterpart(tokens, k)) return true;
  }
  return false;
}

/** A counterpart noun, not one of the speaker's own side ("fellow ministers", "his own officials", "party leaders"). */
function isCounterpart(tokens: AnalyzedSentence["tokens"], k: number): boolean {
  const token = tokens[k]!;
  if (!COUNTERPART_NOUNS.test(token.lower) || !/^\p{Ll}/u.test(token.text)) return false;
  return !tokens.slice(Math.max(0, k - 3), k).some((t) => /^(fellow|own|party|cabinet|colleague|colleagues)$/.test(t.lower));
}

/**
 * Whether a one-sided candidate is kept: its clause describes the unnamed side, the one side named
 * is itself the object of "with" ("talks with Croatia": the subject is left implicit), or the
 * trigger names a gathering of several parties ("a summit").
 */
export function keepsOneSide(
  sentence: AnalyzedSentence,
  trigger: number,
  type: EventType,
  clause: { start: number; end: number },
  sideStart: number | undefined,
  regionTokens: ReadonlySet<number> = new Set(),
): boolean {
  if (describesUnnamedSide(sentence, trigger, clause, type)) return true;
  if (SEVERAL_PARTIES.has(type)) return true;
  const tokens = sentence.tokens;
  // "a week-long visit to Africa", "his tour of the Gulf": a journey to a region no one country hosts. A country
  // or a place in one would have been made the host when foreign; a tour of Britain or of the Commons is no contact.
  if (type === "VISIT" && sideStart !== undefined && sideStart < trigger) {
    const k = tokens.findIndex((t, j) => j > trigger && j <= trigger + 2 && /^(to|of)$/.test(t.lower));
    const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    if (k > 0 && regionTokens.has(at)) return true;
  }
  if (sideStart !== undefined && sideStart > trigger && sideStart - trigger <= 8) {
    // "talks with Croatia", "negotiations with Deputy Prime Minister X", "a visit to Tanzania": the preposition opens the side's phrase.
    const opener = tokens[trigger + 1]?.lower ?? "";
    const nextOpener = tokens[trigger + 2]?.lower ?? "";
    if (/^(with|between)$/.test(opener) || (type === "VISIT" && opener === "to") || (tokens[trigger + 1]?.pos === "ADV" && nextOpener === "with")) return true;
    // "discussions were taking place with US officials": the side is the object of "with" further on.
    const before = tokens[sideStart - 1]?.lower === "the" ? tokens[sideStart - 2] : tokens[sideStart - 1];
    if (/^(with|between)$/.test(before?.lower ?? "") && !tokens.slice(trigger + 1, sideStart).some((t) => t.text === "," || t.text === ";")) return true;
  }
  return false;
}

/**
 * "Discussions have begun with Indonesia …, but the government said …", "The government says unions will be
 * consulted": a contact whose own clause names no agent (a noun opening its clause, or a passive verb) is held
 * by the government the same sentence quotes. No government quoted, no side added: the text must name it.
 */
export function speakingGovernment(
  sentence: AnalyzedSentence,
  trigger: number,
  participants: readonly { entityId: string }[],
  sentenceMentions: readonly Mention[],
  resolution: Pick<Resolution, "governments" | "offices" | "entities">,
): string | undefined {
  if (participants.length > 1 || participants.some((p) => p.entityId.startsWith("person:"))) return undefined;
  const tokens = sentence.tokens;
  const government = resolution.governments.find((g) => g.sentence === sentence.index && isReporter(tokens, g.tokenEnd));
  if (!government || participants.some((p) => p.entityId === government.countryId)) return undefined;
  // A bare "the government" is a side only when the article's office-holders or people establish its country.
  const bare = !sentenceMentions.some((m) => m.kind === "COUNTRY" && m.tokenStart === government.tokenStart);
  const established =
    resolution.offices.some((o) => `country:${o.iso3}` === government.countryId) ||
    resolution.entities.some((e) => e.kind === "PERSON" && e.countryId === government.countryId);
  if (bare && !established) return undefined;
  // "… but the government said it was not represented": a government that denies a part in the contact is no side of it.
  const semicolon = tokens.findIndex((t, k) => k > government.tokenEnd && t.text === ";");
  const reported = tokens.slice(government.tokenEnd, semicolon < 0 ? tokens.length : semicolon);
  if (reported.some((t) => /^(not|n't|never|denied|denies|deny)$/.test(t.lower))) return undefined;
  let clauseStart = 0;
  for (let k = trigger - 1; k >= 0; k--) {
    if (/^(,|;|:|but|and|that)$/.test(tokens[k]!.lower) || REPORTING_VERB.test(tokens[k]!.lower)) {
      clauseStart = k + 1;
      break;
    }
  }
  const opening = tokens.slice(clauseStart, trigger);
  const passive = tokens[trigger]!.pos === "VERB" && /^(be|been|being|is|are|was|were)$/.test(tokens[trigger - 1]?.lower ?? "");
  const agentless = tokens[trigger]!.pos !== "VERB" && opening.every((t) => /^(DET|ADJ|NUM)$/.test(t.pos) && !/^(his|her|their|its|our|my)$/.test(t.lower));
  if (!passive && !agentless) return undefined;
  // A side named before the trigger in its clause is an agent of its own.
  if (sentenceMentions.some((m) => m.tokenStart >= clauseStart && m.tokenStart < trigger && m.kind !== "OFFICE")) return undefined;
  return government.countryId;
}

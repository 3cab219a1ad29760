import { type AnalyzedSentence } from "../02-sentences.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { type Mention } from "../03-mentions/index.js";

/**
 * Contexts only a person stands in. Stage 3 marks a capitalised run "capitalised" when nothing
 * before it said it names a person; one of these contexts proves it does.
 */

/** Verbs whose subject is a person in news about contacts ("Putin spoke …", "Modi arrived …"). */
const PERSON_SUBJECT_VERB = /^(spoke|speaks|met|meets|phoned|phones|called|visited|visits|hosted|hosts|welcomed|welcomes|arrived|arrives|thanked|thanks|urged|urges|promised|promises|travelled|traveled|flew|tweeted|wrote)$/;

/** "Name said", "Name told reporters", "Name met …"; or the name closes the sentence after a reporting verb ("…, said Name."). */
export function followedByReportingVerb(sentences: readonly AnalyzedSentence[], mention: Mention): boolean {
  const sentence = sentences[mention.sentence]!;
  const next = sentence.tokens[mention.tokenEnd];
  const afterAdverb = next && /ly$|^also$/.test(next.lower) ? sentence.tokens[mention.tokenEnd + 1] : next;
  const before = sentence.tokens[mention.tokenStart - 1];
  const says = !!afterAdverb && (REPORTING_VERB.test(afterAdverb.lower) || PERSON_SUBJECT_VERB.test(afterAdverb.lower));
  return says || (!!before && REPORTING_VERB.test(before.lower) && mention.tokenEnd >= sentence.tokens.length - 1);
}

/** Kinship and roles that only people have: "Name, father of …", "Name, his wife,". */
const KIN = /^(father|mother|son|daughter|wife|husband|brother|sister|widow|widower|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|fiancee|fiancé|fiance|girlfriend|boyfriend)$/;
/** "48-year-old", possibly with a nationality or occupation word between, right before a name. */
const AGE_BEFORE = /\b\d{1,3}\s*-\s*year\s*-\s*old\s+(?:[\p{L}-]+\s+)?$/u;

/** A kinship appositive ("Ana Ruiz, mother of …"), an age ("Ana Ruiz, 34,", "the 48-year-old Ana Ruiz"). */
export function hasPersonAppositive(sentences: readonly AnalyzedSentence[], name: Mention): boolean {
  const tokens = sentences[name.sentence]!.tokens;
  const after = (k: number): string => tokens[name.tokenEnd + k]?.lower ?? "";
  if (after(0) === ",") {
    const next = /^(the|a|his|her|their|whose)$/.test(after(1)) ? after(2) : after(1);
    if (KIN.test(next)) return true;
    if (/^\d{1,2}$/.test(after(1)) && Number(after(1)) >= 14 && (after(2) === "," || after(2) === "." || after(2) === "")) return true;
  }
  const sentence = sentences[name.sentence]!;
  const before = sentence.text.slice(0, name.start - sentence.start);
  return before.includes("old") && AGE_BEFORE.test(before);
}

/** "Jane Roe, the Ruritanian foreign minister," — a comma, then an office within a few words. */
export function hasOfficeAppositive(sentences: readonly AnalyzedSentence[], sentenceMentions: readonly Mention[], name: Mention): boolean {
  const tokens = sentences[name.sentence]!.tokens;
  if (tokens[name.tokenEnd]?.text !== ",") return false;
  const office = sentenceMentions.find((m) => m.kind === "OFFICE" && m.tokenStart > name.tokenEnd && m.tokenStart - name.tokenEnd <= 5);
  if (!office) return false;
  const countryTokens = new Set(sentenceMentions.filter((m) => m.kind === "COUNTRY" || m.kind === "ORGANIZATION").flatMap((m) => range(m.tokenStart, m.tokenEnd)));
  return range(name.tokenEnd + 1, office.tokenStart).every((k) => countryTokens.has(k) || /^(the|a|an|'s|’s|its|then|now|top|chief|senior|former|deputy|acting)$/.test(tokens[k]!.lower));
}

/** Two names next to each other in one list: only a comma, "and" or a bracketed aside between them. */
export function listedTogether(sentences: readonly AnalyzedSentence[], a: Mention, b: Mention): boolean {
  if (a.sentence !== b.sentence) return false;
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  const tokens = sentences[a.sentence]!.tokens.slice(first.tokenEnd, second.tokenStart);
  if (tokens.length === 0 || tokens.length > 6 || !tokens.some((t) => t.text === "," || t.lower === "and")) return false;
  let depth = 0;
  return tokens.every((t) => {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && t.text !== "," && t.lower !== "and") return false;
    return true;
  });
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

import { type ActorLookup } from "../../actors.js";
import { type AnalyzedSentence } from "../02-sentences.js";
import { type MentionFamily, type SentenceContext } from "./family.js";
import { acronyms } from "./families/acronyms.js";
import { actors } from "./families/actors.js";
import { compounds } from "./families/compounds.js";
import { lexicon } from "./families/lexicon.js";
import { names } from "./families/names.js";
import { organisationNames } from "./families/organisation-names.js";
import { pronouns } from "./families/pronouns.js";
import { linkMentions } from "./links.js";
import { settle, takenTokens } from "./overlaps.js";
import { type Mention } from "./types.js";

export * from "./types.js";

/**
 * Stage 3 — mentions. The rule families, highest priority first: known actors' full names, compound
 * adjectives of countries, the lexicon (countries, places, organisations, office titles),
 * organisation names by their last word, person names by capitalisation and evidence, acronyms and
 * pronouns. Each family sees what the earlier ones accepted; `settle` decides overlaps; `linkMentions`
 * then relates the settled mentions (an office's country, the title before a name).
 */
export const FAMILIES: readonly MentionFamily[] = checkedOrder([actors, compounds, lexicon, organisationNames, names, acronyms, pronouns]);

function checkedOrder(families: readonly MentionFamily[]): readonly MentionFamily[] {
  families.forEach((family, k) => {
    const next = families[k + 1];
    if (next && next.priority >= family.priority) throw new Error(`mention family ${next.name} (priority ${next.priority}) must rank below ${family.name} (${family.priority})`);
  });
  return families;
}

/** Finds every mention in the sentences of one article. */
export function findMentions(sentences: readonly AnalyzedSentence[], text: string, lookup: ActorLookup, date?: string): Mention[] {
  return sentences.flatMap((sentence) => mentionsInSentence(sentence, text, lookup, date));
}

function mentionsInSentence(sentence: AnalyzedSentence, text: string, lookup: ActorLookup, date: string | undefined): Mention[] {
  const titleCase = isTitleCase(sentence);
  const shouting = isShouting(sentence);
  let accepted: Mention[] = [];
  for (const family of FAMILIES) {
    const context: SentenceContext = { sentence, text, accepted, taken: takenTokens(accepted, sentence.tokens.length), titleCase, shouting, actors: lookup, ...(date ? { date } : {}) };
    accepted = settle(accepted, family.find(context));
  }
  return linkMentions(sentence, accepted, text, titleCase, lookup);
}

/** A sentence in capitals throughout (a wire headline). */
export function isShouting(sentence: AnalyzedSentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}{2,}$/u.test(t.text));
  return words.length >= 2 && words.filter((t) => t.text === t.text.toUpperCase()).length / words.length > 0.6;
}

/** Words Title Case leaves in lower case: articles, short conjunctions and prepositions, particles inside names. */
const TITLE_CASE_LOWER = new Set("a an the and or but nor for of in on at to by up as vs via per de da del della der den von van la le du dos das do di bin ibn al el y e".split(" "));

const CAPITALISED_FUNCTION_WORD = /^(To|With|After|Before|In|On|At|Of|For|And|As|From|Over|Says|Say|Said|Is|Are|Will|Be|The|A|An)$/;

/**
 * A sentence written in Title Case (a headline): no lower-case word of four letters or more, and a
 * capitalised function word after its start ("… Says Leader After Calls With Rivals") or many words.
 */
export function isTitleCase(sentence: AnalyzedSentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (words.length < 3 || !words.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  // "Reporters met Luiz Inacio Lula da Silva": a short lower-case word that Title Case would capitalise is prose.
  if (sentence.tokens.some((t) => /^\p{Ll}+$/u.test(t.text) && !TITLE_CASE_LOWER.has(t.text))) return false;
  const functionWord = sentence.tokens.slice(1).some((t) => CAPITALISED_FUNCTION_WORD.test(t.text));
  const list = sentence.tokens.filter((t) => t.text === ",").length >= 2;
  return functionWord || (words.length >= 6 && !list);
}

import { span, type Candidate, type MentionFamily } from "../family.js";
import { type PronounMention } from "../types.js";

const PRONOUNS: Record<string, PronounMention["pronoun"]> = { he: "he", him: "he", his: "he", she: "she", her: "she", they: "they", them: "they", their: "they" };

/** First-person pronouns as written ("US" in capitals is the country, "i" no pronoun): stage 4 gives them the quote's speaker. */
const FIRST_PERSON = /^(I|me|my|we|We|us|our|Our|My|Me)$/;

/** Personal pronouns, for stage 4 to link to the people they stand for. */
export const pronouns: MentionFamily = {
  name: "pronouns",
  priority: 20,
  find({ sentence, text, taken }) {
    const found: Candidate[] = [];
    sentence.tokens.forEach((token, i) => {
      const pronoun = (token.pos === "PRON" || token.pos === "DET") && !taken[i] ? PRONOUNS[token.lower] ?? (FIRST_PERSON.test(token.text) ? "speaker" : undefined) : undefined;
      if (pronoun) found.push({ mention: { kind: "PRONOUN", pronoun, ...span(sentence, i, i + 1, text) } });
    });
    return found;
  },
};

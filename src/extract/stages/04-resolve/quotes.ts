import { type Mention, type PronounMention } from "../03-mentions/index.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { type ResolveContext } from "./context.js";

/** A person mention with whoever it was resolved to (a name, or a "he" already resolved). */
export interface Referent<P> {
  mention: Mention;
  person: P;
}

/**
 * The speaker of the quotation a first-person pronoun stands in: "“We will call him,” Roe said" and
 * "Roe said: “I spoke to him”" give Roe. A sentence that is all quotation, with no attribution of its
 * own, continues the quotation of the sentence before. A pronoun outside quotation marks (an author's
 * "I") or in a quotation nobody named says is no one.
 */
export function quoteSpeaker<P>(context: ResolveContext, pronoun: PronounMention, people: readonly Referent<P>[]): P | undefined {
  const spans = quoteSpans(context, pronoun.sentence);
  if (!spans.some(([from, to]) => pronoun.start >= from && pronoun.start < to)) return undefined;
  for (let sentence = pronoun.sentence, hops = 0; sentence >= 0 && hops <= 2; sentence--, hops++) {
    const spansHere = sentence === pronoun.sentence ? spans : quoteSpans(context, sentence);
    if (spansHere.length === 0) return undefined;
    const speaker = attributed(context, sentence, spansHere, people);
    if (speaker) return speaker;
    // Only a sentence that opens inside the quotation carries it on from the one before.
    const opening = context.sentences[sentence]!;
    if (!spansHere.some(([from]) => from <= opening.start + 1)) return undefined;
  }
  return undefined;
}

/** The quoted stretches of a sentence, as text offsets: an unclosed quote runs to its end, an unopened one from its start. */
function quoteSpans(context: ResolveContext, index: number): [number, number][] {
  const sentence = context.sentences[index]!;
  const spans: [number, number][] = [];
  let open: number | undefined;
  for (let k = 0; k < sentence.text.length; k++) {
    const c = sentence.text[k]!;
    const at = sentence.start + k;
    if (c === "“" || (c === '"' && open === undefined)) open = at;
    else if (c === "”" || c === '"') {
      spans.push([open ?? sentence.start, at + 1]);
      open = undefined;
    }
  }
  if (open !== undefined) spans.push([open, sentence.end]);
  return spans;
}

/** The person outside the quotes next to a reporting verb: "Roe said", "said Roe", "according to Roe". */
function attributed<P>(context: ResolveContext, index: number, spans: readonly [number, number][], people: readonly Referent<P>[]): P | undefined {
  const tokens = context.sentences[index]!.tokens;
  const outside = (m: Mention): boolean => !spans.some(([from, to]) => m.start >= from && m.start < to);
  for (const { mention, person } of people) {
    if (mention.sentence !== index || !outside(mention)) continue;
    const after = tokens[mention.tokenEnd]?.lower === "also" ? tokens[mention.tokenEnd + 1] : tokens[mention.tokenEnd];
    const before = tokens[mention.tokenStart - 1];
    const reported = (after && REPORTING_VERB.test(after.lower)) || (before && REPORTING_VERB.test(before.lower) && before.lower !== "according") || (before?.lower === "to" && tokens[mention.tokenStart - 2]?.lower === "according");
    if (reported) return person;
  }
  return undefined;
}

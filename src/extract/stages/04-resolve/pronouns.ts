import { type Mention, type PronounMention } from "../03-mentions/index.js";
import { type ResolveContext } from "./context.js";
import { type PersonRecord } from "./people.js";
import { quoteSpeaker } from "./quotes.js";

/**
 * "he", "his", "she", "her": the nearest person before the pronoun in its sentence; in an opening
 * phrase ("Writing on his blog, Roe said") the person named just after it; else the first person of
 * the closest earlier sentence. A person the knowledge base knows as a woman is never "he", and a man
 * never "she".
 */
export function resolvePronouns(context: ResolveContext, personMentions: readonly { mention: Mention; person: PersonRecord }[]): Map<PronounMention, PersonRecord> {
  const resolved = new Map<PronounMention, PersonRecord>();
  const ordered = [...personMentions].sort((a, b) => a.mention.start - b.mention.start);
  for (const mention of context.mentions) {
    if (mention.kind !== "PRONOUN" || mention.pronoun === "they" || mention.pronoun === "speaker") continue;
    const fits = (p: PersonRecord): boolean => !p.actor?.gender || (p.actor.gender === "M") === (mention.pronoun === "he");
    const before = ordered.filter((p) => p.mention.start < mention.start && fits(p.person));
    const sameSentence = before.filter((p) => p.mention.sentence === mention.sentence);
    const subject = mention.text.toLowerCase() === "him" ? clauseSubject(context, sameSentence, mention) : undefined;
    let antecedent = sameSentence.filter((p) => p !== subject).at(-1);
    antecedent ??= cataphoraTarget(context, ordered, mention);
    if (!antecedent) {
      // "Roe spoke. He offered Doe a deal. He vowed …": a "he" opening the sentence just before, already resolved,
      // carries its person on as a name would.
      const opensSentenceBefore = (m: Mention): boolean => m.sentence === mention.sentence - 1 && m.tokenStart === 0 && /^(he|she)$/i.test(m.text);
      const carried = [...resolved].filter(([m]) => opensSentenceBefore(m)).map(([m, person]) => ({ mention: m as Mention, person }));
      const chain = [...before, ...carried.filter((p) => fits(p.person))].sort((a, b) => a.mention.start - b.mention.start);
      const previous = chain.at(-1);
      if (previous && mention.sentence - previous.mention.sentence <= 2) {
        const inPrevious = chain.filter((p) => p.mention.sentence === previous.mention.sentence);
        // The first name (or carried "he") of that sentence that is not a modifier of a noun ("The Roe meeting …"
        // names no subject).
        const tokens = context.sentences[previous.mention.sentence]!.tokens;
        const subjectLike = (p: { mention: Mention }): boolean => (p.mention.kind === "NAME" || p.mention.kind === "PRONOUN") && !(tokens[p.mention.tokenEnd]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[p.mention.tokenEnd]!.text));
        antecedent = inPrevious.find(subjectLike) ?? inPrevious.find((p) => p.mention.kind === "NAME") ?? inPrevious[0];
      }
    }
    if (antecedent && fits(antecedent.person)) resolved.set(mention, antecedent.person);
  }
  // "I", "we" in a quotation: its speaker, named or a "he" just resolved ("“We will call him,” he said").
  const referents = [...ordered, ...[...resolved].map(([mention, person]) => ({ mention, person }))];
  for (const mention of context.mentions) {
    if (mention.kind !== "PRONOUN" || mention.pronoun !== "speaker") continue;
    const speaker = quoteSpeaker(context, mention, referents);
    if (speaker) resolved.set(mention, speaker);
  }
  return resolved;
}

/** "Writing on his platform, Roe said …": a pronoun in an opening phrase points at the name after the comma. */
function cataphoraTarget(context: ResolveContext, ordered: readonly { mention: Mention; person: PersonRecord }[], pronoun: PronounMention): { mention: Mention; person: PersonRecord } | undefined {
  const tokens = context.sentences[pronoun.sentence]!.tokens;
  // Only a possessive inside an opening phrase points forward ("Writing on his blog, Roe …"); a subject "He" does not.
  if (!/^(his|her)$/i.test(pronoun.text) || pronoun.tokenStart === 0) return undefined;
  const comma = tokens.findIndex((t, k) => k > pronoun.tokenEnd && t.text === ",");
  if (comma < 0 || comma > pronoun.tokenEnd + 10) return undefined;
  if (tokens.slice(0, pronoun.tokenStart).some((t) => t.text === ",")) return undefined;
  return ordered.find(
    (p) => p.mention.sentence === pronoun.sentence && p.mention.kind === "NAME" && p.mention.tokenStart > comma && p.mention.tokenStart - comma <= 4 && tokens.slice(comma + 1, p.mention.tokenStart).every((t) => /^\p{Lu}/u.test(t.text)),
  );
}

/** The person opening the pronoun's clause when a verb follows them before it ("Roe held talks with him": not Roe). */
function clauseSubject(context: ResolveContext, sameSentence: readonly { mention: Mention; person: PersonRecord }[], pronoun: PronounMention): { mention: Mention; person: PersonRecord } | undefined {
  const tokens = context.sentences[pronoun.sentence]!.tokens;
  let start = 0;
  for (let k = pronoun.tokenStart - 1; k >= 0; k--) {
    if (/^(,|;|:|and|but|while|whereas|who|which)$/.test(tokens[k]!.lower)) {
      start = k + 1;
      break;
    }
  }
  const first = sameSentence.find((p) => p.mention.tokenStart >= start);
  if (!first) return undefined;
  return tokens.slice(first.mention.tokenEnd, pronoun.tokenStart).some((t) => t.pos === "VERB") ? first : undefined;
}

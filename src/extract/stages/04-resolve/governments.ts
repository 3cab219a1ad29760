import { countryId } from "../../../domain/index.js";
import { type ResolveContext, inSentence } from "./context.js";
import { type ResolvedOffice } from "./offices.js";

/** "the government", "the British government": a reference to a country's government, resolved to the country. */
export interface GovernmentReference {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  countryId: string;
}

const LOWER_INITIAL = /^\p{Ll}/u;

/**
 * "the British government", "Britain's government" name their country; a bare "the government" is the
 * article's own: the one country whose offices the article's people hold most (none when tied). A compound
 * ("government ministers", "the government programme") is no reference to the government itself.
 */
export function governmentReferences(context: ResolveContext, offices: readonly ResolvedOffice[]): GovernmentReference[] {
  const held = new Map<string, number>();
  for (const iso3 of new Map(offices.map((o) => [`${o.personId} ${o.iso3}`, o.iso3])).values()) held.set(iso3, (held.get(iso3) ?? 0) + 1);
  const ranked = [...held].sort((a, b) => b[1] - a[1]);
  const home = ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : undefined;
  const found: GovernmentReference[] = [];
  for (const sentence of context.sentences) {
    const mentions = inSentence(context, sentence.index);
    sentence.tokens.forEach((token, i) => {
      if (token.lower !== "government") return;
      const next = sentence.tokens[i + 1];
      if (next && next.pos === "NOUN" && LOWER_INITIAL.test(next.text)) return;
      const country = mentions.find((m) => m.kind === "COUNTRY" && (m.tokenEnd === i || (m.tokenEnd === i - 1 && /^['’]s$/.test(sentence.tokens[i - 1]!.text))));
      const determiner = sentence.tokens[(country ? country.tokenStart : i) - 1]?.lower;
      const iso3 = country?.kind === "COUNTRY" ? country.iso3 : determiner === "the" ? home : undefined;
      if (!iso3 || (!country && determiner !== "the")) return;
      found.push({ sentence: sentence.index, tokenStart: country ? country.tokenStart : i - 1, tokenEnd: i + 1, countryId: countryId(iso3) });
    });
  }
  return found;
}

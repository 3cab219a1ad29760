import { type ActorLookup } from "../../actors.js";
import { type AnalyzedSentence } from "../02-sentences.js";
import { type Mention } from "../03-mentions/index.js";

/** What every resolution step reads: the article's sentences and mentions, the knowledge base and the date. */
export interface ResolveContext {
  /** The cleaned article text; offsets point into it. */
  readonly text: string;
  readonly sentences: readonly AnalyzedSentence[];
  readonly mentions: readonly Mention[];
  readonly bySentence: ReadonlyMap<number, readonly Mention[]>;
  readonly actors: ActorLookup;
  /** The article's publication date (`YYYY-MM-DD`), when known: knowledge is looked up as of that day. */
  readonly date?: string;
  /** Countries the article names anywhere (ISO3). */
  readonly countries: ReadonlySet<string>;
}

export function resolveContext(text: string, sentences: readonly AnalyzedSentence[], mentions: readonly Mention[], actors: ActorLookup, date: string | undefined): ResolveContext {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const countries = new Set<string>();
  for (const m of mentions) {
    if (m.kind === "COUNTRY") countries.add(m.iso3);
    else if (m.kind === "OFFICE" && m.iso3) countries.add(m.iso3);
    else if (m.kind === "ORGANIZATION" && m.entry.countryIso3) countries.add(m.entry.countryIso3);
    else if (m.kind === "OFFICE" && m.entry.defaultCountry) countries.add(m.entry.defaultCountry);
  }
  return { text, sentences, mentions, bySentence, actors, ...(date ? { date } : {}), countries };
}

export function inSentence(context: ResolveContext, sentence: number): readonly Mention[] {
  return context.bySentence.get(sentence) ?? [];
}

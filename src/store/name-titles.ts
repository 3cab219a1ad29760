import { type SearchVocabulary } from "./search-vocabulary.js";

/**
 * `name` with the titles that open it removed ("President Putin" → "Putin", "Mr. Tony Blair" →
 * "Tony Blair", "the Russian Foreign Minister Lavrov" → "Lavrov"): honorifics, office titles and
 * demonyms from the extractor's gazetteer (search-vocabulary.ts). Null when it opens with no
 * title, or when nothing but titles would remain ("Prime Minister" stays a search for the office).
 */
export function withoutTitles(name: string, vocabulary: SearchVocabulary): string | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  let start = 0;
  for (;;) {
    const rest = words.slice(start).map((word) => word.toLowerCase().replace(/[.,]+$/, "").replace(/\./g, ""));
    const title = vocabulary.titlePhrases.find((phrase) => phrase.length < rest.length && phrase.every((word, i) => rest[i] === word));
    if (!title) break;
    start += title.length;
  }
  return start === 0 ? null : words.slice(start).join(" ");
}

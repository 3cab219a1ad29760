/**
 * What search and name lookups borrow from the extractor's gazetteer — titles people are named
 * with, and the codes and short names of countries — so a name the API is asked for is read the
 * way articles are read. Loaded on first use: opening a store (`parley export`, a server start)
 * does not load the gazetteer.
 */
export interface SearchVocabulary {
  /** Lower-case word sequences that may open a titled name ("mr", "president", "foreign minister", "russian", "the"), longest first. */
  titlePhrases: readonly (readonly string[])[];
  /** Every country the extractor knows: ISO codes and the names that unambiguously name it ("UK", "Britain", "USA"). */
  countries: readonly { iso3: string; iso2: string; names: readonly string[] }[];
}

let loading: Promise<SearchVocabulary> | undefined;

/** The vocabulary, built once per process. */
export function searchVocabulary(): Promise<SearchVocabulary> {
  loading ??= import("../extract/gazetteer/index.js").then(({ COUNTRIES, HONORIFICS, OFFICE_TITLES }) => {
    const phrases = new Set<string>(["the"]);
    for (const honorific of HONORIFICS) phrases.add(honorific.toLowerCase().replace(/\./g, ""));
    for (const office of OFFICE_TITLES) for (const form of office.forms) phrases.add(form.toLowerCase());
    for (const country of COUNTRIES) for (const demonym of country.demonyms) phrases.add(demonym.toLowerCase());
    return {
      titlePhrases: [...phrases].map((phrase) => phrase.split(/\s+/).filter(Boolean)).sort((a, b) => b.length - a.length),
      countries: COUNTRIES.map((country) => ({ iso3: country.iso3, iso2: country.iso2, names: country.names })),
    };
  });
  return loading;
}

import { countryByIso2, countryByIso3 } from "../extract/gazetteer/index.js";

// The extractor's country list is the one source of codes: a country the API can name is one
// the extractor can produce (UN members, observers, Taiwan, Kosovo as XKX).

/** ISO 3166-1 alpha-3 for an alpha-2 or alpha-3 code in any case; undefined for an unknown code. */
export function iso3FromCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (upper.length === 2) return countryByIso2(upper)?.iso3;
  if (upper.length === 3) return countryByIso3(upper)?.iso3;
  return undefined;
}

/** ISO 3166-1 alpha-2 for an alpha-3 code; undefined when the code is not a known country. */
export function iso2FromIso3(iso3: string): string | undefined {
  return countryByIso3(iso3.toUpperCase())?.iso2;
}

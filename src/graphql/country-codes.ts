import { createRequire } from "node:module";

interface WorldCountry {
  cca2: string;
  cca3: string;
}

// world-countries ships JSON; createRequire reads it without import attributes (Node 20 ESM needs them).
const countries = createRequire(import.meta.url)("world-countries/countries.json") as WorldCountry[];
const iso3ByIso2 = new Map(countries.map((c) => [c.cca2.toUpperCase(), c.cca3.toUpperCase()]));
const iso2ByIso3 = new Map(countries.map((c) => [c.cca3.toUpperCase(), c.cca2.toUpperCase()]));

/** ISO 3166-1 alpha-3 for an alpha-2 or alpha-3 code in any case; undefined for an unknown code. */
export function iso3FromCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (upper.length === 2) return iso3ByIso2.get(upper);
  if (upper.length === 3 && iso2ByIso3.has(upper)) return upper;
  return undefined;
}

/** ISO 3166-1 alpha-2 for an alpha-3 code; undefined when the code is not a current country. */
export function iso2FromIso3(iso3: string): string | undefined {
  return iso2ByIso3.get(iso3.toUpperCase());
}

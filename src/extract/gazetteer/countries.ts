import { createRequire } from "node:module";

/** One country as the extractor knows it: every way English news names it, its people or its government. */
export interface CountryEntry {
  iso3: string;
  iso2: string;
  /** Common short English name used as the entity name: "Russia", "United States", "United Kingdom". */
  name: string;
  /** Every surface form that unambiguously names the country in English news, case as written (includes `name`). */
  names: string[];
  /** Surface forms that are also common first names or words and need context ("Jordan", "Chad", "Georgia"). */
  ambiguousNames: string[];
  /** Adjective and demonym forms: "Russian", "Russians", "British", "Briton". */
  demonyms: string[];
  /** Capital, seat of government and institutional metonyms used to mean the government: "Moscow", "the Kremlin". */
  metonyms: string[];
  /** Capital city name (also a Place). */
  capital?: string;
  unMember: boolean;
  observer: boolean;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms: { eng?: { m: string; f: string } };
}

/** Curated corrections laid over world-countries for one country. */
interface CountryPatch {
  name?: string;
  capital?: string;
  /** Extra unambiguous names. */
  names?: string[];
  /** world-countries spellings dropped here (native-language junk, words, forms given to another country). */
  dropNames?: string[];
  ambiguousNames?: string[];
  demonyms?: string[];
  dropDemonyms?: string[];
  /** Added to the capital. */
  metonyms?: string[];
}

// world-countries ships JSON; createRequire reads it without import attributes (Node 20 ESM needs them).
const WORLD = createRequire(import.meta.url)("world-countries/countries.json") as WorldCountry[];

/** Observers and partially recognised states kept beside the 193 UN members (world-countries' codes → ours). */
const EXTRA_STATES: Readonly<Record<string, { iso3: string; observer: boolean }>> = {
  VAT: { iso3: "VAT", observer: true },
  PSE: { iso3: "PSE", observer: true },
  TWN: { iso3: "TWN", observer: false },
  UNK: { iso3: "XKX", observer: false }, // world-countries calls Kosovo "UNK"; XKX is the code the EU and IMF use
};

/** Abbreviations kept although world-countries' other short codes ("RU", "DE") are dropped. */
const KEPT_ABBREVIATIONS = new Set(["USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"]);

/**
 * Combining forms that open a compound adjective naming two or more sides ("Anglo-American", "Sino-US",
 * "Franco-German"): the country each names, or null for a continent ("Afro-", "Euro-"). Never a word on their own.
 */
export const COMBINING_FORMS: Readonly<Record<string, string | null>> = {
  Anglo: "GBR",
  Franco: "FRA",
  Sino: "CHN",
  Russo: "RUS",
  Indo: "IND",
  Italo: "ITA",
  Greco: "GRC",
  Turco: "TUR",
  Austro: "AUT",
  Germano: "DEU",
  Luso: "PRT",
  Nippo: "JPN",
  Afro: null,
  Euro: null,
};

/** Capitals whose bare name mostly means something else in English news; they stay `capital` but are no metonym. */
export const AMBIGUOUS_CAPITALS: readonly string[] = ["Victoria", "Georgetown"];

const PATCHES: Readonly<Record<string, CountryPatch>> = {
  USA: {
    capital: "Washington",
    names: ["US", "U.S.", "U.S.A.", "America", "United States of America"],
    metonyms: ["the White House", "White House"],
    demonyms: ["Americans"],
  },
  GBR: {
    names: ["UK", "U.K.", "Britain", "Great Britain"],
    demonyms: ["Briton", "Britons", "Brit", "Brits"],
    metonyms: ["Downing Street", "Downing St", "Number 10", "No 10", "No. 10", "Whitehall"],
  },
  RUS: { metonyms: ["the Kremlin", "Kremlin"], demonyms: ["Russians"] },
  CHN: { names: ["PRC", "People's Republic of China"], metonyms: ["Zhongnanhai"], demonyms: ["Chinese"] },
  FRA: {
    demonyms: ["Frenchman", "Frenchmen", "Frenchwoman"],
    metonyms: ["the Elysee", "Elysee", "the Élysée", "Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay"],
  },
  DEU: { metonyms: ["Bonn"] },
  UKR: { metonyms: ["Kiev", "Bankova"], names: ["Ukrayina"] },
  KOR: { names: ["ROK"], metonyms: ["the Blue House", "Blue House", "Yongsan"] },
  PRK: { names: ["DPRK"] },
  JPN: { metonyms: ["Kantei"], dropNames: ["Nippon"] },
  IRN: { metonyms: ["Teheran"] },
  IND: { names: ["Bharat"], metonyms: ["South Block"] },
  TUR: { name: "Turkey", names: ["Turkey", "Türkiye", "Turkiye", "Republic of Turkey"], demonyms: ["Turk", "Turks"] },
  CZE: { name: "Czech Republic", names: ["Czechia"] },
  VAT: { name: "Holy See", names: ["Holy See", "Vatican"], dropDemonyms: ["Vatican"], metonyms: ["the Vatican"] },
  PSE: { names: ["Palestinian territories", "Palestinian Territories", "occupied Palestinian territories"] },
  TWN: { names: ["Taiwan"] },
  UNK: { names: ["Kosovo"], demonyms: ["Kosovan", "Kosovans"] },
  COD: {
    name: "DR Congo",
    names: ["Congo", "D.R. Congo", "DR Congo", "Congo-Kinshasa"],
    demonyms: ["Congolese"],
  },
  COG: {
    names: ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    dropNames: ["Congo"],
    dropDemonyms: ["Congolese"], // AP and Reuters use "Congo"/"Congolese" for the DRC
  },
  DOM: { demonyms: ["Dominican"] },
  DMA: { dropNames: ["Dominique"], dropDemonyms: ["Dominican"] }, // the Dominican Republic is the usual referent
  ARE: { names: ["U.A.E."], dropNames: ["Emirates"], demonyms: ["Emirati", "Emiratis"] },
  SAU: { names: ["KSA"], dropNames: ["Saudi"], demonyms: ["Saudi", "Saudis"] },
  NLD: { names: ["The Netherlands", "the Netherlands"], demonyms: ["Dutchman", "Dutchmen", "Dutchwoman"] },
  BIH: { names: ["Bosnia", "Bosnia-Herzegovina"], demonyms: ["Bosniak", "Bosniaks"] },
  GMB: { names: ["The Gambia", "the Gambia"] },
  BHS: { names: ["The Bahamas", "the Bahamas"] },
  TLS: { names: ["East Timor"], dropNames: ["Timor"], demonyms: ["Timorese"] },
  CPV: { names: ["Cabo Verde"], demonyms: ["Cape Verdean", "Cape Verdeans"] },
  LAO: { names: ["Lao PDR"], dropNames: ["Lao"], demonyms: ["Lao"] },
  THA: { dropNames: ["Thai", "Prathet"], demonyms: ["Thais"] },
  TGO: { dropNames: ["Togolese"] },
  MEX: { dropNames: ["Mexicanos"] },
  PRT: { dropNames: ["Portuguesa"] },
  ISL: { dropNames: ["Island"], demonyms: ["Icelandic", "Icelanders"] },
  BRN: { dropNames: ["the Abode of Peace", "Nation of Brunei"] },
  AGO: { dropNames: ["ʁɛpublika de an'ɡɔla"] },
  NRU: { dropNames: ["Pleasant Island"] },
  FJI: { dropNames: ["Viti"] },
  MKD: { names: ["Macedonia"] },
  KGZ: { demonyms: ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"] },
  TJK: { demonyms: ["Tajik", "Tajiks", "Tajikistani"] },
  KAZ: { demonyms: ["Kazakh", "Kazakhs"], metonyms: ["Nur-Sultan"] },
  UZB: { demonyms: ["Uzbek", "Uzbeks"] },
  TKM: { demonyms: ["Turkmens"] },
  MDV: { demonyms: ["Maldivian", "Maldivians"] },
  ECU: { demonyms: ["Ecuadorian", "Ecuadorians"] },
  COM: { demonyms: ["Comorian", "Comorians"] },
  GNB: { demonyms: ["Bissau-Guinean", "Bissau-Guineans"] },
  SUR: { demonyms: ["Surinamese"] },
  SVN: { demonyms: ["Slovenian", "Slovenians"] },
  BWA: { demonyms: ["Batswana", "Botswanan"] },
  LSO: { demonyms: ["Basotho"] },
  SLV: { demonyms: ["Salvadorian", "Salvadorians"] },
  ARG: { demonyms: ["Argentinian", "Argentinians"] },
  PHL: { demonyms: ["Filipina", "Filipinos", "Philippine"] },
  IRL: { names: ["Eire"], demonyms: ["Irishman", "Irishwoman"] },
  ESP: { demonyms: ["Spaniard", "Spaniards"] },
  SWE: { demonyms: ["Swede", "Swedes"] },
  DNK: { demonyms: ["Danes"] }, // "Dane" and "Finn" are also given names
  FIN: { demonyms: ["Finns"] },
  POL: { demonyms: ["Pole", "Poles"] },
  SRB: { demonyms: ["Serb", "Serbs"] },
  HRV: { demonyms: ["Croat", "Croats"] },
  SOM: { demonyms: ["Somalian", "Somalians"] },
  NPL: { demonyms: ["Nepali", "Nepalis"] },
  LUX: { demonyms: ["Luxembourgish"] },
  DJI: { demonyms: ["Djiboutian", "Djiboutians"] },
  MNG: { capital: "Ulaanbaatar", metonyms: ["Ulan Bator"] },
  BOL: { capital: "La Paz" },
  ZAF: { capital: "Pretoria", demonyms: ["South Africans"] },
  SMR: { capital: "San Marino" },
  KIR: { metonyms: ["Tarawa"] },
  MDA: { metonyms: ["Chisinau"] },
  CMR: { metonyms: ["Yaounde"] },
  COL: { metonyms: ["Bogota"] },
  BRA: { metonyms: ["Brasilia"] },
  PRY: { metonyms: ["Asuncion"] },
  MMR: { metonyms: ["Naypyitaw", "Nay Pyi Taw"] },
  YEM: { metonyms: ["Sanaa", "Sana’a"] },
  TCD: { ambiguousNames: ["Chad"], dropNames: ["Chad"], metonyms: ["Ndjamena", "N’Djamena"] },
  JOR: { ambiguousNames: ["Jordan"], dropNames: ["Jordan"] },
  GEO: { ambiguousNames: ["Georgia"], dropNames: ["Georgia"] },
  GRD: { metonyms: ["St George's", "Saint George's"] },
  ATG: { names: ["Antigua"], metonyms: ["St John's", "St. John's"] },
  KNA: { names: ["St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts"] },
  LCA: { names: ["St Lucia", "St. Lucia"] },
  VCT: { names: ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent"] },
  TTO: { names: ["Trinidad"], metonyms: ["Port-of-Spain"] },
  STP: { metonyms: ["Sao Tome"] },
  TON: { metonyms: ["Nuku’alofa"] },
  SWZ: { metonyms: ["Mbabane"] },
  LKA: { metonyms: ["Sri Jayawardenepura Kotte", "Kotte"] },
};

/** Strings that only look like names: IPA, inverted forms, two-letter ISO codes. */
function isUsableName(form: string): boolean {
  if (form.includes(",") || form.includes("(")) return false;
  if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(form)) return false;
  if (/^[A-Z]{2,4}$/.test(form) && !KEPT_ABBREVIATIONS.has(form)) return false;
  return form.length > 2 || KEPT_ABBREVIATIONS.has(form);
}

const NO_PLURAL = new Set(["Lao", "I-Kiribati", "Ni-Vanuatu", "Motswana", "Batswana", "Mosotho", "Basotho"]);

/** "Russian" → "Russians"; forms that take no -s plural ("French", "Swiss", "Chinese") are left alone. */
function pluralOf(demonym: string): string | undefined {
  if (/(ese|ish|ch|ss|s|z|y|o|x|ic|man|men)$/.test(demonym) || NO_PLURAL.has(demonym)) return undefined;
  return `${demonym}s`;
}

/** Typographic apostrophes appear in scraped news as often as straight ones. */
function withApostropheVariants(forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    out.push(form);
    if (form.includes("'")) out.push(form.replace(/'/g, "’"));
    if (form.includes("’")) out.push(form.replace(/’/g, "'"));
  }
  return out;
}

/** "Trinidad and Tobago" is written "Trinidad & Tobago" too. */
function withAmpersandVariants(forms: readonly string[]): string[] {
  return forms.flatMap((form) => (form.includes(" and ") ? [form, form.replace(/ and /g, " & ")] : [form]));
}

function unique(forms: readonly string[], taken: Set<string>): string[] {
  const out: string[] = [];
  for (const form of forms) {
    const trimmed = form.trim();
    if (!trimmed || taken.has(trimmed)) continue;
    taken.add(trimmed);
    out.push(trimmed);
  }
  return out;
}

function buildCountry(world: WorldCountry): CountryEntry | undefined {
  const extra = EXTRA_STATES[world.cca3];
  // world-countries marks the Holy See a UN member; it is an observer.
  const unMember = world.unMember && !extra;
  if (!unMember && !extra) return undefined;
  const patch = PATCHES[world.cca3] ?? {};
  const name = patch.name ?? world.name.common;
  const drop = new Set(patch.dropNames ?? []);
  const taken = new Set<string>();

  const worldNames = [world.name.common, world.name.official, ...world.altSpellings].filter((f) => isUsableName(f) && !drop.has(f));
  // Ambiguous forms are claimed first so that they never also count as plain names.
  const ambiguousNames = unique(patch.ambiguousNames ?? [], taken);
  const names = unique(withAmpersandVariants(withApostropheVariants([name, ...worldNames, ...(patch.names ?? [])])).filter((f) => !drop.has(f)), taken);

  const dropDemonyms = new Set(patch.dropDemonyms ?? []);
  const baseDemonyms = [world.demonyms.eng?.m, world.demonyms.eng?.f]
    .filter((d): d is string => !!d)
    .flatMap((d) => d.split(/,\s*|\s+or\s+/))
    .filter((d) => !dropDemonyms.has(d));
  const withPlurals = [...baseDemonyms, ...(patch.demonyms ?? [])].flatMap((d) => [d, pluralOf(d)]).filter((d): d is string => !!d && !dropDemonyms.has(d));
  const demonyms = unique(withPlurals, taken);

  const capital = patch.capital ?? world.capital[0];
  const capitalForms = capital && !AMBIGUOUS_CAPITALS.includes(capital) ? [capital] : [];
  const metonyms = unique(withApostropheVariants([...capitalForms, ...(patch.metonyms ?? [])]), taken);

  return {
    iso3: extra?.iso3 ?? world.cca3,
    iso2: world.cca2,
    name,
    names,
    ambiguousNames,
    demonyms,
    metonyms,
    ...(capital ? { capital } : {}),
    unMember,
    observer: extra?.observer ?? false,
  };
}

/** Every UN member (193), the two observer states (Holy See, Palestine), Taiwan and Kosovo, sorted by ISO3. */
export const COUNTRIES: readonly CountryEntry[] = WORLD.map(buildCountry)
  .filter((c): c is CountryEntry => !!c)
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const BY_ISO2 = new Map(COUNTRIES.map((c) => [c.iso2, c]));

/** The country with this ISO 3166-1 alpha-3 code (any case; "XKX" for Kosovo), or undefined. */
export function countryByIso3(iso3: string): CountryEntry | undefined {
  return BY_ISO3.get(iso3.trim().toUpperCase());
}

/** The country with this ISO 3166-1 alpha-2 code (any case; "XK" for Kosovo), or undefined. */
export function countryByIso2(iso2: string): CountryEntry | undefined {
  return BY_ISO2.get(iso2.trim().toUpperCase());
}

import { describe, expect, it } from "vitest";
import {
  AMBIGUOUS_CAPITALS,
  CITY_STATE_PLACES,
  COUNTRIES,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  OFFICE_TITLES,
  ORGANIZATIONS,
  PLACES,
  REGIONS,
  countryByIso2,
  countryByIso3,
  isAmbiguousGivenName,
  isGivenName,
  officeTitlesByForm,
  placesByForm,
  type CountryEntry,
} from "./index.js";

/** Every surface form of a country that names it (not its capital or institutions). */
const nameForms = (c: CountryEntry): string[] => [c.name, ...c.names, ...c.ambiguousNames, ...c.demonyms];
const allForms = (c: CountryEntry): string[] => [...nameForms(c), ...c.metonyms];

/** Which countries a surface form points at, over names, demonyms and metonyms. */
function countriesOfForm(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const country of COUNTRIES) {
    for (const form of allForms(country)) {
      const set = map.get(form) ?? new Set<string>();
      set.add(country.iso3);
      map.set(form, set);
    }
  }
  return map;
}

function countryOf(form: string): string | undefined {
  const set = countriesOfForm().get(form);
  return set && set.size === 1 ? [...set][0] : undefined;
}

describe("countries", () => {
  it("has all 193 UN members, the two observer states, Taiwan and Kosovo", () => {
    expect(COUNTRIES.filter((c) => c.unMember)).toHaveLength(193);
    expect(COUNTRIES.filter((c) => c.observer).map((c) => c.iso3).sort()).toEqual(["PSE", "VAT"]);
    for (const iso3 of ["TWN", "XKX", "VAT", "PSE"]) expect(countryByIso3(iso3)?.unMember, iso3).toBe(false);
    expect(countryByIso3("XKX")?.name).toBe("Kosovo");
    expect(countryByIso3("VAT")?.name).toBe("Holy See");
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.iso2)).size).toBe(COUNTRIES.length);
  });

  it("looks countries up by ISO code in any case", () => {
    expect(countryByIso3("rus")?.name).toBe("Russia");
    expect(countryByIso3("GBR")?.name).toBe("United Kingdom");
    expect(countryByIso2("us")?.iso3).toBe("USA");
    expect(countryByIso2("XK")?.iso3).toBe("XKX");
    expect(countryByIso3("UNK")).toBeUndefined();
    expect(countryByIso3("XYZ")).toBeUndefined();
  });

  it("maps no surface form, demonym or metonym to two countries", () => {
    const shared = [...countriesOfForm()].filter(([, isos]) => isos.size > 1).map(([form, isos]) => `${form}: ${[...isos].join(", ")}`);
    expect(shared).toEqual([]);
  });

  it("keeps each form in only one role within a country", () => {
    for (const country of COUNTRIES) {
      const forms = [...country.names, ...country.ambiguousNames, ...country.demonyms, ...country.metonyms];
      expect(new Set(forms).size, country.iso3).toBe(forms.length);
    }
  });

  it("gives colliding demonyms to the UN member and the usual referent", () => {
    expect(countryOf("American")).toBe("USA");
    expect(countryOf("Americans")).toBe("USA");
    expect(countryOf("French")).toBe("FRA");
    expect(countryOf("British")).toBe("GBR");
    expect(countryOf("Briton")).toBe("GBR");
    expect(countryOf("Dutch")).toBe("NLD");
    expect(countryOf("Indian")).toBe("IND");
    expect(countryOf("Congolese")).toBe("COD");
    expect(countryOf("Dominican")).toBe("DOM");
    expect(countryOf("Russian")).toBe("RUS");
    expect(countryOf("Ukrainians")).toBe("UKR");
    // "Korean" names neither Korea.
    expect(countriesOfForm().get("Korean")).toBeUndefined();
  });

  it("reads capitals and seats of government as the government", () => {
    expect(countryOf("Kremlin")).toBe("RUS");
    expect(countryOf("the Kremlin")).toBe("RUS");
    expect(countryOf("Moscow")).toBe("RUS");
    expect(countryOf("Washington")).toBe("USA");
    expect(countryOf("White House")).toBe("USA");
    expect(countryOf("Kyiv")).toBe("UKR");
    expect(countryOf("Kiev")).toBe("UKR");
    expect(countryOf("Downing Street")).toBe("GBR");
    expect(countryOf("Whitehall")).toBe("GBR");
    expect(countryOf("Élysée")).toBe("FRA");
    expect(countryOf("Beijing")).toBe("CHN");
    expect(countryOf("Pyongyang")).toBe("PRK");
    expect(countryOf("Seoul")).toBe("KOR");
    expect(countryByIso3("USA")?.capital).toBe("Washington");
  });

  it("has every UN member's capital as a metonym, except the few that mostly mean something else", () => {
    const missing = COUNTRIES.filter((c) => c.unMember && c.capital && !c.metonyms.includes(c.capital) && !c.names.includes(c.capital))
      .map((c) => c.capital!)
      .filter((capital) => !AMBIGUOUS_CAPITALS.includes(capital));
    expect(missing).toEqual([]);
    expect(COUNTRIES.filter((c) => c.unMember && !c.capital)).toEqual([]);
  });

  it("knows the short forms news uses and drops two-letter codes", () => {
    expect(countryOf("US")).toBe("USA");
    expect(countryOf("U.S.")).toBe("USA");
    expect(countryOf("America")).toBe("USA");
    expect(countryOf("UK")).toBe("GBR");
    expect(countryOf("Britain")).toBe("GBR");
    expect(countryOf("UAE")).toBe("ARE");
    expect(countryOf("DRC")).toBe("COD");
    expect(countryOf("DPRK")).toBe("PRK");
    expect(countryOf("ROK")).toBe("KOR");
    expect(countryOf("PRC")).toBe("CHN");
    expect(countryOf("Turkey")).toBe("TUR");
    expect(countryOf("Türkiye")).toBe("TUR");
    expect(countryOf("Burma")).toBe("MMR");
    expect(countryOf("Czechia")).toBe("CZE");
    expect(countryOf("Côte d'Ivoire")).toBe("CIV");
    expect(countryOf("Côte d’Ivoire")).toBe("CIV");
    for (const code of ["RU", "DE", "FR", "CN", "UA"]) expect(countriesOfForm().has(code), code).toBe(false);
    expect(countriesOfForm().has("Island")).toBe(false);
  });

  it("holds words that are also first names apart as ambiguous", () => {
    for (const [form, iso3] of [["Jordan", "JOR"], ["Chad", "TCD"], ["Georgia", "GEO"]] as const) {
      const country = countryByIso3(iso3)!;
      expect(country.ambiguousNames).toContain(form);
      expect(country.names).not.toContain(form);
    }
  });
});

describe("offices", () => {
  it("defaults country-specific titles to their country", () => {
    const byForm = officeTitlesByForm();
    expect(byForm.get("secretary of state")).toMatchObject({ title: "Secretary of State", defaultCountry: "USA", countries: ["USA"] });
    expect(byForm.get("chancellor of the exchequer")?.countries).toEqual(["GBR"]);
    expect(byForm.get("chancellor")?.countries).toEqual(["DEU", "AUT"]);
    expect(byForm.get("premier")?.countries).toEqual(["CHN"]);
    expect(byForm.get("taoiseach")?.countries).toEqual(["IRL"]);
    expect(byForm.get("cia director")?.defaultCountry).toBe("USA");
    expect(byForm.get("mi6 chief")?.defaultCountry).toBe("GBR");
    expect(byForm.get("supreme leader")?.defaultCountry).toBe("IRN");
    expect(byForm.get("secretary-general")?.countries).toBeUndefined();
  });

  it("maps the usual phrasings to one canonical title", () => {
    const byForm = officeTitlesByForm();
    for (const form of ["foreign minister", "minister of foreign affairs", "foreign affairs minister", "top diplomat"]) expect(byForm.get(form)?.title, form).toBe("Foreign Minister");
    for (const form of ["spokesperson", "spokesman", "spokeswoman", "press secretary"]) expect(byForm.get(form)?.title, form).toBe("Spokesperson");
    for (const form of ["secretary of defense", "defense secretary", "pentagon chief"]) expect(byForm.get(form)?.title, form).toBe("Secretary of Defense");
    expect(byForm.get("national security adviser")?.category).toBe("SECURITY");
    expect(byForm.get("vice president")?.title).toBe("Vice President");
    expect(byForm.get("envoy")?.title).toBe("Special Envoy");
  });

  it("has lower-case forms, each naming one title, and known country codes", () => {
    const seen = new Map<string, string>();
    for (const entry of OFFICE_TITLES) {
      for (const form of entry.forms) {
        expect(form).toBe(form.toLowerCase());
        expect(seen.get(form) ?? entry.title, form).toBe(entry.title);
        seen.set(form, entry.title);
      }
      for (const iso3 of [...(entry.countries ?? []), ...(entry.defaultCountry ? [entry.defaultCountry] : [])]) {
        expect(countryByIso3(iso3), `${entry.title}: ${iso3}`).toBeDefined();
      }
      if (entry.countries?.length === 1) expect(entry.defaultCountry, entry.title).toBe(entry.countries[0]);
    }
    expect(new Set(OFFICE_TITLES.map((e) => e.title)).size).toBe(OFFICE_TITLES.length);
  });
});

describe("organisations", () => {
  it("covers the international bodies, national institutions, parties and media", () => {
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(250);
    const byForm = new Map(ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases].map((f) => [f, o] as const)));
    for (const form of ["NATO", "EU", "UN Security Council", "IAEA", "CIA", "FSB", "MI6", "Bundestag", "Duma", "Hamas", "IRGC", "Reuters", "AFP", "Tories", "SPD", "BJP", "Munich Security Conference", "G7"]) {
      expect(byForm.has(form), form).toBe(true);
    }
    expect(byForm.get("Tories")?.countryIso3).toBe("GBR");
    expect(byForm.get("Democrats")?.category).toBe("PARTY");
    expect(byForm.get("MI6")?.category).toBe("INTELLIGENCE");
    expect(byForm.get("NATO")?.countryIso3).toBeUndefined();
  });

  it("leaves country metonyms to countries and never shares a form with a country or place", () => {
    const countryForms = new Set(COUNTRIES.flatMap(allForms));
    const placeForms = new Set(PLACES.flatMap((p) => [p.name, ...p.aliases]));
    const seen = new Set<string>();
    for (const org of ORGANIZATIONS) {
      for (const form of [org.name, ...org.aliases]) {
        expect(countryForms.has(form), form).toBe(false);
        expect(placeForms.has(form), form).toBe(false);
        expect(seen.has(form), `${form} names two organisations`).toBe(false);
        seen.add(form);
      }
      if (org.countryIso3) expect(countryByIso3(org.countryIso3), org.name).toBeDefined();
    }
  });
});

describe("places", () => {
  it("has every capital but the ambiguous ones, and hundreds of other places", () => {
    const names = new Set(PLACES.map((p) => `${p.countryIso3}:${p.name}`));
    for (const country of COUNTRIES) {
      if (!country.capital || AMBIGUOUS_CAPITALS.includes(country.capital)) continue;
      expect(names.has(`${country.iso3}:${country.capital}`), country.capital).toBe(true);
    }
    expect(PLACES.length - COUNTRIES.length).toBeGreaterThanOrEqual(400);
  });

  it("shares no surface form with a country's name or demonym, except deliberate city-states", () => {
    const countryNames = new Set(COUNTRIES.flatMap(nameForms));
    const clashes = PLACES.flatMap((p) => [p.name, ...p.aliases]).filter((f) => countryNames.has(f) && !CITY_STATE_PLACES.includes(f));
    expect(clashes).toEqual([]);
    expect(placesByForm().get("singapore")?.countryIso3).toBe("SGP");
  });

  it("gives each surface form one place in a known country, and metonyms only to that country", () => {
    const seen = new Map<string, string>();
    const metonymCountry = new Map(COUNTRIES.flatMap((c) => c.metonyms.map((m) => [m, c.iso3] as const)));
    for (const place of PLACES) {
      expect(countryByIso3(place.countryIso3), place.name).toBeDefined();
      for (const form of [place.name, ...place.aliases]) {
        expect(seen.get(form.toLowerCase()) ?? place.name, form).toBe(place.name);
        seen.set(form.toLowerCase(), place.name);
        const metonymOf = metonymCountry.get(form);
        if (metonymOf) expect(metonymOf, form).toBe(place.countryIso3);
      }
    }
  });

  it("looks places up case-insensitively by any form", () => {
    const byForm = placesByForm();
    expect(byForm.get("munich")).toMatchObject({ name: "Munich", countryIso3: "DEU" });
    expect(byForm.get("kiev")).toMatchObject({ name: "Kyiv", countryIso3: "UKR" });
    expect(byForm.get("crimea")?.countryIso3).toBe("UKR");
    expect(byForm.get("gaza strip")?.countryIso3).toBe("PSE");
    expect(byForm.get("anchorage")?.countryIso3).toBe("USA");
    expect(byForm.get("helsinki")?.countryIso3).toBe("FIN");
    expect(byForm.get("sentosa")?.countryIso3).toBe("SGP");
    expect(byForm.get("washington, d.c.")).toMatchObject({ name: "Washington", countryIso3: "USA" });
  });

  it("keeps multi-country regions out of both countries and places", () => {
    const countryForms = new Set(COUNTRIES.flatMap(allForms));
    const placeForms = new Set(PLACES.flatMap((p) => [p.name, ...p.aliases]));
    for (const region of REGIONS) {
      for (const form of [region.name, ...region.aliases, ...region.adjectives]) {
        expect(countryForms.has(form), form).toBe(false);
        expect(placeForms.has(form), form).toBe(false);
      }
    }
    expect(REGIONS.some((r) => r.aliases.includes("South America") || r.name === "Latin America")).toBe(true);
  });
});

describe("name parts", () => {
  it("lists honorifics, particles and suffixes the name finder relies on", () => {
    for (const h of ["Mr", "Mr.", "Dr", "Sir", "Gen.", "Sheikh", "Ayatollah", "Sen.", "Lt Gen"]) expect(HONORIFICS, h).toContain(h);
    expect(HONORIFICS).not.toContain("Chancellor");
    for (const p of ["von", "van", "der", "bin", "al", "de"]) expect(NAME_PARTICLES, p).toContain(p);
    expect(NAME_PARTICLES.every((p) => p === p.toLowerCase() && !p.includes(" "))).toBe(true);
    expect(NAME_SUFFIXES).toEqual(expect.arrayContaining(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]));
  });

  it("recognises given names from many languages, case-insensitively", () => {
    for (const name of ["Donald", "Vladimir", "Volodymyr", "Marco", "Dmitry", "Olaf", "Narendra", "Fumio", "Emmanuel", "Recep", "Abbas", "Cyril", "Yoav"]) {
      expect(isGivenName(name), name).toBe(true);
    }
    expect(isGivenName("donald")).toBe(true);
    expect(isGivenName("VLADIMIR")).toBe(true);
    expect(isGivenName("Trump")).toBe(false);
    expect(isGivenName("Putin")).toBe(false);
    expect(isGivenName("")).toBe(false);
    // Moby-list entries that are plain words are not names.
    for (const word of ["Any", "Had", "North", "Was"]) expect(isGivenName(word), word).toBe(false);
  });

  it("flags given names that are also common words or places", () => {
    for (const name of ["Will", "May", "Mark", "Bill", "Hope", "Rose", "will", "Jordan", "Georgia"]) expect(isAmbiguousGivenName(name), name).toBe(true);
    for (const name of ["Donald", "Vladimir", "Emmanuel"]) expect(isAmbiguousGivenName(name), name).toBe(false);
    expect(isAmbiguousGivenName("Putin")).toBe(false);
  });
});

import { type KbPerson, type KbTenure, type OfficeCategory } from "../actor-types.js";
import { fullNameKey } from "../names.js";
import { type PetrarchPerson } from "./petrarch.js";

/**
 * Merges the sources into one list of people. The project's compiled facts come first (they are the
 * most exact for 2015–2025), then the UK ministers database, then the Phoenix/PETRARCH dictionaries.
 * A later source's person joins an earlier one only when a full name matches and they share a country;
 * two people of one source are never merged because they share an alias ("George Bush" is an alias of
 * a father and a son of the same name in Phoenix), only because their own names are the same.
 */
export interface OfficeLookup {
  /** Parley's office title and category for a title written in a source ("foreign minister", "Amb. to UN"), if any. */
  (phrase: string, country: string): { title: string; category: OfficeCategory } | undefined;
}

export interface MergeReport {
  people: KbPerson[];
  mergedIntoCompiled: number;
  mergedPetrarchDuplicates: number;
  officesFromNotes: number;
  officesFromAliases: number;
}

const keysOf = (p: KbPerson): string[] => [p.name, ...p.otherNames].map(fullNameKey);

export function mergeSources(compiled: KbPerson[], ifg: KbPerson[], petrarch: PetrarchPerson[], officeOf: OfficeLookup): MergeReport {
  const report: MergeReport = { people: [], mergedIntoCompiled: 0, mergedPetrarchDuplicates: 0, officesFromNotes: 0, officesFromAliases: 0 };
  const people: KbPerson[] = compiled.map((p) => ({ ...p, otherNames: [...p.otherNames], tenures: [...p.tenures], countries: [...p.countries], sources: [...p.sources] }));
  const index = new Map<string, KbPerson[]>();
  const remember = (p: KbPerson): void => {
    for (const key of keysOf(p)) index.set(key, [...(index.get(key) ?? []).filter((q) => q !== p), p]);
  };
  people.forEach(remember);

  const absorb = (into: KbPerson, from: KbPerson): void => {
    for (const name of [from.name, ...from.otherNames]) {
      if (name !== into.name && !into.otherNames.includes(name) && fullNameKey(name) !== fullNameKey(into.name)) into.otherNames.push(name);
    }
    into.gender ??= from.gender;
    // The UK ministers database is exact for UK posts: Phoenix's coarse GBR government ranges are dropped beside it.
    const ukExact = into.tenures.some((t) => t.source.startsWith("ifg:"));
    for (const t of from.tenures) {
      if (ukExact && t.country === "GBR" && t.role) continue;
      // Phoenix's range for an office a curated source already dates is the same tenure, less exactly.
      if (t.office && into.tenures.some((c) => !c.role && c.country === t.country && c.office === t.office && (c.from ?? "") <= (t.to ?? "9999") && (t.from ?? "") <= (c.to ?? "9999"))) continue;
      into.tenures.push(t);
    }
    for (const c of from.countries) if (!into.countries.includes(c)) into.countries.push(c);
    for (const s of from.sources) if (!into.sources.includes(s)) into.sources.push(s);
    remember(into);
  };

  /** The earlier person one of `p`'s own names (not an alias shared with others) matches, sharing a country. */
  const match = (p: KbPerson, names: readonly string[], among?: ReadonlySet<KbPerson>): KbPerson | undefined => {
    for (const name of names) {
      const hits = (index.get(fullNameKey(name)) ?? []).filter(
        (q) => (!among || among.has(q)) && (q.countries.length === 0 || p.countries.length === 0 || q.countries.some((c) => p.countries.includes(c))),
      );
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  };

  for (const p of ifg) {
    const into = match(p, [p.name, ...p.otherNames]);
    if (into) {
      absorb(into, p);
      report.mergedIntoCompiled++;
    } else {
      people.push(p);
      remember(p);
    }
  }

  const curated = new Set(people);
  const byCanonical = new Map<string, KbPerson>();
  // The countries a record acts for, bodies (UN, NATO, EU) included: people of those bodies have no national country.
  const actsFor = (p: KbPerson): string[] => [...new Set([...p.countries, ...p.tenures.map((t) => t.country)])];
  const sameCanonical = (p: KbPerson): KbPerson | undefined => {
    const q = byCanonical.get(fullNameKey(p.name));
    return q && actsFor(q).some((c) => actsFor(p).includes(c)) ? q : undefined;
  };
  for (const raw of petrarch) {
    const p = withOffices(raw, officeOf, report);
    // Phoenix lists some people twice (Xi Jinping): the same canonical name and country is one person.
    // Its aliases join it to a curated person only: Phoenix shares aliases between relatives.
    const into = match(p, [p.name, ...p.otherNames], curated) ?? sameCanonical(p);
    if (into) {
      absorb(into, p);
      if (curated.has(into)) report.mergedIntoCompiled++;
      else report.mergedPetrarchDuplicates++;
    } else {
      const { aliasTitles: _titles, ...person } = p;
      people.push(person);
      remember(person);
      byCanonical.set(fullNameKey(person.name), person);
    }
  }
  report.people = people.sort((a, b) => a.name.localeCompare(b.name) || a.sources[0]!.localeCompare(b.sources[0]!));
  return report;
}

/** Offices for Phoenix tenures: from the tenure's comment ("# Foreign Minister"), or from a titled alias when one government range is all there is. */
function withOffices(p: PetrarchPerson, officeOf: OfficeLookup, report: MergeReport): PetrarchPerson {
  const tenures: KbTenure[] = p.tenures.map((t) => {
    if (!t.note || t.office) return t;
    const office = officeOf(t.note.replace(/#.*$/, "").trim(), t.country);
    if (!office) return t;
    report.officesFromNotes++;
    return { ...t, office: office.title, category: office.category };
  });
  // A titled alias says which office, not when: only a person with one government range at all gets it there.
  const government = tenures.filter((t) => t.role === "GOV" || t.role === "IGO");
  if (government.length === 1 && !government[0]!.office) {
    const t = government[0]!;
    const titled = p.aliasTitles.map((title) => officeOf(title, t.country)).find((o) => o !== undefined);
    if (titled) {
      report.officesFromAliases++;
      tenures[tenures.indexOf(t)] = { ...t, office: titled.title, category: titled.category };
    }
  }
  return { ...p, tenures };
}

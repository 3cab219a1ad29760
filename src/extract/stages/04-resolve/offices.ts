import { officeId, personId, precisionOf, type PartialDate } from "../../../domain/index.js";
import { type KbTenure } from "../../../knowledge/index.js";
import { LOCAL_POSTS, type OfficeCategory } from "../../gazetteer/index.js";
import { type Mention, type NameMention, type OfficeMention } from "../03-mentions/index.js";
import { type ResolveContext, inSentence } from "./context.js";
import { isProminent, tenureFitsTitle, tenuresOn } from "./knowledge.js";
import { contextOfficeCountry, dominantCountry } from "./office-country.js";
import { type People, type PersonRecord } from "./people.js";

/**
 * Offices held: from "Title Name" ("Foreign Minister Jane Roe") and appositives ("Roe, the
 * Ruritanian foreign minister,"), dated by the knowledge base when it knows the tenure; and, for a
 * known person, the prominent offices the base says they held on the article's date. An office is
 * a state's: it needs a country the text or the base gives, and party, committee, company and local
 * posts ("chairman", "party leader", "mayor") never take one from context.
 */
export interface ResolvedOffice {
  personId: string;
  officeId: string;
  title: string;
  iso3: string;
  /** The office phrase, or the person's first mention when the knowledge base alone gives the office. */
  mention: Mention;
  confidence: number;
  from?: PartialDate;
  to?: PartialDate;
  source: "text" | "knowledge";
  /**
   * Whether the person held it on the article's date, as far as the knowledge base knows: true when a
   * tenure covers the date, false when the base knows the person in this office only at other times.
   */
  current?: boolean;
}

/** Categories of state offices: executive, diplomatic, security and legislative posts. */
const STATE_CATEGORIES: ReadonlySet<OfficeCategory> = new Set(["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "DEPUTY_HEAD", "MINISTER", "SPOKESPERSON", "ENVOY", "AMBASSADOR", "SECURITY", "LEGISLATOR", "MONARCH"]);
/** Posts that are no state's office whatever the sentence says. */
const NON_STATE_TITLE = /^(Chairman|Chief Executive|Party Leader|Director-General|Secretary-General|First Lady|President of the European Commission|President of the European Council|High Representative for Foreign Affairs|European Commissioner)$/;

export function resolveOffices(context: ResolveContext, people: People): ResolvedOffice[] {
  const claims = officeClaims(context, people);
  // Countries the phrase or the title itself states come first; they tell each person's own country and the
  // article's home country, which then guide titles that state none.
  const stated = new Map<OfficeMention, { iso3: string; confidence: number }>();
  const tenureOf = (person: PersonRecord, office: OfficeMention): KbTenure | undefined =>
    person.actor ? fittingTenure(tenuresOn(person.actor, context.date), office, context.date) : undefined;
  for (const { office, person } of claims) {
    const country = statedOfficeCountry(office);
    // "Defence Secretary Mark Esper": a country the title only implies gives way to the one of the office the
    // knowledge base says its holder held that day.
    const tenure = country && !office.iso3 ? tenureOf(person, office) : undefined;
    if (tenure && /^[A-Z]{3}$/.test(tenure.country) && tenure.country !== country!.iso3) stated.set(office, { iso3: tenure.country, confidence: 0.9 });
    else if (country) stated.set(office, country);
  }
  const known = new Map<PersonRecord, Set<string>>();
  const byCountry = new Map<string, Set<PersonRecord>>();
  const remember = (person: PersonRecord, iso3: string): void => {
    known.set(person, (known.get(person) ?? new Set()).add(iso3));
    byCountry.set(iso3, (byCountry.get(iso3) ?? new Set()).add(person));
  };
  for (const { office, person } of claims) {
    const country = stated.get(office);
    if (country) remember(person, country.iso3);
  }
  for (const person of people.people) for (const c of person.actor?.countries ?? []) if (!known.get(person)?.has(c) && (person.actor?.countries.length ?? 0) === 1) remember(person, c);
  const home = dominantCountry(byCountry);

  const held: ResolvedOffice[] = [];
  for (const { office, person } of claims) {
    const id = personId(person.name);
    const tenure = tenureOf(person, office);
    const elsewhen = !tenure && !!context.date && !!person.actor?.tenures.some((t) => tenureFitsTitle(t, office));
    let country = stated.get(office);
    if (!country && tenure && /^[A-Z]{3}$/.test(tenure.country)) country = { iso3: tenure.country, confidence: 0.9 };
    if (!country && isStateTitle(office)) {
      const sentence = context.sentences[office.sentence]!;
      country = contextOfficeCountry(sentence, inSentence(context, office.sentence), office, known.get(person), home);
    }
    if (!country || !isStateTitle(office, !!stated.get(office) || !!tenure)) continue;
    // A title of another government's convention ("Defence Secretary" for the US one) takes the base's title.
    const title = tenure?.office && tenure.country === country.iso3 && office.entry.countries && !office.entry.countries.includes(country.iso3) ? tenure.office : office.title;
    held.push({
      personId: id,
      officeId: officeId(country.iso3, title),
      title,
      iso3: country.iso3,
      mention: office,
      confidence: country.confidence,
      ...(tenure && tenure.country === country.iso3 ? datesOf(tenure) : {}),
      source: "text",
      ...(tenure && context.date ? { current: true } : elsewhen ? { current: false } : {}),
    });
  }
  // A country guessed from the sentence gives way to the same title stated with its country elsewhere.
  const fromText = held.filter(
    (office) => office.confidence >= 0.85 || !held.some((o) => o.personId === office.personId && o.title === office.title && o.iso3 !== office.iso3 && o.confidence > office.confidence),
  );
  return [...fromText, ...knownOffices(context, people, fromText)];
}

/** Who holds which office phrase: "Title Name", then "Name, the title,". */
function officeClaims(context: ResolveContext, people: People): { office: OfficeMention; person: PersonRecord }[] {
  const claims: { office: OfficeMention; person: PersonRecord }[] = [];
  for (const [mention, person] of people.personOf) {
    if (mention.office && !mention.office.former && !mention.office.plural) claims.push({ office: mention.office, person });
  }
  const claimed = new Set(claims.map((c) => c.office));
  for (const office of context.mentions) {
    if (office.kind !== "OFFICE" || office.former || office.plural || claimed.has(office)) continue;
    const sentence = context.sentences[office.sentence]!;
    const mentions = inSentence(context, office.sentence);
    const name = mentions.find((m): m is NameMention => m.kind === "NAME" && m.tokenEnd < office.tokenStart && office.tokenStart - m.tokenEnd <= 4 && people.personOf.has(m));
    if (!name) continue;
    const between = sentence.tokens.slice(name.tokenEnd, office.tokenStart);
    const countryTokens = new Set(mentions.filter((m) => m.kind === "COUNTRY" || m.kind === "ORGANIZATION").flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
    if (between[0]?.text !== "," || !between.slice(1).every((t) => /^(the|a|an|'s|’s|top|chief|then|now|current|acting|interim|deputy)$/.test(t.lower) || countryTokens.has(t.i))) continue;
    claims.push({ office, person: people.personOf.get(name)! });
  }
  return claims;
}

function isStateTitle(office: OfficeMention, countryStated = false): boolean {
  if (NON_STATE_TITLE.test(office.entry.title) || office.partyPost || LOCAL_POSTS.has(office.entry.title)) return false;
  if (office.entry.forms.length === 0) return false; // a capitalised word the name rule read as a title ("Director")
  // "Spokesman Tom Roe said": whose spokesperson the text does not say (party, firm, ministry or state) — no state office
  // unless the phrase or the knowledge base names the state ("Kremlin spokesman").
  if (office.entry.category === "SPOKESPERSON" && !countryStated) return false;
  if (STATE_CATEGORIES.has(office.entry.category)) return true;
  // Other posts (governors, mayors, chiefs of staff) only where the text or the title names the country.
  return countryStated || !!office.entry.defaultCountry;
}

/** The country an office phrase states itself ("Russian President") or its title implies ("Secretary of State"). */
function statedOfficeCountry(office: OfficeMention): { iso3: string; confidence: number } | undefined {
  if (office.iso3) return { iso3: office.iso3, confidence: 0.95 };
  if (office.entry.countries?.length === 1) return { iso3: office.entry.countries[0]!, confidence: 0.9 };
  if (office.entry.defaultCountry) return { iso3: office.entry.defaultCountry, confidence: 0.85 };
  return undefined;
}

function fittingTenure(tenures: readonly KbTenure[], office: OfficeMention, date: string | undefined): KbTenure | undefined {
  // The same title first ("President" is not the General Secretary's tenure, though both head the state).
  const fitting = tenures.filter((t) => tenureFitsTitle(t, office) && t.office).sort((a, b) => Number(b.office!.toLowerCase() === office.entry.title.toLowerCase()) - Number(a.office!.toLowerCase() === office.entry.title.toLowerCase()));
  // Without a date only an unambiguous tenure dates the office.
  if (!date && fitting.length > 1) return undefined;
  return fitting[0];
}

function datesOf(tenure: KbTenure): { from?: PartialDate; to?: PartialDate } {
  const date = (value: string | undefined): PartialDate | undefined => {
    const precision = value ? precisionOf(value) : undefined;
    return value && precision ? { value, precision } : undefined;
  };
  const from = date(tenure.from);
  const to = date(tenure.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Prominent offices a known person held on the article's date that the text did not state (it calls them by name alone). */
function knownOffices(context: ResolveContext, people: People, stated: readonly ResolvedOffice[]): ResolvedOffice[] {
  if (!context.date) return [];
  const found: ResolvedOffice[] = [];
  for (const person of people.people) {
    const actor = person.actor;
    const first = person.mentions[0];
    if (!actor || !first) continue;
    const id = personId(person.name);
    for (const tenure of tenuresOn(actor, context.date)) {
      if (!tenure.office || !isProminent(tenure) || !/^[A-Z]{3}$/.test(tenure.country)) continue;
      const office = officeId(tenure.country, tenure.office);
      if (stated.some((o) => o.personId === id && o.officeId === office) || found.some((o) => o.personId === id && o.officeId === office)) continue;
      found.push({ personId: id, officeId: office, title: tenure.office, iso3: tenure.country, mention: first, confidence: 0.75, ...datesOf(tenure), source: "knowledge", current: true });
    }
  }
  return found;
}

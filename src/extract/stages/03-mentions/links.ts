import { COUNTRIES, LOCAL_POSTS, PARTY_POSTS, isGivenName, placesByForm } from "../../gazetteer/index.js";
import { type ActorLookup } from "../../actors.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { span } from "./family.js";
import { type CountryMention, type Mention, type NameMention, type OfficeMention, type OrganizationMention, type PlaceMention } from "./types.js";

/**
 * Relations between one sentence's settled mentions, as new mention objects (the settled ones are
 * not changed): a speaker called "it", the country of an office ("Russian President", "the Foreign Minister of Japan"),
 * the title before a name ("Secretary of State Marco Rubio"), a party named inside a longer name
 * ("Radical Democrats"), and ambiguous country names ("Jordan") that no person claimed.
 */
export function linkMentions(sentence: AnalyzedSentence, mentions: readonly Mention[], text: string, titleCase: boolean, actors: ActorLookup): Mention[] {
  let result = partiesInLongerNames(sentence, mentions, text, titleCase);
  result = speakersCalledIt(sentence, result, actors);
  result = ambiguousCountries(result);
  result = officeCountries(result, sentence.tokens);
  return titlesOfNames(result);
}

/**
 * "Veltrax said it would cut jobs": a lone capitalised word that speaks and calls itself "it" is a body. Not a
 * given name, nor a name the knowledge base knows someone by ("Putin said it would help" is Putin on something).
 */
function speakersCalledIt(sentence: AnalyzedSentence, mentions: readonly Mention[], actors: ActorLookup): Mention[] {
  const tokens = sentence.tokens;
  return mentions.map((m) => {
    if (m.kind !== "NAME" || m.evidence !== "capitalised" || m.tokenEnd - m.tokenStart !== 1) return m;
    if (!REPORTING_VERB.test(tokens[m.tokenEnd]?.lower ?? "") || tokens[m.tokenEnd + 1]?.lower !== "it") return m;
    if (isGivenName(m.text) || actors.byShortName(m.text).length > 0) return m;
    const { evidence: _e, office: _o, honorific: _h, ...base } = m;
    return { ...base, kind: "ORGANIZATION", entry: { name: m.text, aliases: [], category: "OTHER" } } satisfies OrganizationMention;
  });
}

const AMBIGUOUS = new Map<string, string>();
function ambiguousCountryForms(): Map<string, string> {
  if (AMBIGUOUS.size === 0) for (const country of COUNTRIES) for (const form of country.ambiguousNames) AMBIGUOUS.set(form, country.iso3);
  return AMBIGUOUS;
}

/** "Jordan", "Georgia", "Chad": a country where nothing but capitals called it a name. */
function ambiguousCountries(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.kind !== "NAME" || m.evidence !== "capitalised") return m;
    const iso3 = ambiguousCountryForms().get(m.text);
    if (!iso3) return m;
    const { evidence: _e, office: _o, honorific: _h, ...base } = m;
    return { ...base, kind: "COUNTRY", iso3, via: "name" } satisfies CountryMention;
  });
}

const BETWEEN_COUNTRY_AND_OFFICE = new Set(["'s", "’s", "'", "top", "chief", "senior", "acting", "new", "then", "former", "interim", "outgoing", "incoming"]);

/** Lower-case portfolio words before "spokesman" in a party's front-bench title ("home affairs", "family", "campaign"). */
const PORTFOLIO_WORD = /^(affairs|family|families|campaign|campaigns|health|education|environment|transport|work|pensions|economic|economy|trade|industry|home|culture|media|sport|justice|rural|agriculture|defence|defense|housing|treasury|finance|energy|immigration|europe|welfare|children|women|equality|policy|business|employment|constitutional|legal|local|communities|science|technology|security|international|development|foreign)$/;

/**
 * "Lib Dem Treasury spokesman", "Conservative deregulation spokesman", "home affairs spokesman", "Local government
 * spokesman" opening a sentence: a party's portfolio. "Government", "Kremlin" or "ministry" spokespeople speak for a state.
 */
function frontBenchPost(office: Mention, mentions: readonly Mention[], tokens: readonly Token[]): boolean {
  const before = tokens[office.tokenStart - 1];
  if (!before || (STATE_BODY.test(before.lower) && tokens[office.tokenStart - 2]?.lower !== "local")) return false;
  const endingAt = (k: number): Mention | undefined => mentions.find((m) => m.tokenEnd === k + 1 && m.tokenStart <= k);
  let k = office.tokenStart - 1;
  for (; k >= 0 && office.tokenStart - k <= 4; k--) {
    const m = endingAt(k);
    if (m?.kind === "ORGANIZATION" && m.entry.category === "PARTY") return true;
    if (m && m.kind !== "ORGANIZATION" && !(m.kind === "NAME" && PORTFOLIO_WORD.test(m.text.toLowerCase()))) break;
    if (!/^\p{Ll}/u.test(tokens[k]!.text) && !PORTFOLIO_WORD.test(tokens[k]!.lower)) break;
  }
  if (k === office.tokenStart - 1) return false;
  return /^\p{Ll}/u.test(tokens[k + 1]!.text) || k < 0;
}

const STATE_BODY = /^(government|ministry|presidential|embassy|palace|army|military|police|state|department|kremlin|cabinet)$/;

/** Countries before an office ("US President", "Russia's foreign minister") or after "of" ("Foreign Minister Wang Yi of China"). */
function officeCountries(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const replaced = new Map<Mention, Mention>();
  const ofOffice = new Set<Mention>();
  for (const office of mentions) {
    if (office.kind !== "OFFICE") continue;
    // "home affairs spokesman", "Lib Dem foreign affairs spokeswoman": a spokesperson for a portfolio speaks for a
    // party's front bench; one speaks for the state only as "Kremlin", "White House" or "government" spokesperson.
    if (office.entry.title === "Spokesperson" && frontBenchPost(office, mentions, tokens)) {
      replaced.set(office, { ...office, partyPost: true });
      continue;
    }
    const before = mentions.filter((m) => m.tokenEnd <= office.tokenStart).at(-1);
    let iso3: string | undefined;
    if (before && office.tokenStart - before.tokenEnd <= 3 && tokens.slice(before.tokenEnd, office.tokenStart).every((t) => BETWEEN_COUNTRY_AND_OFFICE.has(t.lower))) {
      const city = before.kind === "COUNTRY" && before.via === "metonym" ? placesByForm().get(before.text.toLowerCase()) : undefined;
      if (before.kind === "COUNTRY" && city && city.countryIso3 === before.iso3 && LOCAL_POSTS.has(office.entry.title)) {
        // "London Mayor": the capital is the city whose post it is, not its country's government.
        const { via: _v, ofOffice: _o, ...base } = before;
        replaced.set(before, { ...base, kind: "PLACE", name: city.name, iso3: city.countryIso3 } satisfies PlaceMention);
        continue;
      }
      // "the Anglo-Irish envoy": a compound names two sides, not the office's country.
      if (before.kind === "COUNTRY" && before.via !== "compound") {
        iso3 = before.iso3;
        ofOffice.add(before);
      } else if (before.kind === "ORGANIZATION" && before.entry.category === "PARTY" && PARTY_POSTS.has(office.entry.title)) {
        // "Labour Party president", "Liberal Democrat spokesman": the party's post, of no state.
        replaced.set(office, { ...office, partyPost: true });
        continue;
      } else if (before.kind === "ORGANIZATION" && before.entry.countryIso3) iso3 = before.entry.countryIso3;
    }
    if (!iso3) {
      // "the Foreign Minister of Japan", "Foreign Minister Wang Yi of China", "the presidents of Chile and Peru".
      const holder = mentions.find((m) => m.kind === "NAME" && m.tokenStart === office.tokenEnd);
      const end = holder ? holder.tokenEnd : office.tokenEnd;
      if (tokens[end]?.lower === "of") {
        const from = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
        const country = mentions.find((m) => m.kind === "COUNTRY" && m.via === "name" && m.tokenStart === from);
        // "chief executive of China Aviation Oil": a country opening a longer name is not the office's.
        if (country?.kind === "COUNTRY" && !/^\p{Lu}/u.test(tokens[country.tokenEnd]?.text ?? "") && !office.plural) {
          iso3 = country.iso3;
          ofOffice.add(country);
        }
      }
    }
    if (iso3) replaced.set(office, { ...office, iso3 });
  }
  return mentions.map((m) => {
    const next = replaced.get(m) ?? m;
    return ofOffice.has(m) && m.kind === "COUNTRY" ? { ...m, ofOffice: true } : next;
  });
}

/** A name right after an office phrase takes it as its title ("Russian President Vladimir Putin"). */
function titlesOfNames(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.kind !== "NAME") return m;
    const office = mentions.find((o): o is OfficeMention => o.kind === "OFFICE" && o.tokenEnd === m.tokenStart && !o.plural);
    if (!office) return m.office ? ({ ...m, office: undefined } as NameMention) : m;
    return { ...m, office, evidence: m.evidence === "capitalised" || m.evidence === "given-name" ? "title" : m.evidence } satisfies NameMention;
  });
}

/** Capitalised words that open a party's name built on another's ("Radical Democrats", "Progressive Republicans"). */
const PARTY_QUALIFIER = /^(Liberal|Social|Christian|Free|New|Progressive|Radical|National|Popular|Green|United|Socialist|Conservative|Democratic|Republican|Civic|Independent|Moderate|Patriotic|Unionist|Labour|Labor|Reform)$/;

/**
 * A known party's name at the end of a longer capitalised name is another party: "Radical Democrats" is not the US
 * Democratic Party and gets no country; "Irish Republicans", "Australian Labour" take the people's country, and
 * "Carinthia Democratic Party" the region's. A qualifier the name rule read alone as a capitalised name
 * ("Radical", "Democratic") is absorbed.
 */
function partiesInLongerNames(sentence: AnalyzedSentence, mentions: readonly Mention[], text: string, titleCase: boolean): Mention[] {
  const tokens = sentence.tokens;
  let result = [...mentions];
  for (const org of mentions.filter((m): m is OrganizationMention => m.kind === "ORGANIZATION" && m.entry.category === "PARTY")) {
    let start = org.tokenStart;
    const absorbed: Mention[] = [];
    const free = (k: number): boolean => {
      const owners = result.filter((m) => m.tokenStart <= k && m.tokenEnd > k);
      return owners.every((m) => m.kind === "NAME" && m.evidence === "capitalised" && tokens.slice(m.tokenStart, m.tokenEnd).every((t) => PARTY_QUALIFIER.test(t.text)));
    };
    while (!titleCase && start > 1 && org.tokenStart - start < 3 && free(start - 1) && PARTY_QUALIFIER.test(tokens[start - 1]!.text)) {
      start--;
      absorbed.push(...result.filter((m) => m.tokenStart <= start && m.tokenEnd > start));
    }
    const people = result.find((m): m is CountryMention => m.kind === "COUNTRY" && m.via === "demonym" && m.tokenEnd === start);
    const region = result.find((m): m is PlaceMention => m.kind === "PLACE" && !!m.iso3 && m.tokenEnd === start);
    // A people before a longer name ("German Social Democrats"), or one other than the party's ("Irish Republicans").
    const prefix = (people && (start < org.tokenStart || people.iso3 !== org.entry.countryIso3) ? people : undefined) ?? region;
    if (start === org.tokenStart && !prefix) continue;
    const country = prefix?.kind === "PLACE" ? prefix.iso3 : prefix?.iso3;
    const removed = new Set<Mention>([org, ...absorbed, ...(prefix ? [prefix] : [])]);
    const base = span(sentence, prefix ? prefix.tokenStart : start, org.tokenEnd, text);
    const party: OrganizationMention = { kind: "ORGANIZATION", entry: { name: base.text, aliases: [], category: "PARTY", ...(country ? { countryIso3: country } : {}) }, ...base };
    result = [...result.filter((m) => !removed.has(m)), party].sort((a, b) => a.start - b.start);
  }
  return result;
}

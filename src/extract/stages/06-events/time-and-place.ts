import { placeId, type PartialDate } from "../../../domain/index.js";
import { CITY_STATE_PLACES, PLACES, countryByIso3, placesByForm } from "../../gazetteer/index.js";
import { namesVenueOf } from "./parties.js";
import { type AnalyzedSentence, type Token } from "../02-sentences.js";
import { type Mention } from "../03-mentions/index.js";
import { type Resolution } from "../04-resolve/index.js";
import { type DateMention } from "../05-dates.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { type EventStageOutput } from "./types.js";

/** When and where an event happened: the date and the venue its own clause gives it. */
/** Light verbs that carry a contact noun ("spoke … in a phone call", "held talks") and so do not end its reach. */
/** With them, verbs of an event's course ("the summit begins on 16 December", "talks will take place on Monday"). */
export const LIGHT_VERBS = /^(speak|talk|hold|have|make|conduct|be|do|begin|start|open|take|resume|continue|end|close|conclude)$/;

/**
 * The date of the trigger's own clause: the nearest date that no other verb or subordinate clause
 * separates from it ("the first call … since Trump began his term in January" is not January's call).
 */
export function nearestDate(dates: readonly DateMention[], sentence: AnalyzedSentence, trigger: Token, sentenceMentions: readonly Mention[]): PartialDate | undefined {
  return nearestDateMention(dates, sentence, trigger, sentenceMentions)?.date;
}

/** A date reckoned from the publication day ("next week", "on Monday"), not stated with a day or year number ("16 December"). */
export function isReckoned(date: Pick<DateMention, "text">): boolean {
  return !/\d/.test(date.text);
}

/**
 * A day or month written without its year ("begins on 16 December") for an event still planned on
 * the publication day lies ahead of it: the same day a year on, when the parser took the past one.
 */
export function aheadOf(date: Pick<DateMention, "date" | "relative">, publishedAt: string | undefined): PartialDate {
  const { date: value } = date;
  if (!date.relative || !publishedAt || value.precision === "YEAR" || (value.end ?? value.value) >= publishedAt.slice(0, value.value.length)) return value;
  const year = Number(value.value.slice(0, 4)) + 1;
  const shifted = `${year}${value.value.slice(4)}`;
  return { ...value, value: shifted, ...(value.end ? { end: `${Number(value.end.slice(0, 4)) + 1}${value.end.slice(4)}` } : {}) };
}

/** The date expression nearestDate reads, with whether it was relative. */
export function nearestDateMention(dates: readonly DateMention[], sentence: AnalyzedSentence, trigger: Token, sentenceMentions: readonly Mention[]): DateMention | undefined {
  const tokens = sentence.tokens;
  const insideMention = (k: number): boolean => sentenceMentions.some((m) => k >= m.tokenStart && k < m.tokenEnd);
  const reachable = (date: DateMention): boolean => {
    const dateStart = tokens.findIndex((t) => t.end > date.start);
    const dateEnd = tokens.findIndex((t) => t.start >= date.end);
    const [from, to] = dateStart > trigger.i ? [trigger.i + 1, dateStart] : [dateEnd < 0 ? tokens.length : dateEnd, trigger.i];
    const between = tokens.slice(from, to).filter((t) => !insideMention(t.i));
    if (between.length > 14) return false;
    const coordinated = between.some((t, k) => t.text === "," && /^(and|but)$/.test(between[k + 1]?.lower ?? ""));
    // "Since he started the job in 2004, Straw has held talks": a date in an opening subordinate clause is that clause's.
    if (dateStart < trigger.i && subordinateOpening && between.some((t) => t.text === ",")) return false;
    // "Roe said on Sunday: 'our team has arrived'": a colon or an opening quote starts another clause, reported or listed.
    const opensQuote = between.some((t, k) => /^["“]$/.test(t.text) && k < between.length - 1);
    // "reported last week that Roe met Doe": a date before a "that" clause is the main verb's (the tagger may call it a pronoun).
    const complement = dateStart < trigger.i && between.some((t) => t.lower === "that");
    if (coordinated || opensQuote || complement || !between.every((t) => t.pos !== "SCONJ" && t.text !== ";" && t.text !== ":")) return false;
    // "met on Monday, ahead of a summit", "the summit after talks on Friday": the date is the other event's.
    if (between.some((t) => /^(ahead|eve|before|after|following|since|until)$/.test(t.lower))) return false;
    // Participles modifying a noun ("negotiations involving both delegations") are not predicates.
    const verbs = between.filter((t) => t.pos === "VERB" && !LIGHT_VERBS.test(t.lemma) && !/ing$/.test(t.lower));
    if (between.some((t) => t.pos === "VERB" && /ing$/.test(t.lower) && !nounSubject)) return false;
    // "A meeting … collapsed into an exchange on Friday", "negotiations followed on Tuesday": a noun that is
    // its clause's subject takes the date of its own predicate, one verb on.
    return verbs.length === 0 || (verbs.length === 1 && dateStart > trigger.i && nounSubject);
  };
  const subordinateOpening = tokens[0]?.pos === "SCONJ";
  const nounSubject = trigger.pos !== "VERB" && !tokens.slice(0, trigger.i).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.text === ";");
  let candidates = dates.filter((d) => d.sentence === sentence.index && reachable(d));
  if (candidates.length === 0) {
    // "Two days earlier, on Wednesday, X visited Kyiv, and Y spoke by phone with Z": a date in the
    // sentence's opening phrase sets the time of every clause after it.
    const firstComma = tokens.findIndex((t) => t.text === ",");
    const opening = firstComma >= 0 && firstComma <= 8 && !subordinateOpening ? tokens[firstComma]!.end : -1;
    // "On Wednesday, Roe said he had met Doe": the opening dates the saying, not the contact it reports.
    const reported = tokens.slice(firstComma + 1, trigger.i).some((t) => REPORTING_VERB.test(t.lower));
    candidates = reported ? [] : dates.filter((d) => d.sentence === sentence.index && d.end <= opening && d.end <= trigger.start);
  }
  if (candidates.length === 0) return undefined;
  const distance = (d: DateMention): number => (d.start >= trigger.end ? d.start - trigger.end : (trigger.start - d.end) * 1.5);
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}

export const VENUE_PREPOSITIONS = /^(in|at|to)$/;

/** Where the event happens: a place, capital or country after "in/at/to", or a venue whose name holds a city. */
export function placeOf(
  sentence: AnalyzedSentence,
  trigger: number,
  sentenceMentions: readonly Mention[],
  resolution: Resolution,
  places: EventStageOutput["places"],
  countryVenues = false,
): string | undefined {
  const tokens = sentence.tokens;
  const isVisit = tokens[trigger]!.lemma === "visit";
  let countryVenue: Extract<Mention, { kind: "COUNTRY" }> | undefined;
  // The venue belongs to this trigger only if no other verb stands between them ("call …, agreeing to end the war in Ukraine").
  const insideMention = (k: number): boolean => sentenceMentions.some((m) => k >= m.tokenStart && k < m.tokenEnd);
  const reachable = (m: Mention): boolean => {
    const [from, to] = m.tokenStart > trigger ? [trigger + 1, m.tokenStart] : [m.tokenEnd, trigger];
    // Names and punctuation do not count towards the distance ("talks between A, B and C at the venue").
    const between = tokens.slice(from, to).filter((t) => !insideMention(t.i) && t.pos !== "PUNCT");
    if (between.length > (m.tokenStart > trigger ? 8 : 6)) return false;
    // "the meeting will take place in Warsaw", "talks held in Geneva": a verb of the noun's own course keeps its venue.
    const ownCourse = (t: Token): boolean => tokens[trigger]!.pos !== "VERB" && m.tokenStart > trigger && COURSE_VERB.test(t.lemma);
    return between.every((t) => (t.pos !== "VERB" || ownCourse(t)) && t.text !== ";");
  };
  const venues = sentenceMentions
    .filter((m) => m.kind === "PLACE" || m.kind === "COUNTRY" || m.kind === "ORGANIZATION")
    .filter((m) => {
      const before = tokens[m.tokenStart - 1]?.lower ?? "";
      // "in the resort town of Sochi", "at the Black Sea city of Sochi": the preposition before the settlement word.
      const settlement = before === "of" ? settlementBefore(tokens, m.tokenStart - 1) : undefined;
      // "bound for Abu Dhabi to meet Doe", "headed for Oslo": a journey's destination.
      const destination = before === "for" && /^(bound|headed|heading|left|leaves|leaving|departed|set)$/.test(tokens[m.tokenStart - 2]?.lower ?? "");
      const beforeThe = settlement ?? (destination ? "to" : before === "the" ? tokens[m.tokenStart - 2]?.lower ?? "" : before);
      // "visited Washington": the object of a visit is where it happened.
      // "the Helsinki summit", "the Singapore talks": a place naming the contact from inside its noun phrase.
      const modifier = (m.kind === "PLACE" || namesVenueOf(m, tokens)) && m.tokenEnd <= trigger && trigger - m.tokenEnd <= 1 && tokens[trigger]!.pos !== "VERB";
      // "left for Hanoi, where he will meet Doe": the place a "where" clause opens on is the venue of its contact.
      const whereClause = m.tokenEnd < trigger && /^(where)$/.test((tokens[m.tokenEnd]?.text === "," ? tokens[m.tokenEnd + 1] : tokens[m.tokenEnd])?.lower ?? "");
      return modifier || whereClause || VENUE_PREPOSITIONS.test(beforeThe) || (isVisit && (m.tokenStart === trigger + 1 || (before === "the" && m.tokenStart === trigger + 2)));
    })
    .filter((m) => (m.kind !== "COUNTRY" || m.via !== "demonym" || tokens[m.tokenEnd]?.lower === "capital") && reachable(m));
  const ordered = [...venues].sort((a, b) => {
    const da = a.tokenStart > trigger ? a.tokenStart - trigger : (trigger - a.tokenStart) * 3;
    const db = b.tokenStart > trigger ? b.tokenStart - trigger : (trigger - b.tokenStart) * 3;
    return da - db;
  });
  for (const venue of ordered) {
    if (venue.kind === "PLACE") return resolution.entityOfMention.get(venue);
    if (venue.kind === "COUNTRY") {
      const country = countryByIso3(venue.iso3);
      // "to Moscow" names the city, "in Saudi Arabia" the country.
      // "the Ukrainian capital" is the capital city.
      if (venue.via === "demonym" && country?.capital) return recordPlace(places, country.capital, venue.iso3, venue);
      const city = venue.via === "metonym" ? placesByForm().get(venue.text.toLowerCase()) : undefined;
      if (city && city.countryIso3 === venue.iso3) return recordPlace(places, city.name, venue.iso3, venue);
      // A country alone is no venue ("visited Britain"): the event's place is a city, resort or island the text names,
      // which a city-state is ("in Singapore").
      if (venue.via === "name" && country && CITY_STATE_PLACES.includes(country.name)) return recordPlace(places, country.name, venue.iso3, venue);
      // "would meet in Saudi Arabia": a gathering's country, when the text names no city, is where it is held. Only
      // time words may stand between ("will meet next month in Oman"), so "talks on the war in Ukraine" has no venue.
      if (countryVenues && !countryVenue && venue.via === "name" && country && tokens[venue.tokenStart - 1]?.lower === "in" && venue.tokenStart > trigger) {
        // Names between are the contact's sides ("will meet Doe in Poland").
        const between = tokens.slice(trigger + 1, venue.tokenStart - 1).filter((t) => t.pos !== "PUNCT" && !insideMention(t.i));
        if (between.every((t) => t.pos !== "NOUN" && t.pos !== "PROPN" || TIME_NOUN.test(t.lower))) countryVenue = venue;
      }
      continue;
    }
    if (venue.kind === "ORGANIZATION") {
      // "at the Munich Security Conference": the venue's own name says where it is.
      for (const place of PLACES) {
        const at = venue.text.indexOf(place.name);
        if (at >= 0 && place.name.length >= 4 && /^(FORUM|OTHER|INTERGOVERNMENTAL)$/.test(venue.entry.category)) {
          return recordPlace(places, place.name, place.countryIso3, { ...venue, start: venue.start + at, end: venue.start + at + place.name.length, text: place.name });
        }
      }
    }
  }
  const country = countryVenue && countryByIso3(countryVenue.iso3);
  return countryVenue && country ? recordPlace(places, country.name, countryVenue.iso3, countryVenue) : undefined;
}

const SETTLEMENT = /^(town|city|village|resort|capital|port|island|enclave|region|province|state)$/;

/** The word before "the (…) town of", when "of" at `of` ends such a phrase ("in the resort town of"). */
function settlementBefore(tokens: readonly Token[], of: number): string | undefined {
  if (!SETTLEMENT.test(tokens[of - 1]?.lower ?? "")) return undefined;
  for (let k = of - 2; k >= Math.max(0, of - 6); k--) {
    if (tokens[k]!.lower === "the") return tokens[k - 1]?.lower;
    if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

const COURSE_VERB = /^(take|hold|held|be|begin|start|open|resume|continue|end|close|conclude|convene|happen)$/;

const TIME_NOUN = /^(week|weeks|weekend|month|months|year|day|days|morning|afternoon|evening|night|time|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function recordPlace(
  places: EventStageOutput["places"],
  name: string,
  iso3: string,
  at: { sentence: number; start: number; end: number; text: string },
): string {
  const id = placeId(iso3, name);
  if (!places.some((p) => p.id === id && p.start === at.start)) places.push({ id, name, iso3, sentence: at.sentence, start: at.start, end: at.end, text: at.text });
  return id;
}

export function entitiesOfPlaces(places: EventStageOutput["places"]): Map<string, string> {
  return new Map(places.map((p) => [p.id, `country:${p.iso3}`]));
}

/** The country a visit goes to: the country of its place, else a country named right after the trigger ("visited Britain", "a visit to Japan"). */
export function destinationCountry(sentence: AnalyzedSentence, trigger: number, sentenceMentions: readonly Mention[]): string | undefined {
  const tokens = sentence.tokens;
  const country = sentenceMentions.find((m) => {
    if (m.kind !== "COUNTRY" || m.via === "compound" || m.tokenStart <= trigger || m.tokenStart - trigger > 4) return false;
    // "visited Britain", "a visit to Japan", "visited Kenya's biggest shantytown", "visited the Kenyan capital".
    if (m.via === "demonym" && !/^(capital|city|border)$/.test(tokens[m.tokenEnd]?.lower ?? "")) return false;
    const between = tokens.slice(trigger + 1, m.tokenStart).map((t) => t.lower);
    return between.every((w) => /^(to|the|in|of)$/.test(w));
  });
  return country?.kind === "COUNTRY" ? `country:${country.iso3}` : undefined;
}

/** The country a visit went to, from its place (a city or the country itself). */
export function visitedCountry(placeIdValue: string | undefined, resolution: Resolution, recorded: Map<string, string>): string | undefined {
  if (!placeIdValue) return undefined;
  return resolution.entities.find((e) => e.id === placeIdValue)?.countryId ?? recorded.get(placeIdValue);
}

/** The first place reported, unless it is a whole country and another report names a city in it ("in Vietnam" … "in Hanoi"). */
export function finerPlace(first: string | undefined, next: string | undefined): string | undefined {
  if (!first || !next) return first ?? next;
  const [, iso3 = ""] = first.split(":");
  const country = countryByIso3(iso3);
  const wholeCountry = !!country && first === placeId(iso3, country.name);
  return wholeCountry && next.startsWith(`place:${iso3}:`) && next !== first ? next : first;
}

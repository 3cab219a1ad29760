import {
  COUNTRIES,
  OFFICE_TITLES,
  ORGANIZATIONS,
  PLACES,
  REGIONS,
  isGivenName,
  placesByForm,
  type OfficeTitleEntry,
  type OrganizationEntry,
} from "../../../gazetteer/index.js";
import { type AnalyzedSentence } from "../../02-sentences.js";
import { isCapitalisedWord, span, tokenEndAt, type Candidate, type MentionFamily, type SentenceContext } from "../family.js";
import { PhraseIndex, firstWordKeyAt } from "../phrase-index.js";
import { type CountryMention, type Mention, type OfficeMention } from "../types.js";

/**
 * Known words: countries (names, demonyms, capitals used for governments), places, regions,
 * organisations and office titles, longest match first. An office title and a gazetteer name
 * starting at the same word compete on length ("Premier League" is an organisation, not the
 * office "premier").
 */
type GazetteerHit =
  | { kind: "REGION"; name: string }
  | { kind: "COUNTRY"; iso3: string; via: CountryMention["via"] }
  | { kind: "PLACE"; name: string; iso3: string }
  | { kind: "ORGANIZATION"; entry: OrganizationEntry };

let gazetteerIndex: PhraseIndex<GazetteerHit> | undefined;
let officeIndex: PhraseIndex<OfficeTitleEntry> | undefined;

/** Built once, on first use: every country, place and organisation surface form. */
export function gazetteer(): PhraseIndex<GazetteerHit> {
  if (gazetteerIndex) return gazetteerIndex;
  const index = new PhraseIndex<GazetteerHit>();
  // Later additions lose ties of equal length, so the most specific sources go first.
  // Regions ("the Middle East", "Latin American") belong to no country; matching them keeps "American" from firing inside.
  for (const region of REGIONS) {
    for (const form of region.adjectives) index.add(form, { kind: "REGION", name: "" }, true);
    for (const form of [region.name, ...region.aliases]) index.add(form, { kind: "REGION", name: region.name }, true);
  }
  for (const country of COUNTRIES) {
    for (const form of country.names) index.add(form, { kind: "COUNTRY", iso3: country.iso3, via: "name" }, true);
    for (const form of country.demonyms) index.add(form, { kind: "COUNTRY", iso3: country.iso3, via: "demonym" }, true);
    for (const form of country.metonyms) index.add(form, { kind: "COUNTRY", iso3: country.iso3, via: "metonym" }, true);
  }
  for (const org of ORGANIZATIONS) {
    if (org.category === "SPORTS_TEAM") continue;
    for (const form of [org.name, ...org.aliases]) index.add(form, { kind: "ORGANIZATION", entry: org }, true);
  }
  for (const place of PLACES) {
    for (const form of [place.name, ...place.aliases]) index.add(form, { kind: "PLACE", name: place.name, iso3: place.countryIso3 }, true);
  }
  gazetteerIndex = index.seal();
  return index;
}

function offices(): PhraseIndex<OfficeTitleEntry> {
  if (officeIndex) return officeIndex;
  const index = new PhraseIndex<OfficeTitleEntry>();
  for (const entry of OFFICE_TITLES) {
    for (const form of entry.forms) {
      index.add(form, entry, false);
      // "the presidents of Chile and Peru", "foreign ministers": the plural names the office too.
      index.add(pluralOf(form), entry, false);
    }
  }
  officeIndex = index.seal();
  return index;
}

/** The plural of a title's head word: "foreign minister" → "foreign ministers", "secretary of state" → "secretaries of state". */
function pluralOf(form: string): string {
  const words = form.split(" ");
  const of = words.indexOf("of");
  const head = of > 0 ? of - 1 : words.length - 1;
  const word = words[head]!;
  words[head] = /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`;
  return words.join(" ");
}

/** Whether the office index knows a title starting at token `i` (for the name family: titles end names). */
export function officeAt(context: SentenceContext, i: number): boolean {
  const token = context.sentence.tokens[i];
  return !!token && !!offices().longestAt(context.text, token.start);
}

/** Prepositions after which a capital city is the place itself ("talks in Moscow"), not its government. */
const LOCATIVE = /^(in|at|to|from|near|outside|into|via|around|toward|towards)$/;

export const lexicon: MentionFamily = {
  name: "lexicon",
  priority: 80,
  find(context) {
    const { sentence, text } = context;
    const tokens = sentence.tokens;
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (context.taken[i]) continue;
      const key = firstWordKeyAt(text, tokens[i]!.start);
      const office = offices().longestAt(text, tokens[i]!.start, key);
      const hit = gazetteer().longestAt(text, tokens[i]!.start, key);
      if (office && !(hit && hit.form.length > office.form.length)) {
        const end = tokenEndAt(sentence, tokens[i]!.start + office.form.length);
        const mention = officeMention(sentence, i, end, text, office.value, !office.value.forms.includes(office.form.toLowerCase()));
        found.push({ mention });
        i = mention.tokenEnd - 1;
        continue;
      }
      if (hit) {
        const end = tokenEndAt(sentence, tokens[i]!.start + hit.form.length);
        const mention = gazetteerMention(sentence, i, end, text, hit.value);
        if (mention) found.push({ mention });
        i = end - 1;
      }
    }
    return found;
  },
};

function officeMention(sentence: AnalyzedSentence, start: number, end: number, text: string, entry: OfficeTitleEntry, plural: boolean): OfficeMention {
  const tokens = sentence.tokens;
  let title = entry.title;
  // A named remit is part of the office: "Special Envoy to the Middle East", "Minister for Europe". The capitalised
  // run after "to the" may also hold the holder's name; the name starts at a given name, or is the last two words.
  let remitEnd = end;
  if (!plural && /^(to|for)$/.test(tokens[end]?.text ?? "") && entry.category !== "HEAD_OF_STATE" && entry.category !== "HEAD_OF_GOVERNMENT") {
    const remitStart = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
    let runEnd = remitStart;
    while (runEnd < tokens.length && isCapitalisedWord(tokens[runEnd])) runEnd++;
    let nameStart = runEnd;
    for (let k = remitStart + 1; k < runEnd; k++) {
      if (isGivenName(tokens[k]!.text)) {
        nameStart = k;
        break;
      }
    }
    if (nameStart === runEnd && runEnd - remitStart >= 4) nameStart = runEnd - 2;
    if (nameStart > remitStart && nameStart - remitStart <= 4) {
      const remitText = sentence.text.slice(tokens[end]!.start - sentence.start, tokens[nameStart - 1]!.end - sentence.start);
      title = `${entry.title} ${remitText}`;
      remitEnd = nameStart;
    }
  }
  const former = start > 0 && /^(former|ex|then)$/.test(tokens[start - 1]!.lower.replace(/-$/, ""));
  return { kind: "OFFICE", title, entry, former, ...(plural ? { plural: true } : {}), ...span(sentence, start, remitEnd, text) };
}

function gazetteerMention(sentence: AnalyzedSentence, start: number, end: number, text: string, hit: GazetteerHit): Mention | undefined {
  // "the Netherlands", "the Middle East": the article is not part of the name.
  if (end - start >= 2 && sentence.tokens[start]!.lower === "the") start += 1;
  const base = span(sentence, start, end, text);
  if (hit.kind === "REGION") return hit.name ? { kind: "PLACE", name: hit.name, ...base } : undefined;
  if (hit.kind === "COUNTRY") {
    // A capital after "in", "to" or "at" is where something happens; elsewhere it speaks for its government.
    const city = hit.via === "metonym" ? placesByForm().get(base.text.toLowerCase()) : undefined;
    if (city && city.countryIso3 === hit.iso3 && LOCATIVE.test(sentence.tokens[start - 1]?.lower ?? "")) {
      return { kind: "PLACE", name: city.name, iso3: hit.iso3, ...base };
    }
    return { kind: "COUNTRY", iso3: hit.iso3, via: hit.via, ...base };
  }
  if (hit.kind === "PLACE") return { kind: "PLACE", name: hit.name, iso3: hit.iso3, ...base };
  return { kind: "ORGANIZATION", entry: hit.entry, ...base };
}

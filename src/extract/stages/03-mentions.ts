import {
  CLUB_PREFIXES,
  CLUB_SUFFIXES,
  COMBINING_FORMS,
  COUNTRIES,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  OFFICE_TITLES,
  OCCUPATIONS,
  ORGANIZATIONS,
  ROYAL_STYLES,
  PLACES,
  REGIONS,
  placesByForm,
  isAmbiguousGivenName,
  isGivenName,
  type OfficeTitleEntry,
  type OrganizationEntry,
} from "../gazetteer/index.js";
import { type AnalyzedSentence, type Token } from "./02-sentences.js";

/**
 * Stage 3 — mentions: spans that name a country, place, organisation or office (from the
 * gazetteers) and spans that look like a person's name (from titles, honorifics and given names).
 * Nothing is resolved to an entity yet; a bare "Putin" is kept as a name candidate for stage 4.
 */
interface SpanBase {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd) within the sentence. */
  tokenStart: number;
  tokenEnd: number;
}

export interface CountryMention extends SpanBase {
  kind: "COUNTRY";
  iso3: string;
  /**
   * How the text named it: a name ("Russia"), a demonym ("Russian"), a metonym ("the Kremlin"), or one side of
   * a compound adjective ("Anglo-American", "Sino-US", "Israeli-Palestinian"), which names two sides at once.
   */
  via: "name" | "demonym" | "metonym" | "compound";
  /**
   * Set when this country word belongs to a phrase beside it and so is no free country for a title that states
   * none: an office's country ("French" in "the French finance minister"), or a side of a compound adjective.
   */
  ofOffice?: boolean;
}

export interface PlaceMention extends SpanBase {
  kind: "PLACE";
  name: string;
  /** The country the place is in; absent for regions that span countries ("the Middle East", "Europe"). */
  iso3?: string;
}

export interface OrganizationMention extends SpanBase {
  kind: "ORGANIZATION";
  entry: OrganizationEntry;
}

export interface OfficeMention extends SpanBase {
  kind: "OFFICE";
  /** Canonical title, with a named remit kept ("Special Envoy to the Middle East"). */
  title: string;
  entry: OfficeTitleEntry;
  /** Country the phrase itself names ("Russian President", "Russia's foreign minister"), if any. */
  iso3?: string;
  /** "former", "ex-": the office is no longer held. */
  former: boolean;
}

export interface NameMention extends SpanBase {
  kind: "NAME";
  /** Why this looks like a person: a title or honorific before it, a given name, or only capitalisation. */
  evidence: "title" | "honorific" | "given-name" | "capitalised";
  /** The office phrase immediately before the name ("Secretary of State Marco Rubio"). */
  office?: OfficeMention;
}

export interface PronounMention extends SpanBase {
  kind: "PRONOUN";
  pronoun: "he" | "she" | "they";
}

export type Mention = CountryMention | PlaceMention | OrganizationMention | OfficeMention | NameMention | PronounMention;

// ---------------------------------------------------------------------------------------------
// Phrase index: surface forms grouped by their first word, longest first.

interface Phrase<T> {
  form: string;
  /** `form` lower-cased once, when the index is built. */
  formLower: string;
  caseSensitive: boolean;
  value: T;
}

/** Letters and digits, as `/[\p{L}\p{N}]/u` reads one UTF-16 unit; ASCII is answered from a table. */
const WORD_UNIT = /[\p{L}\p{N}]/u;
function isWordUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== code) return false; // NaN: past the end, where charAt gives ""
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_UNIT.test(text.charAt(at));
}

class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Phrase<T>[]>();

  add(form: string, value: T, caseSensitive: boolean): void {
    const trimmed = form.trim();
    if (!trimmed) return;
    const key = firstWordKey(trimmed);
    const list = this.byFirstWord.get(key) ?? [];
    list.push({ form: trimmed, formLower: trimmed.toLowerCase(), caseSensitive, value });
    this.byFirstWord.set(key, list);
  }

  seal(): this {
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
    return this;
  }

  /**
   * The longest phrase starting exactly at `offset` of `text` and ending at a word boundary.
   * `key` is `firstWordKeyAt(text, offset)`, passed in so two indexes probed at one offset share it.
   */
  longestAt(text: string, offset: number, key: string = firstWordKeyAt(text, offset)): Phrase<T> | undefined {
    const list = this.byFirstWord.get(key);
    if (!list) return undefined;
    for (const phrase of list) {
      // The word-boundary test is the cheap one, so it runs first; a phrase must pass both.
      if (isWordUnit(text, offset + phrase.form.length)) continue;
      const candidate = text.slice(offset, offset + phrase.form.length);
      if (!sameForm(candidate, phrase)) continue;
      return phrase;
    }
    return undefined;
  }
}

/** Whether `candidate` spells the phrase: exactly when it is case-sensitive, else (and for words in capitals) without case. */
function sameForm(candidate: string, phrase: Phrase<unknown>): boolean {
  if (phrase.caseSensitive) {
    if (candidate === phrase.form) return true;
    // Words in capitals ("SOCCER - ROMANIA BEAT LITHUANIA") say nothing about case: compare without it.
    const shouted = candidate.length >= 3 && candidate === candidate.toUpperCase() && /\p{Lu}{3}/u.test(candidate);
    if (!shouted) return false;
  }
  return candidate.toLowerCase() === phrase.formLower;
}

/** The first word, lower-cased, without a trailing full stop; an apostrophe ends it ("Russia's" → "russia"). */
function firstWordKey(text: string): string {
  return (/^[\p{L}\p{N}.&-]+/u.exec(text)?.[0] ?? text.slice(0, 1)).toLowerCase().replace(/\.+$/, "");
}

/** `firstWordKey(text.slice(offset, offset + 60))`, without copying the window. */
const FIRST_WORD_AT = /[\p{L}\p{N}.&-]+/uy;
function firstWordKeyAt(text: string, offset: number): string {
  FIRST_WORD_AT.lastIndex = offset;
  const word = FIRST_WORD_AT.exec(text)?.[0];
  // A word running past the 60-character window is cut where the window cuts it (rare: use the slow path).
  if (word === undefined || word.length >= 60) return firstWordKey(text.slice(offset, offset + 60));
  const lower = word.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.replace(/\.+$/, "") : lower;
}

type GazetteerHit =
  | { kind: "REGION"; name: string }
  | { kind: "COUNTRY"; iso3: string; via: CountryMention["via"] }
  | { kind: "PLACE"; name: string; iso3: string }
  | { kind: "ORGANIZATION"; entry: OrganizationEntry };

let gazetteerIndex: PhraseIndex<GazetteerHit> | undefined;
let officeIndex: PhraseIndex<OfficeTitleEntry> | undefined;

/** Built once, on first use: every country, place and organisation surface form. */
function gazetteer(): PhraseIndex<GazetteerHit> {
  if (gazetteerIndex) return gazetteerIndex;
  const index = new PhraseIndex<GazetteerHit>();
  // Later additions lose ties of equal length, so the most specific sources go first.
  // Regions ("the Middle East", "Latin American") belong to no country; matching them keeps "American" from firing inside.
  for (const region of REGIONS) {
    // Adjectives ("Latin American") only block demonyms; names ("the Middle East") are places in no one country.
    for (const form of region.adjectives) index.add(form, { kind: "REGION", name: "" }, true);
    for (const form of [region.name, ...region.aliases]) index.add(form, { kind: "REGION", name: region.name }, true);
  }
  for (const country of COUNTRIES) {
    // `names` holds the entity name too unless it is ambiguous ("Jordan", "Chad"), which stage 3 handles apart.
    for (const form of country.names) index.add(form, { kind: "COUNTRY", iso3: country.iso3, via: "name" }, true);
    for (const form of country.demonyms) index.add(form, { kind: "COUNTRY", iso3: country.iso3, via: "demonym" }, true);
    for (const form of country.metonyms) index.add(form, { kind: "COUNTRY", iso3: country.iso3, via: "metonym" }, true);
  }
  for (const org of ORGANIZATIONS) {
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
  for (const entry of OFFICE_TITLES) for (const form of entry.forms) index.add(form, entry, false);
  officeIndex = index.seal();
  return index;
}

const AMBIGUOUS_COUNTRY_FORMS = new Map<string, string>();
function ambiguousCountryForms(): Map<string, string> {
  if (AMBIGUOUS_COUNTRY_FORMS.size === 0) {
    for (const country of COUNTRIES) for (const form of country.ambiguousNames) AMBIGUOUS_COUNTRY_FORMS.set(form, country.iso3);
  }
  return AMBIGUOUS_COUNTRY_FORMS;
}

// ---------------------------------------------------------------------------------------------

const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, "")));
const ROYAL_SET = new Set(ROYAL_STYLES);
const OCCUPATION_SET = new Set(OCCUPATIONS);
const PARTICLE_SET = new Set(NAME_PARTICLES.map((p) => p.toLowerCase()));
const SUFFIX_SET = new Set(NAME_SUFFIXES.map((s) => s.toLowerCase().replace(/\.$/, "")));
const PRONOUNS: Record<string, PronounMention["pronoun"]> = { he: "he", him: "he", his: "he", she: "she", her: "she", they: "they", them: "they" };
/** Words that open sentences or headlines capitalised but never start a name. */
const NEVER_NAME = new Set(
  [
    "the a an in on at of for to from with by after before as but and or if when while what who why how this that these those there here it its he she they we i you our their his her",
    "says said say tells told calls call meets met talks talk visit visits after amid over under new more most some many all no not yes mr mrs ms",
    // Days and months are capitalised but are dates, never people.
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july september october november december",
  ]
    .join(" ")
    .split(" "),
);
/** Plural group nouns open sentences as speakers ("Traders said …") but alone are never a person. */
const GROUP_NOUN = new Set(
  "traders dealers brokers analysts economists officials others sources witnesses residents investors experts critics observers diplomats doctors officers workers protesters rebels soldiers villagers activists lawyers prosecutors bankers organisers organizers researchers scientists authorities voters fans players parents troops demonstrators students farmers miners".split(" "),
);
/** Prepositions after which a capital city is the place itself ("talks in Moscow"), not its government. */
const LOCATIVE = /^(in|at|to|from|near|outside|into|via|around|toward|towards)$/;
/** Head nouns of office titles; a capitalised run ending in one is an office, not a name. */
const OFFICE_HEAD = /^(minister|secretary|president|director|chairman|chairwoman|chair|leader|spokesman|spokeswoman|spokesperson|envoy|ambassador|chancellor|governor|mayor|senator|commander|chief|premier|commissioner|adviser|advisor|attorney|prosecutor|general|admiral|king|queen|emir|sultan|pope|speaker|mp)$/;
/** Last words that make a capitalised run a thing, not a person ("Marshall Plan", "Davis Cup"). */
const NON_PERSON_TAIL = /^(Plan|Act|Treaty|Agreement|Accord|Accords|Doctrine|Initiative|Programme|Program|Declaration|Convention|Summit|Conference|Forum|Prize|Award|Awards|Cup|War|Crisis|Day|Week|Games|Open|Championship|Championships|Trophy|Festival|Bill|Report|Strategy|Road|Street|Bridge|Square|Park|Palace|Hall|House|Stadium|Airport|Hotel|Hospital|Prison|School|College|Station|Island|Islands|River|Valley|Mountains|Sea|Ocean|Gulf|Bay|Lake|Province|Region|County|District|State|City|Town|Election|Elections|Campaign|Temple|Mosque|Church|Cathedral|Abbey|Chapel|Shrine|Museum|Gallery|Theatre|Theater|Library|Zoo|Motors|Electric|Index)$/;
/** Of those, the words that are common surnames too ("Mr Park", "Charlotte Church", "Shirley Temple", "Doris Day"). */
const SURNAME_TAIL = /^(Park|Hall|House|Church|Temple|Bridge|Day|Street|Lake|Bay|Chapel|Ocean|Road)$/;
/** Verbs of saying right after a name: the name speaks, so it is a person's ("Lawyer Jane Roe said"). */
const SPEECH_AFTER = /^(said|says|told|added|explained|warned|insisted|argued|wrote|tells)$/;

/** Capitalised abbreviations that are not organisations. */
const NOT_ORGANIZATION_ACRONYMS = new Set(
  "GDP GNP CPI PPI CEO CFO COO CTO HIV AIDS SARS TV PM AM MP MPS MEP GMT BST EST CET UTC IPO DNA PC IT AI OK VIP PR ID VAT FAQ UFO ATM USD EUR GBP JPY CHF RPI NBA NFL NHL MVP RBI ERA HR PTS MIN NOTE ENDS ADV UPDATE REPEAT CORRECTED".split(" "),
);

/** Club words that also end place names ("Orange County", "Mexico City"): a club only in a sports story. */
const WEAK_CLUB_SUFFIX = new Set(["City", "County", "Town", "Forest", "Wednesday", "Alexandra", "Orient", "Argyle", "Harriers", "Rangers", "Villa"]);
/** Club words that are ordinary words too ("Land Rovers", "Citizens United"): outside sport, a club only right after a town. */
const TOWN_CLUB_SUFFIX = new Set(["Rovers", "United"]);
const CLUB_SUFFIX_SET = new Set(CLUB_SUFFIXES);
const CLUB_PREFIX_SET = new Set(CLUB_PREFIXES);

/** "Athletic", "Wanderers": a club's last word in any story; "Rovers" after a town; "City", "County" only in a sports story. */
function isClubSuffix(word: string, sports: boolean, afterTown: boolean): boolean {
  if (!CLUB_SUFFIX_SET.has(word)) return false;
  if (sports) return true;
  return !WEAK_CLUB_SUFFIX.has(word) && (!TOWN_CLUB_SUFFIX.has(word) || afterTown);
}

/**
 * Words that only sport uses ("striker", "innings", "semi-final") and the sports' own names
 * ("SOCCER - …" wire headers). Everyday words that sport shares with politics, business and games
 * ("won", "beat", "points", "game", "league", "coach") are in SPORTS_WORD only.
 */
const SPORTS_ONLY_WORD = /^(soccer|football|cricket|rugby|tennis|golf|basketball|baseball|hockey|athletics|cycling|boxing|skiing|swimming|nfl|nba|nhl|striker|strikers|midfielder|midfielders|goalkeeper|goalkeepers|defender|innings|wickets?|batsman|batsmen|bowler|bowlers|pitcher|inning|homer|homered|rbi|touchdown|touchdowns|quarterback|scrum-half|fly-half|halftime|half-time|tournament|semifinal|semi-final|semi-finals|quarter-final|quarter-finals|quarterfinal|fixture|fixtures|standings|scored|goals)$/;
/** Words that say a story may be about sport, counted sentence by sentence. */
const SPORTS_WORD = /^(match|matches|season|league|goal|goals|scored|coach|try|tries|championship|final|cup|club|clubs|draw|drew|beat|defeated|played|won|lost|points|game|games|players?|team|teams|division)$/;

/** Team spans of one sentence: from its layout (results, standings, scorecards, margins) and from "v"/"versus" fixtures. */
interface TeamSpans {
  lines: [number, number][];
  fixtures: [number, number][];
}

/**
 * A sports story needs more than one independent signal: two sentences laid out as results, or one
 * such sentence (or fixture) and a word only sport uses, or sport's vocabulary across a good share of
 * its sentences with at least two sport-only words. One "Labour beat the Conservatives by five
 * points" or one "Roe v Wade" is not enough.
 */
function isSportsArticle(sentences: readonly AnalyzedSentence[], spans: readonly TeamSpans[]): boolean {
  let lines = 0;
  let fixtures = 0;
  let hits = 0;
  const only = new Set<string>();
  for (const [k, sentence] of sentences.entries()) {
    if (spans[k]!.lines.length > 0) lines++;
    else if (spans[k]!.fixtures.length > 0) fixtures++;
    let hit = false;
    for (const t of sentence.tokens) {
      if (SPORTS_ONLY_WORD.test(t.lower)) {
        only.add(t.lower);
        hit = true;
      } else if (SPORTS_WORD.test(t.lower)) hit = true;
    }
    if (hit) hits++;
  }
  if (lines >= 2 || (lines >= 1 && fixtures >= 1)) return true;
  if (lines + fixtures >= 1 && only.size >= 1) return true;
  return only.size >= 2 && hits >= 3 && hits >= sentences.length / 4;
}

/** A capitalised run from `from` that ends, perhaps after a possessive, in an organisation word ("Workers' Union"). */
function orgSuffixAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const t = tokens[k]!;
    if (ORGANIZATION_SUFFIX.test(t.text)) return true;
    if (!/^\p{Lu}/u.test(t.text) && !/^('|’|'s|’s)$/.test(t.text)) return false;
  }
  return false;
}

/** A sentence in capitals throughout (a wire headline). */
function isShouting(sentence: AnalyzedSentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}{2,}$/u.test(t.text));
  return words.length >= 2 && words.filter((t) => t.text === t.text.toUpperCase()).length / words.length > 0.6;
}

/** Last words of organisation names. */
const ORGANIZATION_SUFFIX = /^(Inc|Inc\.|Corp|Corp\.|Corporation|Ltd|Ltd\.|Limited|PLC|Plc|AG|SA|NV|AB|GmbH|Co|Co\.|Group|Holdings|Bank|Airlines|Airways|Motors|Industries|Federation|Association|Union|League|Council|Committee|Commission|Ministry|Department|Agency|Institute|University|Party|Front|Movement|Army|Navy|Police|Court|Parliament|Assembly|Congress|Foundation|Fund|Authority|Board|Club|Exchange|Organisation|Organization|Society|Center|Centre|Service|Office|Trust|Network|Alliance|Coalition|Newsroom|Desk|Bureau|Bros|SpA|Cables|Traders|Managers)$/;
const INITIALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}{1,2}$/u;
const CAPITALISED = /^\p{Lu}[\p{L}’'-]*$/u;

function isCapitalisedWord(token: Token | undefined): boolean {
  return !!token && CAPITALISED.test(token.text) && !NEVER_NAME.has(token.lower);
}

const CAPITALISED_FUNCTION_WORD = /^(To|With|After|Before|In|On|At|Of|For|And|As|From|Over|Says|Say|Said|Is|Are|Will|Be|The|A|An)$/;

/**
 * A sentence written in Title Case (a headline): no lower-case word of four letters or more, and a
 * capitalised function word after its start ("… Says Trump After Calls With Putin") or many words.
 * A short line of names ("Aliuska Lopez ( Cuba ) 12.92") is not a headline.
 */
function isTitleCase(sentence: AnalyzedSentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (words.length < 3 || !words.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  const functionWord = sentence.tokens.slice(1).some((t) => CAPITALISED_FUNCTION_WORD.test(t.text));
  // A comma-separated line of names ("Ana Ruiz , Li Wei , Tom Berg ,") is a list, not a headline.
  const list = sentence.tokens.filter((t) => t.text === ",").length >= 2;
  return functionWord || (words.length >= 6 && !list);
}

function span(sentence: AnalyzedSentence, tokenStart: number, tokenEnd: number, text: string): SpanBase {
  const start = sentence.tokens[tokenStart]!.start;
  const end = sentence.tokens[tokenEnd - 1]!.end;
  return { sentence: sentence.index, start, end, text: text.slice(start, end), tokenStart, tokenEnd };
}

/**
 * Exclusive token end of a match that ends at character `offset`: the first token ending after it.
 * A match ending inside a token ("Minister" in "Minister-designate") still covers that whole token,
 * so every mention spans at least the token it starts in.
 */
function tokenEndAt(sentence: AnalyzedSentence, offset: number): number {
  const index = sentence.tokens.findIndex((t) => t.end >= offset);
  return index < 0 ? sentence.tokens.length : index + 1;
}

/** Finds every mention in the sentences of one article. */
export function findMentions(sentences: readonly AnalyzedSentence[], text: string): Mention[] {
  const mentions: Mention[] = [];
  // Team spans depend on the tokens alone: found once, read by the sports test and by each sentence.
  const spans = sentences.map((sentence) => teamSpans(sentence.tokens));
  const sports = isSportsArticle(sentences, spans);
  // A fixture ("Kent v Surrey") names teams only in a story already about sport: "Roe v Wade" and
  // "Blair versus Howard" are people.
  const teams = spans.map((s) => (sports ? [...s.lines, ...s.fixtures] : s.lines));
  for (const [k, sentence] of sentences.entries()) mentions.push(...mentionsInSentence(sentence, text, teams[k]!, sports));
  return mentions;
}

function mentionsInSentence(sentence: AnalyzedSentence, text: string, teams: readonly [number, number][], sports = false): Mention[] {
  const found: Mention[] = [];
  const taken = new Array<boolean>(sentence.tokens.length).fill(false);
  const tokens = sentence.tokens;

  // 1. Offices (case-insensitive), then gazetteer names (case-sensitive), longest first.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const key = firstWordKeyAt(text, tokens[i]!.start);
    const office = offices().longestAt(text, tokens[i]!.start, key);
    const hit = gazetteer().longestAt(text, tokens[i]!.start, key);
    // "Premier League" is an organisation, not the office "premier": the longer match wins.
    if (office && !(hit && hit.form.length > office.form.length)) {
      const end = tokenEndAt(sentence, tokens[i]!.start + office.form.length);
      const mention = officeMention(sentence, i, end, text, office.value);
      found.push(mention);
      for (let k = i; k < mention.tokenEnd; k++) taken[k] = true;
      i = mention.tokenEnd - 1;
      continue;
    }
    if (hit) {
      const end = tokenEndAt(sentence, tokens[i]!.start + hit.form.length);
      const mention = gazetteerMention(sentence, i, end, text, hit.value);
      if (mention) found.push(mention);
      for (let k = i; k < end; k++) taken[k] = true;
      i = end - 1;
      continue;
    }
    const compound = compoundAt(sentence, i, text);
    if (compound) {
      found.push(...compound.sides);
      for (let k = i; k < compound.tokenEnd; k++) taken[k] = true;
      i = compound.tokenEnd - 1;
      continue;
    }
    const pronoun = tokens[i]!.pos === "PRON" ? PRONOUNS[tokens[i]!.lower] : undefined;
    if (pronoun) {
      found.push({ kind: "PRONOUN", pronoun, ...span(sentence, i, i + 1, text) });
      taken[i] = true;
    }
  }

  // A party's name inside a longer one ("Radical Democrats", "Irish Republicans") is not that party.
  partiesInLongerNames(sentence, found, taken, text);

  // 2. Country modifiers glue to the office right after them ("Russian President", "Russia's foreign minister").
  attachOfficeCountries(found, tokens);

  // 3. Names: runs of capitalised tokens not already taken.
  const titleCase = isTitleCase(sentence);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    // "Director Shami Chakrabarti": a capitalised office word alone before a name is a title.
    if (OFFICE_HEAD.test(tokens[i]!.lower) && /^\p{Lu}/u.test(tokens[i]!.text) && isCapitalisedWord(tokens[i + 1]) && !taken[i + 1] && !NON_PERSON_TAIL.test(tokens[i + 1]!.text) && !orgSuffixAhead(tokens, i + 1)) {
      const title = tokens[i]!.text;
      found.push({ kind: "OFFICE", title, entry: { title, forms: [], category: "OTHER" }, former: false, ...span(sentence, i, i + 1, text) });
      taken[i] = true;
      continue;
    }
    const afterTitle = found.some((m) => m.kind === "OFFICE" && m.tokenEnd === i);
    const run = nameRun(tokens, taken, i, afterTitle);
    if (!run) continue;
    const { start, end } = run;
    const previous = found.find((m) => m.tokenEnd === start && (m.kind === "OFFICE"));
    const honorific = start > 0 && HONORIFIC_SET.has(tokens[start - 1]!.lower.replace(/\.$/, ""));
    const first = tokens[start]!;
    // A given name, or an initial ("P. Simmons", "J.R. Smith"), before a capitalised word.
    const givenName = (isGivenName(first.text) && !(isAmbiguousGivenName(first.text) && start === 0) && end - start >= 2) || (/\./.test(first.text) && INITIALS.test(first.text) && end - start >= 2);
    // "Jones Medical Industries Inc", "International Amateur Athletic Federation": the last word says organisation.
    const placeBefore = start > 0 && !!taken[start - 1] && found.some((m) => m.kind === "PLACE" && m.tokenEnd === start);
    // Outside sport "Rovers" and "United" make a club only straight after a town ("Bristol Rovers", not "Land Rovers").
    const isClub = (k: number): boolean => !!tokens[k] && isClubSuffix(tokens[k]!.text, sports, k === start && placeBefore);
    // "Citizens United", "Shareholders United": outside sport, a body's name.
    const isSuffix = (k: number): boolean => !!tokens[k] && (ORGANIZATION_SUFFIX.test(tokens[k]!.text) || isClub(k) || tokens[k]!.text === "United");
    // "General Workers' Union": a possessive may stand before the organisation word.
    const possessive = /^('|’|'s|’s)$/.test(tokens[end]?.text ?? "") && isSuffix(end + 1) && !taken[end + 1];
    const orgEnd = possessive ? end + 2 : isSuffix(end - 1) ? end : isSuffix(end) && !taken[end] ? end + 1 : 0;
    // "Bristol Rovers", "Seattle Mariners": a town's name before a club word or a team's nickname (sports only).
    const nickname = sports && start > 0 && taken[start - 1] && end - start <= 2 && /^\p{Lu}\p{Ll}+(s|Sox)$/u.test(tokens[end - 1]!.text) && !HONORIFIC_SET.has(tokens[start]!.lower);
    const nameBefore = start > 0 && taken[start - 1] && /^\p{Lu}/u.test(tokens[start - 1]!.text) && found.some((m) => (m.kind === "PLACE" || m.kind === "COUNTRY") && m.tokenEnd === start);
    if (((orgEnd && (orgEnd - start >= 2 || nameBefore)) || (nickname && placeBefore)) && !previous) {
      // "British Rowing Federation", "Baltic Rowing Federation", "Bristol Rovers": a country, region or town word before the run belongs to the name.
      let orgStart = start;
      let iso3: string | undefined;
      while (orgStart > 0 && taken[orgStart - 1] && /^\p{Lu}/u.test(tokens[orgStart - 1]!.text)) {
        const owner = found.find((m) => m.tokenStart <= orgStart - 1 && m.tokenEnd >= orgStart);
        if (owner && owner.kind !== "COUNTRY" && owner.kind !== "PLACE") break;
        if (owner) {
          if (owner.kind === "COUNTRY") iso3 = owner.iso3;
          found.splice(found.indexOf(owner), 1);
          orgStart = owner.tokenStart;
        } else orgStart--;
      }
      // "Transport and General Workers' Union": "and" joins two capitalised parts of one name.
      const joined = found.find((m) => m.kind === "NAME" && m.evidence === "capitalised" && m.tokenEnd === orgStart - 1);
      if (tokens[orgStart - 1]?.lower === "and" && (!taken[orgStart - 2] || joined) && /^\p{Lu}\p{Ll}+$/u.test(tokens[orgStart - 2]?.text ?? "") && !NEVER_NAME.has(tokens[orgStart - 2]!.lower) && !isGivenName(tokens[orgStart - 2]!.text) && !/^(and|,)$/.test(tokens[orgStart - 3]?.lower ?? "")) {
        if (joined) {
          found.splice(found.indexOf(joined), 1);
          orgStart = joined.tokenStart + 2;
        }
        orgStart -= 2;
        while (orgStart > 0 && !taken[orgStart - 1] && isCapitalisedWord(tokens[orgStart - 1]) && orgStart > start - 5) orgStart--;
      }
      const lastToken = orgEnd || end;
      const name = text.slice(tokens[orgStart]!.start, tokens[lastToken - 1]!.end);
      const category = orgEnd && !isClub(lastToken - 1) ? "OTHER" : "SPORTS_TEAM";
      const entry: OrganizationEntry = { name, aliases: [], category, ...(iso3 ? { countryIso3: iso3 } : {}) };
      found.push({ kind: "ORGANIZATION", entry, ...span(sentence, orgStart, lastToken, text) });
      for (let k = orgStart; k < lastToken; k++) taken[k] = true;
      i = lastToken - 1;
      continue;
    }
    // A run ending in an office word ("International Development Minister") is itself an office title.
    if (OFFICE_HEAD.test(tokens[end]?.lower ?? "") && !taken[end] && !previous && end - start <= 4 && !givenName) {
      const title = text.slice(tokens[start]!.start, tokens[end]!.end);
      const entry: OfficeTitleEntry = { title, forms: [], category: "OTHER" };
      found.push({ kind: "OFFICE", title, entry, former: false, ...span(sentence, start, end + 1, text) });
      for (let k = start; k <= end; k++) taken[k] = true;
      i = end;
      continue;
    }
    // "Lawyer Louise Christian", "Fullback Andre Joubert": an occupation word works like a courtesy title when the
    // rest is a person's name on its own evidence (a given name, an initial, a verb of saying after it);
    // "Producer Price Index" is a compound, not a producer.
    const restIsPerson = isGivenName(tokens[start + 1]?.text ?? "") || INITIALS.test(tokens[start + 1]?.text ?? "") || SPEECH_AFTER.test(tokens[end]?.lower ?? "");
    const occupation = end - start >= 3 && OCCUPATION_SET.has(tokens[start]!.text) && restIsPerson;
    // A title, an honorific or a given name outweighs a last word that may be a surname ("Mr Park", "Charlotte
    // Church", "Sir Peter Hall"), when every word before that last one is a given name or an initial.
    const personEvidence = !!previous || honorific || givenName || occupation;
    const forenames = tokens.slice(occupation ? start + 1 : start, end - 1).every((t) => isGivenName(t.text) || INITIALS.test(t.text));
    const surnameTail = personEvidence && forenames && SURNAME_TAIL.test(tokens[end - 1]!.text);
    if (NON_PERSON_TAIL.test(tokens[end - 1]!.text) && (end - start >= 2 || personEvidence) && !surnameTail) {
      i = end - 1;
      continue;
    }
    // The occupation is not part of the name; in a headline too, it marks one.
    if (occupation) {
      found.push(nameMention(sentence, start + 1, end, text, "honorific", undefined));
      for (let k = start + 1; k < end; k++) taken[k] = true;
      i = end - 1;
      continue;
    }
    let evidence: NameMention["evidence"] | undefined;
    if (previous) evidence = "title";
    else if (honorific) evidence = "honorific";
    else if (givenName) evidence = "given-name";
    else if (!titleCase) evidence = "capitalised";
    if (!evidence) {
      i = end - 1;
      continue;
    }
    // "Prince Harry", "King Abdullah": a royal style with one given name is how the person is named.
    if (evidence === "honorific" && end - start === 1 && ROYAL_SET.has(tokens[start - 1]!.text)) {
      found.push(nameMention(sentence, start - 1, end, text, evidence, undefined));
      for (let k = start - 1; k < end; k++) taken[k] = true;
      i = end - 1;
      continue;
    }
    // In a headline only a given name or a title marks a name; single words wait for stage 4.
    if (titleCase && evidence === "given-name" && end - start > 2) {
      found.push(nameMention(sentence, start, start + 2, text, evidence, undefined));
    } else {
      found.push(nameMention(sentence, start, end, text, evidence, previous as OfficeMention | undefined));
    }
    for (let k = start; k < end; k++) taken[k] = true;
    i = end - 1;
  }
  // "the Foreign Minister of Japan", "Foreign Minister Wang Yi of China": a country after "of" is the office's too.
  attachTrailingOfficeCountries(found, tokens);

  // 4. An acronym in ordinary text ("LIFFE", "FOMC", "CFDT") names an organisation, unless it is a
  //    common abbreviation (GDP, CEO, HIV). In an all-capitals headline every word looks like one.
  const shouting = isShouting(sentence);
  if (!shouting) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (taken[i] || !/^\p{Lu}[\p{Lu}&]{1,5}$/u.test(token.text) || token.text.length < 3 || NOT_ORGANIZATION_ACRONYMS.has(token.text)) continue;
      found.push({ kind: "ORGANIZATION", entry: { name: token.text, aliases: [], category: "OTHER" }, ...span(sentence, i, i + 1, text) });
      taken[i] = true;
    }
  }

  // 5. Ambiguous country names ("Jordan", "Georgia") count only where no name claimed them.
  for (const mention of found) {
    if (mention.kind !== "NAME" || mention.evidence !== "capitalised") continue;
    const iso3 = ambiguousCountryForms().get(mention.text);
    if (iso3) Object.assign(mention, { kind: "COUNTRY", iso3, via: "name" });
  }
  // 6. Firms joined by "&" ("Douglas & Lomason Co"), and "of" remits after organisation heads ("National Bank of Romania").
  if (!shouting) firmNames(sentence, found, text);
  // 7. Sports: teams in result lines, standings rows and fixtures are organisations even when named by their town.
  sportsTeams(sentence, found, text, teams);
  if (sports) clubNames(sentence, found, text);
  return found.sort((a, b) => a.start - b.start);
}

/** Words that end a firm's name after "&": "Co", "Sons", "Partners". */
const FIRM_TAIL = /^(Co|Co\.|Cos|Sons|Partners|Associates|Company|Inc|Inc\.|Ltd|Ltd\.|Plc|PLC|LLP|LP|Bros|Bros\.)$/;

/** Not called for a sentence in capitals, where every word looks like part of a name. */
function firmNames(sentence: AnalyzedSentence, found: Mention[], text: string): void {
  const tokens = sentence.tokens;
  // `places`: whether countries and places may sit inside ("National Bank of Romania"); a joined pair of
  // them ("Bosnia & Herzegovina") is no firm. A person named by given name, title or honorific never is.
  const claim = (start: number, end: number, places: boolean, entry?: OrganizationEntry): void => {
    const inside = found.filter((m) => m.tokenStart < end && m.tokenEnd > start);
    if (inside.some((m) => m.tokenStart < start || m.tokenEnd > end || m.kind === "OFFICE")) return;
    if (inside.some((m) => (m.kind === "NAME" && m.evidence !== "capitalised") || (!places && (m.kind === "COUNTRY" || m.kind === "PLACE")))) return;
    for (const m of inside) found.splice(found.indexOf(m), 1);
    const base = span(sentence, start, end, text);
    found.push({ kind: "ORGANIZATION", entry: entry ?? { name: base.text, aliases: [], category: "COMPANY" }, ...base });
  };
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]!.text !== "&") continue;
    const left = tokens[k - 1]!;
    if (!/^\p{Lu}\p{L}/u.test(left.text) || !/^\p{Lu}\p{L}/u.test(tokens[k + 1]!.text)) continue;
    let start = k - 1;
    while (start > 0 && start > k - 3 && /^\p{Lu}\p{L}+$/u.test(tokens[start - 1]!.text) && !NEVER_NAME.has(tokens[start - 1]!.lower)) start--;
    let end = k + 2;
    while (end < tokens.length && end < k + 5 && (FIRM_TAIL.test(tokens[end]!.text) || (/^\p{Lu}\p{L}+$/u.test(tokens[end]!.text) && !NEVER_NAME.has(tokens[end]!.lower)))) end++;
    // A firm word at the end ("Scottish & Newcastle Plc") makes even a pair of places a firm.
    claim(start, end, FIRM_TAIL.test(tokens[end - 1]!.text));
  }
  // "National Bank of Romania", "Patriotic Union of Kurdistan": an organisation head, "of", a capitalised remit.
  for (const org of found.filter((m): m is OrganizationMention => m.kind === "ORGANIZATION")) {
    if (tokens[org.tokenEnd]?.lower !== "of" || !ORGANIZATION_SUFFIX.test(tokens[org.tokenEnd - 1]!.text)) continue;
    const remitEnd = teamRunEnd(tokens, org.tokenEnd + 1);
    if (remitEnd === org.tokenEnd + 1 || remitEnd - org.tokenEnd > 4) continue;
    // The remit is no person ("the Labour Party of Tony Blair"); `claim` replaces the head itself when it takes the span.
    if (found.some((m) => m.kind === "NAME" && m.evidence !== "capitalised" && m.tokenStart > org.tokenEnd && m.tokenStart < remitEnd)) continue;
    const iso3 = found.find((m) => m.kind === "COUNTRY" && m.tokenStart > org.tokenEnd && m.tokenEnd <= remitEnd);
    const name = text.slice(org.start, tokens[remitEnd - 1]!.end);
    claim(org.tokenStart, remitEnd, true, { name, aliases: [], category: org.entry.category, ...(iso3?.kind === "COUNTRY" ? { countryIso3: iso3.iso3 } : {}) });
  }
  // "Kurdistan Democratic Party", "Indonesian Democratic Party": a place or people word before a known party or body.
  for (const org of found.filter((m): m is OrganizationMention => m.kind === "ORGANIZATION")) {
    const before = found.find((m) => m.tokenEnd === org.tokenStart && (m.kind === "PLACE" || m.kind === "COUNTRY") && /^\p{Lu}/u.test(m.text));
    if (!before || !ORGANIZATION_SUFFIX.test(tokens[org.tokenEnd - 1]!.text) || org.text.split(" ").length < 2) continue;
    found.splice(found.indexOf(before), 1);
    found.splice(found.indexOf(org), 1);
    const base = span(sentence, before.tokenStart, org.tokenEnd, text);
    const iso3 = before.kind === "COUNTRY" || before.kind === "PLACE" ? before.iso3 : undefined;
    found.push({ kind: "ORGANIZATION", entry: { name: base.text, aliases: [], category: org.entry.category, ...(iso3 ? { countryIso3: iso3 } : {}) }, ...base });
  }
}

/**
 * In a sports story: "Dynamo Moscow", "OFK Beograd" (a club word before a town or name) and "the
 * Braves", "the Mariners" (a capitalised plural after "the") name teams.
 */
function clubNames(sentence: AnalyzedSentence, found: Mention[], text: string): void {
  const tokens = sentence.tokens;
  // `overPlaces`: a club word before a town ("Dynamo Moscow") makes the town part of the club's name;
  // a bare plural ("the Netherlands", "the Americans") never overwrites a country, a place or a people.
  const replace = (start: number, end: number, overPlaces: boolean): void => {
    const inside = found.filter((m) => m.tokenStart < end && m.tokenEnd > start);
    if (inside.some((m) => m.tokenStart < start || m.tokenEnd > end || m.kind === "ORGANIZATION" || m.kind === "OFFICE" || (m.kind === "NAME" && m.evidence !== "capitalised"))) return;
    if (!overPlaces && inside.some((m) => m.kind === "COUNTRY" || m.kind === "PLACE")) return;
    for (const m of inside) found.splice(found.indexOf(m), 1);
    const base = span(sentence, start, end, text);
    found.push({ kind: "ORGANIZATION", entry: { name: base.text, aliases: [], category: "SPORTS_TEAM" }, ...base });
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (CLUB_PREFIX_SET.has(token.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) {
      const end = Math.min(teamRunEnd(tokens, k + 1), k + 3);
      if (!found.some((m) => isNationalSide(m) && m.tokenStart === k + 1 && m.tokenEnd === end)) replace(k, end, true);
      continue;
    }
    const plural = tokens[k + 1]?.text ?? "";
    if (token.lower === "the" && /^\p{Lu}\p{Ll}+s$/u.test(plural) && !EVENT_PLURAL.test(plural) && !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? "")) replace(k + 1, k + 2, false);
  }
}

/** Plurals after "the" that name competitions and awards, not teams ("the Olympics", "the Oscars"). */
const EVENT_PLURAL = /^(Olympics|Paralympics|Games|Oscars|Emmys|Grammys|Baftas|Brits|Globes|Championships|Finals|Playoffs|Nationals|Internationals|Ashes|Proms|Commons|Lords)$/;

/** A cell of a results table: a count, a score, a ratio (".629"), a fraction ("1/2") or a dash. */
const TABLE_CELL = /^(?:-|\d+(?:[.,/:-]\d+)*|\.\d+)$/;
const SCORE = /^\d{1,3}$/;
/** "v", "vs", "versus" between two teams. */
const VERSUS = /^(v|vs|vs\.|versus)$/;
/** Small words inside a team's name ("Queen of the South", "Brighton & Hove Albion"). */
const TEAM_INNER = /^(of|the|&|'s|’s|de|del|la)$/;

/** The end (exclusive) of a run of capitalised words starting at `from`, or `from` when there is none. */
function teamRunEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (/^\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(t.text) && !VERSUS.test(t.lower) && t.text !== "AT") end++;
    else if (end > from && TEAM_INNER.test(t.lower) && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? "")) end++;
    else break;
  }
  return end;
}

/** "( L )", "( BJ )": a bracketed letter code that tells apart two teams of one name. Returns the end after it, or `at`. */
function letterQualifierEnd(tokens: readonly Token[], at: number): number {
  return tokens[at]?.text === "(" && /^\p{Lu}{1,2}$/u.test(tokens[at + 1]?.text ?? "") && tokens[at + 2]?.text === ")" ? at + 3 : at;
}

/** A bracketed aside ("( Italy )", "( 2nd game )"): the index after it, or `at` when none starts there. */
function bracketEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== "(") return at;
  const close = tokens.findIndex((t, k) => k > at && t.text === ")");
  return close > at && close - at <= 6 ? close + 1 : at;
}

/** Cricket-style totals: "238", "133-5". */
const INNINGS_SCORE = /^\d{1,3}(-\d{1,2})?$/;
const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Team spans [start, end) of a result line, a standings row, a fixture or a scorecard; empty for other sentences. */
function teamSpans(tokens: readonly Token[]): TeamSpans {
  const teams: [number, number][] = [];
  const fixtures: [number, number][] = [];
  // Standings row: "Stoke 4 3 1 0 7 4 10", "ATLANTA 83 49 .629 -".
  const firstEnd = teamRunEnd(tokens, 0);
  if (firstEnd > 0) {
    const nameEnd = letterQualifierEnd(tokens, firstEnd);
    const cells = tokens.slice(bracketEnd(tokens, nameEnd));
    // A ratio cell (".629") may have been cut off as the start of the next sentence: "ATLANTA 83 49 ." ends there.
    const cut = cells.length >= 3 && cells.at(-1)!.text === "." && cells.slice(0, -1).every((t) => SCORE.test(t.text));
    if ((cells.length >= 4 && cells.every((t) => TABLE_CELL.test(t.text))) || cut) return { lines: [[0, nameEnd]], fixtures };
    // Result line: "Reading 2 Stoke 2", "Benetton ( Italy ) 92 Dinamo ( Russia ) 81 ( halftime 50-28 )".
    const firstScore = bracketEnd(tokens, nameEnd);
    if (SCORE.test(tokens[firstScore]?.text ?? "")) {
      const secondEnd = teamRunEnd(tokens, firstScore + 1);
      if (secondEnd > firstScore + 1) {
        const secondName = letterQualifierEnd(tokens, secondEnd);
        const secondScore = bracketEnd(tokens, secondName);
        const rest = secondScore + 1;
        if (SCORE.test(tokens[secondScore]?.text ?? "") && (rest >= tokens.length || /^[(.]$/.test(tokens[rest]!.text))) {
          return { lines: [[0, nameEnd], [firstScore + 1, secondName]], fixtures };
        }
      }
    }
  }
  // Schedule line in capitals: "MINNESOTA AT MILWAUKEE" — the visiting team, then the home town where it is played.
  const at = tokens.findIndex((t) => t.text === "AT");
  if (at > 0 && teamRunEnd(tokens, 0) === at && teamRunEnd(tokens, at + 1) === tokens.length && tokens.length - at - 1 <= 3) return { lines: [[0, at]], fixtures };
  // Scorecard: "Venue : Team 238 and 133-5 , Team 471 ( … )", "Team 22 points , Team 4 .", "Team beat Team by 188 runs".
  const colon = tokens.findIndex((t) => t.text === ":");
  const byMargin = tokens.findIndex((t, k) => t.lower === "by" && /^(an|a|\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[k + 1]?.lower ?? "") && /^(innings|runs?|wickets?|points?|goals?|an)$/.test(tokens[k + 2]?.lower ?? tokens[k + 1]!.lower));
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && !/^[:,]$/.test(tokens[k - 1]!.text)) continue;
    const end = teamRunEnd(tokens, k);
    if (end === k) continue;
    const score = tokens[end]?.text ?? "";
    const after = tokens[end + 1]?.lower ?? "";
    const total = INNINGS_SCORE.test(score) && (colon >= 0 && colon < k) && (after === "and" || after === "(" || after === "," || after === "." || end + 1 >= tokens.length);
    const points = SCORE.test(score) && /^points?$/.test(after);
    if (total || points) teams.push([k, end]);
  }
  // "Northfield 21 points , Southport 6 .": once one side is given points, the others listed after it are teams too.
  if (teams.length > 0 && tokens.some((t) => /^points?$/.test(t.lower))) {
    for (let k = 2; k < tokens.length; k++) {
      const end = teamRunEnd(tokens, k);
      if (tokens[k - 1]!.text === "," && end > k && SCORE.test(tokens[end]?.text ?? "") && /^(\.|,|)$/.test(tokens[end + 1]?.text ?? "")) teams.push([k, end]);
    }
  }
  if (byMargin > 0) {
    const beat = tokens.findIndex((t) => /^(beat|defeated|drew|lost)$/.test(t.lower));
    if (beat > 0 && beat < byMargin) {
      let start = beat;
      while (start > 0 && /^\p{Lu}/u.test(tokens[start - 1]!.text)) start--;
      if (start < beat) teams.push([start, beat]);
      const end = teamRunEnd(tokens, beat + 1);
      if (end > beat + 1 && (tokens[end]?.lower === "by" || tokens[end]?.lower === "to")) teams.push([beat + 1, end]);
    }
  }
  // Fixture: "Kent v Surrey", "August 16-18 v Kent ( three days )".
  tokens.forEach((t, k) => {
    if (!VERSUS.test(t.lower) || k + 1 >= tokens.length) return;
    const after = letterQualifierEnd(tokens, teamRunEnd(tokens, k + 1));
    if (after > k + 1) fixtures.push([k + 1, after]);
    // "v Gloucestershire or Sussex": either may be the opponent.
    for (let o = after; tokens[o]?.lower === "or" && teamRunEnd(tokens, o + 1) > o + 1; o = teamRunEnd(tokens, o + 1)) fixtures.push([o + 1, teamRunEnd(tokens, o + 1)]);
    let before = k;
    while (before > 0 && /^\p{Lu}/u.test(tokens[before - 1]!.text) && !MONTH.test(tokens[before - 1]!.text)) before--;
    if (before < k) fixtures.push([before, k]);
  });
  return { lines: teams, fixtures };
}

/** Nations that field their own sides: countries, and the home nations of the United Kingdom. */
const HOME_NATION = /^(England|Scotland|Wales|Northern Ireland)$/i;
function isNationalSide(m: Mention): boolean {
  return (m.kind === "COUNTRY" && m.via === "name") || (m.kind === "PLACE" && HOME_NATION.test(m.name));
}

/**
 * Teams in sports lines become organisations: a town or an unknown word there names a club. A
 * national side keeps its country ("Italy 2 Chile 1"); a person's name (given name, initials) is kept.
 */
function sportsTeams(sentence: AnalyzedSentence, found: Mention[], text: string, teams: readonly [number, number][]): void {
  for (const [start, end] of teams) {
    const inside = found.filter((m) => m.tokenStart < end && m.tokenEnd > start);
    if (inside.some((m) => isNationalSide(m) && m.tokenStart === start && m.tokenEnd === end)) continue;
    if (inside.some((m) => m.kind === "NAME" && m.evidence !== "capitalised") || inside.some((m) => m.kind === "ORGANIZATION" && m.tokenStart === start && m.tokenEnd === end)) continue;
    if (inside.some((m) => m.tokenStart < start || m.tokenEnd > end)) continue;
    for (const m of inside) found.splice(found.indexOf(m), 1);
    const base = span(sentence, start, end, text);
    found.push({ kind: "ORGANIZATION", entry: { name: base.text, aliases: [], category: "SPORTS_TEAM" }, ...base });
  }
}

/** A hyphenated run of capitalised words at one offset: "Anglo-American", "U.S.-Russian", "Franco-German-Polish". */
const HYPHENATED_RUN = /\p{Lu}[\p{L}.’']*(?:[-–]\p{Lu}[\p{L}.’']*)+/uy;

/**
 * A compound adjective of countries, combining forms and regions at token `i` ("Anglo-American talks",
 * "Sino-US ties", "the Israeli-Palestinian conflict", "Afro-Caribbean"): a country mention for each side that
 * is a country, none for a continent. Every part must be one of those, else it is some other name ("Anglo-Saxon",
 * "Rolls-Royce"). A whole name with a hyphen ("Guinea-Bissau") is a gazetteer match and never reaches here.
 */
function compoundAt(sentence: AnalyzedSentence, i: number, text: string): { sides: (CountryMention | PlaceMention)[]; tokenEnd: number } | undefined {
  const start = sentence.tokens[i]!.start;
  HYPHENATED_RUN.lastIndex = start;
  const run = HYPHENATED_RUN.exec(text)?.[0];
  if (!run || isWordUnit(text, start + run.length) || start + run.length > sentence.end) return undefined;
  const shouted = run === run.toUpperCase();
  const sides: (CountryMention | PlaceMention)[] = [];
  let partStart = start;
  for (const part of run.split(/[-–]/)) {
    const partEnd = partStart + part.length;
    let side: { kind: "COUNTRY"; iso3: string } | { kind: "PLACE"; name: string } | undefined;
    const combining = combiningForm(part, shouted);
    if (combining) side = { kind: "COUNTRY", iso3: combining };
    else if (combining === undefined) {
      const hit = gazetteer().longestAt(text, partStart, firstWordKey(part));
      // A match running past this part is another name ("South-East Asia"); places and bodies make no compound of sides.
      if (!hit || hit.form.length !== part.length || (hit.value.kind !== "COUNTRY" && hit.value.kind !== "REGION")) return undefined;
      // A country is a side; a region named by its name is still a place ("the Euro-Africa zone"), by an adjective nothing.
      if (hit.value.kind === "COUNTRY") side = { kind: "COUNTRY", iso3: hit.value.iso3 };
      else if (hit.value.name) side = { kind: "PLACE", name: hit.value.name };
    }
    if (side) {
      const base = { sentence: sentence.index, start: partStart, end: partEnd, text: text.slice(partStart, partEnd), tokenStart: sentence.tokens.findIndex((t) => t.end > partStart), tokenEnd: tokenEndAt(sentence, partEnd) };
      sides.push(side.kind === "COUNTRY" ? { ...side, via: "compound", ofOffice: true, ...base } : { ...side, ...base });
    }
    partStart = partEnd + 1;
  }
  return { sides, tokenEnd: tokenEndAt(sentence, start + run.length) };
}

/** The country of a combining form ("Anglo" → GBR), null for a continent's ("Euro"), undefined for any other word. */
function combiningForm(part: string, shouted: boolean): string | null | undefined {
  const form = shouted ? part.charAt(0) + part.slice(1).toLowerCase() : part;
  return Object.hasOwn(COMBINING_FORMS, form) ? COMBINING_FORMS[form] : undefined;
}

/** Capitalised words that open a party's name built on another's ("Radical Democrats", "Progressive Republicans"). */
const PARTY_QUALIFIER = /^(Liberal|Social|Christian|Free|New|Progressive|Radical|National|Popular|Green|United|Socialist|Conservative|Democratic|Republican|Civic|Independent|Moderate|Patriotic|Unionist|Labour|Labor|Reform)$/;

/**
 * A known party's name at the end of a longer capitalised name is another party: "Radical Democrats" is not the US
 * Democratic Party, and gets no country; "Irish Republicans", "Australian Labour" take the people's country.
 * Longer names the gazetteer knows ("Liberal Democrat", "Social Democrats") have already won as the longest match.
 */
function partiesInLongerNames(sentence: AnalyzedSentence, found: Mention[], taken: boolean[], text: string): void {
  const tokens = sentence.tokens;
  const titleCase = isTitleCase(sentence);
  for (const org of found.filter((m): m is OrganizationMention => m.kind === "ORGANIZATION" && m.entry.category === "PARTY")) {
    let start = org.tokenStart;
    // A headline capitalises every word ("Trump Slams New Democrats"), and a sentence its first ("New UKIP defection"):
    // neither capital says the word belongs to the name.
    while (!titleCase && start > 1 && org.tokenStart - start < 3 && !taken[start - 1] && PARTY_QUALIFIER.test(tokens[start - 1]!.text)) start--;
    const people = found.find((m): m is CountryMention => m.kind === "COUNTRY" && m.via === "demonym" && m.tokenEnd === org.tokenStart);
    const otherPeople = start === org.tokenStart && people && people.iso3 !== org.entry.countryIso3 ? people : undefined;
    if (start === org.tokenStart && !otherPeople) continue;
    if (otherPeople) {
      found.splice(found.indexOf(otherPeople), 1);
      start = otherPeople.tokenStart;
    }
    found.splice(found.indexOf(org), 1);
    const base = span(sentence, start, org.tokenEnd, text);
    found.push({ kind: "ORGANIZATION", entry: { name: base.text, aliases: [], category: "PARTY", ...(otherPeople ? { countryIso3: otherPeople.iso3 } : {}) }, ...base });
    for (let k = start; k < org.tokenEnd; k++) taken[k] = true;
    // Later steps read the mentions in text order ("the mention just before this office").
    found.sort((a, b) => a.start - b.start);
  }
}

function officeMention(sentence: AnalyzedSentence, start: number, end: number, text: string, entry: OfficeTitleEntry): OfficeMention {
  const tokens = sentence.tokens;
  let title = entry.title;
  // A named remit is part of the office: "Special Envoy to the Middle East", "Minister for Europe".
  // The capitalised run after "to the" may also hold the holder's name; the name starts at a
  // given name, or is the last two words when none is known.
  let remitEnd = end;
  if (/^(to|for)$/.test(tokens[end]?.text ?? "")) {
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
  return { kind: "OFFICE", title, entry, former, ...span(sentence, start, remitEnd, text) };
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

function nameMention(
  sentence: AnalyzedSentence,
  start: number,
  end: number,
  text: string,
  evidence: NameMention["evidence"],
  office: OfficeMention | undefined,
): NameMention {
  return { kind: "NAME", evidence, ...(office ? { office } : {}), ...span(sentence, start, end, text) };
}

/** A run of name tokens: capitalised words, initials, particles inside, a Jr./Sr. suffix at the end. */
function nameRun(tokens: readonly Token[], taken: readonly boolean[], from: number, afterTitle = false): { start: number; end: number } | undefined {
  const first = tokens[from];
  // After a title even a capitalised function word starts a name ("President To Lam").
  const titledStart = afterTitle && !!first && /^\p{Lu}\p{Ll}+$/u.test(first.text);
  if (!first || !(isCapitalisedWord(first) || INITIALS.test(first.text) || titledStart)) return undefined;
  // "Sir Edward Heath", "Dr Jane Goodall": the honorific is not part of the name; the name starts after it.
  if (HONORIFIC_SET.has(first.lower.replace(/\.$/, "")) && isCapitalisedWord(tokens[from + 1])) return undefined;
  // Sentence-initial capitals on function words, verbs and plural nouns ("Earlier,", "Speaking …", "Workers said") are not names.
  // A known given name before a free capitalised word is a name even where the tagger read a verb ("Rose Kiprop").
  const givenStart = isGivenName(first.text) && isCapitalisedWord(tokens[from + 1]) && !taken[from + 1] && !NEVER_NAME.has(first.lower);
  if (from === 0 && /^(ADV|ADP|DET|PRON|CCONJ|SCONJ|AUX|VERB|PART|INTJ)$/.test(first.pos) && !givenStart) return undefined;
  if (from === 0 && first.pos === "NOUN" && !isCapitalisedWord(tokens[from + 1])) return undefined;
  if (/^\p{Lu}{2,}$/u.test(first.text) && first.text.length > 2) return undefined; // acronyms are not names
  if (GROUP_NOUN.has(first.lower) && !isCapitalisedWord(tokens[from + 1])) return undefined;
  let end = from + 1;
  while (end < tokens.length && !taken[end] && end - from < 5) {
    const token = tokens[end]!;
    // "International Development Minister Gareth Thomas": an office word ends the run before it.
    if (OFFICE_HEAD.test(token.lower)) break;
    if (isCapitalisedWord(token) || INITIALS.test(token.text)) end++;
    // "Djate-Taillard": a hyphen with no space either side joins a double-barrelled name.
    else if ((token.text === "-" || token.text === "–") && tokens[end - 1]!.end === token.start && tokens[end + 1]?.start === token.end && isCapitalisedWord(tokens[end + 1]) && !taken[end + 1]) end += 2;
    else if (PARTICLE_SET.has(token.lower)) {
      // "von der Leyen", "bin Salman", "da Silva": particles count only when a capitalised word follows them.
      let k = end;
      while (k < tokens.length && PARTICLE_SET.has(tokens[k]!.lower)) k++;
      if (k - end > 3 || !isCapitalisedWord(tokens[k]) || taken[k]) break;
      end = k + 1;
    }
    else if (SUFFIX_SET.has(token.lower.replace(/\.$/, "")) && end > from + 1) {
      end++;
      break;
    } else break;
  }
  // Trailing possessive "'s" is its own token; a lone initial is not a name.
  if (end - from === 1 && INITIALS.test(first.text) && first.text.length <= 2) return undefined;
  return { start: from, end };
}

/**
 * Links a country word to the office phrase that follows it: "US President", "Russia's foreign
 * minister", "the Kremlin spokesperson". The country mention stays too (the country is mentioned).
 */
function attachOfficeCountries(found: Mention[], tokens: readonly Token[]): void {
  for (const office of found) {
    if (office.kind !== "OFFICE") continue;
    const before = found.filter((m) => m.tokenEnd <= office.tokenStart).at(-1);
    if (!before) continue;
    let gap = office.tokenStart - before.tokenEnd;
    // Allow a possessive between ("Russia's") and adjectives like "top" or "chief".
    const between = tokens.slice(before.tokenEnd, office.tokenStart).map((t) => t.lower);
    const allowed = between.every((w) => w === "'s" || w === "’s" || w === "'" || w === "top" || w === "chief" || w === "senior" || w === "acting" || w === "new" || w === "then" || w === "former");
    if (!allowed) gap = 99;
    if (gap > 3) continue;
    // "the Anglo-Irish envoy": a compound names two sides, not the office's country.
    if (before.kind === "COUNTRY" && before.via === "compound") continue;
    if (before.kind === "COUNTRY") {
      office.iso3 = before.iso3;
      before.ofOffice = true;
    } else if (before.kind === "ORGANIZATION" && before.entry.countryIso3) office.iso3 = before.entry.countryIso3;
  }
}

/**
 * Links a country named after "of" to the office phrase before it, or to the office of the name before it:
 * "the Foreign Minister of Japan", "Foreign Minister Wang Yi of China". Only a country's name counts there.
 */
function attachTrailingOfficeCountries(found: Mention[], tokens: readonly Token[]): void {
  for (const office of found) {
    if (office.kind !== "OFFICE" || office.iso3) continue;
    const holder = found.find((m) => m.kind === "NAME" && m.office === office);
    const end = holder ? holder.tokenEnd : office.tokenEnd;
    if (tokens[end]?.lower !== "of") continue;
    const from = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
    const country = found.find((m) => m.kind === "COUNTRY" && m.via === "name" && (m.tokenStart === from || m.tokenStart === end + 1));
    // "chief executive of China Aviation Oil": a country opening a longer name is not the office's.
    if (country?.kind !== "COUNTRY" || isCapitalisedWord(tokens[country.tokenEnd])) continue;
    office.iso3 = country.iso3;
    country.ofOffice = true;
  }
}

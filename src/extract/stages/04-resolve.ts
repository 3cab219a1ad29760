import {
  countryId,
  officeId,
  organizationId,
  personId,
  placeId,
  type GraphEntity,
  type Mention as GraphMention,
} from "../../domain/index.js";
import { HONORIFICS, NAME_SUFFIXES, ROYAL_STYLES, countryByIso3 } from "../gazetteer/index.js";
import { type AnalyzedSentence } from "./02-sentences.js";
import { REPORTING_VERB } from "./reporting-verbs.js";
import { type Mention, type NameMention, type OfficeMention, type OrganizationMention } from "./03-mentions.js";

/**
 * Stage 4 — in-article resolution: mentions become entities. Full names define people; surnames,
 * honorific forms ("Mr Putin"), title-only references ("the president") and pronouns are linked to
 * them; transliteration variants (Zelensky / Zelenskyy / Zelenskiy) share a key.
 */
export interface ResolvedOffice {
  personId: string;
  officeId: string;
  title: string;
  iso3: string;
  mention: OfficeMention;
  /** Lower when the country came from sentence context rather than the phrase or the title. */
  confidence: number;
}

/** "the government", "the British government": a reference to a country's government, resolved to the country. */
export interface GovernmentReference {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  countryId: string;
}

export interface Resolution {
  entities: GraphEntity[];
  /** Definite references to a government, each with the country it governs. */
  governments: GovernmentReference[];
  /** The entity each resolved mention refers to; unresolved mentions are absent. */
  entityOfMention: Map<Mention, string>;
  /** Person mentions, including pronouns and title-only references, in text order. */
  personMentions: { mention: Mention; personId: string }[];
  offices: ResolvedOffice[];
}

const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, "")));
const ROYAL_SET = new Set(ROYAL_STYLES);
const SUFFIX_SET = new Set(NAME_SUFFIXES.map((s) => s.toLowerCase().replace(/\.$/, "")));

/** Memo tables of pure string functions, emptied when full so a long-running server stays bounded. */
const MEMO_LIMIT = 20_000;
/** `compute` remembered per input, forgetting everything past MEMO_LIMIT entries so a long-running server stays bounded. */
function boundedMemo<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      value = compute(text);
      memo.set(text, value);
    }
    return value;
  };
}

/** Folds spelling and transliteration differences: Zelenskyy ≡ Zelensky ≡ Zelenskiy, J.D. ≡ JD. */
export const nameKey: (word: string) => string = boundedMemo(foldName);

function foldName(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/iy$|yy$|ij$/, "i")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");
}

/** Shared between callers through the memo: never mutated. */
interface NameParts {
  readonly words: readonly string[];
  /** The surname key (last word that is not Jr./Sr./II). */
  readonly surname: string;
  /** Jr./Sr./II: a different person from the one without it. */
  readonly suffix: string;
  readonly first: string;
}

const nameParts: (text: string) => NameParts = boundedMemo(splitName);

function splitName(text: string): NameParts {
  const all = text.replace(/['’]s$/, "").split(/\s+/).filter(Boolean);
  // "Prince Harry": a royal style before a lone given name stays in the name.
  const royal = ROYAL_SET.has(all[0] ?? "") && all.filter((w) => !SUFFIX_SET.has(w.toLowerCase().replace(/[.,]$/, ""))).length === 2;
  const words = royal ? all : all.filter((w) => !HONORIFIC_SET.has(w.toLowerCase().replace(/\.$/, "")));
  const suffixes = words.filter((w) => SUFFIX_SET.has(w.toLowerCase().replace(/[.,]$/, "")));
  const core = words.filter((w) => !suffixes.includes(w));
  return {
    words: core,
    surname: nameKey(core.at(-1) ?? ""),
    suffix: suffixes.map((s) => nameKey(s)).join(" "),
    first: nameKey(core[0] ?? ""),
  };
}

interface PersonDraft {
  name: string;
  parts: NameParts;
  aliases: Set<string>;
  mentions: Mention[];
}

/** Resolves one article's mentions to entities. */
export function resolveMentions(sentences: readonly AnalyzedSentence[], mentions: readonly Mention[]): Resolution {
  const entityOfMention = new Map<Mention, string>();
  const people: PersonDraft[] = [];
  const personOf = new Map<Mention, PersonDraft>();

  reclassifyOrganizations(sentences, mentions);
  const names = mentions.filter((m): m is NameMention => m.kind === "NAME");
  // Per-sentence lists, built once: the checks below look only at a name's own sentence.
  const mentionsBySentence = groupBySentence(mentions);
  const namesBySentence = groupBySentence(names);
  const inSentence = <T extends Mention>(groups: Map<number, T[]>, m: Mention): T[] => groups.get(m.sentence) ?? [];
  const isMultiWord = (m: NameMention): boolean => nameParts(m.text).words.length >= 2;
  const hasPersonEvidence = (m: NameMention): boolean =>
    m.evidence !== "capitalised" || followedByReportingVerb(sentences, m) || hasOfficeAppositive(sentences, inSentence(mentionsBySentence, m), m) || hasPersonAppositive(sentences, m);

  // 1. Full names define people (first by evidence, so "Donald Trump" wins over a stray capitalised pair).
  //    A full name listed beside a proven one ("Billy Andrade, Duffy Waldorf and …") or followed by a
  //    country in brackets ("Cosmin Contra (Romania)") is a person too.
  const proven = new Set(
    names.filter((m) => isMultiWord(m) && (hasPersonEvidence(m) || followedByCountryInBrackets(sentences, inSentence(mentionsBySentence, m), m) || inRoster(sentences, inSentence(namesBySentence, m), m))),
  );
  // The proven names of each sentence, kept with the set: a list is only ever within one sentence.
  const provenBySentence = groupBySentence([...proven]);
  const prove = (m: NameMention): void => {
    proven.add(m);
    const group = provenBySentence.get(m.sentence);
    if (group) group.push(m);
    else provenBySentence.set(m.sentence, [m]);
  };
  const listedWithProven = (m: Mention): boolean => inSentence(provenBySentence, m).some((p) => listedTogether(sentences, p, m));
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of names) {
      if (proven.has(m) || !isMultiWord(m)) continue;
      if (listedWithProven(m)) {
        prove(m);
        changed = true;
      }
    }
  }
  // Relatives: an unproven full name that shares a proven person's surname but not the first name ("Laura Bush" beside "George Bush").
  const provenSurnames = new Map([...proven].map((m) => [nameParts(m.text).surname, nameParts(m.text).first] as const));
  for (const m of names) {
    if (proven.has(m) || !isMultiWord(m) || m.evidence !== "capitalised") continue;
    const parts = nameParts(m.text);
    const first = provenSurnames.get(parts.surname);
    if (first !== undefined && parts.words.length === 2 && !compatibleFirst(first, parts.first)) prove(m);
  }
  for (const mention of names.filter((m) => proven.has(m))) {
    const parts = nameParts(mention.text);
    const same = people.find((p) => p.parts.surname === parts.surname && p.parts.suffix === parts.suffix && compatibleFirst(p.parts.first, parts.first));
    const person = same ?? { name: parts.words.join(" ") + (parts.suffix ? ` ${mention.text.split(/\s+/).at(-1)}` : ""), parts, aliases: new Set<string>(), mentions: [] };
    if (!same) people.push(person);
    else if (parts.words.join(" ").length > person.name.length) {
      person.aliases.add(person.name);
      person.name = parts.words.join(" ");
    }
    if (mention.text !== person.name) person.aliases.add(cleanAlias(mention.text));
    person.mentions.push(mention);
    personOf.set(mention, person);
  }

  // 2. Single words: a known surname, or a hyphenated pair of them ("Trump-Putin"), or a new person when titled.
  for (const mention of names.filter((m) => !personOf.has(m))) {
    const parts = nameParts(mention.text);
    if (parts.words.length === 1 && /[-–]/.test(parts.words[0]!)) {
      splitHyphenatedPair(mention, people, personOf, entityOfMention);
      continue;
    }
    // A surname first; failing that, any word of one known name ("Mr Xi" for Xi Jinping, "Lula" for Luiz Inacio Lula da Silva).
    let candidates: PersonDraft[] = people.filter((p) => p.parts.surname === parts.surname);
    if (candidates.length === 0 && parts.words.length === 1) {
      candidates = people.filter((p) => p.parts.words.some((w) => w.length >= 2 && nameKey(w) === parts.surname));
    }
    if (candidates.length > 0) {
      // Among holders of the same family name ("Kim"), the most mentioned is meant; among surnames, the nearest.
      const bySalience = [...candidates].sort((a, b) => b.mentions.length - a.mentions.length);
      const sameSurname = candidates.some((p) => p.parts.surname === parts.surname);
      const person = (sameSurname ? nearestBefore(candidates, mention) : bySalience[0]) ?? candidates[0]!;
      person.mentions.push(mention);
      person.aliases.add(cleanAlias(mention.text));
      personOf.set(mention, person);
      continue;
    }
    // A lone word listed beside proven people ("Ponting , Michael Slater , Darren Lehmann") is one of them.
    const listed = mention.evidence === "capitalised" && listedWithProven(mention);
    if ((hasPersonEvidence(mention) || listed) && !isMultiWord(mention)) {
      // "Moazzam Begg, from Birmingham, …" then "Begg said": the unproven full name is the person's name.
      const fullForms = names.filter((m) => !personOf.has(m) && isMultiWord(m) && nameParts(m.text).surname === parts.surname);
      const fullParts = fullForms[0] ? nameParts(fullForms[0].text) : parts;
      const person: PersonDraft = { name: fullParts.words.join(" "), parts: fullParts, aliases: new Set(fullForms.length ? [mention.text] : []), mentions: [mention] };
      if (!person.name) continue;
      people.push(person);
      personOf.set(mention, person);
      for (const full of fullForms) {
        person.mentions.push(full);
        personOf.set(full, person);
      }
    }
  }
  // Headline surnames seen before the full name was known get a second chance.
  for (const mention of names.filter((m) => !personOf.has(m) && !isMultiWord(m))) {
    const parts = nameParts(mention.text);
    const person = people.find((p) => p.parts.surname === parts.surname);
    if (person) {
      person.mentions.push(mention);
      personOf.set(mention, person);
    }
  }

  shoutedSurnames(sentences, mentions, people, personOf);
  for (const [mention, person] of personOf) entityOfMention.set(mention, personId(person.name));

  // 3. Offices held, from "Title Name" and "Name, the title," patterns.
  const offices = officesHeld(sentences, mentions, personOf, entityOfMention);

  // 4. Title-only references ("the president") and pronouns.
  resolveReferences(sentences, mentions, offices, entityOfMention);

  // 5. Entities for everything resolved.
  const entities = buildEntities(mentions, people, offices, entityOfMention);
  const governments = governmentReferences(sentences, mentions, offices);
  for (const g of governments) if (!entities.some((e) => e.id === g.countryId)) entities.push({ id: g.countryId, kind: "COUNTRY", name: countryByIso3(g.countryId.slice("country:".length))?.name ?? g.countryId, aliases: [], countryId: g.countryId, mentions: [] });
  const personMentions = mentions
    .filter((m) => entityOfMention.get(m)?.startsWith("person:"))
    .map((mention) => ({ mention, personId: entityOfMention.get(mention)! }));
  return { entities, governments, entityOfMention, personMentions, offices };
}

/**
 * Capitalised words that are organisations, not people: "Cofinec said it …" (a speaker that is an
 * "it"), and the short form of an organisation named in full earlier or later ("Pirelli" for
 * "Pirelli SpA"). The mention is turned into an organisation mention in place.
 */
function reclassifyOrganizations(sentences: readonly AnalyzedSentence[], mentions: readonly Mention[]): void {
  const shortForms = new Map<string, OrganizationMention["entry"]>();
  for (const m of mentions) {
    if (m.kind !== "ORGANIZATION") continue;
    const words = m.entry.name.split(/\s+/);
    if (words.length >= 2 && UPPER_INITIAL.test(words[0]!)) shortForms.set(words[0]!, m.entry);
  }
  // One sense per article: a town named as a team in a result line is the team elsewhere in the article too,
  // except where it is the venue ("in Leeds", "At Leeds :").
  // A word that names a person proven by a given name, title or honorific anywhere in the article is that
  // person's, never a team's: "Andre Agassi … Agassi v Sampras", "Mr Wade … Roe v Wade".
  const personWords = new Set<string>();
  for (const m of mentions) if (m.kind === "NAME" && m.evidence !== "capitalised") for (const w of m.text.split(/\s+/)) personWords.add(w.toLowerCase());
  const teams = new Map<string, OrganizationMention["entry"]>();
  for (const m of mentions) {
    if (m.kind !== "ORGANIZATION" || m.entry.category !== "SPORTS_TEAM") continue;
    // A team read from a sports line alone (no gazetteer entry) that is a proven person's name goes back to being a name.
    if (personWords.has(m.text.toLowerCase()) && m.entry.aliases.length === 0 && m.entry.name === m.text) {
      Object.assign(m, { kind: "NAME", evidence: "capitalised" });
      delete (m as Partial<OrganizationMention>).entry;
      continue;
    }
    teams.set(m.text.toLowerCase(), m.entry);
  }
  for (const m of mentions) {
    if (m.kind !== "NAME" && m.kind !== "PLACE") continue;
    const entry = teams.get(m.text.toLowerCase());
    if (!entry || (m.kind === "NAME" && (m.evidence !== "capitalised" || personWords.has(m.text.toLowerCase())))) continue;
    const tokens = sentences[m.sentence]!.tokens;
    // Venues: after a locative, before a colon ("Leeds : …"), after "AT", or a dateline ("LEEDS 2024-05-04").
    const dateline = m.tokenStart === 0 && /^\d{4}-\d{2}-\d{2}$/.test(tokens[m.tokenEnd]?.text ?? "");
    if (m.kind === "PLACE" && (/^(in|at|near|from|to|into|outside)$/.test(tokens[m.tokenStart - 1]?.lower ?? "") || tokens[m.tokenEnd]?.text === ":" || dateline)) continue;
    Object.assign(m, { kind: "ORGANIZATION", entry });
  }
  for (const m of mentions) {
    if (m.kind !== "NAME" || m.evidence !== "capitalised" || /\s/.test(m.text)) continue;
    const tokens = sentences[m.sentence]!.tokens;
    const next = tokens[m.tokenEnd];
    const speaksAsIt = !!next && REPORTING_VERB.test(next.lower) && tokens.slice(m.tokenEnd + 1, m.tokenEnd + 4).some((t) => t.lower === "it" || t.lower === "its");
    const entry = shortForms.get(m.text) ?? (speaksAsIt ? { name: m.text, aliases: [], category: "OTHER" as const } : undefined);
    if (entry) Object.assign(m, { kind: "ORGANIZATION", entry });
  }
}

/**
 * Headlines in capitals ("RUIZ BEATS OKAFOR IN FINAL") hide names from the capitalisation rules; a
 * word there that is the surname (or first name and surname) of a person named in the article is them.
 */
// Unicode-class patterns live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, built on every evaluation.
const LETTERS_ONLY = /^\p{L}{2,}$/u;
const CAPITALS_ONLY = /^\p{Lu}{3,}$/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;
const LONG_WORD = /^\p{L}{4,}$/u;
const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** "48-year-old", possibly with a nationality or an occupation word between ("48-year-old Australian"), right before a name. */
const AGE_BEFORE = /\b\d{1,3}\s*-\s*year\s*-\s*old\s+(?:[\p{L}-]+\s+)?$/u;

function shoutedSurnames(sentences: readonly AnalyzedSentence[], mentions: readonly Mention[], people: PersonDraft[], personOf: Map<Mention, PersonDraft>): void {
  const bySurname = new Map<string, PersonDraft>();
  for (const person of people) if (person.parts.words.length >= 2 && person.parts.surname.length >= 3) bySurname.set(person.parts.surname, person);
  if (bySurname.size === 0) return;
  for (const sentence of sentences) {
    // Only a shouted sentence: at least two words of letters, every one of them in capitals (stops at the first that is not).
    let words = 0;
    let shouted = true;
    for (const t of sentence.tokens) {
      if (!LETTERS_ONLY.test(t.text)) continue;
      if (t.text !== t.text.toUpperCase()) {
        shouted = false;
        break;
      }
      words++;
    }
    if (!shouted || words < 2) continue;
    const covered = new Set(mentions.filter((m) => m.sentence === sentence.index && m.kind !== "NAME").flatMap((m) => range(m.tokenStart, m.tokenEnd)));
    sentence.tokens.forEach((token, k) => {
      if (covered.has(k) || !CAPITALS_ONLY.test(token.text)) return;
      const person = bySurname.get(nameKey(token.text));
      if (!person) return;
      const previous = sentence.tokens[k - 1];
      const start = previous && !covered.has(k - 1) && nameKey(previous.text) === person.parts.first ? k - 1 : k;
      const first = sentence.tokens[start]!;
      const mention: NameMention = { kind: "NAME", evidence: "capitalised", sentence: sentence.index, start: first.start, end: token.end, text: sentence.text.slice(first.start - sentence.start, token.end - sentence.start), tokenStart: start, tokenEnd: k + 1 };
      // A capitalised-run mention over the same words (from stage 3) is replaced, not doubled.
      for (const [m] of personOf) if (m.sentence === sentence.index && m.tokenStart <= k && m.tokenEnd > start) return;
      person.mentions.push(mention);
      personOf.set(mention, person);
    });
  }
}

/** "Mark Philippoussis ( Australia )": an athlete or delegate with their country. */
function followedByCountryInBrackets(sentences: readonly AnalyzedSentence[], mentions: readonly Mention[], name: Mention): boolean {
  const tokens = sentences[name.sentence]!.tokens;
  if (tokens[name.tokenEnd]?.text !== "(") return false;
  return mentions.some((m) => m.kind === "COUNTRY" && m.sentence === name.sentence && m.tokenStart === name.tokenEnd + 1 && tokens[m.tokenEnd]?.text === ")");
}

/**
 * A line that is only a list of names ("Ana Ruiz , Li Wei , Tom Berg ,"): at least three items,
 * most of them two or three words, nothing but commas, "and", brackets and numbers between.
 */
function inRoster(sentences: readonly AnalyzedSentence[], sentenceNames: readonly NameMention[], name: NameMention): boolean {
  const tokens = sentences[name.sentence]!.tokens;
  const items = sentenceNames;
  if (items.length < 3 || items.filter((m) => /\s/.test(m.text)).length < Math.max(3, items.length * 0.6)) return false;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of items) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered[k] = true;
  let depth = 0;
  return tokens.every((t, k) => {
    if (covered[k]) return true;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && !/^(,|and|\.|;|-|:|\d+\.?)$/.test(t.lower)) return k <= 2 && UPPER_INITIAL.test(t.text);
    return true;
  });
}

/** Two names next to each other in one list: only a comma, "and" or a bracketed aside between them. */
function listedTogether(sentences: readonly AnalyzedSentence[], a: Mention, b: Mention): boolean {
  if (a.sentence !== b.sentence) return false;
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  const between = sentences[a.sentence]!.tokens.slice(first.tokenEnd, second.tokenStart).map((t) => t.lower);
  if (between.length === 0 || between.length > 6 || !between.some((w) => w === "," || w === "and")) return false;
  // Between list items only punctuation, "and", and bracketed asides ("( Australia )", "( 3 )"): a plain word ("day , Tony Blair") breaks the list.
  const tokens = sentences[a.sentence]!.tokens.slice(first.tokenEnd, second.tokenStart);
  let depth = 0;
  return tokens.every((t) => {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && t.text !== "," && t.lower !== "and" && !UPPER_INITIAL.test(t.text) && !/^\d/.test(t.text)) return false;
    return true;
  }) && between.filter((w) => LONG_WORD.test(w) && w !== "and").length <= 1;
}

function cleanAlias(text: string): string {
  return text.replace(/['’]s$/, "");
}

/** "J." is compatible with "John"; "Marco" is not "Mario". */
function compatibleFirst(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length <= 2 || b.length <= 2) return a[0] === b[0];
  return false;
}

function nearestBefore(candidates: PersonDraft[], mention: Mention): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  let bestStart = -1;
  for (const person of candidates) {
    for (const m of person.mentions) {
      if (m.start < mention.start && m.start > bestStart) {
        best = person;
        bestStart = m.start;
      }
    }
  }
  return best;
}

/** Verbs whose subject is a person in news about contacts ("Putin spoke …", "Modi arrived …"). */
const PERSON_SUBJECT_VERB = /^(spoke|speaks|met|meets|phoned|phones|called|visited|visits|hosted|hosts|welcomed|welcomes|arrived|arrives|thanked|thanks|urged|urges|promised|promises|travelled|traveled|flew)$/;

function followedByReportingVerb(sentences: readonly AnalyzedSentence[], mention: Mention): boolean {
  const sentence = sentences[mention.sentence]!;
  const next = sentence.tokens[mention.tokenEnd];
  const afterAdverb = next && /ly$|^also$/.test(next.lower) ? sentence.tokens[mention.tokenEnd + 1] : next;
  const before = sentence.tokens[mention.tokenStart - 1];
  const says = !!afterAdverb && (REPORTING_VERB.test(afterAdverb.lower) || PERSON_SUBJECT_VERB.test(afterAdverb.lower));
  return says || (!!before && REPORTING_VERB.test(before.lower) && mention.tokenEnd === sentence.tokens.length - 1);
}

/** Kinship and roles that only people have: "Name, father of …", "Name, his wife,". */
const KIN = /^(father|mother|son|daughter|wife|husband|brother|sister|widow|widower|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|fiancee|fiancé|fiance|girlfriend|boyfriend)$/;

/**
 * Person-only context around a name: a kinship appositive ("Azmat Khan, father of …"), an age
 * ("Maria Lopez, 34,", "the 48-year-old Ana Ruiz"), or a bracketed age ("Ana Ruiz ( 34 )").
 */
function hasPersonAppositive(sentences: readonly AnalyzedSentence[], name: Mention): boolean {
  const tokens = sentences[name.sentence]!.tokens;
  const after = (k: number): string => tokens[name.tokenEnd + k]?.lower ?? "";
  // A scorer with the minute or a placing in brackets: "Ana Ruiz ( 31st )".
  if (after(0) === "(" && /^\d{1,3}(st|nd|rd|th)$/.test(after(1)) && after(2) === ")") return true;
  // Cricket scorecards: "c Name b Name", "lbw b Name", "st Name", and bowling figures "Name 10-0-41-2".
  if (/^(c|b|st|lbw)$/.test(tokens[name.tokenStart - 1]?.text ?? "") || /^\d+(\.\d)?-\d+-\d+-\d+$/.test(after(0))) return true;
  if (after(0) === ",") {
    const next = /^(the|a|his|her|their|whose)$/.test(after(1)) ? after(2) : after(1);
    if (KIN.test(next)) return true;
    if (/^\d{1,2}$/.test(after(1)) && Number(after(1)) >= 14 && (after(2) === "," || after(2) === "." || after(2) === "")) return true;
  }
  // "48-year-old", possibly with a nationality or an occupation word between ("48-year-old Australian").
  const sentence = sentences[name.sentence]!;
  const before = sentence.text.slice(0, name.start - sentence.start);
  // The pattern scans from every offset; text without "old" cannot match.
  return before.includes("old") && AGE_BEFORE.test(before);
}

/** "Sergei Lavrov, the Russian foreign minister," — a comma, then an office within a few words. */
function hasOfficeAppositive(sentences: readonly AnalyzedSentence[], mentions: readonly Mention[], name: Mention): boolean {
  const tokens = sentences[name.sentence]!.tokens;
  if (tokens[name.tokenEnd]?.text !== ",") return false;
  const office = mentions.find((m) => m.kind === "OFFICE" && m.sentence === name.sentence && m.tokenStart > name.tokenEnd && m.tokenStart - name.tokenEnd <= 5);
  if (!office) return false;
  // Only determiners and the office's country may stand between: ", the Russian foreign minister".
  const countryTokens = new Set(mentions.filter((m) => m.kind === "COUNTRY" && m.sentence === name.sentence).flatMap((m) => range(m.tokenStart, m.tokenEnd)));
  return range(name.tokenEnd + 1, office.tokenStart).every((k) => countryTokens.has(k) || /^(the|a|an|'s|’s|its|then|now|top|chief|senior)$/.test(tokens[k]!.lower));
}

/** Mentions by sentence index, each list in the original order (as filtering the whole list would give). */
function groupBySentence<T extends Mention>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.sentence);
    if (group) group.push(item);
    else groups.set(item.sentence, [item]);
  }
  return groups;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function splitHyphenatedPair(mention: NameMention, people: PersonDraft[], personOf: Map<Mention, PersonDraft>, entityOfMention: Map<Mention, string>): void {
  let offset = 0;
  for (const piece of mention.text.split(/([-–])/)) {
    if (piece !== "-" && piece !== "–" && piece) {
      const person = people.find((p) => p.parts.surname === nameKey(piece));
      if (person) {
        const part: NameMention = { ...mention, text: piece, start: mention.start + offset, end: mention.start + offset + piece.length };
        person.mentions.push(part);
        personOf.set(part, person);
        entityOfMention.set(part, personId(person.name));
      }
    }
    offset += piece.length;
  }
}

function officesHeld(
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mention[],
  personOf: Map<Mention, PersonDraft>,
  entityOfMention: Map<Mention, string>,
): ResolvedOffice[] {
  // Who holds which office phrase: "Title Name" first, then appositives.
  const claims: { office: OfficeMention; person: PersonDraft }[] = [];
  for (const [mention, person] of personOf) {
    if (mention.kind === "NAME" && mention.office && !mention.office.former) claims.push({ office: mention.office, person });
  }
  // Appositives: "Lavrov, Russia's foreign minister," — an office right after "Name,".
  const claimed = new Set(claims.map((c) => c.office));
  for (const office of mentions) {
    if (office.kind !== "OFFICE" || office.former || claimed.has(office)) continue;
    const sentence = sentences[office.sentence]!;
    const name = mentions.find((m) => m.kind === "NAME" && m.sentence === office.sentence && m.tokenEnd < office.tokenStart && office.tokenStart - m.tokenEnd <= 4 && personOf.has(m));
    if (!name) continue;
    const between = sentence.tokens.slice(name.tokenEnd, office.tokenStart).map((t) => t.lower);
    if (between[0] !== "," || !between.slice(1).every((w) => /^(the|a|an|'s|’s|top|chief|then|now|current|[a-z]+ian|[a-z]+ese)$/.test(w) || mentions.some((m) => m.kind === "COUNTRY" && m.sentence === office.sentence && m.tokenStart >= name.tokenEnd && m.tokenEnd <= office.tokenStart))) continue;
    claims.push({ office, person: personOf.get(name)! });
  }
  // Countries the phrase or the title itself states come first; they tell each person's own country
  // and the article's home country, which then guide titles that state none.
  const stated = new Map<OfficeMention, { iso3: string; confidence: number }>();
  for (const { office } of claims) {
    const country = statedOfficeCountry(office);
    if (country) stated.set(office, country);
  }
  const known = new Map<PersonDraft, Set<string>>();
  const byCountry = new Map<string, Set<PersonDraft>>();
  for (const { office, person } of claims) {
    const country = stated.get(office);
    if (!country) continue;
    known.set(person, (known.get(person) ?? new Set()).add(country.iso3));
    byCountry.set(country.iso3, (byCountry.get(country.iso3) ?? new Set()).add(person));
  }
  const home = dominantCountry(byCountry);
  const held: ResolvedOffice[] = [];
  for (const { office, person } of claims) {
    const country = stated.get(office) ?? contextOfficeCountry(sentences, mentions, office, known.get(person), home);
    if (!country) continue;
    held.push({
      personId: personId(person.name),
      officeId: officeId(country.iso3, office.title),
      title: office.title,
      iso3: country.iso3,
      mention: office,
      confidence: country.confidence,
    });
    entityOfMention.set(office, officeId(country.iso3, office.title));
  }
  // A country guessed from the sentence gives way to the same title stated with its country elsewhere
  // ("US President Donald Trump" beats "President Trump" in a sentence that only names Ukraine).
  return held.filter(
    (office) => office.confidence >= 0.85 || !held.some((o) => o.personId === office.personId && o.title === office.title && o.iso3 !== office.iso3 && o.confidence > office.confidence),
  );
}

/** The country an office phrase states itself ("Russian President", "the Foreign Minister of Japan") or its title implies ("Secretary of State"). */
function statedOfficeCountry(office: OfficeMention): { iso3: string; confidence: number } | undefined {
  if (office.iso3) return { iso3: office.iso3, confidence: 0.95 };
  if (office.entry.countries?.length === 1) return { iso3: office.entry.countries[0]!, confidence: 0.9 };
  if (office.entry.defaultCountry) return { iso3: office.entry.defaultCountry, confidence: 0.85 };
  return undefined;
}

/** The country whose stated offices the most people in the article hold, with at least two of them and a clear lead. */
function dominantCountry(byCountry: ReadonlyMap<string, ReadonlySet<unknown>>): string | undefined {
  const ranked = [...byCountry].map(([iso3, people]) => [iso3, people.size] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || first[1] <= 2 * (second?.[1] ?? 0)) return undefined;
  return first[0];
}

/** Prepositions whose object is a counterpart or a destination ("talks with Iran", "flew to Washington"). */
const TOWARD_PREPOSITION = /^(to|into|onto|toward|towards|with|against|between|among|versus|vs)$/;
/** Prepositions whose object is where something is ("in France", "from Iraq"): a place, which may still be the holder's own. */
const PLACE_PREPOSITION = /^(in|at|from|on|near|outside|inside|via|around|across|over|through|throughout|within|beyond|for|by|about|upon|like|than)$/;
/** Verbs of travel and contact whose object is a destination or a counterpart ("visited Paris", "met Germany's chancellor", "arrived in France"). */
const CONTACT_OR_MOTION_LEMMA = /^(visit|tour|meet|call|phone|ring|host|welcome|receive|greet|join|leave|reach|enter|invade|attack|threaten|criticise|criticize|condemn|accuse|blame|praise|thank|urge|warn|tell|ask|press|lobby|court|snub|fly|travel|arrive|land|head|go|return|come|move|sail|drive|sanction|punish|pressure|engage|confront|rebuke|congratulate|invite|brief|defeat|beat|trail)$/;
/** Words that may stand between a verb or preposition and the country ("visited the Netherlands", "met with Iran's"). */
const OBJECT_FILLER = /^(the|a|an|neighbouring|neighboring|nearby|both|all|fellow|rival|allied|his|her|their|its)$/;
/** Nouns a country word may modify that make the phrase a place ("the French capital"). */
const PLACE_NOUN = /^(capital|city|cities|town|village|port|border|borders|soil|territory|territories|region|province|coast|island|embassy|consulate|airport|base|resort|mainland|countryside|frontier|waters|airspace)$/;
/** Nouns a country word may modify that make the phrase a party to talks ("the US side", "Iranian officials"). */
const PARTY_NOUN = /^(side|delegation|delegations|team|negotiators|counterpart|counterparts|officials|leaders|leadership|government|administration|authorities|envoys|diplomats|troops|forces|soldiers)$/;

/**
 * How a country word relates to its sentence: "strong" when it is where a holder goes or whom they deal with
 * ("visited Paris", "flew to Washington", "met Germany's chancellor", "talks with Iranian officials"), "weak"
 * when it is only where something is ("in France"), undefined when it may be the holder's own ("said Britain
 * would", "the US side", "jobs in the US economy").
 */
function objectRole(sentence: AnalyzedSentence, mentions: readonly Mention[], country: Mention): "strong" | "weak" | undefined {
  const tokens = sentence.tokens;
  let k = country.tokenStart - 1;
  while (k >= 0 && OBJECT_FILLER.test(tokens[k]!.lower)) k--;
  // "in Iraq and Afghanistan", "from Germany and France": a country joined to another shares its role.
  // A comma joins only inside a list ("Iraq, Iran and Syria"), not before a new clause ("visited Washington, the Israeli embassy said").
  const joined = /^(and|or)$/.test(tokens[k]?.lower ?? "") || (tokens[k]?.text === "," && /^(,|and|or)$/.test(tokens[country.tokenEnd]?.lower ?? ""));
  if (joined) {
    const previous = mentions.find((m) => m.kind === "COUNTRY" && m.sentence === country.sentence && m.tokenEnd === k);
    if (previous) return objectRole(sentence, mentions, previous);
  }
  const governor = tokens[k];
  if (!governor) return undefined;
  const contactVerb = (t: (typeof tokens)[number] | undefined): boolean => !!t && /^(VERB|AUX|NOUN)$/.test(t.pos) && LOWER_INITIAL.test(t.text) && CONTACT_OR_MOTION_LEMMA.test(t.lemma);
  // A country before a lowercase noun modifies it: the noun decides ("the French capital", "the US side", "the US economy").
  let h = country.tokenEnd;
  if (/^['’]s?$/.test(tokens[h]?.text ?? "")) h++;
  let head: string | undefined;
  while (h < tokens.length && h - country.tokenEnd < 5 && LOWERCASE_WORD.test(tokens[h]!.text) && /^(NOUN|ADJ|PROPN)$/.test(tokens[h]!.pos)) head = tokens[h++]!.lower;
  // "the US Congress", "the US Federal Reserve": a country naming an organisation's home is no destination.
  if (!head && mentions.some((m) => m.kind === "ORGANIZATION" && m.sentence === country.sentence && m.tokenStart === country.tokenEnd)) return undefined;
  if (head && !PLACE_NOUN.test(head)) {
    if (!PARTY_NOUN.test(head)) return undefined;
    return contactVerb(governor) || TOWARD_PREPOSITION.test(governor.lower) ? "strong" : undefined;
  }
  if (contactVerb(governor) || TOWARD_PREPOSITION.test(governor.lower)) return "strong";
  // "arrived in France", "returned from Iraq": a place after a verb of motion is a destination.
  if (PLACE_PREPOSITION.test(governor.lower)) return contactVerb(tokens[k - 1]) ? "strong" : "weak";
  return undefined;
}

/**
 * The country of a title that states none, from context: the holder's own country when the article states
 * one; else the sentence's one country that is not a destination, counterpart, place or another office's
 * country; else, when the sentence names only such countries, the article's home country. None rather than a wrong one.
 */
function contextOfficeCountry(
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mention[],
  office: OfficeMention,
  known: ReadonlySet<string> | undefined,
  home: string | undefined,
): { iso3: string; confidence: number } | undefined {
  // A title that exists only in some countries ("Chancellor") takes a country from context only if it is one of them.
  const allowed = (iso3: string): boolean => !office.entry.countries || office.entry.countries.includes(iso3);
  const own = [...(known ?? [])].filter(allowed);
  if (own.length === 1) return { iso3: own[0]!, confidence: 0.8 };
  const sentence = sentences[office.sentence]!;
  const inSentence = mentions.filter((m): m is Extract<Mention, { kind: "COUNTRY" }> => m.kind === "COUNTRY" && m.sentence === office.sentence && allowed(m.iso3));
  // Another office's country ("met the French finance minister") is that office's, not this one's.
  const candidates = inSentence.filter((m) => !m.ofOffice);
  const roles = new Map(candidates.map((m) => [m, objectRole(sentence, mentions, m)] as const));
  const distinct = [...new Set(candidates.filter((m) => !roles.get(m)).map((m) => m.iso3))];
  // A place named beside the one free country leaves it in doubt ("France … in Ivory Coast … President Gbagbo"),
  // unless that country is the article's home.
  const places = new Set(candidates.filter((m) => roles.get(m) === "weak").map((m) => m.iso3));
  // A holder who is met, called or hosted in a place is its host: "Rubio met Crown Prince Mohammed bin Salman in the Saudi capital".
  let k = office.tokenStart - 1;
  while (k >= 0 && OBJECT_FILLER.test(sentence.tokens[k]!.lower)) k--;
  const host = !!sentence.tokens[k] && LOWER_INITIAL.test(sentence.tokens[k]!.text) && /^(meet|call|phone|host|welcome|receive|greet|visit)$/.test(sentence.tokens[k]!.lemma);
  if (host && distinct.length === 0 && places.size === 1) return { iso3: [...places][0]!, confidence: 0.65 };
  if (distinct.length === 1 && (distinct[0] === home || [...places].every((iso3) => iso3 === distinct[0]))) return { iso3: distinct[0]!, confidence: 0.7 };
  if (distinct.length > 0 || inSentence.length === 0) return undefined;
  // The sentence names only destinations, counterparts and places: the article's home country, unless the
  // holder travels to it or deals with it ("President Bush visited Britain" in a British story).
  if (home && allowed(home) && !candidates.some((m) => m.iso3 === home && roles.get(m) === "strong")) return { iso3: home, confidence: 0.6 };
  return undefined;
}

function resolveReferences(
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mention[],
  offices: readonly ResolvedOffice[],
  entityOfMention: Map<Mention, string>,
): void {
  const personMentionsBefore = (m: Mention): Mention[] =>
    mentions.filter((p) => p.start < m.start && entityOfMention.get(p)?.startsWith("person:"));
  for (const mention of mentions) {
    if (entityOfMention.has(mention)) continue;
    if (mention.kind === "OFFICE") {
      // "the president said": the latest person seen holding that title (in that country, if named).
      const sentence = sentences[mention.sentence]!;
      const determiner = sentence.tokens[mention.tokenStart - 1]?.lower;
      const nextIsName = mentions.some((m) => m.kind === "NAME" && m.sentence === mention.sentence && m.tokenStart === mention.tokenEnd);
      if (nextIsName || (determiner !== "the" && !(mention.iso3 && sentence.tokens[mention.tokenStart - 2]?.lower === "the"))) continue;
      const holders = offices.filter((o) => o.title === mention.title && (!mention.iso3 || o.iso3 === mention.iso3));
      const holderIds = new Set(holders.map((h) => h.personId));
      const latest = personMentionsBefore(mention).filter((p) => holderIds.has(entityOfMention.get(p)!)).at(-1);
      if (latest) entityOfMention.set(mention, entityOfMention.get(latest)!);
      continue;
    }
    if (mention.kind === "PRONOUN" && mention.pronoun !== "they") {
      const before = personMentionsBefore(mention);
      const sameSentence = before.filter((p) => p.sentence === mention.sentence);
      // Nearest person earlier in the sentence; else, in an opening phrase ("Writing on his blog, Trump said"),
      // the person named just after it; else the first person named in the closest earlier sentence.
      // "Starmer held talks with him": an object pronoun is not the subject of its own clause.
      const subject = mention.text.toLowerCase() === "him" ? clauseSubject(sentences, sameSentence, mention) : undefined;
      let antecedent = sameSentence.filter((p) => p !== subject).at(-1);
      if (!antecedent) antecedent = cataphoraTarget(sentences, mentions, mention, entityOfMention);
      if (!antecedent) {
        const previous = before.at(-1);
        if (previous && mention.sentence - previous.sentence <= 2) {
          const inPrevious = before.filter((p) => p.sentence === previous.sentence);
          antecedent = inPrevious.find((p) => p.kind === "NAME") ?? inPrevious[0];
        }
      }
      if (antecedent) entityOfMention.set(mention, entityOfMention.get(antecedent)!);
    }
  }
}

/**
 * "the British government", "Britain's government" name their country; a bare "the government" is the
 * article's own: the one country whose offices the article's people hold most (none when tied, or when no
 * one's office points to a country — the country an article names most is often the one it reports on from abroad).
 * A compound ("government ministers", "the government programme") is no reference to the government itself.
 */
function governmentReferences(sentences: readonly AnalyzedSentence[], mentions: readonly Mention[], offices: readonly ResolvedOffice[]): GovernmentReference[] {
  const held = new Map<string, number>();
  for (const o of new Map(offices.map((o) => [`${o.personId} ${o.iso3}`, o.iso3])).values()) held.set(o, (held.get(o) ?? 0) + 1);
  const ranked = [...held].sort((a, b) => b[1] - a[1]);
  const home = ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : undefined;
  const found: GovernmentReference[] = [];
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      if (token.lower !== "government") return;
      const next = sentence.tokens[i + 1];
      if (next && next.pos === "NOUN" && LOWER_INITIAL.test(next.text)) return;
      const country = mentions.find((m) => m.kind === "COUNTRY" && m.sentence === sentence.index && (m.tokenEnd === i || (m.tokenEnd === i - 1 && /^['’]s$/.test(sentence.tokens[i - 1]!.text))));
      const determiner = sentence.tokens[(country ? country.tokenStart : i) - 1]?.lower;
      const iso3 = country?.kind === "COUNTRY" ? country.iso3 : determiner === "the" ? home : undefined;
      if (!iso3 || (!country && determiner !== "the")) return;
      found.push({ sentence: sentence.index, tokenStart: country ? country.tokenStart : i - 1, tokenEnd: i + 1, countryId: countryId(iso3) });
    });
  }
  return found;
}

/** "Writing on his platform, Trump said …": a pronoun in an opening phrase points at the name after the comma. */
function cataphoraTarget(
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mention[],
  pronoun: Mention,
  entityOfMention: Map<Mention, string>,
): Mention | undefined {
  const tokens = sentences[pronoun.sentence]!.tokens;
  const comma = tokens.findIndex((t, k) => k > pronoun.tokenEnd && t.text === ",");
  if (comma < 0 || comma > pronoun.tokenEnd + 10) return undefined;
  if (tokens.slice(0, pronoun.tokenStart).some((t) => t.text === ",")) return undefined;
  // "…, Sir Edward told": honorifics and titles may stand between the comma and the name.
  return mentions.find(
    (m) =>
      m.sentence === pronoun.sentence &&
      m.kind === "NAME" &&
      m.tokenStart > comma &&
      m.tokenStart - comma <= 4 &&
      tokens.slice(comma + 1, m.tokenStart).every((t) => t.pos === "PROPN" && /^[A-Z]/.test(t.text)) &&
      entityOfMention.get(m)?.startsWith("person:"),
  );
}

/** The person opening the pronoun's clause (after the last comma, semicolon or conjunction) when a verb follows them before the pronoun. */
function clauseSubject(sentences: readonly AnalyzedSentence[], sameSentence: readonly Mention[], pronoun: Mention): Mention | undefined {
  const tokens = sentences[pronoun.sentence]!.tokens;
  let start = 0;
  for (let k = pronoun.tokenStart - 1; k >= 0; k--) {
    if (/^(,|;|:|and|but|while|whereas|who|which)$/.test(tokens[k]!.lower)) {
      start = k + 1;
      break;
    }
  }
  const first = sameSentence.find((m) => m.tokenStart >= start);
  if (!first) return undefined;
  return tokens.slice(first.tokenEnd, pronoun.tokenStart).some((t) => t.pos === "VERB") ? first : undefined;
}

function buildEntities(
  mentions: readonly Mention[],
  people: readonly PersonDraft[],
  offices: readonly ResolvedOffice[],
  entityOfMention: Map<Mention, string>,
): GraphEntity[] {
  const entities = new Map<string, GraphEntity>();
  const upsert = (id: string, make: () => Omit<GraphEntity, "mentions">): GraphEntity => {
    let entity = entities.get(id);
    if (!entity) {
      entity = { ...make(), mentions: [] };
      entities.set(id, entity);
    }
    return entity;
  };
  const addMention = (entity: GraphEntity, m: Mention): void => {
    // Pronouns help link events to people but are not names of them.
    if (m.kind === "PRONOUN") return;
    if (!entity.mentions.some((x) => x.start === m.start && x.end === m.end)) {
      entity.mentions.push({ sentence: m.sentence, start: m.start, end: m.end, text: m.text } satisfies GraphMention);
    }
  };

  for (const person of people) {
    const id = personId(person.name);
    const country = offices.filter((o) => o.personId === id).sort((a, b) => b.confidence - a.confidence)[0]?.iso3;
    const entity = upsert(id, () => ({
      id,
      kind: "PERSON",
      name: person.name,
      // The surname is a name the person goes by; later articles that say only "Putin" find them by it.
      aliases: [...new Set([...person.aliases, ...(person.parts.words.length >= 2 ? [person.parts.words.at(-1)!.replace(/[.,]$/, "")] : [])])]
        .filter((a) => a !== person.name)
        .sort(),
      ...(country ? { countryId: countryId(country) } : {}),
    }));
    for (const m of person.mentions) addMention(entity, m);
  }
  for (const mention of mentions) {
    const resolved = entityOfMention.get(mention);
    if (resolved?.startsWith("person:")) {
      const entity = entities.get(resolved);
      if (entity) addMention(entity, mention);
      continue;
    }
    if (mention.kind === "COUNTRY") {
      const country = countryByIso3(mention.iso3);
      const id = countryId(mention.iso3);
      const entity = upsert(id, () => ({ id, kind: "COUNTRY", name: country?.name ?? mention.iso3, aliases: [], countryId: id }));
      if (mention.text !== entity.name && !entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
      addMention(entity, mention);
      entityOfMention.set(mention, id);
    } else if (mention.kind === "PLACE") {
      const iso3 = mention.iso3;
      const id = placeId(iso3, mention.name);
      const entity = upsert(id, () => ({ id, kind: "PLACE", name: mention.name, aliases: [], ...(iso3 ? { countryId: countryId(iso3) } : {}) }));
      addMention(entity, mention);
      entityOfMention.set(mention, id);
      // A place names its country implicitly; the country entity exists so the place can point at it.
      if (iso3) ensureCountry(upsert, iso3);
    } else if (mention.kind === "ORGANIZATION") {
      const id = organizationId(mention.entry.name);
      const entity = upsert(id, () => ({
        id,
        kind: "ORGANIZATION",
        name: mention.entry.name,
        aliases: [],
        ...(mention.entry.countryIso3 ? { countryId: countryId(mention.entry.countryIso3) } : {}),
      }));
      if (mention.text !== entity.name && !entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
      addMention(entity, mention);
      entityOfMention.set(mention, id);
      if (mention.entry.countryIso3) ensureCountry(upsert, mention.entry.countryIso3);
    }
  }
  for (const office of offices) {
    const country = countryByIso3(office.iso3);
    const entity = upsert(office.officeId, () => ({
      id: office.officeId,
      kind: "OFFICE",
      name: `${office.title} of ${withArticle(country?.name ?? office.iso3)}`,
      aliases: [],
      countryId: countryId(office.iso3),
    }));
    addMention(entity, office.mention);
    ensureCountry(upsert, office.iso3);
  }
  for (const entity of entities.values()) entity.mentions.sort((a, b) => a.start - b.start);
  return [...entities.values()];
}

function ensureCountry(upsert: (id: string, make: () => Omit<GraphEntity, "mentions">) => GraphEntity, iso3: string): void {
  const id = countryId(iso3);
  upsert(id, () => ({ id, kind: "COUNTRY", name: countryByIso3(iso3)?.name ?? iso3, aliases: [], countryId: id }));
}

/** "the United States", "the Netherlands", but "Russia". */
export function withArticle(countryName: string): string {
  return /^(United|Czech|Dominican|Central African|Holy)\b|Islands$|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall Islands)$/.test(countryName)
    ? `the ${countryName}`
    : countryName;
}


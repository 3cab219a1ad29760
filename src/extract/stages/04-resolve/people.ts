import { type Actor } from "../../../knowledge/index.js";
import { type NameMention, type OfficeMention } from "../03-mentions/index.js";
import { CALENDAR_WORD } from "../03-mentions/families/names.js";
import { type ResolveContext, inSentence } from "./context.js";
import { chooseActor, isProminent, tenureFitsTitle, tenuresOn } from "./knowledge.js";
import { compatibleFirst, firstNameVariants, nameKey, nameParts, type NameParts } from "./name-parts.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { followedByReportingVerb, hasOfficeAppositive, hasPersonAppositive, listedTogether } from "./person-evidence.js";

/**
 * People of one article: name mentions grouped into persons, each linked to a known actor when the
 * knowledge base and the date make it clear. The identity rules:
 * - two full names are one person only when surname and suffix match and the first names are
 *   compatible (the same, an initial of it, or a familiar form: "Vince"/"Vincent"), or when both name
 *   the same known actor ("Recep Erdogan", "Recep Tayyip Erdogan");
 * - a surname alone joins the person the article introduced with it; among several, the one the
 *   title fits, else the office holder of the day, else the most mentioned; a relative named once in
 *   passing never takes the surname from the office holder of the day;
 * - a surname no full name introduced is the known office holder of the day with that surname, or,
 *   when a title or honorific marks it, a person known only by it.
 */
export interface PersonRecord {
  name: string;
  parts: NameParts;
  actor?: Actor;
  /** Other forms the text used. */
  aliases: Set<string>;
  mentions: NameMention[];
  /** Mentions by a full name (two words or more). */
  fullMentions: number;
}

export interface People {
  people: PersonRecord[];
  personOf: Map<NameMention, PersonRecord>;
  /** Parts of hyphenated pairs ("Trump-Putin talks"), as new name mentions, each with its person. */
  pairParts: NameMention[];
}

const isMultiWord = (m: NameMention): boolean => nameParts(m.text).words.length >= 2;
const cleanAlias = (text: string): string => text.replace(/['’]s$/, "");

export function resolvePeople(context: ResolveContext): People {
  const names = context.mentions.filter((m): m is NameMention => m.kind === "NAME");
  const proven = new Set(names.filter((m) => isMultiWord(m) && hasPersonEvidence(context, m)));
  // A capitalised full name listed beside a proven one ("Ana Ruiz, Li Wei and Tom Berg") is a person too.
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of names) {
      if (proven.has(m) || !isMultiWord(m)) continue;
      if ([...proven].some((p) => listedTogether(context.sentences, p, m))) {
        proven.add(m);
        changed = true;
      }
    }
  }

  const people: PersonRecord[] = [];
  const personOf = new Map<NameMention, PersonRecord>();
  const join = (person: PersonRecord, mention: NameMention): void => {
    person.mentions.push(mention);
    if (isMultiWord(mention)) person.fullMentions++;
    const alias = cleanAlias(mention.text);
    if (alias !== person.name) person.aliases.add(alias);
    personOf.set(mention, person);
  };

  // 1. Full names, grouped by surname, suffix and compatible first names.
  for (const mention of names.filter((m) => proven.has(m))) {
    const parts = nameParts(mention.text);
    const keys = parts.words.map(nameKey).join(" ");
    const same =
      people.find((p) => p.parts.surname === parts.surname && p.parts.suffix === parts.suffix && compatibleFirst(p.parts.first, parts.first)) ??
      people.find((p) => p.parts.words.length > parts.words.length && p.parts.words.slice(-parts.words.length).map(nameKey).join(" ") === keys && parts.words.length >= 2 && !mention.evidence.startsWith("given"));
    if (same) {
      if (parts.words.length > same.parts.words.length && !same.actor) {
        same.aliases.add(same.name);
        same.name = parts.words.join(" ");
        same.parts = parts;
      }
      join(same, mention);
      continue;
    }
    const person: PersonRecord = { name: fullName(mention.text, parts), parts, aliases: new Set(), mentions: [], fullMentions: 0 };
    people.push(person);
    join(person, mention);
  }

  // 2. The knowledge base: each group's full forms name one actor (by the date, a title, the article's countries).
  for (const person of people) {
    // A generational suffix stays in the form asked: "Donald Trump Jr." is not the known "Donald Trump".
    const forms = [...new Set(person.mentions.filter(isMultiWord).map((m) => fullName(m.text, nameParts(m.text))))];
    const candidates = forms.map((f) => context.actors.byFullName(f)).filter((list) => list.length > 0);
    if (candidates.length === 0) {
      const actor = actorByFamiliarForm(context, person, forms);
      if (actor) adopt(person, actor);
      continue;
    }
    // Every form that the base knows must allow the actor ("George Bush" allows both presidents; "George W. Bush" only one).
    const shared = candidates.reduce((acc, list) => acc.filter((a) => list.includes(a)));
    const title = person.mentions.find((m) => m.office)?.office;
    const actor = chooseActor(shared, context, title ? { title } : {});
    if (actor) adopt(person, actor);
  }
  // Two groups that turned out to be one actor ("Tayyip Erdogan", "Recep Tayyip Erdogan") are one person.
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i]!;
    const first = person.actor ? people.findIndex((p) => p.actor === person.actor) : i;
    if (first === i) continue;
    const into = people[first]!;
    for (const m of person.mentions) join(into, m);
    for (const a of person.aliases) if (a !== into.name) into.aliases.add(a);
    people.splice(i, 1);
  }

  // 3. Single words and unproven runs: surnames of the people above, or known office holders of the day.
  const pairParts: NameMention[] = [];
  for (const mention of names) {
    if (personOf.has(mention)) continue;
    const parts = nameParts(mention.text);
    if (parts.words.length === 1 && /\p{L}[-–]\p{Lu}/u.test(parts.words[0]!)) {
      for (const part of hyphenatedParts(mention)) {
        const person = surnamePerson(context, people, part, true);
        if (person) {
          pairParts.push(part);
          join(person, part);
        }
      }
      continue;
    }
    if (parts.words.length >= 2) {
      // An unproven full name: the same person as a proven one with this surname and a compatible first name,
      // or the last words of a longer name ("Pena Nieto" for Enrique Peña Nieto).
      const keys = parts.words.map(nameKey);
      const same =
        people.find((p) => p.parts.surname === parts.surname && p.parts.suffix === parts.suffix && compatibleFirst(p.parts.first, parts.first)) ??
        people.find((p) => p.parts.words.length > keys.length && p.parts.words.slice(-keys.length).map(nameKey).join(" ") === keys.join(" "));
      if (same) join(same, mention);
      continue;
    }
    // "Trump Jr.": the son of that surname (one the article names in full, else a person of that name), never the father.
    if (parts.suffix) {
      const same = people.find((p) => p.parts.surname === parts.surname && p.parts.suffix === parts.suffix);
      const person = same ?? { name: fullName(mention.text, parts), parts, aliases: new Set<string>(), mentions: [], fullMentions: 0 };
      if (!same) people.push(person);
      join(person, mention);
      continue;
    }
    const person = surnamePerson(context, people, mention, false);
    if (person) join(person, mention);
  }
  return { people, personOf, pairParts };
}

/** "May said …": the name is the subject of a reporting verb right after it. */
function speaks(context: ResolveContext, m: NameMention): boolean {
  const next = context.sentences[m.sentence]!.tokens[m.tokenEnd];
  return !!next && REPORTING_VERB.test(next.lower);
}

function hasPersonEvidence(context: ResolveContext, m: NameMention): boolean {
  const weak = m.evidence === "capitalised" || (m.evidence === "given-name" && leadsWithLeadersSurname(context, m));
  return !weak || followedByReportingVerb(context.sentences, m) || hasOfficeAppositive(context.sentences, inSentence(context, m.sentence), m) || hasPersonAppositive(context.sentences, m);
}

/**
 * "Blair Babes", "Putin Loyalists": a first word that is a given name but also the surname a head of state or
 * government of the day goes by reads as that leader's name used as a modifier; it proves no person alone.
 */
function leadsWithLeadersSurname(context: ResolveContext, m: NameMention): boolean {
  const first = nameParts(m.text).words[0];
  // Only a surname written last: a family name written first ("Kim", "Lee") opens many other people's names.
  const key = nameKey(first ?? "");
  return !!first && !!context.date && context.actors.byShortName(first).some((a) => isHead(a, context.date) && nameKey(a.name.split(/\s+/).at(-1)!) === key);
}

function fullName(text: string, parts: NameParts): string {
  const words = parts.words.join(" ");
  return parts.suffix ? `${words} ${cleanAlias(text).split(/\s+/).at(-1)}` : words;
}

/**
 * "Vincent Cable" for the base's "Vince Cable": another familiar form of the given name with the same surname,
 * taken only when that person held an office on the article's date (the one the title names, if any).
 */
function actorByFamiliarForm(context: ResolveContext, person: PersonRecord, forms: readonly string[]): Actor | undefined {
  if (!context.date || person.parts.suffix) return undefined;
  const title = person.mentions.find((m) => m.office)?.office;
  const found = forms.flatMap((form) => {
    const [first, ...rest] = form.split(" ");
    return firstNameVariants(nameKey(first!)).flatMap((variant) => context.actors.byFullName([variant, ...rest].join(" ")));
  });
  const active = [...new Set(found)].filter((a) => tenuresOn(a, context.date).some((t) => (title && !title.former ? tenureFitsTitle(t, title) : true)));
  return active.length === 1 ? active[0] : undefined;
}

function adopt(person: PersonRecord, actor: Actor): void {
  if (person.name !== actor.name) person.aliases.add(person.name);
  person.actor = actor;
  person.name = actor.name;
}

/**
 * The person a one-word mention names: an introduced person with that surname (or, for names written
 * family name first, that family name), else the known office holder of the day who goes by it, else —
 * with a title or honorific before it — a new person known only by the word.
 */
function surnamePerson(context: ResolveContext, people: PersonRecord[], mention: NameMention, inPair: boolean): PersonRecord | undefined {
  const word = nameParts(mention.text).words[0] ?? "";
  const key = nameKey(word.replace(/^(al|el)[-‐]/i, ""));
  if (!key || key.length < 2) return undefined;
  const title = mention.office;
  // "Bush 41", "Bush 43": a surname numbered to tell namesakes apart says which one only to a reader who knows the numbers.
  const after = context.sentences[mention.sentence]!.tokens[mention.tokenEnd];
  if (after && /^\d{1,2}$/.test(after.text) && !title) return undefined;
  let introduced = people.filter((p) => p.parts.surname === key || (p.actor && p.actor.name.split(/\s+/).length >= 2 && nameKey(p.actor.name.split(/\s+/)[0]!) === key && p.parts.first === key));
  if (introduced.length === 0) introduced = people.filter((p) => p.parts.words.length >= 2 && p.parts.words.some((w) => nameKey(w) === key) && (p.actor || p.parts.first === key));
  // Days and months ("in May", "on Wednesday") name a known person only with a title before them, or as the
  // subject of a reporting verb ("May said …").
  const calendar = CALENDAR_WORD.test(word.toLowerCase()) && !title && mention.evidence !== "honorific" && !speaks(context, mention);
  const holderOfDay = (): Actor | undefined => (calendar ? undefined : chooseActor(context.actors.byShortName(word), context, { requireOffice: true, ...(title ? { title } : {}) }));
  if (introduced.length > 0) {
    const chosen = pickAmong(context, introduced, mention, title);
    // A relative named once in passing does not take the surname from the head of state or government of the day.
    const holder = chosen && !chosen.actor && chosen.fullMentions <= 1 ? holderOfDay() : undefined;
    if (holder && isHead(holder, context.date) && !introduced.some((p) => p.actor === holder)) return personForActor(people, holder);
    return chosen;
  }
  const holder = holderOfDay() ?? (calendar ? undefined : formerHead(context, word, title));
  if (holder) return personForActor(people, holder);
  if (inPair) return undefined;
  // "Mr Blair", "President Ruto": a title or honorific makes even an unknown surname a person.
  if ((mention.evidence === "title" || mention.evidence === "honorific") && /^\p{Lu}\p{Ll}/u.test(word)) {
    const parts = nameParts(word);
    const person: PersonRecord = { name: parts.words.join(" "), parts, aliases: new Set(), mentions: [], fullMentions: 0 };
    people.push(person);
    return person;
  }
  return undefined;
}

export /** A head of state or government, or the leader, on the date. */
function isHead(actor: Actor, date: string | undefined): boolean {
  return tenuresOn(actor, date).some((t) => t.leader || t.category === "HEAD_OF_STATE" || t.category === "HEAD_OF_GOVERNMENT");
}

/**
 * A surname alone that no one holds on the date may still be a former head of state or government the
 * article names ("Obama" in 2018): the only such person of a country the article names, and only with a date.
 */
function formerHead(context: ResolveContext, word: string, title: OfficeMention | undefined): Actor | undefined {
  if (!context.date || title) return undefined;
  const former = context.actors.byShortName(word).filter((a) => a.tenures.some((t) => (t.leader || t.category === "HEAD_OF_STATE" || t.category === "HEAD_OF_GOVERNMENT") && (t.from ?? "") <= context.date!) && a.countries.some((c) => context.countries.has(c)));
  return former.length === 1 ? former[0] : undefined;
}

export function personForActor(people: PersonRecord[], actor: Actor): PersonRecord {
  const existing = people.find((p) => p.actor === actor);
  if (existing) return existing;
  const person: PersonRecord = { name: actor.name, parts: nameParts(actor.name), actor, aliases: new Set(), mentions: [], fullMentions: 0 };
  people.push(person);
  return person;
}

/** Among introduced people sharing a surname: the one the title fits, the office holder of the day, the most mentioned, the nearest before. */
function pickAmong(context: ResolveContext, candidates: PersonRecord[], mention: NameMention, title: OfficeMention | undefined): PersonRecord | undefined {
  if (candidates.length === 1) return candidates[0];
  if (title) {
    const fitting = candidates.filter((p) => p.mentions.some((m) => m.office?.entry.title === title.entry.title) || (p.actor && tenuresOn(p.actor, context.date).some((t) => t.office === title.entry.title)));
    if (fitting.length === 1) return fitting[0];
  }
  const holders = candidates.filter((p) => p.actor && tenuresOn(p.actor, context.date).some(isProminent));
  if (holders.length === 1) return holders[0];
  // One of them named just before (in this sentence or the one before) when only one was; else no one, however
  // often each is named ("a Clinton ally" in an article about both Clintons): a wrong person is worse than none.

  // "Jane Roe met Tom Roe. Roe said …": two of them named just before decide nothing.
  const recent = candidates.filter((p) => p.mentions.some((m) => m.start < mention.start && mention.sentence - m.sentence <= 1));
  return recent.length === 1 ? recent[0] : undefined;
}

/** "Trump-Putin" → "Trump", "Putin": each part as its own name mention. */
function hyphenatedParts(mention: NameMention): NameMention[] {
  const parts: NameMention[] = [];
  let offset = 0;
  for (const piece of mention.text.split(/([-–])/)) {
    if (piece && piece !== "-" && piece !== "–") parts.push({ ...mention, text: piece, start: mention.start + offset, end: mention.start + offset + piece.length, evidence: "capitalised" });
    offset += piece.length;
  }
  return parts;
}

import { personId } from "../../../domain/index.js";
import { categoryOfTitle } from "../../../knowledge/office-categories.js";
import { type Holding, type OfficeCategory } from "../../../knowledge/index.js";
import { type OfficeCategory as GazetteerCategory } from "../../gazetteer/index.js";
import { type Token } from "../02-sentences.js";
import { type CountryMention, type Mention, type OfficeMention, type PronounMention } from "../03-mentions/index.js";
import { type ResolveContext, inSentence } from "./context.js";
import { type ResolvedOffice } from "./offices.js";
import { personForActor, type PersonRecord } from "./people.js";

/**
 * Phrases that name a person without their name: "the Russian foreign minister", "Japan's prime
 * minister", "the presidents of Chile and Peru", "the Indian and Pakistani foreign ministers",
 * "the Chinese leader", "his South Korean counterpart". With a country and the article's date the
 * knowledge base names the holder; a title without a country ("the president") is the latest person
 * the article showed holding it. One phrase may name several people.
 */
export interface Descriptor {
  /** The phrase, as an office mention (for "leader" and "counterpart", one made here). */
  mention: OfficeMention;
  /** The people it names, each with the country of the office it names them by. */
  persons: { person: PersonRecord; iso3?: string }[];
}

interface DescriptorInput {
  context: ResolveContext;
  people: PersonRecord[];
  offices: readonly ResolvedOffice[];
  pronouns: ReadonlyMap<PronounMention, PersonRecord>;
  /** Every mention of a person so far, in text order. */
  personMentions: readonly { mention: Mention; person: PersonRecord }[];
  /** Office phrases already held by a named person ("Title Name", appositives). */
  claimed: ReadonlySet<Mention>;
}

const CATEGORY_OF_LEADER: OfficeCategory = "HEAD_OF_GOVERNMENT";

/** Office phrases, "leader" phrases and pairs ("the two leaders"). */
export function resolveDescriptors(input: DescriptorInput): Descriptor[] {
  const { context } = input;
  const found: Descriptor[] = [];
  for (const sentence of context.sentences) {
    const mentions = inSentence(context, sentence.index);
    const described: Descriptor[] = [];
    for (const m of mentions) {
      if (m.kind !== "OFFICE" || m.former || input.claimed.has(m)) continue;
      if (mentions.some((n) => n.kind === "NAME" && n.tokenStart === m.tokenEnd)) continue;
      const persons = m.plural ? pluralHolders(input, m, sentence.tokens, mentions) : singleHolder(input, m, sentence.tokens);
      if (persons.length > 0) described.push({ mention: m, persons });
    }
    described.push(...leaders(input, sentence.index, sentence.tokens, mentions));
    // "Roe said the North Korean leader …, after the two leaders met": a person named by a descriptor is one of the pair.
    found.push(...pairs(input, sentence.index, sentence.tokens, () => [...found, ...described]), ...described);
  }
  return found;
}

/** "his South Korean counterpart": run once the people the other descriptors name are known (they may be the "his"). */
export function resolveCounterparts(input: DescriptorInput): Descriptor[] {
  return input.context.sentences.flatMap((sentence) => counterparts(input, sentence.index, sentence.tokens, inSentence(input.context, sentence.index)));
}

/** Whether an office phrase is definite: "the …", "Russia's …", "its …" — not "a minister", not a bare title. */
function isDefinite(tokens: readonly Token[], m: OfficeMention, mentions: readonly Mention[]): boolean {
  let k = m.tokenStart - 1;
  const country = mentions.find((c) => c.kind === "COUNTRY" && c.tokenEnd === m.tokenStart);
  if (country) k = country.tokenStart - 1;
  else if (/^['’]s?$/.test(tokens[k]?.text ?? "")) return true;
  while (k >= 0 && /^(top|chief|senior|acting|new|current|then|outgoing|incoming|interim)$/.test(tokens[k]!.lower)) k--;
  if (country && /^['’]s?$/.test(tokens[country.tokenEnd]?.text ?? "")) return true;
  return /^(the|its|their)$/.test(tokens[k]?.lower ?? "");
}

function singleHolder(input: DescriptorInput, m: OfficeMention, tokens: readonly Token[]): Descriptor["persons"] {
  const { context } = input;
  if (!isDefinite(tokens, m, inSentence(context, m.sentence))) return [];
  const iso3 = m.iso3 ?? (m.entry.countries?.length === 1 ? m.entry.countries[0] : m.entry.defaultCountry);
  if (iso3) {
    const holder = holderOf(input, iso3, m.entry.title, categoryOfTitle(m.entry, iso3));
    if (holder) return [{ person: personForActor(input.people, holder.actor), iso3 }];
    // "the Russian ambassador" after "Russian Ambassador Jane Roe": the one person the article itself shows in that office
    // (the knowledge base does not list every ambassador).
    const shown = [...new Set(input.offices.filter((o) => o.title === m.entry.title && o.iso3 === iso3 && (o.source === "text" || o.current !== false) && o.mention.start < m.start).map((o) => o.personId))];
    const person = shown.length === 1 ? input.people.find((p) => personId(p.name) === shown[0]) : undefined;
    return person ? [{ person, iso3 }] : [];
  }
  // "the president": of the people shown holding that title on the article's date, the one the article names
  // most (no one, on a tie); else the latest shown holding it at all. Offices the text states come
  // first: the base's formal titles are not always how news names people.
  const stated = input.offices.filter((o) => o.title === m.title && o.source === "text" && o.current !== false);
  const holding = stated.length > 0 ? stated : input.offices.filter((o) => o.title === m.title && o.current !== false);
  // Only names and titles written before the phrase count: a pronoun after it was linked by guesswork.
  // An opening "the president", before anyone is named, is the one holder the whole article names.
  const named = input.personMentions.filter((p) => p.mention.kind !== "PRONOUN");
  const earlier = named.filter((p) => p.mention.start < m.start);
  const before = earlier.some((p) => holding.some((o) => o.personId === personId(p.person.name))) ? earlier : named;
  const holders = new Set(holding.map((o) => o.personId));
  const counts = new Map<PersonRecord, number>();
  for (const p of before) if (holders.has(personId(p.person.name))) counts.set(p.person, (counts.get(p.person) ?? 0) + 1);
  const shown = before.filter((p) => holders.has(personId(p.person.name)));
  const top = Math.max(0, ...[...new Set(shown.map((p) => p.person))].map((p) => counts.get(p) ?? 0));
  // Two holders named equally often: "the president" is neither for sure.
  const tied = new Set(shown.filter((p) => (counts.get(p.person) ?? 0) === top).map((p) => p.person));
  if (tied.size > 1) return [];
  const latest = shown.filter((p) => (counts.get(p.person) ?? 0) === top).at(-1);
  return latest ? [{ person: latest.person }] : [];
}

function holderOf(input: DescriptorInput, iso3: string, title: string, category: OfficeCategory): Holding | undefined {
  const { context } = input;
  if (!context.date) return undefined;
  const byTitle = context.actors.holders(iso3, title, context.date);
  if (byTitle.length === 1) return byTitle[0];
  if (byTitle.length > 1 || category === "OTHER") return undefined;
  const byCategory = context.actors.holdersOfCategory(iso3, category, context.date);
  return byCategory.length === 1 ? byCategory[0] : undefined;
}

/** Countries in a list right before a token ("the Indian and Pakistani …") or after "of" ("… of Chile, Peru and Bolivia"). */
function countryList(tokens: readonly Token[], mentions: readonly Mention[], at: number, direction: "before" | "after"): CountryMention[] {
  const countries = mentions.filter((m): m is CountryMention => m.kind === "COUNTRY" && m.via !== "compound");
  const list: CountryMention[] = [];
  if (direction === "before") {
    let end = at;
    for (;;) {
      const c = countries.find((m) => m.tokenEnd === end || (m.tokenEnd === end - 1 && /^['’]s?$/.test(tokens[end - 1]!.text)));
      if (!c) break;
      list.unshift(c);
      const joiner = tokens[c.tokenStart - 1];
      if (!joiner || !/^(and|,|or)$/.test(joiner.lower)) break;
      end = tokens[c.tokenStart - 2]?.text === "," ? c.tokenStart - 2 : c.tokenStart - 1;
    }
    return list;
  }
  if (tokens[at]?.lower !== "of") return [];
  let start = tokens[at + 1]?.lower === "the" ? at + 2 : at + 1;
  for (;;) {
    const c = countries.find((m) => m.tokenStart === start || (m.tokenStart === start + 1 && tokens[start]!.lower === "the"));
    if (!c) break;
    list.push(c);
    const joiner = tokens[c.tokenEnd];
    if (!joiner || !/^(and|,|or)$/.test(joiner.lower)) break;
    start = tokens[c.tokenEnd + 1]?.lower === "and" ? c.tokenEnd + 2 : c.tokenEnd + 1;
  }
  return list;
}

function pluralHolders(input: DescriptorInput, m: OfficeMention, tokens: readonly Token[], mentions: readonly Mention[]): Descriptor["persons"] {
  const countries = [...countryList(tokens, mentions, m.tokenStart, "before"), ...countryList(tokens, mentions, m.tokenEnd, "after")];
  if (countries.length < 2) return [];
  const persons: Descriptor["persons"] = [];
  for (const c of countries) {
    const holder = holderOf(input, c.iso3, m.entry.title, categoryOfTitle(m.entry, c.iso3));
    if (!holder) return []; // all or none: a list with a gap is no list of these people
    persons.push({ person: personForActor(input.people, holder.actor), iso3: c.iso3 });
  }
  return persons;
}

/** The office gazetteer's coarser category for a knowledge-base category. */
function gazetteerCategory(category: OfficeCategory): GazetteerCategory {
  if (category === "FOREIGN_MINISTER" || category === "DEFENCE_MINISTER") return "MINISTER";
  if (category === "IGO_HEAD") return "OTHER";
  return category;
}

function synthetic(sentence: number, tokens: readonly Token[], start: number, end: number, text: string, title: string, category: OfficeCategory, iso3: string | undefined, plural: boolean): OfficeMention {
  const s = tokens[start]!.start;
  const e = tokens[end - 1]!.end;
  return {
    kind: "OFFICE",
    title,
    entry: { title, forms: [], category: gazetteerCategory(category) },
    former: false,
    ...(iso3 ? { iso3 } : {}),
    ...(plural ? { plural: true } : {}),
    sentence,
    start: s,
    end: e,
    text: text.slice(s, e),
    tokenStart: start,
    tokenEnd: end,
  };
}

/** "the Chinese leader", "Russia's leader", "the leaders of France and Germany": the leader of the day. */
function leaders(input: DescriptorInput, sentenceIndex: number, tokens: readonly Token[], mentions: readonly Mention[]): Descriptor[] {
  const { context } = input;
  if (!context.date) return [];
  const found: Descriptor[] = [];
  tokens.forEach((token, k) => {
    if (token.lower !== "leader" && token.lower !== "leaders") return;
    if (mentions.some((m) => m.tokenStart <= k && m.tokenEnd > k)) return; // part of an office ("party leader") or a name
    if (mentions.some((m) => m.kind === "NAME" && m.tokenStart === k + 1)) return; // "leader Kim Jong Un": a title before a name
    const before = countryList(tokens, mentions, k, "before");
    const after = before.length === 0 ? countryList(tokens, mentions, k + 1, "after") : [];
    const countries = [...before, ...after];
    const plural = token.lower === "leaders";
    if (countries.length === 0 || (plural ? countries.length < 2 : countries.length !== 1)) return;
    const persons: Descriptor["persons"] = [];
    for (const c of countries) {
      const holding = context.actors.leaderOn(c.iso3, context.date!);
      if (!holding) return;
      persons.push({ person: personForActor(input.people, holding.actor), iso3: c.iso3 });
    }
    const start = Math.min(k, ...countries.map((c) => c.tokenStart));
    const end = Math.max(k + 1, ...countries.map((c) => c.tokenEnd));
    found.push({ mention: synthetic(sentenceIndex, tokens, start, end, context.text, "Leader", CATEGORY_OF_LEADER, countries.length === 1 ? countries[0]!.iso3 : undefined, plural), persons });
  });
  return found;
}

const PAIR_HEAD = /^(leaders|men|women|presidents|prime|heads|ministers|counterparts)$/;

/**
 * "the two leaders", "both men", "these two presidents": the two people last named before the phrase
 * (for leaders and presidents, the last two holding such an office), within the eight sentences before.
 */
function pairs(input: DescriptorInput, sentenceIndex: number, tokens: readonly Token[], described: () => readonly Descriptor[]): Descriptor[] {
  let named: { mention: Mention; person: PersonRecord; holder?: boolean }[] | undefined;
  const namedSoFar = (): { mention: Mention; person: PersonRecord; holder?: boolean }[] => {
    // Named by an office phrase, so an office holder whatever the offices found so far say.
    const singly = described().filter((d) => d.persons.length === 1).map((d) => ({ mention: d.mention as Mention, person: d.persons[0]!.person, holder: true }));
    return (named ??= [...input.personMentions, ...singly].sort((a, b) => a.mention.start - b.mention.start));
  };
  const found: Descriptor[] = [];
  tokens.forEach((token, k) => {
    if (!/^(the|these|those|both)$/.test(token.lower)) return;
    const two = tokens[k + 1]?.lower === "two";
    const headAt = two ? k + 2 : k + 1;
    const head = tokens[headAt];
    if (!head || !PAIR_HEAD.test(head.lower) || (!two && token.lower !== "both")) return;
    if (head.lower === "prime" && tokens[headAt + 1]?.lower !== "ministers") return;
    if (head.lower === "heads" && tokens[headAt + 1]?.lower !== "of") return;
    const end = head.lower === "prime" ? headAt + 2 : head.lower === "heads" ? headAt + 3 : headAt + 1;
    const start = tokens[k]!.start;
    const officeHolders = /^(leaders|presidents|prime|heads|ministers|counterparts)$/.test(head.lower);
    const heldBy = new Set(input.offices.map((o) => o.personId));
    const recent: PersonRecord[] = [];
    for (const p of [...namedSoFar()].reverse()) {
      if (p.mention.start >= start || sentenceIndex - p.mention.sentence > 8) continue;
      if (officeHolders && !("holder" in p) && !heldBy.has(personId(p.person.name))) continue;
      if (!recent.includes(p.person)) recent.push(p.person);
      if (recent.length === 2) break;
    }
    if (recent.length !== 2) return;
    const mention = synthetic(sentenceIndex, tokens, k, Math.min(end, tokens.length), input.context.text, "Leader", "OTHER", undefined, true);
    found.push({ mention, persons: recent.reverse().map((person) => ({ person })) });
  });
  return found;
}

/** "his South Korean counterpart": the holder, in that country, of the office the possessor holds. */
function counterparts(input: DescriptorInput, sentenceIndex: number, tokens: readonly Token[], mentions: readonly Mention[]): Descriptor[] {
  const { context } = input;
  if (!context.date) return [];
  const found: Descriptor[] = [];
  tokens.forEach((token, k) => {
    if (token.lower !== "counterpart") return;
    if (mentions.some((m) => m.kind === "NAME" && (m.tokenStart === k + 1 || m.tokenStart === k + 2))) return; // "his counterpart, Jane Roe"
    const country = countryList(tokens, mentions, k, "before");
    if (country.length !== 1) return;
    const possessorToken = tokens[country[0]!.tokenStart - 1];
    let possessor: PersonRecord | undefined;
    if (possessorToken && /^(his|her)$/.test(possessorToken.lower)) {
      const pronoun = mentions.find((m): m is PronounMention => m.kind === "PRONOUN" && m.tokenStart === possessorToken.i);
      possessor = pronoun ? input.pronouns.get(pronoun) : undefined;
    }
    possessor ??= input.personMentions.filter((p) => p.mention.sentence === sentenceIndex && p.mention.tokenStart < k).at(0)?.person;
    if (!possessor) return;
    const own = input.offices.filter((o) => o.personId === personId(possessor!.name)).sort((a, b) => b.confidence - a.confidence)[0];
    if (!own) return;
    const category = categoryOfTitle({ title: own.title, category: "OTHER" }, own.iso3);
    const leaderLike = own.title === "President" || own.title === "Prime Minister" || own.title === "Chancellor";
    const holdings = leaderLike ? [context.actors.leaderOn(country[0]!.iso3, context.date!)].filter((h): h is Holding => !!h) : category === "OTHER" ? [] : context.actors.holdersOfCategory(country[0]!.iso3, category, context.date!);
    if (holdings.length !== 1) return;
    const person = personForActor(input.people, holdings[0]!.actor);
    found.push({ mention: synthetic(sentenceIndex, tokens, country[0]!.tokenStart, k + 1, context.text, holdings[0]!.tenure.office ?? own.title, category, country[0]!.iso3, false), persons: [{ person, iso3: country[0]!.iso3 }] });
  });
  return found;
}

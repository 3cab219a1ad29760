import { countryId, type NodeKind } from "../domain/index.js";
import { type SearchHit } from "./graph-store.js";
import { nameKey } from "./merge-rules.js";
import { withoutTitles } from "./name-titles.js";
import { type SearchVocabulary } from "./search-vocabulary.js";

/**
 * How `search` ranks, shared by every adapter so both stores answer alike. The adapters only find
 * candidates (names by exact key, by their words through the full-text index, by fuzzy keys;
 * summaries and titles through the full-text index); this module decides how well each matches
 * and orders them:
 *
 * 1. match quality: a country the query names by code or short name ("UK", "usa", "GBR") >
 *    the whole name or an alias exactly > the name starting with the query > every word found
 *    (the last as a prefix) > every word found allowing typos ("Blare" → Blair);
 * 2. kind: entities, then events, then articles;
 * 3. prominence: an entity's mentions plus events, an event's reporting articles;
 * 4. id.
 *
 * A query that opens with a title ("President Putin", "Mr Blair") is also matched without it, and
 * the better of the two matches counts.
 */

/** Match quality, best highest; NONE drops a candidate. */
export const MATCH = { NONE: 0, FUZZY: 1, WORDS: 2, PREFIX: 3, EXACT: 4, COUNTRY_CODE: 5 } as const;
export type MatchQuality = (typeof MATCH)[keyof typeof MATCH];

/** Entities whose words the full-text index finds are read at most this many, most mentioned first. */
export const ENTITY_SEARCH_WINDOW = 200;

/** Fuzzy matching applies to words of at least this many letters. */
export const FUZZY_MIN_LENGTH = 4;

/** The most edits between a query word and a name word that still match: 1 for 4 letters, 2 from 5. */
export function maxEdits(word: string): number {
  const length = [...word].length;
  return length >= 5 ? 2 : length >= FUZZY_MIN_LENGTH ? 1 : 0;
}

/** Lower-case, accent-free words: runs of letters and digits, as the full-text indexes cut them. */
export function searchWords(text: string): string[] {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A word and every form of it with one letter deleted: two words within a typo share one of these. */
export function deletionKeys(word: string): string[] {
  const letters = [...word];
  const keys = new Set([word]);
  for (let i = 0; i < letters.length; i += 1) keys.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(""));
  return [...keys];
}

/** The fuzzy keys an entity is found by: deletionKeys of every word of 4+ letters of its name and aliases, sorted. */
export function fuzzyKeysOf(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) for (const word of searchWords(name)) if ([...word].length >= FUZZY_MIN_LENGTH) for (const key of deletionKeys(word)) keys.add(key);
  return [...keys].sort();
}

/** Edits (insert, delete, substitute, swap two neighbours) between a and b; any value above `max` means "too far". */
export function editDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[y.length]!;
}

/** One way of reading the query: as typed, or without the titles it opens with. */
export interface SearchVariant {
  /** The text the adapters hand their full-text query builders and exact name lookups. */
  text: string;
  words: string[];
  /** A quoted phrase was given: matched as typed, never fuzzily. */
  quoted: boolean;
  /** One list of fuzzy keys per word of 4+ letters (empty when quoted): a fuzzy candidate shares a key with each. */
  fuzzyKeyGroups: string[][];
}

export interface SearchPlan {
  variants: SearchVariant[];
  /** Countries the whole query names by ISO code or short name, to be listed first. */
  countryIds: string[];
}

/** How a query is read: its variants and the countries it names. Null when it holds no word. */
export function planSearch(text: string, vocabulary: SearchVocabulary): SearchPlan | null {
  const typed = variantOf(text);
  if (typed.words.length === 0) return null;
  const stripped = withoutTitles(text.replace(/"/g, " "), vocabulary);
  const variants = [typed];
  if (stripped !== null && !typed.quoted) {
    const other = variantOf(stripped);
    if (other.words.length > 0) variants.push(other);
  }
  return { variants, countryIds: countriesNamedBy(text, vocabulary) };
}

function variantOf(text: string): SearchVariant {
  const words = searchWords(text);
  const quoted = /"[^"]*[\p{L}\p{N}][^"]*"/u.test(text);
  const long = quoted ? [] : words.filter((word) => [...word].length >= FUZZY_MIN_LENGTH);
  return { text, words, quoted, fuzzyKeyGroups: long.map(deletionKeys) };
}

/** Countries named by the whole query: ISO alpha-3 in any case, alpha-2 in capitals, or a short name in any case ("UK", "Britain", "usa"). */
export function countriesNamedBy(text: string, vocabulary: SearchVocabulary): string[] {
  const query = text.trim();
  const key = nameKey(query);
  const found = vocabulary.countries.filter(
    (country) =>
      (/^[A-Z]{2}$/.test(query) && country.iso2 === query) ||
      (/^[A-Za-z]{3}$/.test(query) && country.iso3 === query.toUpperCase()) ||
      country.names.some((name) => nameKey(name) === key),
  );
  return found.map((country) => countryId(country.iso3));
}

/** A candidate an adapter found. */
export interface SearchCandidate {
  id: string;
  kind: NodeKind;
  /** What the hit shows: the entity's name, the event's summary, the article's title. */
  label: string;
  /** What the query is compared with: the name and every alias, or the summary, or the title. */
  texts: readonly string[];
  /** An entity's mentions plus events; an event's reporting articles; 0 for an article. */
  prominence: number;
  /**
   * The least quality the adapter vouches for: WORDS when the full-text index matched it (its
   * words may be spread over name and aliases), NONE when it was found by fuzzy keys only.
   */
  floor: MatchQuality;
  /**
   * False for events or articles beyond the store's ranking window (too many matches to rank):
   * listed after every ranked hit, with score 0, in the order the adapter gave.
   */
  ranked?: boolean;
}

const KIND_GROUP: Record<NodeKind, number> = { PERSON: 0, OFFICE: 0, COUNTRY: 0, ORGANIZATION: 0, PLACE: 0, EVENT: 1, ARTICLE: 2 };

/** Orders the candidates (deduplicated by id, the best reading kept) and returns the first `first` as hits. */
export function rankSearch(plan: SearchPlan, candidates: readonly SearchCandidate[], first: number, kinds?: readonly NodeKind[]): SearchHit[] {
  const wanted = kinds && kinds.length > 0 ? new Set(kinds) : null;
  const best = new Map<string, { candidate: SearchCandidate; quality: number; order: number }>();
  candidates.forEach((candidate, order) => {
    if (wanted && !wanted.has(candidate.kind)) return;
    const quality = candidate.ranked === false ? MATCH.NONE : qualityOf(plan, candidate);
    if (candidate.ranked !== false && quality === MATCH.NONE) return;
    const seen = best.get(candidate.id);
    if (!seen || quality > seen.quality) best.set(candidate.id, { candidate, quality, order: seen?.order ?? order });
  });
  const ranked = [...best.values()].sort(
    (x, y) =>
      y.quality - x.quality ||
      Number(x.candidate.ranked === false) - Number(y.candidate.ranked === false) ||
      (x.candidate.ranked === false ? x.order - y.order : 0) ||
      KIND_GROUP[x.candidate.kind] - KIND_GROUP[y.candidate.kind] ||
      y.candidate.prominence - x.candidate.prominence ||
      (x.candidate.id < y.candidate.id ? -1 : x.candidate.id > y.candidate.id ? 1 : 0),
  );
  return ranked.slice(0, first).map(({ candidate, quality }) => ({
    id: candidate.id,
    kind: candidate.kind,
    label: candidate.label,
    score: candidate.ranked === false ? 0 : scoreOf(quality, candidate),
  }));
}

/** A score that orders as the ranking does: quality, then kind, then prominence (0 for unranked hits). */
function scoreOf(quality: number, candidate: SearchCandidate): number {
  const prominence = Math.max(0, candidate.prominence);
  return Number((quality * 100 + (2 - KIND_GROUP[candidate.kind]) * 10 + (9 * prominence) / (prominence + 1)).toFixed(6));
}

function qualityOf(plan: SearchPlan, candidate: SearchCandidate): MatchQuality {
  if (plan.countryIds.includes(candidate.id)) return MATCH.COUNTRY_CODE;
  let quality: MatchQuality = candidate.floor;
  for (const variant of plan.variants) {
    for (const text of candidate.texts) {
      const found = matchQuality(variant, searchWords(text));
      if (found > quality) quality = found;
    }
  }
  return quality;
}

/** How well one reading of the query matches one name, summary or title (cut into words). */
export function matchQuality(variant: SearchVariant, words: readonly string[]): MatchQuality {
  if (words.length === 0) return MATCH.NONE;
  const query = variant.words.join(" ");
  const text = words.join(" ");
  if (text === query) return MATCH.EXACT;
  if (text.startsWith(query)) return MATCH.PREFIX;
  const last = variant.words.length - 1;
  const exactly = variant.words.every((q, i) => words.some((w) => w === q || (i === last && !variant.quoted && w.startsWith(q))));
  if (exactly) return MATCH.WORDS;
  if (variant.quoted || variant.fuzzyKeyGroups.length === 0) return MATCH.NONE;
  const fuzzily = variant.words.every((q, i) =>
    words.some((w) => w === q || (i === last && w.startsWith(q)) || (maxEdits(q) > 0 && editDistance(q, w, maxEdits(q)) <= maxEdits(q))),
  );
  return fuzzily ? MATCH.FUZZY : MATCH.NONE;
}

import { type EntityRecord, type GraphStore } from "./graph-store.js";
import { withoutTitles } from "./name-titles.js";
import { searchWords } from "./search-ranking.js";
import { searchVocabulary } from "./search-vocabulary.js";

/** How many people a name lookup reads at most; more than one is already ambiguous. */
const MAX_CANDIDATES = 20;

/**
 * The people a name can mean, most mentioned first (then by id), built on the port so every adapter
 * answers alike. Tried in order, the first that finds anyone wins:
 * 1. the whole name or an alias, any case ("putin", "Vladimir Putin");
 * 2. the same without the titles it opens with ("Mr Blair" → "Blair", "President Putin" → "Putin");
 * 3. people one of whose names ends with those words: a surname the store has no alias for ("Mr Vale").
 */
export async function peopleNamed(store: GraphStore, name: string): Promise<EntityRecord[]> {
  const exact = await namedExactly(store, name);
  if (exact.length > 0) return exact;
  const stripped = withoutTitles(name, await searchVocabulary());
  if (stripped !== null) {
    const byStripped = await namedExactly(store, stripped);
    if (byStripped.length > 0) return byStripped;
  }
  const words = searchWords(stripped ?? name);
  if (words.length === 0) return [];
  const hits = await store.search({ text: words.join(" "), kinds: ["PERSON"], first: MAX_CANDIDATES });
  const people = (await store.entitiesByIds(hits.map((hit) => hit.id))).filter((person): person is EntityRecord => person !== null);
  return byProminence(people.filter((person) => [person.name, ...person.aliases].some((text) => endsWith(searchWords(text), words))));
}

async function namedExactly(store: GraphStore, name: string): Promise<EntityRecord[]> {
  return byProminence((await store.findEntities({ kind: "PERSON", name, first: MAX_CANDIDATES })).items);
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  return words.length >= tail.length && tail.every((word, i) => words[words.length - tail.length + i] === word);
}

function byProminence(people: EntityRecord[]): EntityRecord[] {
  return [...people].sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

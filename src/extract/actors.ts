import { type Actor, type Holding, type OfficeCategory } from "../knowledge/index.js";

/**
 * The one interface through which extraction asks the actor knowledge base (src/knowledge): who goes
 * by a name, and who held an office on a date. `ActorKnowledge` implements it; tests may pass
 * `NO_ACTORS` to see what the text alone gives.
 */
export interface ActorLookup {
  /** First-word keys of every known full name, to spot a known name in text cheaply. */
  readonly firstWords: ReadonlySet<string>;
  /** Whether some full name folds to this key (`wordKey` of each word, joined by one space). */
  hasFullNameKey(key: string): boolean;
  /** People one of whose full names folds to `name`. */
  byFullName(name: string): readonly Actor[];
  /** People who go by `word` alone ("Lavrov", "Xi"). */
  byShortName(word: string): readonly Actor[];
  /** Holders of an office (country ISO3 or EU/NATO/UN, Parley title) on a date (`YYYY[-MM[-DD]]`). */
  holders(country: string, title: string, date: string): Holding[];
  /** Holders of a category of office in a country on a date. */
  holdersOfCategory(country: string, category: OfficeCategory, date: string): Holding[];
  /** The person news calls "the <country> leader" on a date. */
  leaderOn(country: string, date: string): Holding | undefined;
}

/** A knowledge base that knows no one. */
export const NO_ACTORS: ActorLookup = {
  firstWords: new Set(),
  hasFullNameKey: () => false,
  byFullName: () => [],
  byShortName: () => [],
  holders: () => [],
  holdersOfCategory: () => [],
  leaderOn: () => undefined,
};
